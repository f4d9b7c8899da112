using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityExtract.Quotes;

/// <summary>
/// The cue model's weights as an open-addressing hash table over the features' characters, for the
/// reported-speech finder's hot loop: about 45 look-ups per candidate cue, most of them of features the model
/// does not hold. A frozen dictionary of strings reads its bucket, its hash codes, its key references, the key
/// string and the value, five scattered places per look-up (issue 14: 13% of the default pipeline's time was
/// <see cref="CueFeatureSink.Add"/>). Here a look-up reads one 4-byte slot (linear probing, at most half full:
/// the high bits of the 64-bit hash as a tag beside the place of the entry's record) and, only when the tag
/// matches, the record: the weight, the key's length and the key, side by side, which it compares character by
/// character, so the answer is the dictionary's exactly, whatever the hash. Immutable and thread-safe.
/// </summary>
internal sealed class CueWeightTable
{
    // A record: the weight's 64 bits as four chars, the key's length, the key; each record starts at a multiple of
    // RecordAlign chars, and a slot holds that multiple (never 0: unit 0 holds no record, and 0 is an empty slot) in
    // its low offsetBits bits.
    private const int RecordAlign = 4;
    private const int Header = 5;

    private readonly uint[] slots;
    private readonly char[] records;
    private readonly int mask;
    private readonly int offsetBits;
    private readonly uint offsetMask;

    /// <summary>Builds the table of <paramref name="weights"/>.</summary>
    /// <param name="weights">Feature → weight.</param>
    public CueWeightTable(IReadOnlyDictionary<string, double> weights)
        : this(Collect(weights))
    {
    }

    // The slots over the builder's records, in the order they were added; a key added again gives the first
    // record its weight and leaves its own record unused (a dictionary's indexer: the last weight wins).
    private CueWeightTable(Builder builder)
    {
        records = builder.Records;
        int used = builder.Used;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, builder.Added * 2));
        slots = new uint[capacity];
        mask = capacity - 1;
        offsetBits = Math.Max(1, 64 - BitOperations.LeadingZeroCount((ulong)(used / RecordAlign)));
        if (offsetBits > 31)
        {
            throw new ArgumentException("Too many weights for one table.", nameof(builder));
        }

        offsetMask = (1u << offsetBits) - 1;
        int count = 0;
        for (int at = RecordAlign; at < used; at += Units(records[at + 4]) * RecordAlign)
        {
            var key = records.AsSpan(at + Header, records[at + 4]);
            ulong hash = Hash(key);
            uint tag = Tag(hash);
            int slot = (int)hash & mask;
            bool seen = false;
            for (; slots[slot] != 0; slot = (slot + 1) & mask)
            {
                if ((slots[slot] & ~offsetMask) == tag)
                {
                    var held = records.AsSpan((int)(slots[slot] & offsetMask) * RecordAlign);
                    if (held[4] == key.Length && held.Slice(Header, key.Length).SequenceEqual(key))
                    {
                        records.AsSpan(at, 4).CopyTo(held);
                        seen = true;
                        break;
                    }
                }
            }

            if (!seen)
            {
                slots[slot] = tag | (uint)(at / RecordAlign);
                count++;
            }
        }

        Count = count;
    }

    /// <summary>
    /// Writes a table's records one feature at a time, straight from the characters they are read from, without a
    /// string or a dictionary entry per feature (start-up, issue 14: the model's 63,000 lines as strings in a
    /// dictionary were about a third of the console's start-up CPU). Not thread-safe; one per table.
    /// </summary>
    internal sealed class Builder
    {
        /// <summary>Starts a table whose records are expected to take about <paramref name="expectedChars"/> chars (grown when they take more).</summary>
        /// <param name="expectedChars">The expected size of the records.</param>
        public Builder(int expectedChars) => Records = new char[Math.Max(4 * RecordAlign, expectedChars)];

        /// <summary>The records so far; unit 0 is never a record.</summary>
        public char[] Records { get; private set; }

        /// <summary>How many chars of <see cref="Records"/> hold records.</summary>
        public int Used { get; private set; } = RecordAlign;

        /// <summary>How many features were added, repeated ones included.</summary>
        public int Added { get; private set; }

        /// <summary>Adds a feature; a feature added again replaces the earlier weight.</summary>
        /// <param name="key">The feature.</param>
        /// <param name="weight">Its weight.</param>
        public void Add(ReadOnlySpan<char> key, double weight)
        {
            if (key.Length > char.MaxValue)
            {
                throw new ArgumentException("A feature is longer than a table key can be.", nameof(key));
            }

            int end = Used + (Units(key.Length) * RecordAlign);
            if (end > Records.Length)
            {
                var larger = Records;
                Array.Resize(ref larger, Math.Max(Records.Length * 2, end));
                Records = larger;
            }

            var record = Records.AsSpan(Used);
            MemoryMarshal.Write(MemoryMarshal.AsBytes(record[..4]), BitConverter.DoubleToInt64Bits(weight));
            record[4] = (char)key.Length;
            key.CopyTo(record[Header..]);
            Used = end;
            Added++;
        }

        /// <summary>The table of the features added.</summary>
        public CueWeightTable Build() => new(this);
    }

    /// <summary>How many features have a weight.</summary>
    public int Count { get; }

    /// <summary>The weight of <paramref name="feature"/>, when the table holds it.</summary>
    /// <param name="feature">The feature's characters.</param>
    /// <param name="weight">Its weight, or 0.</param>
    /// <returns>Whether the table holds the feature.</returns>
    public bool TryGetValue(ReadOnlySpan<char> feature, out double weight) => TryGetValue(feature, Hash(feature), out weight);

    /// <summary>
    /// The sum of the weights of the features the table holds, in their order (the sum
    /// <see cref="CueModel.Score"/> gives), the features being <paramref name="chars"/> cut at <paramref name="ends"/>.
    /// A first pass hashes every feature and reads its home slot, and the record a matching slot points to, with no
    /// branch on what it reads; the second looks each up in order. One look-up at a time, the processor waited for
    /// each slot's and record's cache miss in turn, its speculation past them undone by the mispredicted branch on
    /// whether the feature is held (two instructions were most of the cue features' time, issue 14); read together,
    /// the misses overlap.
    /// </summary>
    /// <param name="chars">The features' characters, one after another.</param>
    /// <param name="ends">Where each feature ends in <paramref name="chars"/>.</param>
    /// <param name="touched">What the first pass read, summed (of no use but to keep its reads).</param>
    public double Sum(ReadOnlySpan<char> chars, ReadOnlySpan<int> ends, out uint touched)
    {
        const int Batch = 64;
        Span<ulong> hashes = stackalloc ulong[Batch];
        double sum = 0;
        touched = 0;
        ref uint firstSlot = ref MemoryMarshal.GetArrayDataReference(slots);
        ref char firstUnit = ref MemoryMarshal.GetArrayDataReference(records);
        for (int done = 0; done < ends.Length; done += Batch)
        {
            var batch = ends.Slice(done, Math.Min(Batch, ends.Length - done));
            int start = done == 0 ? 0 : ends[done - 1];
            for (int k = 0; k < batch.Length; k++)
            {
                ulong hash = Hash(chars[start..batch[k]]);
                hashes[k] = hash;
                uint s = Unsafe.Add(ref firstSlot, (int)hash & mask);
                uint unit = (s & ~offsetMask) == Tag(hash) ? s & offsetMask : 0;
                touched += Unsafe.Add(ref firstUnit, (nint)unit * RecordAlign);
                start = batch[k];
            }

            start = done == 0 ? 0 : ends[done - 1];
            for (int k = 0; k < batch.Length; k++)
            {
                if (TryGetValue(chars[start..batch[k]], hashes[k], out double w))
                {
                    sum += w;
                }

                start = batch[k];
            }
        }

        return sum;
    }

    // The record units a key of this length takes.
    private static int Units(int keyLength) => (Header + keyLength + RecordAlign - 1) / RecordAlign;

    private static Builder Collect(IReadOnlyDictionary<string, double> weights)
    {
        long chars = RecordAlign;
        foreach (var key in weights.Keys)
        {
            chars += (long)Units(key.Length) * RecordAlign;
        }

        var builder = new Builder((int)Math.Min(chars, Array.MaxLength));
        foreach (var (key, weight) in weights)
        {
            builder.Add(key, weight);
        }

        return builder;
    }

    private bool TryGetValue(ReadOnlySpan<char> feature, ulong hash, out double weight)
    {
        uint tag = Tag(hash);
        ref uint first = ref MemoryMarshal.GetArrayDataReference(slots);
        for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            uint s = Unsafe.Add(ref first, slot);
            if (s == 0)
            {
                weight = 0;
                return false;
            }

            if ((s & ~offsetMask) == tag)
            {
                var record = records.AsSpan((int)(s & offsetMask) * RecordAlign);
                if (record[4] == feature.Length && record.Slice(Header, feature.Length).SequenceEqual(feature))
                {
                    weight = BitConverter.Int64BitsToDouble(MemoryMarshal.Read<long>(MemoryMarshal.AsBytes(record[..4])));
                    return true;
                }
            }
        }
    }

    // The hash's high bits, in the bits of a slot above the record's place.
    private uint Tag(ulong hash) => offsetBits >= 32 ? 0 : (uint)(hash >> 32) & ~offsetMask;

    // A 64-bit hash of the characters, eight bytes at a time (a multiply-xorshift mix; its quality decides only
    // how far a look-up probes, never its answer).
    private static ulong Hash(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        ulong h = 0x9E37_79B9_7F4A_7C15UL ^ (ulong)bytes.Length;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * 0xFF51_AFD7_ED55_8CCDUL;
            h ^= h >> 29;
        }

        int rest = bytes.Length - i;
        if (rest > 0)
        {
            // The last 2, 4 or 6 bytes as a little-endian number, read whole rather than a byte at a time (issue 14):
            // the last eight bytes shifted down when the text has them, else the one short run there is.
            ulong tail = bytes.Length >= 8
                ? BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]) >> (8 * (8 - rest))
                : rest switch
                {
                    2 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
                    4 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
                    _ => BinaryPrimitives.ReadUInt32LittleEndian(bytes) | ((ulong)BinaryPrimitives.ReadUInt16LittleEndian(bytes[4..]) << 32),
                };
            h = (h ^ tail) * 0xFF51_AFD7_ED55_8CCDUL;
        }

        h ^= h >> 33;
        h *= 0xC4CE_B9FE_1A85_EC53UL;
        h ^= h >> 33;
        return h;
    }
}
