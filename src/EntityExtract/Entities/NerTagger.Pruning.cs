using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EntityExtract.Entities;

// Exact decoding's pruning (NerModel.ExactMargin; docs/performance.md "Exact entity decoding, pruned"): the estimate of
// the rest of a sentence after each label, the rule that drops labels, and the decoder's working rows.
internal static partial class NerTagger
{
    // The lowest estimate Future keeps (-2^28): half of NerModel.NoPath, far below any score difference of a token.
    private const int FutureFloor = -(1 << 28);

    // What the rest of the sentence can still add after each label at each token, without the features that read the
    // previous label's word or document crosses: future[i * RowStride + l] is the best over the labels k the grammar
    // allows after l at token i + 1 of their shared scores plus the highest history score of k after l
    // (NerModel.HistoryBoundsBefore) plus their own future, 0 at the last token; less the highest of the token's
    // thirteen, so that the figures stay small (a constant per token changes no comparison among its labels). Taken
    // for all labels l at once, one label k after another.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Future(NerModel model, int length, ReadOnlySpan<int> shared, Span<int> future)
    {
        future.Slice((length - 1) * NerModel.RowStride, NerModel.RowStride).Clear();
        for (int i = length - 2; i >= 0; i--)
        {
            var after = shared.Slice((i + 1) * NerModel.RowStride, NerModel.RowStride);
            var later = future.Slice((i + 1) * NerModel.RowStride, NerModel.RowStride);
            bool nextLast = i + 2 == length;
            var low = Vector256.Create(int.MinValue);
            var high = low;
            for (int k = 0; k < NerLabels.Count; k++)
            {
                var v = Vector256.Create(after[k] + later[k]);
                ref int bound = ref MemoryMarshal.GetReference(model.HistoryBoundsBefore(k, nextLast));
                low = Vector256.Max(low, v + Vector256.LoadUnsafe(ref bound));
                high = Vector256.Max(high, v + Vector256.LoadUnsafe(ref bound, 8));
            }

            // Lanes 13-15 are no label: NoPath plus a score, below every label's.
            var m = Vector256.Max(low, high);
            var m4 = Vector128.Max(m.GetLower(), m.GetUpper());
            var top = Vector256.Create(Math.Max(Math.Max(m4.GetElement(0), m4.GetElement(1)), Math.Max(m4.GetElement(2), m4.GetElement(3))));
            // Held at FutureFloor or above, so that no sum overflows however long the sentence: a label so far below
            // is pruned at any margin short of it.
            ref int row = ref MemoryMarshal.GetReference(future.Slice(i * NerModel.RowStride, NerModel.RowStride));
            var floor = Vector256.Create(FutureFloor);
            Vector256.Max(low - top, floor).StoreUnsafe(ref row);
            Vector256.Max(high - top, floor).StoreUnsafe(ref row, 8);
        }
    }

    // Drops the labels l reached at a token whose best path so far (the best over the labels before, p in next[l], of
    // here[p * RowStride + l]) plus future[l] falls more than margin below the highest such sum: their states are not
    // expanded, so their previous-label rows at the next token are never read. Returns the labels kept.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Prune(ReadOnlySpan<long> here, Span<uint> next, uint reached, int margin, ReadOnlySpan<int> future, Span<long> best)
    {
        long top = long.MinValue;
        for (uint ls = reached; ls != 0; ls &= ls - 1)
        {
            int l = System.Numerics.BitOperations.TrailingZeroCount(ls);
            long b = long.MinValue;
            for (uint ps = next[l]; ps != 0; ps &= ps - 1)
            {
                b = Math.Max(b, here[(System.Numerics.BitOperations.TrailingZeroCount(ps) * NerModel.RowStride) + l]);
            }

            best[l] = b + future[l];
            top = Math.Max(top, best[l]);
        }

        long floor = top - margin;
        uint kept = reached;
        for (uint ls = reached; ls != 0; ls &= ls - 1)
        {
            int l = System.Numerics.BitOperations.TrailingZeroCount(ls);
            if (best[l] < floor)
            {
                next[l] = 0;
                kept &= ~(1u << l);
            }
        }

        return kept;
    }

    /// <summary>The exact decoder's working rows of a sentence (see DecodeExact).</summary>
    private readonly ref struct ExactBuffers(Span<int> previousRows, Span<uint> scored, Span<int> shared, Span<int> future)
    {
        /// <summary>The previous-label-by-word rows, 13 per token (the slot of previous label p: RowSlot(p)).</summary>
        public Span<int> PreviousRows { get; } = previousRows;

        /// <summary>Which previous labels' rows are scored in <see cref="PreviousRows"/>, a bit set per token (bit p).</summary>
        public Span<uint> Scored { get; } = scored;

        /// <summary>Each token's scores that do not read the previous label: static plus document rows.</summary>
        public Span<int> Shared { get; } = shared;

        /// <summary>Each token's estimate of what the rest of the sentence adds after each label (Future).</summary>
        public Span<int> Future { get; } = future;
    }
}
