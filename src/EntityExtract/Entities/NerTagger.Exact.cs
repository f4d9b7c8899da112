using System.Numerics;
using System.Runtime.CompilerServices;

namespace EntityExtract.Entities;

// Exact decoding of a pass (NerModel.ExactDecoding), beside the greedy decoder of NerTagger.cs.
internal static partial class NerTagger
{
    /// <summary>The exact decoder's labels and the start before the first token; its states are pairs of them.</summary>
    internal const int States = NerLabels.Start + 1;

    /// <summary>The number of (label, previous label) states: <c>l * States + p</c>.</summary>
    internal const int Pairs = States * States;

    /// <summary>
    /// Exact decoding of one pass, for a model trained with the same decoder (<see cref="NerModel.ExactDecoding"/>):
    /// a token's score reads the previous label (the history and previous-label-by-word features) and the one
    /// before it (the history), so the states are label pairs, <c>delta[l * States + p]</c> the best path with
    /// label l here and p before, and only BILOU-allowed transitions are expanded: linear in the tokens, 13 sets
    /// of previous-label features per token instead of one. Margins and rivals are the chosen path's local
    /// scores, as greedy decoding writes them. A greedily trained model must not be decoded this way: its
    /// weights are right only along greedy paths (docs/entities.md, "Decoders other than greedy").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DecodeExact(NerModel model, ReadOnlySpan<NerTokenInfo> s, Span<byte> labels, ReadOnlySpan<int> staticScores, Span<uint> features, Span<int> scores, Span<byte> back, Span<int> margins, Span<int> rivals)
    {
        Span<long> before = stackalloc long[Pairs];
        Span<long> here = stackalloc long[Pairs];
        Span<uint> live = stackalloc uint[States];
        before.Fill(long.MinValue);
        before[(NerLabels.Start * States) + NerLabels.Start] = 0;
        for (int i = 0; i < s.Length; i++)
        {
            bool last = i == s.Length - 1;
            here.Fill(long.MinValue);
            live.Clear();
            for (int k = 0; k < Pairs; k++)
            {
                live[k / States] |= before[k] != long.MinValue ? 1u << (k % States) : 0;
            }

            var step = back.Slice(i * Pairs, Pairs);
            var stat = staticScores.Slice(i * NerModel.RowStride, NerModel.RowStride);
            for (int p = 0; p < States; p++)
            {
                if (live[p] == 0)
                {
                    continue;
                }

                int n = NerFeatures.ComputeDynamicWord(s, i, p, features);
                stat.CopyTo(scores);
                NerFeatures.Score(model, features[..n], scores);
                uint allowed = NerLabels.AllowedAfter(p, last);
                for (uint qs = live[p]; qs != 0; qs &= qs - 1)
                {
                    int q = System.Numerics.BitOperations.TrailingZeroCount(qs);
                    var history = model.HistoryScores(p, q);
                    long from = before[(p * States) + q];
                    for (uint a = allowed; a != 0; a &= a - 1)
                    {
                        int l = System.Numerics.BitOperations.TrailingZeroCount(a);
                        long v = from + history[l] + scores[l];
                        if (v > here[(l * States) + p])
                        {
                            here[(l * States) + p] = v;
                            step[(l * States) + p] = (byte)q;
                        }
                    }
                }
            }

            var swap = before;
            before = here;
            here = swap;
        }

        Backtrace<long>(before, back, labels[..s.Length]);

        if (margins.IsEmpty && rivals.IsEmpty)
        {
            return;
        }

        int prev = NerLabels.Start, prev2 = NerLabels.Start;
        for (int i = 0; i < s.Length; i++)
        {
            int n = NerFeatures.ComputeDynamicWord(s, i, prev, features);
            AddTo(staticScores.Slice(i * NerModel.RowStride, NerModel.RowStride), model.HistoryScores(prev, prev2), scores);
            NerFeatures.Score(model, features[..n], scores);
            LocalMargins(scores, prev, i == s.Length - 1, labels[i], i, margins, rivals);
            prev2 = prev;
            prev = labels[i];
        }
    }

    /// <summary>
    /// The end of exact decoding, shared with the structured trainer (<c>NerPerceptron</c>): the best final state
    /// (the first of equals) in <paramref name="final"/>, then each token's label back along the back-pointers
    /// (<c>back[i * Pairs + l * States + p]</c>: the label before p on the best path with l at token i and p before).
    /// </summary>
    internal static void Backtrace<T>(ReadOnlySpan<T> final, ReadOnlySpan<byte> back, Span<byte> labels)
        where T : INumber<T>
    {
        int end = 0;
        for (int k = 1; k < Pairs; k++)
        {
            if (final[k] > final[end])
            {
                end = k;
            }
        }

        int label = end / States, previous = end % States;
        for (int i = labels.Length - 1; i >= 0; i--)
        {
            labels[i] = (byte)label;
            int earlier = back[(i * Pairs) + (label * States) + previous];
            label = previous;
            previous = earlier;
        }
    }

    // The margin and rivals of position i (see Tag), from its local scores given the previous label.
    private static void LocalMargins(ReadOnlySpan<int> scores, int prev, bool last, int best, int i, Span<int> margins, Span<int> rivals)
    {
        if (!margins.IsEmpty)
        {
            margins[i] = Margin(scores, prev, last, best);
        }

        if (!rivals.IsEmpty)
        {
            uint allowed = NerLabels.AllowedAfter(prev, last);
            rivals[2 * i] = MarginOver(scores, best, allowed & 1u);
            uint otherType = 0;
            for (uint a = allowed & ~1u; a != 0; a &= a - 1)
            {
                int l = System.Numerics.BitOperations.TrailingZeroCount(a);
                otherType |= NerLabels.TypeOf(l) != NerLabels.TypeOf(best) ? 1u << l : 0;
            }

            rivals[(2 * i) + 1] = MarginOver(scores, best, otherType);
        }
    }
}
