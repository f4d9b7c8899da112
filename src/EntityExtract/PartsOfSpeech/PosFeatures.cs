using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The feature templates of the part-of-speech tagger, shared by inference and training. The set is the
/// classic one of the greedy averaged-perceptron taggers (Collins 2002; Honnibal, "A good POS tagger in
/// about 200 lines of Python", 2013; NLTK's port): the word, its lower-case form, prefixes and suffixes,
/// its shape, the words and suffixes in a ±2 window, and the previous two tags. Features are hashed with
/// <see cref="NerHash"/>, as the entity model's are, so no string is built per word.
/// </summary>
internal static class PosFeatures
{
    /// <summary>The most features one position produces.</summary>
    public const int MaxFeatures = 56;

    /// <summary>The first letter is upper case.</summary>
    public const uint FlagCapitalized = 1;

    /// <summary>It has letters and none is lower case.</summary>
    public const uint FlagAllCaps = 2;

    /// <summary>It is the first word of its sentence.</summary>
    public const uint FlagInitial = 4;

    /// <summary>It holds a digit.</summary>
    public const uint FlagDigit = 8;

    /// <summary>The label index standing for "no tag" before the sentence start.</summary>
    public const int StartTag = 255;

    private const uint Before1 = 0xB1F0_0001, Before2 = 0xB1F0_0002, After1 = 0xAF7E_0001, After2 = 0xAF7E_0002;

    /// <summary>Computes what the templates read about <paramref name="word"/>.</summary>
    public static PosWordInfo Describe(ReadOnlySpan<char> word, bool initial, NerTable<ushort> clusters, NerTable<PosLexeme> lexicon)
    {
        var info = default(PosWordInfo);
        info.Lower = NerHash.Lower(word);
        info.Exact = NerHash.Exact(word);
        if (clusters.TryGetValue(info.Lower, out ushort cluster))
        {
            info.Cluster = (byte)cluster;
            info.ClusterFine = (uint)(cluster >> 8);
        }

        if (lexicon.TryGetValue(info.Lower, out var lexeme))
        {
            info.Likely = lexeme.Likely + 1u;
            info.Allowed = lexeme.Allowed;
        }

        uint shape = 2166136261;
        char last = '\0';
        int run = 0;
        bool upper = false, lower = false, digit = false;
        foreach (char c in word)
        {
            char k;
            if (char.IsUpper(c))
            {
                k = 'X';
                upper = true;
            }
            else if (char.IsLower(c))
            {
                k = 'x';
                lower = true;
            }
            else if (char.IsDigit(c))
            {
                k = 'd';
                digit = true;
            }
            else
            {
                k = char.IsLetter(c) ? 'x' : c;
            }

            // Runs of the same class collapse after two ("Xxxxx" -> "Xxx"), which keeps short and long words apart.
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2)
            {
                shape = (shape ^ k) * 16777619;
            }
        }

        info.Shape = shape;
        int n = word.Length;
        info.Prefix1 = NerHash.Lower(word[..Math.Min(1, n)]) + 1;
        info.Prefix2 = NerHash.Lower(word[..Math.Min(2, n)]) + 2;
        info.Prefix3 = NerHash.Lower(word[..Math.Min(3, n)]) + 3;
        info.Suffix1 = NerHash.Lower(word[Math.Max(0, n - 1)..]) + 11;
        info.Suffix2 = NerHash.Lower(word[Math.Max(0, n - 2)..]) + 12;
        info.Suffix3 = NerHash.Lower(word[Math.Max(0, n - 3)..]) + 13;
        info.Suffix4 = NerHash.Lower(word[Math.Max(0, n - 4)..]) + 14;
        info.Suffix5 = NerHash.Lower(word[Math.Max(0, n - 5)..]) + 15;
        uint flags = 0;
        if (n > 0 && char.IsUpper(word[0]))
        {
            flags |= FlagCapitalized;
        }

        if (upper && !lower)
        {
            flags |= FlagAllCaps;
        }

        if (initial)
        {
            flags |= FlagInitial;
        }

        if (digit)
        {
            flags |= FlagDigit;
        }

        info.Flags = flags;
        return info;
    }

    /// <summary>The most features <see cref="ComputeWord"/> produces.</summary>
    public const int MaxWordFeatures = 16;

    /// <summary>
    /// The features of position <paramref name="i"/> that read only the words (not the tags chosen so far):
    /// <see cref="ComputeWord"/> then <see cref="ComputeContext"/>. Returns how many were written.
    /// </summary>
    public static int ComputeStatic(ReadOnlySpan<PosWordInfo> s, int i, Span<uint> f)
    {
        int n = ComputeWord(s[i], f);
        return n + ComputeContext(s, i, f[n..]);
    }

    /// <summary>
    /// The features that read only the word itself (its text and whether it starts the sentence), which the
    /// tagger scores once per word type and caches (<see cref="PosTypeCache"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ComputeWord(in PosWordInfo t, Span<uint> f)
    {
        int n = 0;
        f[n++] = NerHash.Feature(101, 0);
        f[n++] = NerHash.Feature(102, t.Lower);
        f[n++] = NerHash.Feature(103, t.Exact);
        f[n++] = NerHash.Feature(104, t.Shape);
        f[n++] = NerHash.Feature(105, t.Prefix1);
        f[n++] = NerHash.Feature(106, t.Prefix2);
        f[n++] = NerHash.Feature(107, t.Prefix3);
        f[n++] = NerHash.Feature(108, t.Suffix1);
        f[n++] = NerHash.Feature(109, t.Suffix2);
        f[n++] = NerHash.Feature(110, t.Suffix3);
        f[n++] = NerHash.Feature(111, t.Suffix4);
        f[n++] = NerHash.Feature(145, t.Suffix5);
        f[n++] = NerHash.Feature(112, t.Flags, t.Shape);

        // Word classes from unlabelled news text (the entity model's, Ratinov & Roth 2009 §4; Honnibal 2013
        // reports Brown clusters help a perceptron tagger most on unknown words).
        f[n++] = NerHash.Feature(124, t.ClusterFine);
        f[n++] = NerHash.Feature(125, t.Cluster, t.Flags & FlagCapitalized);
        return n;
    }

    /// <summary>The features of position <paramref name="i"/> that read its neighbours; returns how many were written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ComputeContext(ReadOnlySpan<PosWordInfo> s, int i, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        uint lwm1 = i > 0 ? s[i - 1].Lower : Before1;
        uint lwm2 = i > 1 ? s[i - 2].Lower : i > 0 ? Before1 : Before2;
        uint lwp1 = i + 1 < s.Length ? s[i + 1].Lower : After1;
        uint lwp2 = i + 2 < s.Length ? s[i + 2].Lower : i + 1 < s.Length ? After1 : After2;
        uint sfm1 = i > 0 ? s[i - 1].Suffix3 : Before1;
        uint sfp1 = i + 1 < s.Length ? s[i + 1].Suffix3 : After1;
        uint shm1 = i > 0 ? s[i - 1].Shape : Before1;
        uint shp1 = i + 1 < s.Length ? s[i + 1].Shape : After1;
        int n = 0;
        f[n++] = NerHash.Feature(113, lwm1);
        f[n++] = NerHash.Feature(114, lwp1);
        f[n++] = NerHash.Feature(115, lwm2);
        f[n++] = NerHash.Feature(116, lwp2);
        f[n++] = NerHash.Feature(117, sfm1);
        f[n++] = NerHash.Feature(118, sfp1);
        f[n++] = NerHash.Feature(119, shm1, t.Shape);
        f[n++] = NerHash.Feature(120, t.Shape, shp1);
        f[n++] = NerHash.Feature(121, lwm1, t.Lower);
        f[n++] = NerHash.Feature(122, t.Lower, lwp1);
        f[n++] = NerHash.Feature(123, lwp1, lwp2);
        uint clm1 = i > 0 ? s[i - 1].ClusterFine : 300u;
        uint clp1 = i + 1 < s.Length ? s[i + 1].ClusterFine : 301u;
        f[n++] = NerHash.Feature(126, clm1);
        f[n++] = NerHash.Feature(127, clp1);
        f[n++] = NerHash.Feature(128, clm1, t.ClusterFine);

        // The likely tags of the words to the right, which a left-to-right tagger has not chosen yet: the
        // "ambiguity class" idea of the bidirectional taggers (Toutanova et al. 2003; Giménez & Màrquez's
        // SVMTool), reduced to each word's most frequent training tag.
        uint lkp1 = i + 1 < s.Length ? s[i + 1].Likely : 300u;
        uint lkp2 = i + 2 < s.Length ? s[i + 2].Likely : 301u;
        f[n++] = NerHash.Feature(140, lkp1);
        f[n++] = NerHash.Feature(141, lkp1, lkp2);
        f[n++] = NerHash.Feature(142, t.Suffix3, lkp1);
        f[n++] = NerHash.Feature(143, t.Likely, lkp1);
        f[n++] = NerHash.Feature(144, lwm1, lwp1);

        // The capitalization of the word and its neighbours: a run of capitalized words is a name or a
        // title ("Court of Appeals"), one capitalized word after a full stop is not.
        uint capm1 = i > 0 ? s[i - 1].Flags & (FlagCapitalized | FlagAllCaps) : 4u;
        uint capp1 = i + 1 < s.Length ? s[i + 1].Flags & (FlagCapitalized | FlagAllCaps) : 4u;
        f[n++] = NerHash.Feature(146, (capm1 << 4) | (t.Flags & 0xF), capp1);
        return n;
    }

    // The decoder's grouping of the same features (PartOfSpeechTagger.Decode). A feature that reads one word
    // alone is scored once per word type and cached (PosTypeCache): the word's own features, and those that
    // read it as the previous, the next or the word two away. Only the features that read two words remain
    // per position. ComputeWord + ComputeContext (the order training sums in, which its float scores depend
    // on) and the groups below hash the same multiset of features, which PosFeaturesSpecs checks.

    /// <summary>
    /// The words beyond the sentence, as <see cref="ComputeContext"/> reads them: before the first word (and two
    /// before the second), two before the first, after the last, and two after the last but one and the last.
    /// </summary>
    public static readonly PosWordInfo BeforeFirst = Boundary(Before1, 300u, 0), BeforeSecond = Boundary(Before2, 300u, 0),
        AfterLast = Boundary(After1, 301u, 300u), AfterLast2 = Boundary(After1, 301u, 301u), AfterSecond = Boundary(After2, 301u, 301u);

    /// <summary>
    /// The features that read only the word itself (<see cref="ComputeWord"/>), the flags × shape one included:
    /// the type cache scores them for the word as not sentence-initial, and the first word of a sentence swaps
    /// that feature for its own (<see cref="ComputeFlags"/>).
    /// </summary>
    public static int ComputeOwn(in PosWordInfo t, Span<uint> f) => ComputeWord(t, f);

    /// <summary>The flags × shape feature of <see cref="ComputeWord"/>, with the flags given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ComputeFlags(uint flags, uint shape) => NerHash.Feature(112, flags, shape);

    /// <summary>
    /// The features that read word <paramref name="w"/> as the next word (<paramref name="after"/>) or the previous
    /// one (<see cref="AfterLast"/> or <see cref="BeforeFirst"/> beyond the sentence).
    /// </summary>
    public static int ComputeAsNeighbour(in PosWordInfo w, bool after, Span<uint> f)
    {
        f[0] = NerHash.Feature(after ? 114u : 113u, w.Lower);
        f[1] = NerHash.Feature(after ? 118u : 117u, w.Suffix3);
        f[2] = NerHash.Feature(after ? 127u : 126u, w.ClusterFine);
        if (!after)
        {
            return 3;
        }

        f[3] = NerHash.Feature(140, w.Likely);
        return 4;
    }

    /// <summary>
    /// The feature that reads word <paramref name="w"/> as the word two after (<paramref name="after"/>) or two
    /// before (<see cref="AfterLast2"/>, <see cref="AfterSecond"/>, <see cref="BeforeFirst"/> or <see cref="BeforeSecond"/> beyond the sentence).
    /// </summary>
    public static int ComputeAsNeighbour2(in PosWordInfo w, bool after, Span<uint> f)
    {
        f[0] = NerHash.Feature(after ? 116u : 115u, w.Lower);
        return 1;
    }

    /// <summary>
    /// The features of position <paramref name="i"/> that read two words (the word and a neighbour, or two
    /// neighbours) or a word and the previous tags, except those over small sets of values that
    /// <see cref="PosSmallFeatures"/> reads from flat arrays.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ComputePairs(ReadOnlySpan<PosWordInfo> s, int i, int prev, int prev2, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        ref readonly var m1 = ref i > 0 ? ref s[i - 1] : ref BeforeFirst;
        ref readonly var p1 = ref i + 1 < s.Length ? ref s[i + 1] : ref AfterLast;
        ref readonly var p2 = ref i + 2 < s.Length ? ref s[i + 2] : ref i + 1 < s.Length ? ref AfterLast2 : ref AfterSecond;
        uint t1 = (uint)prev, t2 = (uint)prev2;
        f[0] = NerHash.Feature(119, m1.Shape, t.Shape);
        f[1] = NerHash.Feature(120, t.Shape, p1.Shape);
        f[2] = NerHash.Feature(121, m1.Lower, t.Lower);
        f[3] = NerHash.Feature(122, t.Lower, p1.Lower);
        f[4] = NerHash.Feature(123, p1.Lower, p2.Lower);
        f[5] = NerHash.Feature(142, t.Suffix3, p1.Likely);
        f[6] = NerHash.Feature(144, m1.Lower, p1.Lower);
        f[7] = NerHash.Feature(133, t1, t.Lower);
        f[8] = NerHash.Feature(134, t1, t.Suffix3);
        f[9] = NerHash.Feature(135, t1, p1.Lower);
        f[10] = NerHash.Feature(136, t2, t.Lower);
        f[11] = NerHash.Feature(139, t1, t.Shape);
        return 12;
    }

    // A boundary word as ComputeContext reads it: its word, suffix and shape hashes, word class and likely tag.
    private static PosWordInfo Boundary(uint word, uint cluster, uint likely) => new()
    {
        Lower = word,
        Suffix3 = word,
        Shape = word,
        ClusterFine = cluster,
        Likely = likely,
    };

    /// <summary>The features of position <paramref name="i"/> that read the previous two tags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ComputeDynamic(ReadOnlySpan<PosWordInfo> s, int i, int prev, int prev2, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        uint p1 = (uint)prev, p2 = (uint)prev2;
        uint lwp1 = i + 1 < s.Length ? s[i + 1].Lower : After1;
        int n = 0;
        f[n++] = NerHash.Feature(131, p1);
        f[n++] = NerHash.Feature(132, p2, p1);
        f[n++] = NerHash.Feature(133, p1, t.Lower);
        f[n++] = NerHash.Feature(134, p1, t.Suffix3);
        f[n++] = NerHash.Feature(135, p1, lwp1);
        f[n++] = NerHash.Feature(136, p2, t.Lower);
        f[n++] = NerHash.Feature(137, p1, t.ClusterFine);
        f[n++] = NerHash.Feature(138, p1, i + 1 < s.Length ? s[i + 1].Likely : 300u);
        f[n++] = NerHash.Feature(139, p1, t.Shape);
        return n;
    }
}
