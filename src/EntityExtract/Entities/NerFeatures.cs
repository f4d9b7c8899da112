using System.Runtime.CompilerServices;

namespace EntityExtract.Entities;

/// <summary>
/// The feature templates of the recognizer, shared by inference and training so that both see exactly the
/// same features. The set follows Ratinov &amp; Roth (2009, §2-5): the words in a ±2 window, prefixes and
/// suffixes, word shapes, the previous two labels, gazetteer matches and non-local (document) features;
/// to these it adds the sentence's case mode (Title Case and ALL CAPS headlines, where capitalization says
/// little) and how the word is usually written in running text, which is what separates a sentence-initial
/// "Despite" from a sentence-initial "Kim".
/// </summary>
internal static class NerFeatures
{
    /// <summary>The most features one position can produce.</summary>
    public const int MaxFeatures = 80;

    /// <summary>The first letter is upper case.</summary>
    public const byte FlagCapitalized = 1;

    /// <summary>It has letters and none is lower case.</summary>
    public const byte FlagAllCaps = 2;

    /// <summary>It is the first word of its sentence (after any opening quotes or brackets).</summary>
    public const byte FlagInitial = 4;

    /// <summary>The same word appears elsewhere in the document in lower case.</summary>
    public const byte FlagDocLower = 8;

    /// <summary>The same word appears elsewhere in the document capitalized in the middle of a running-text sentence.</summary>
    public const byte FlagDocCapitalizedMid = 16;

    /// <summary>It has at least one letter.</summary>
    public const byte FlagHasLetter = 32;

    /// <summary>A capitalized word that usually ends an organization name (Inc, Party, Ministry, Club...).</summary>
    public const byte FlagOrganizationHead = 64;

    private const uint Before1 = 0xB1F0_0001, Before2 = 0xB1F0_0002, After1 = 0xAF7E_0001, After2 = 0xAF7E_0002;

    /// <summary>
    /// Writes all hashed features of position <paramref name="i"/> of <paramref name="s"/> given the two
    /// previous labels (<see cref="NerLabels.Start"/> before the sentence) and returns how many were written:
    /// the static ones, then the dynamic ones.
    /// </summary>
    public static int Compute(ReadOnlySpan<NerTokenInfo> s, int i, int prev, int prev2, Span<uint> f)
    {
        int n = ComputeStatic(s, i, f);
        return n + ComputeDynamic(s, i, prev, prev2, f[n..]);
    }

    /// <summary>
    /// The dynamic features of position <paramref name="i"/>: those that read the previous labels or the
    /// second-pass document fields, and so change between passes and during decoding.
    /// </summary>
    public static int ComputeDynamic(ReadOnlySpan<NerTokenInfo> s, int i, int prev, int prev2, Span<uint> f)
    {
        int n = ComputeHistory(prev, prev2, f);
        return n + ComputeDynamicWord(s, i, prev, f[n..]);
    }

    /// <summary>
    /// The features of the label history alone: the previous label, and the two previous labels. They take
    /// 14 × 14 values, so the tagger scores every pair once per model (<see cref="NerModel.HistoryScores"/>).
    /// </summary>
    public static int ComputeHistory(int prev, int prev2, Span<uint> f)
    {
        f[0] = NerHash.Feature(33, (uint)prev);
        f[1] = NerHash.Feature(34, (uint)prev2, (uint)prev);
        return 2;
    }

    /// <summary>
    /// The dynamic features other than the label history alone: the previous label crossed with the words, and the
    /// second-pass document fields; in this order, which training's float sums see (<see cref="ComputePreviousWord"/>,
    /// <see cref="ComputeDocument"/>, <see cref="ComputePreviousDocument"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ComputeDynamicWord(ReadOnlySpan<NerTokenInfo> s, int i, int prev, Span<uint> f)
    {
        int n = ComputePreviousWord(s, i, prev, f);
        n += ComputeDocument(s, i, f[n..]);
        return n + ComputePreviousDocument(s, i, prev, f[n..]);
    }

    /// <summary>
    /// The previous label crossed with the words. They read the previous label and the words, never the second-pass
    /// document fields, so the exact decoder scores them once per document for each previous label and reads them
    /// again in the second pass (NerTagger.DecodeExact): a feature that reads a document field belongs in
    /// <see cref="ComputeDocument"/> or <see cref="ComputePreviousDocument"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ComputePreviousWord(ReadOnlySpan<NerTokenInfo> s, int i, int prev, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        uint p1 = (uint)prev;
        uint lwp1 = i + 1 < s.Length ? s[i + 1].Word : After1;
        f[0] = NerHash.Feature(35, p1, t.Word);
        f[1] = NerHash.Feature(36, p1, t.Shape);
        f[2] = NerHash.Feature(45, p1, lwp1);
        return 3;
    }

    /// <summary>The second-pass document fields without the previous label: the exact decoder scores them once per token, not once per previous label.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ComputeDocument(ReadOnlySpan<NerTokenInfo> s, int i, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        if (t.DocMajority == 0)
        {
            return 0;
        }

        uint initial = (t.Flags & FlagInitial) != 0 ? 1u : 0u;
        f[0] = NerHash.Feature(37, t.DocMajority, t.Shape);
        f[1] = NerHash.Feature(38, t.DocMajority);
        f[2] = NerHash.Feature(39, t.DocAny);
        f[3] = NerHash.Feature(40, t.DocMajority, initial, t.Mode);
        return 4;
    }

    /// <summary>The second-pass document fields crossed with the previous label.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ComputePreviousDocument(ReadOnlySpan<NerTokenInfo> s, int i, int prev, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        if (t.DocMajority == 0)
        {
            return 0;
        }

        f[0] = NerHash.Feature(49, t.DocMajority, (uint)prev);
        return 1;
    }

    /// <summary>The static features of position <paramref name="i"/>: the same in both passes, so the tagger scores them once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ComputeStatic(ReadOnlySpan<NerTokenInfo> s, int i, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        uint lw0 = t.Word;
        uint sh0 = t.Shape;
        uint lwm1 = i > 0 ? s[i - 1].Word : Before1;
        uint lwm2 = i > 1 ? s[i - 2].Word : i > 0 ? Before1 : Before2;
        uint lwp1 = i + 1 < s.Length ? s[i + 1].Word : After1;
        uint lwp2 = i + 2 < s.Length ? s[i + 2].Word : i + 1 < s.Length ? After1 : After2;
        uint shm1 = i > 0 ? s[i - 1].Shape : Before1;
        uint shp1 = i + 1 < s.Length ? s[i + 1].Shape : After1;
        uint cwm1 = i > 0 ? s[i - 1].Exact : Before1;
        uint cwp1 = i + 1 < s.Length ? s[i + 1].Exact : After1;
        uint initial = (t.Flags & FlagInitial) != 0 ? 1u : 0u;
        uint cap = (uint)(t.Flags & (FlagCapitalized | FlagAllCaps | FlagHasLetter));
        uint doc = (uint)(t.Flags & (FlagDocLower | FlagDocCapitalizedMid));

        int n = 0;
        f[n++] = NerHash.Feature(1, 0);
        f[n++] = NerHash.Feature(2, lw0);
        f[n++] = NerHash.Feature(3, t.Exact);
        f[n++] = NerHash.Feature(4, lwm1);
        f[n++] = NerHash.Feature(5, lwp1);
        f[n++] = NerHash.Feature(6, lwm2);
        f[n++] = NerHash.Feature(7, lwp2);
        f[n++] = NerHash.Feature(8, lwm1, lw0);
        f[n++] = NerHash.Feature(9, lw0, lwp1);
        f[n++] = NerHash.Feature(10, sh0);
        f[n++] = NerHash.Feature(11, sh0, t.Length);
        f[n++] = NerHash.Feature(12, shm1, sh0);
        f[n++] = NerHash.Feature(13, sh0, shp1);
        f[n++] = NerHash.Feature(14, shm1, sh0, shp1);
        f[n++] = NerHash.Feature(15, t.Prefix1);
        f[n++] = NerHash.Feature(16, t.Prefix2);
        f[n++] = NerHash.Feature(17, t.Prefix3);
        f[n++] = NerHash.Feature(18, t.Prefix4);
        f[n++] = NerHash.Feature(19, t.Suffix1);
        f[n++] = NerHash.Feature(20, t.Suffix2);
        f[n++] = NerHash.Feature(21, t.Suffix3);
        f[n++] = NerHash.Feature(22, t.Suffix4);
        f[n++] = NerHash.Feature(23, t.Kind, t.Segment);
        f[n++] = NerHash.Feature(24, t.Mode, sh0);
        f[n++] = NerHash.Feature(25, t.Mode, lw0);
        f[n++] = NerHash.Feature(26, initial, sh0, t.Lexicon);
        f[n++] = NerHash.Feature(27, t.Lexicon, sh0);
        f[n++] = NerHash.Feature(28, t.Mode, t.Lexicon, cap);
        f[n++] = NerHash.Feature(31, doc, cap, initial + (4u * t.Mode));
        f[n++] = NerHash.Feature(32, t.Segment, sh0);
        f[n++] = NerHash.Feature(41, cwm1);
        f[n++] = NerHash.Feature(42, cwp1);
        f[n++] = NerHash.Feature(43, lwm1, sh0);
        f[n++] = NerHash.Feature(44, sh0, lwp1);
        if (i > 0)
        {
            f[n++] = NerHash.Feature(46, s[i - 1].Lexicon, s[i - 1].Flags & 7u, cap);
        }

        if (i + 1 < s.Length)
        {
            f[n++] = NerHash.Feature(47, s[i + 1].Lexicon, s[i + 1].Flags & 7u, cap);
            f[n++] = NerHash.Feature(48, s[i + 1].Gazetteer);
        }

        // Word classes (Ratinov & Roth 2009, §4): the word's and its neighbours', which generalize to rare names.
        uint clm1 = i > 0 ? s[i - 1].ClusterFine : 300u;
        uint clp1 = i + 1 < s.Length ? s[i + 1].ClusterFine : 301u;
        f[n++] = NerHash.Feature(50, t.ClusterFine);
        f[n++] = NerHash.Feature(51, t.Cluster, cap);
        f[n++] = NerHash.Feature(52, clm1);
        f[n++] = NerHash.Feature(53, clp1);
        f[n++] = NerHash.Feature(54, clm1, t.ClusterFine);

        if (t.RunShape != 0)
        {
            f[n++] = NerHash.Feature(55, t.RunShape);
            f[n++] = NerHash.Feature(56, t.RunLast, t.RunShape & 3u);
            f[n++] = NerHash.Feature(57, t.RunFirst, t.RunShape & 3u);
        }

        // Distance (0-3) to the nearest organization head word at or after this word, not past a lower-case
        // word: "Douglas & Lomason Inc", "Manchester United". The class generalizes where the word features of
        // each head are sparse; crossed with gazetteer hits so that a known place ("West Bank") can outweigh it.
        uint head = 4;
        for (int k = 0; k <= 3 && i + k < s.Length; k++)
        {
            byte fl = s[i + k].Flags;
            if ((fl & FlagOrganizationHead) != 0)
            {
                head = (uint)k;
                break;
            }

            if (k > 0 && (fl & FlagCapitalized) == 0 && s[i + k].Kind != (byte)Tokenization.TokenKind.Punctuation)
            {
                break;
            }
        }

        if (head < 4)
        {
            f[n++] = NerHash.Feature(63, head, cap);
            f[n++] = NerHash.Feature(64, head, t.Mode, t.Gazetteer != 0 ? 1u : 0u);
        }

        uint gaz = t.Gazetteer;
        while (gaz != 0 && n < 64)
        {
            uint bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(gaz);
            gaz &= gaz - 1;
            f[n++] = NerHash.Feature(29, bit);
            f[n++] = NerHash.Feature(30, bit, cap, t.Mode);
        }

        return n;
    }

    /// <summary>
    /// Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (at least
    /// <see cref="NerModel.RowStride"/> long; the first <see cref="NerLabels.Count"/> are the labels' scores).
    /// One 32-byte row per feature, widened and summed with vector instructions: the tagger's hot loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Score(NerModel model, ReadOnlySpan<uint> features, Span<int> scores) => model.WeightTable.Score(features, scores);
}
