using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// Tags a tokenized document with BILOU labels in two passes (Ratinov &amp; Roth 2009, §5), each decoded greedily,
/// or exactly for a model trained that way (<see cref="NerModel.ExactDecoding"/>): the first
/// pass sees only local features; the second also sees, for each word, the types the first pass gave the
/// same word elsewhere in the document, so that "Leicestershire" in a headline borrows the label it gets in
/// running text. Stateless and thread-safe; every buffer belongs to the call.
/// </summary>
/// <remarks>
/// The per-token methods are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: tiered
/// compilation otherwise runs them as unoptimized tier-0 code (no inlining of the hashing and vector
/// helpers) for the first 30 calls and more, which made the first hundred articles of a process cost
/// 5-20 ms each instead of 0.4 ms, the "per-document overhead" a short benchmark sees.
/// </remarks>
internal static partial class NerTagger
{
    /// <summary>
    /// Fills <paramref name="info"/> (one entry per token) with everything the features read except the
    /// second-pass document fields, which start empty.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Prepare(NerModel model, ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, Span<NerTokenInfo> info)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].GetText(text);

            // A hashtag is described by its body ("#Pistorius" as "Pistorius"): the tags of news accounts' posts
            // are often the names of the story (the Broad Twitter Corpus marks "#Pistorius" a person, "#Sydney" a
            // place), and the body's word features, lexicon, word classes and gazetteer say which, although the
            // training text has no hashtags. The token keeps its kind, so a mention covers the whole hashtag.
            // An @-handle is read the same way ("@Reuters" as "Reuters"; Typing/Handles).
            if (!Typing.Handles.IsTag(tokens[i], text))
            {
                info[i] = Describe(model, word, tokens[i].Kind);
                continue;
            }

            info[i] = Describe(model, word[1..], tokens[i].Kind);
            DescribeHashtagName(model, word[1..], ref info[i]);
        }

        // The lexicon and word classes of every token in a loop of their own: the look-ups are independent of each
        // other, so the processor keeps many of them in flight instead of waiting on each inside Describe (issue 14).
        var words = model.WordTable;
        for (int i = 0; i < tokens.Length; i++)
        {
            info[i].Lexicon = words.Find(info[i].Lower, out ushort cluster);
            info[i].Cluster = (byte)cluster;
            info[i].ClusterFine = (byte)(cluster >> 8);
        }

        foreach (var sentence in sentences)
        {
            if (sentence.TokenCount <= 0 || sentence.EndToken > tokens.Length)
            {
                continue;
            }

            var s = info.Slice(sentence.FirstToken, sentence.TokenCount);
            byte mode = CaseMode(s);
            bool initialSeen = false;
            for (int k = 0; k < s.Length; k++)
            {
                s[k].Mode = mode;
                s[k].Word = model.CaseKeyedWords ? WordKey(s[k], mode) : s[k].Lower;
                s[k].Segment = (byte)sentence.Kind;
                if (!initialSeen && (s[k].Flags & NerFeatures.FlagHasLetter) != 0)
                {
                    s[k].Flags |= NerFeatures.FlagInitial;
                    initialSeen = true;
                }
                else if (!initialSeen && s[k].Kind == (byte)TokenKind.Number)
                {
                    initialSeen = true;
                }
            }

            MatchGazetteer(model, s);
            if (mode == 0)
            {
                MarkNameRuns(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), s);
            }
        }

        AddDocumentCaseFlags(info);
    }

    /// <summary>
    /// Tags every sentence and writes one label per token into <paramref name="labels"/>; when
    /// <paramref name="margins"/> is not empty, also each token's final-pass margin: the chosen label's score
    /// minus the best other allowed label's, the raw evidence that confidence calibration reads; when
    /// <paramref name="rivals"/> is not empty, two more per token (at 2i and 2i + 1): the chosen label's score minus
    /// "outside" (O), and minus the best allowed label of another entity type, so that calibration can tell a weak
    /// name from a name of uncertain type (both int.MaxValue / 2 where the grammar allows no such label).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tag(NerModel model, ReadOnlySpan<TextSegment> sentences, Span<NerTokenInfo> info, Span<byte> labels, CancellationToken cancellationToken, Span<int> margins = default, Span<int> rivals = default)
    {
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[NerModel.RowStride];

        // The static features are the same in both passes: score them once per token (and for an exact decoder's
        // companion, NerModel.Companion, into a second half of the same table).
        var companion = model.ExactDecoding ? model.Companion : null;
        int half = info.Length * NerModel.RowStride;
        int[] staticScores = System.Buffers.ArrayPool<int>.Shared.Rent(companion is null ? half : 2 * half);
        try
        {
            foreach (var sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sentence.TokenCount <= 0 || sentence.EndToken > info.Length)
                {
                    continue;
                }

                var s = info.Slice(sentence.FirstToken, sentence.TokenCount);
                for (int i = 0; i < s.Length; i++)
                {
                    int n = NerFeatures.ComputeStatic(s, i, features);
                    var target = staticScores.AsSpan((sentence.FirstToken + i) * NerModel.RowStride, NerModel.RowStride);
                    target.Clear();
                    NerFeatures.Score(model, features[..n], target);
                    if (companion is not null)
                    {
                        target = staticScores.AsSpan(half + ((sentence.FirstToken + i) * NerModel.RowStride), NerModel.RowStride);
                        target.Clear();
                        NerFeatures.Score(companion, features[..n], target);
                    }
                }
            }

            TagPasses(model, sentences, info, labels, staticScores, features, scores, margins, rivals, cancellationToken);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(staticScores);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TagPasses(NerModel model, ReadOnlySpan<TextSegment> sentences, Span<NerTokenInfo> info, Span<byte> labels, int[] staticScores, Span<uint> features, Span<int> scores, Span<int> margins, Span<int> rivals, CancellationToken cancellationToken)
    {
        int longest = 1;
        int end = 0;
        bool disjoint = true;
        foreach (var sentence in sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
            disjoint &= sentence.TokenCount <= 0 || sentence.FirstToken >= end;
            end = Math.Max(end, sentence.EndToken);
        }

        if (!model.ExactDecoding)
        {
            // The first pass's scores of each token, for the second to reuse (DecodeSentence); only where each token
            // belongs to one sentence, so that its first-pass label and scores are its own sentence's.
            int[] firstScores = System.Buffers.ArrayPool<int>.Shared.Rent(disjoint ? info.Length * NerModel.RowStride : 0);
            try
            {
                TagPasses(model, sentences, info, labels, staticScores, features, scores, firstScores.AsSpan(0, disjoint ? info.Length * NerModel.RowStride : 0), margins, rivals, cancellationToken);
            }
            finally
            {
                System.Buffers.ArrayPool<int>.Shared.Return(firstScores);
            }

            return;
        }

        TagExact(model, sentences, info, labels, staticScores, features, scores, longest, disjoint, margins, rivals, cancellationToken);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TagPasses(NerModel model, ReadOnlySpan<TextSegment> sentences, Span<NerTokenInfo> info, Span<byte> labels, int[] staticScores, Span<uint> features, Span<int> scores, Span<int> firstScores, Span<int> margins, Span<int> rivals, CancellationToken cancellationToken)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            if (pass == 1)
            {
                SetDocumentFeatures(info, labels);
            }

            foreach (var sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sentence.TokenCount <= 0 || sentence.EndToken > info.Length)
                {
                    continue;
                }

                var s = info.Slice(sentence.FirstToken, sentence.TokenCount);
                var sentenceLabels = labels.Slice(sentence.FirstToken, sentence.TokenCount);
                var sentenceStatic = staticScores.AsSpan(sentence.FirstToken * NerModel.RowStride, sentence.TokenCount * NerModel.RowStride);
                var sentenceMargins = pass == 1 && !margins.IsEmpty ? margins.Slice(sentence.FirstToken, sentence.TokenCount) : default;
                var sentenceRivals = pass == 1 && !rivals.IsEmpty ? rivals.Slice(2 * sentence.FirstToken, 2 * sentence.TokenCount) : default;
                var sentenceFirst = firstScores.IsEmpty ? default : firstScores.Slice(sentence.FirstToken * NerModel.RowStride, sentence.TokenCount * NerModel.RowStride);
                DecodeSentence(model, s, sentenceLabels, sentenceStatic, sentenceFirst, pass == 1, features, scores, sentenceMargins, sentenceRivals);
            }
        }
    }

    /// <summary>
    /// Greedy left-to-right decoding under the BILOU grammar, given the static scores of each token. When
    /// <paramref name="firstScores"/> is given, the first pass keeps each token's scores there and the second reuses
    /// them for a token whose features are all the same as in the first pass: one with no document features (the
    /// second pass's only new input) whose two previous labels the second pass left as the first pass chose them.
    /// Its scores are then the same to the bit, and so are its label, margin and rivals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DecodeSentence(NerModel model, ReadOnlySpan<NerTokenInfo> s, Span<byte> labels, ReadOnlySpan<int> staticScores, Span<int> firstScores, bool second, Span<uint> features, Span<int> scores, Span<int> margins, Span<int> rivals)
    {
        int prev = NerLabels.Start, prev2 = NerLabels.Start;
        int changed = -3; // the last token whose second-pass label differs from its first-pass one
        bool reuse = !firstScores.IsEmpty;
        for (int i = 0; i < s.Length; i++)
        {
            bool last = i == s.Length - 1;
            int best;
            if (reuse && second && s[i].DocMajority == 0 && changed < i - 2)
            {
                best = labels[i];
                LocalMargins(firstScores.Slice(i * NerModel.RowStride, NerModel.RowStride), prev, last, best, i, margins, rivals);
            }
            else
            {
                int n = NerFeatures.ComputeDynamicWord(s, i, prev, features);
                AddTo(staticScores.Slice(i * NerModel.RowStride, NerModel.RowStride), model.HistoryScores(prev, prev2), scores);
                NerFeatures.Score(model, features[..n], scores);
                best = Best(scores, prev, last);
                if (reuse && !second)
                {
                    scores.CopyTo(firstScores.Slice(i * NerModel.RowStride, NerModel.RowStride));
                }
                else if (reuse && best != labels[i])
                {
                    changed = i;
                }

                labels[i] = (byte)best;
                LocalMargins(scores, prev, last, best, i, margins, rivals);
            }

            prev2 = prev;
            prev = best;
        }
    }

    // target = a + b, all RowStride (16) ints long.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<int> target)
    {
        ref int x = ref MemoryMarshal.GetReference(a[..NerModel.RowStride]);
        ref int y = ref MemoryMarshal.GetReference(b[..NerModel.RowStride]);
        ref int z = ref MemoryMarshal.GetReference(target[..NerModel.RowStride]);
        (Vector256.LoadUnsafe(ref x) + Vector256.LoadUnsafe(ref y)).StoreUnsafe(ref z);
        (Vector256.LoadUnsafe(ref x, 8) + Vector256.LoadUnsafe(ref y, 8)).StoreUnsafe(ref z, 8);
    }

    /// <summary>The best-scoring label that the BILOU grammar allows after <paramref name="prev"/> (the first of equals).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Best<T>(ReadOnlySpan<T> scores, int prev, bool last)
        where T : struct, System.Numerics.INumber<T>
    {
        uint allowed = NerLabels.AllowedAfter(prev, last);
        if (allowed == 0)
        {
            return NerLabels.Outside;
        }

        int best = System.Numerics.BitOperations.TrailingZeroCount(allowed);
        T bestScore = scores[best];
        for (allowed &= allowed - 1; allowed != 0; allowed &= allowed - 1)
        {
            int l = System.Numerics.BitOperations.TrailingZeroCount(allowed);
            if (scores[l] > bestScore)
            {
                best = l;
                bestScore = scores[l];
            }
        }

        return best;
    }

    /// <summary>The chosen label's score minus the best other label the grammar allows there (int.MaxValue / 2 when there is none).</summary>
    private static int Margin(ReadOnlySpan<int> scores, int prev, bool last, int best) =>
        MarginOver(scores, best, NerLabels.AllowedAfter(prev, last) & ~(1u << best));

    /// <summary>The chosen label's score minus the best of <paramref name="others"/> (a bit set of labels), at least 0; int.MaxValue / 2 when it is empty.</summary>
    private static int MarginOver(ReadOnlySpan<int> scores, int best, uint others)
    {
        others &= ~(1u << best);
        if (others == 0)
        {
            return int.MaxValue / 2;
        }

        long second = long.MinValue;
        for (; others != 0; others &= others - 1)
        {
            second = Math.Max(second, scores[System.Numerics.BitOperations.TrailingZeroCount(others)]);
        }

        return (int)Math.Clamp(scores[best] - second, 0, int.MaxValue / 2);
    }

    /// <summary>
    /// Sets the non-local features from first-pass labels: for each capitalized word, the entity types the
    /// first pass gave the other occurrences of the same word in the document.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SetDocumentFeatures(Span<NerTokenInfo> info, ReadOnlySpan<byte> labels)
    {
        // Four counts (O, person, place, organization) per distinct capitalized word, in tables sized by
        // the document and rented, so that a short article pays for a short table.
        var slots = new NerWordIds(info.Length);
        int[] tally = System.Buffers.ArrayPool<int>.Shared.Rent(4 * Math.Max(1, info.Length));
        try
        {
            CountTypes(info, labels, ref slots, tally);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(tally);
            slots.Dispose();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountTypes(Span<NerTokenInfo> info, ReadOnlySpan<byte> labels, ref NerWordIds slots, int[] tally)
    {
        tally.AsSpan(0, 4 * Math.Max(1, info.Length)).Clear();
        for (int i = 0; i < info.Length; i++)
        {
            if ((info[i].Flags & NerFeatures.FlagCapitalized) == 0)
            {
                continue;
            }

            int slot = 4 * slots.GetOrAdd(info[i].Lower);
            tally[slot + NerLabels.TypeOf(labels[i]) + 1]++;
        }

        Span<int> counts = stackalloc int[4];
        for (int i = 0; i < info.Length; i++)
        {
            info[i].DocMajority = 0;
            info[i].DocAny = 0;
            int slot = (info[i].Flags & NerFeatures.FlagCapitalized) == 0 ? -1 : 4 * slots.Find(info[i].Lower);
            if (slot < 0)
            {
                continue;
            }

            int own = NerLabels.TypeOf(labels[i]) + 1;
            int total = 0;
            for (int t = 0; t < 4; t++)
            {
                counts[t] = tally[slot + t] - (t == own ? 1 : 0);
                total += counts[t];
            }

            if (total <= 0)
            {
                continue;
            }

            int majority = 0;
            byte any = 0;
            for (int t = 0; t < 4; t++)
            {
                if (counts[t] > counts[majority])
                {
                    majority = t;
                }

                if (t > 0 && counts[t] > 0)
                {
                    any |= (byte)(1 << (t - 1));
                }
            }

            info[i].DocMajority = (byte)(majority + 1);
            info[i].DocAny = any;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NerTokenInfo Describe(NerModel model, ReadOnlySpan<char> word, TokenKind kind)
    {
        var info = default(NerTokenInfo);
        info.Lower = NerHash.Lower(word);
        info.Word = info.Lower; // until its sentence's case mode is known (WordKey)
        info.Exact = NerHash.Exact(word);
        info.Kind = (byte)kind;
        info.Length = (byte)Math.Min(word.Length, 6);
        // Lexicon and word classes: Prepare, all tokens together.

        uint shape = 2166136261;
        char lastClass = '\0';
        int symbols = 0;
        bool hasLetter = false, hasLower = false;
        uint pre = 2166136261, suf = 2166136261;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            char cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c is '-' or '.' or '\'' or '&' ? c : c == '\u2019' ? '\'' : 'o';
            hasLetter |= char.IsLetter(c);
            hasLower |= cls == 'x';
            if (cls != lastClass && symbols < 8)
            {
                shape = (shape ^ cls) * 16777619;
                symbols++;
                lastClass = cls;
            }

            if (k < 4)
            {
                pre = (pre ^ NerHash.Normalize(c)) * 16777619;
                switch (k)
                {
                    case 0: info.Prefix1 = pre; break;
                    case 1: info.Prefix2 = pre; break;
                    case 2: info.Prefix3 = pre; break;
                    default: info.Prefix4 = pre; break;
                }
            }
        }

        for (int k = 1; k <= 4 && k <= word.Length; k++)
        {
            suf = (suf ^ NerHash.Normalize(word[^k])) * 16777619;
            switch (k)
            {
                case 1: info.Suffix1 = suf; break;
                case 2: info.Suffix2 = suf; break;
                case 3: info.Suffix3 = suf; break;
                default: info.Suffix4 = suf; break;
            }
        }

        info.Shape = shape;
        byte flags = 0;
        if (hasLetter)
        {
            flags |= NerFeatures.FlagHasLetter;
            if (!hasLower)
            {
                flags |= NerFeatures.FlagAllCaps;
            }
        }

        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (char.IsUpper(c))
                {
                    flags |= NerFeatures.FlagCapitalized;
                }

                break;
            }
        }

        if ((flags & NerFeatures.FlagCapitalized) != 0 && IsOrganizationHead(word))
        {
            flags |= NerFeatures.FlagOrganizationHead;
        }

        info.Flags = flags;
        return info;
    }

    /// <summary>
    /// The hash the word features and the gazetteer read (<see cref="NerTokenInfo.Word"/>), once the sentence's case
    /// mode is known: <see cref="NerHash.Word"/>, the lower-case form kept apart for a word in capitals. Without it
    /// the title-case name "Un" of "Kim Jong Un" read every weight and gazetteer entry of the acronym "UN", and exact
    /// decoding carried that organization evidence back over the whole name. In an ALL CAPS sentence (mode 2) the
    /// capitals say nothing, so a word reads its running-text key: in capitals only when the lexicon says it is
    /// usually written so ("UN" in "UN TROOPS", not "JAPAN").
    /// </summary>
    private static uint WordKey(in NerTokenInfo t, byte mode)
    {
        bool capitals = t.Length >= 2 && (t.Flags & NerFeatures.FlagAllCaps) != 0;
        return capitals && (mode != 2 || t.Lexicon == LexiconClass.AllCaps) ? NerHash.Capitals(t.Lower) : t.Lower;
    }

    // Words that end organization names, a feature class of the model (Resources/Lexicons/ner-feature-organization-heads.txt).
    private static readonly Internal.WordSet OrganizationHeads = Internal.WordList.Load("ner-feature-organization-heads", ignoreCase: true);

    private static bool IsOrganizationHead(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return OrganizationHeads.Contains(word);
    }

    /// <summary>
    /// The sentence's case mode. ALL CAPS when nearly every word is in capitals; Title Case when most words
    /// that the lexicon knows as lower-case words are capitalized (so capitals carry no signal there); lower
    /// case when no word but "I" is capitalized.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte CaseMode(ReadOnlySpan<NerTokenInfo> s)
    {
        int letters = 0, caps = 0, common = 0, commonCapitalized = 0, capitalized = 0;
        bool first = true;
        foreach (ref readonly var t in s)
        {
            if ((t.Flags & NerFeatures.FlagHasLetter) == 0)
            {
                continue;
            }

            letters++;
            if ((t.Flags & NerFeatures.FlagCapitalized) != 0 && !(t.Length == 1 && (t.Flags & NerFeatures.FlagAllCaps) != 0))
            {
                capitalized++; // the pronoun "I" is capitalized in any text
            }

            if ((t.Flags & NerFeatures.FlagAllCaps) != 0 && t.Length > 1)
            {
                caps++;
            }

            if (!first && t.Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower && t.Length > 3)
            {
                common++;
                if ((t.Flags & NerFeatures.FlagCapitalized) != 0)
                {
                    commonCapitalized++;
                }
            }

            first = false;
        }

        if (letters >= 2 && caps * 5 >= letters * 4)
        {
            return 2;
        }

        // Lower case throughout (web text and posts typed without capitals: "where can I get morcillas in
        // tampa bay"): capitals carry no signal either way, so the gazetteer and word classes must speak.
        if (letters >= 3 && capitalized == 0)
        {
            return 3;
        }

        return common >= 2 && commonCapitalized * 5 >= common * 3 ? (byte)1 : (byte)0;
    }
}
