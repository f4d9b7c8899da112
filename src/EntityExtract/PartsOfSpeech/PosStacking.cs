using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The tagger's second pass (stacking: Wolpert 1992; for taggers, the right-context tags of Toutanova et al.
/// 2003 and Shen et al. 2007). The greedy first pass chooses each word's tag knowing only the tags to its left;
/// the second pass revisits the words the first pass was unsure of (a margin between its two best tags below
/// <see cref="Margin"/>) with a second perceptron whose features are the first pass's
/// (<see cref="PosFeatures.ComputeStatic"/>, <see cref="PosFeatures.ComputeDynamic"/> over the tags chosen so far)
/// and, added, the first pass's tags on both sides (two to the left, two to the right) and its best two tags
/// with its margin (<see cref="Compute"/>). <c>train-pos</c> learns these weights on
/// first-pass tags of EWT train that were jackknifed (each fold tagged by a first pass trained without it), so
/// the second pass learns from the mistakes the first pass really makes on unseen text. Immutable; safe to
/// share between threads.
/// </summary>
internal sealed class PosStacking
{
    /// <summary>The most features <see cref="Compute"/> produces.</summary>
    public const int MaxFeatures = 16;

    /// <summary>A model without a second pass.</summary>
    public static readonly PosStacking None = new(new PosWeights([]), 0, PosPassKind.None);

    /// <summary>The most features <see cref="ComputeAll"/> produces.</summary>
    public const int MaxAllFeatures = PosFeatures.MaxFeatures + MaxFeatures;

    /// <summary>Creates a second pass from its weights and the margin (in the first pass's quanta) below which it revisits a word.</summary>
    public PosStacking(PosWeights weights, int margin, PosPassKind kind)
    {
        Weights = weights;
        Margin = Math.Max(0, margin);
        Kind = kind;
    }

    /// <summary>How the second pass reads the sentence and combines its scores.</summary>
    public PosPassKind Kind { get; }

    /// <summary>
    /// The weights are those of a first pass trained right to left (each sentence reversed); the second pass
    /// tags the sentence right to left with them and, at each revisited word, adds their scores to the left-to-right
    /// pass's (a bidirectional ensemble: Tsuruoka and Tsujii 2005).
    /// </summary>
    public bool Reverse => (Kind & PosPassKind.Reverse) != 0;

    /// <summary>The second pass's features add the first pass's tags (<see cref="Compute"/>) to the usual ones.</summary>
    public bool Stacked => (Kind & PosPassKind.Stacked) != 0;

    /// <summary>At a revisited word, the first pass's scores are added to the second pass's.</summary>
    public bool AddFirst => (Kind & PosPassKind.AddFirst) != 0;

    /// <summary>The weights of the second pass's perceptron.</summary>
    public PosWeights Weights { get; }

    /// <summary>
    /// The second pass revisits a word whose first-pass margin (best score minus the second best, among the tags
    /// the word may take) is below this; 0 switches the second pass off.
    /// </summary>
    public int Margin { get; }

    /// <summary>
    /// Every feature of the second pass at position <paramref name="i"/>: the first pass's, with the tags the second
    /// pass left on the previous two words (<paramref name="prev"/>, <paramref name="prev2"/>), then <see cref="Compute"/>.
    /// </summary>
    public static int ComputeAll(ReadOnlySpan<PosWordInfo> s, ReadOnlySpan<byte> first, int i, int prev, int prev2, int second, int margin, Span<uint> f)
    {
        int n = PosFeatures.ComputeStatic(s, i, f);
        n += PosFeatures.ComputeDynamic(s, i, prev, prev2, f[n..]);
        return n + Compute(s, first, i, prev, second, margin, f[n..]);
    }

    /// <summary>
    /// The stacked features of position <paramref name="i"/>: <paramref name="first"/> holds the first pass's tags of the
    /// sentence, <paramref name="prev"/> the tag the second pass left on the previous word, <paramref name="second"/>
    /// the first pass's second-best tag there and <paramref name="margin"/> its margin. Returns how many were written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Compute(ReadOnlySpan<PosWordInfo> s, ReadOnlySpan<byte> first, int i, int prev, int second, int margin, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        uint m2 = i > 1 ? first[i - 2] : 300u, m1 = i > 0 ? first[i - 1] : 300u, a0 = first[i];
        uint p1 = i + 1 < s.Length ? first[i + 1] : 301u, p2 = i + 2 < s.Length ? first[i + 2] : 301u;

        // Margins in coarse steps of a factor of two (in quanta of 1,024): how unsure the first pass was.
        uint bucket = (uint)Math.Min(8, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Max(0, margin) >> 10));
        uint lower = t.Lower, suffix = t.Suffix3;
        f[0] = NerHash.Feature(201, p1);
        f[1] = NerHash.Feature(202, p1, p2);
        f[2] = NerHash.Feature(203, m1, p1);
        f[3] = NerHash.Feature(206, (uint)prev, p1);
        f[4] = NerHash.Feature(207, lower, p1);
        f[5] = NerHash.Feature(209, suffix, p1);
        f[6] = NerHash.Feature(214, suffix, m1, p1);
        f[7] = NerHash.Feature(216, p2);
        f[8] = NerHash.Feature(217, (uint)prev, p1, p2);
        f[9] = NerHash.Feature(218, lower, p1, p2);
        return 10;
    }

    /// <summary>
    /// The label with the second-best score among <paramref name="allowed"/> (every label when it is 0), other
    /// than <paramref name="best"/>; -1 when there is none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int RunnerUp(ReadOnlySpan<int> scores, UInt128 allowed, int best)
    {
        int second = -1;
        if (allowed == 0)
        {
            for (int l = 0; l < scores.Length; l++)
            {
                if (l != best && (second < 0 || scores[l] > scores[second]))
                {
                    second = l;
                }
            }

            return second;
        }

        for (var rest = allowed; rest != 0; rest &= rest - 1)
        {
            int l = (int)UInt128.TrailingZeroCount(rest);
            if (l >= scores.Length)
            {
                break;
            }

            if (l != best && (second < 0 || scores[l] > scores[second]))
            {
                second = l;
            }
        }

        return second;
    }
}

/// <summary>How the second pass (<see cref="PosStacking"/>) works.</summary>
[Flags]
internal enum PosPassKind : byte
{
    /// <summary>Left to right, the usual features only.</summary>
    None = 0,

    /// <summary>Right to left.</summary>
    Reverse = 1,

    /// <summary>With the stacked features over the first pass's tags.</summary>
    Stacked = 2,

    /// <summary>The first pass's scores are added at each revisited word.</summary>
    AddFirst = 4,

    /// <summary>Right to left, but only at the revisited words, the tags on their right standing for the second pass's own.</summary>
    Local = 8,
}
