using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EntityExtract.Entities;

/// <summary>
/// The recognizer's hashed weight table (2^bits rows of <see cref="NerLabels.Count"/> 16-bit weights) holding only
/// its non-zero rows, packed, behind a bitmap of which rows they are. The shipped model has 157,776 non-zero rows
/// of 2^20: packed they take 5 MB instead of the 32 MB of the full table, which the tagger reads at random (about
/// 60 rows per token). On 4 KB pages the full table spans 8,192 pages, more than the processor's second-level
/// translation buffer holds, so most look-ups also missed there; the packed rows about 1,230 (issue 14). A row's
/// place in the packed array is its rank among the non-zero rows: the rank of its 64-row block, kept beside the
/// block's bitmap word, plus the set bits below it in that word (the "rank directory" of Jacobson 1989, "Space-
/// efficient static trees and graphs"). Index 0 is a zero row, which every absent row reads, so the look-up has
/// no branch. Immutable and thread-safe.
/// </summary>
internal sealed class NerWeightTable
{
    /// <summary>Weights per row: the 13 labels padded to 16, so that a row is one aligned 32-byte vector.</summary>
    public const int RowStride = 16;

    private readonly short[] _rows;
    private readonly Block[] _blocks;

    private NerWeightTable(int bits, short[] rows, Block[] blocks)
    {
        Bits = bits;
        Mask = (1u << bits) - 1;
        _rows = rows;
        _blocks = blocks;
    }

    /// <summary>The number of hash bits.</summary>
    public int Bits { get; }

    /// <summary>The mask that maps a feature hash to its row.</summary>
    public uint Mask { get; }

    /// <summary>The number of rows that hold a non-zero weight.</summary>
    public int NonZeroRows => (_rows.Length / RowStride) - 1;

    /// <summary>The weights of row <paramref name="row"/> (<see cref="RowStride"/> long; zeros for a row that is not stored).</summary>
    public ReadOnlySpan<short> Row(int row) => _rows.AsSpan((int)Index((uint)row) * RowStride, RowStride);

    /// <summary>Whether both tables hold the same weights.</summary>
    public bool SameWeights(NerWeightTable other) =>
        Bits == other.Bits && _rows.AsSpan().SequenceEqual(other._rows) && _blocks.AsSpan().SequenceEqual(other._blocks);

    /// <summary>
    /// Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (at least
    /// <see cref="RowStride"/> long; the first <see cref="NerLabels.Count"/> are the labels' scores). One 32-byte
    /// row per feature, widened and summed with vector instructions: the tagger's hot loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Score(ReadOnlySpan<uint> features, Span<int> scores)
    {
        ref short rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref int target = ref MemoryMarshal.GetReference(scores[..RowStride]);
        var low = Vector256.LoadUnsafe(ref target);
        var high = Vector256.LoadUnsafe(ref target, 8);
        foreach (uint h in features)
        {
            var row = Vector256.LoadUnsafe(ref rows, Index(h & Mask) * RowStride);
            var (a, b) = Vector256.Widen(row);
            low += a;
            high += b;
        }

        low.StoreUnsafe(ref target);
        high.StoreUnsafe(ref target, 8);
    }

    // The packed index of a row: its rank among the stored rows, or 0 (the zero row) when it is not stored.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private nuint Index(uint row)
    {
        ref readonly var block = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_blocks), (nint)(row >> 6));
        ulong present = block.Present;
        int bit = (int)(row & 63);
        ulong stored = (present >> bit) & 1;
        return (nuint)(((ulong)block.Rank + (ulong)BitOperations.PopCount(present & ((1UL << bit) - 1))) * stored);
    }

    /// <summary>Collects rows in increasing row order, keeping the non-zero ones.</summary>
    internal sealed class Builder
    {
        private readonly int _bits;
        private readonly Block[] _blocks;
        private short[] _rows;
        private int _count = 1;
        private int _last = -1;

        /// <summary>Starts a table of 2^<paramref name="bits"/> rows, with room for <paramref name="expectedRows"/> non-zero ones.</summary>
        public Builder(int bits, int expectedRows)
        {
            _bits = bits;
            _blocks = new Block[Math.Max(1, (1 << bits) >> 6)];
            _rows = new short[(Math.Max(0, expectedRows) + 1) * RowStride];
        }

        /// <summary>Adds row <paramref name="row"/> (greater than any row added before) with its <see cref="NerLabels.Count"/> weights; a zero row is skipped.</summary>
        public void Add(int row, ReadOnlySpan<short> weights)
        {
            if (row <= _last || row >= 1 << _bits)
            {
                throw new ArgumentOutOfRangeException(nameof(row), "Rows are added once each, in increasing order.");
            }

            _last = row;
            weights = weights[..NerLabels.Count];
            if (!weights.ContainsAnyExcept((short)0))
            {
                return;
            }

            if ((_count + 1) * RowStride > _rows.Length)
            {
                Array.Resize(ref _rows, _rows.Length * 2);
            }

            weights.CopyTo(_rows.AsSpan(_count * RowStride));
            _blocks[row >> 6].Present |= 1UL << (row & 63);
            _count++;
        }

        /// <summary>The table.</summary>
        public NerWeightTable Build()
        {
            int rank = 1;
            for (int b = 0; b < _blocks.Length; b++)
            {
                _blocks[b].Rank = rank;
                rank += BitOperations.PopCount(_blocks[b].Present);
            }

            var rows = _rows.Length == _count * RowStride ? _rows : _rows[..(_count * RowStride)];
            return new NerWeightTable(_bits, rows, _blocks);
        }
    }

    // One 64-row block: which of its rows are stored, and the packed index of the first of them. 16 bytes, so
    // that a look-up reads one cache line of the 256 KB directory.
    [StructLayout(LayoutKind.Sequential)]
    private struct Block : IEquatable<Block>
    {
        public ulong Present;
        public int Rank;
        private readonly int _padding;

        public readonly bool Equals(Block other) => Present == other.Present && Rank == other.Rank;

        public override readonly bool Equals(object? obj) => obj is Block other && Equals(other);

        public override readonly int GetHashCode() => HashCode.Combine(Present, Rank);
    }
}
