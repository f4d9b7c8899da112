using System.Buffers;
using System.Collections.Frozen;
using EntityExtract.Internal;
using EntityExtract.PartsOfSpeech;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// One document as the reported-speech finder reads it: tokens, sentences, which tokens lie inside quotation
/// marks, which entity mention covers each token, and the word classes of the attribution lexicons. Built
/// once per document in linear time; used by one thread. Its per-token tables are rented from the shared array
/// pool and given back by <see cref="Dispose"/> (issue 14: they were about 2 MB per MB of text); a reader that is
/// not disposed leaves them to the collector.
/// </summary>
internal sealed partial class ReportedDocument : IDisposable
{
    /// <summary>Words that can head a cue (<c>Resources/Lexicons/attribution-cues.txt</c>).</summary>
    public static readonly WordSet Cues = WordList.Load("attribution-cues", ignoreCase: true);

    /// <summary>Cue verbs that take the hearer as an object (<c>attribution-hearer-cues.txt</c>).</summary>
    public static readonly WordSet HearerCues = WordList.Load("attribution-hearer-cues", ignoreCase: true);

    public static readonly WordSet ObjectOfCues = WordList.Load("attribution-object-of-cues", ignoreCase: true);

    /// <summary>Cue participles whose passive without "by" states with no source (<c>attribution-sourceless-cues.txt</c>).</summary>
    public static readonly WordSet SourcelessCues = WordList.Load("attribution-sourceless-cues", ignoreCase: true);

    /// <summary>Adverbs that ascribe their clause to an unnamed source (<c>attribution-sourceless-adverbs.txt</c>).</summary>
    public static readonly WordSet SourcelessAdverbs = WordList.Load("attribution-sourceless-adverbs", ignoreCase: true);

    /// <summary>Cue verbs accepted whenever a frame finds their source (<c>attribution-strong-cues.txt</c>).</summary>
    public static readonly WordSet StrongCues = WordList.Load("attribution-strong-cues", ignoreCase: true);

    /// <summary>Words never taken as an open cue candidate (<c>attribution-open-non-cues.txt</c>).</summary>
    public static readonly WordSet OpenNonCues = WordList.Load("attribution-open-non-cues", ignoreCase: true);

    /// <summary>Head nouns that are no source (<c>attribution-nonsources.txt</c>).</summary>
    public static readonly WordSet NonSources = WordList.Load("attribution-nonsources", ignoreCase: true);

    /// <summary>Verbs of saying an adjunct may follow in <c>CLAUSE, X said in an interview</c> (<c>attribution-say-only-cues.txt</c>).</summary>
    public static readonly WordSet SayOnlyCues = WordList.Load("attribution-say-only-cues", ignoreCase: true);

    /// <summary>Words of degree between a copula and its adjective (<c>attribution-degree-words.txt</c>).</summary>
    public static readonly WordSet DegreeWords = WordList.Load("attribution-degree-words", ignoreCase: true);

    /// <summary>Conjunctions that join a new clause after a comma, dash or semicolon (<c>attribution-clause-conjunctions.txt</c>).</summary>
    public static readonly WordSet ClauseConjunctions = WordList.Load("attribution-clause-conjunctions", ignoreCase: true);

    /// <summary>Subordinators that open a clause before its main clause (<c>attribution-subordinators.txt</c>).</summary>
    public static readonly WordSet Subordinators = WordList.Load("attribution-subordinators", ignoreCase: true);

    /// <summary>Words that may stand before a participle cue opening its sentence (<c>attribution-participle-openers.txt</c>).</summary>
    public static readonly WordSet ParticipleOpeners = WordList.Load("attribution-participle-openers", ignoreCase: true);

    /// <summary>Conjunctions that open nothing but a clause (<c>attribution-clause-only-conjunctions.txt</c>).</summary>
    public static readonly WordSet ClauseOnlyConjunctions = WordList.Load("attribution-clause-only-conjunctions", ignoreCase: true);

    /// <summary>Prepositions of a copular attitude's topic (<c>attribution-attitude-topics.txt</c>).</summary>
    public static readonly WordSet AttitudeTopics = WordList.Load("attribution-attitude-topics", ignoreCase: true);

    /// <summary>Prepositions that open a nominal cue's content (<c>attribution-nominal-topics.txt</c>).</summary>
    public static readonly WordSet NominalTopics = WordList.Load("attribution-nominal-topics", ignoreCase: true);

    /// <summary>Words that open a time phrase between a subject and its cue (<c>attribution-time-phrase-openers.txt</c>).</summary>
    public static readonly WordSet TimePhraseOpeners = WordList.Load("attribution-time-phrase-openers", ignoreCase: true);

    /// <summary>Prepositions of a short adverbial after a cue that is no content (<c>attribution-short-adverbial-prepositions.txt</c>).</summary>
    public static readonly WordSet ShortAdverbialPrepositions = WordList.Load("attribution-short-adverbial-prepositions", ignoreCase: true);

    /// <summary>Prepositions that attach a modifier to a source's head noun (<c>attribution-locating-prepositions.txt</c>).</summary>
    public static readonly WordSet LocatingPrepositions = WordList.Load("attribution-locating-prepositions", ignoreCase: true);

    /// <summary>Determiners that stand alone as a source's head (<c>attribution-pronoun-determiners.txt</c>).</summary>
    public static readonly WordSet PronounDeterminers = WordList.Load("attribution-pronoun-determiners", ignoreCase: true);

    /// <summary>Words that open an adjunct after an attribution, and when (<c>attribution-adjunct-openers.txt</c>: time, prep, capital).</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AdjunctOpeners =
        WordList.LoadMap("attribution-adjunct-openers", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();

    // The British endings and their American forms (attribution-british-suffixes.txt), longest first, and the words
    // an American form must be to be taken: every list looked up through IsIn and IsCueWord. PolNeAR, which the
    // lexicons and the cue model come from, is American news; BBC news writes "criticised", "recognised", "rumoured".
    private static readonly (string British, string American)[] BritishSuffixes =
        [.. WordList.LoadMap("attribution-british-suffixes", ignoreCase: true).OrderByDescending(static p => p.Key.Length).ThenBy(static p => p.Key, StringComparer.Ordinal).Select(static p => (p.Key, p.Value))];

    // The endings by their last three letters ("sed": "ised", "ysed"): a word is tried against the few endings its own last
    // three letters name, with one look-up. The lists of cue words are asked at most tokens (an open candidate is any
    // lower-case content word), and most words end in no such three letters.
    private static readonly FrozenDictionary<string, (string British, string American)[]>.AlternateLookup<ReadOnlySpan<char>> BritishByTail =
        BritishSuffixes.GroupBy(static p => p.British[^3..], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // The same tails as a bit set of their ASCII letters (five bits a letter, case folded), tested before anything else
    // when a list of cue words misses a word: most words end in no such three letters (perf over all BBC articles:
    // Holds, American and the tail dictionary together about 2% of the pipeline's samples before it). A tail with any
    // other character goes on to the dictionary, whose case-insensitive compare can fold a non-ASCII letter to an
    // ASCII one, so the answers are the dictionary's.
    private static readonly ulong[] BritishTailBits = TailBits(BritishSuffixes);

    private static readonly WordSet[] SpelledLists = [Cues, HearerCues, ObjectOfCues, SourcelessCues, StrongCues, OpenNonCues, SayOnlyCues];

    private static readonly WordSet SpelledWords = new(
        "attribution-british-suffixes", SpelledLists.SelectMany(static l => l.Items).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly FrozenDictionary<string, string> FunctionWords = WordList.LoadMap("attribution-function-words", ignoreCase: true);
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FunctionLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The function-word classes (det, pron, ...), numbered for the per-token memo below.
    private static readonly string[] ClassNames = [.. FunctionWords.Values.Distinct(StringComparer.Ordinal)];

    // What each token's look-ups gave, remembered: the frames and the cue features ask for the same token's class
    // and cue-word status many times (the frozen sets' hashing was about 4% of the default pipeline, issue 14).
    // Bits 0-1: 0 not looked up, 1 no cue word, 2 a cue word; bits 2-7: 0 not looked up, 1 no class, k + 2 ClassNames[k].
    private const int CueUnknown = 0, CueNo = 1, CueYes = 2, CueMask = 3, ClassShift = 2;

    // The Penn tag label of each token's first word (PartsOfSpeech, the model embedded in the library), set a
    // sentence at a time on first use: only sentences holding a candidate cue are tagged.
    private const byte Untagged = byte.MaxValue;

    private readonly TextToken[] tokens;
    private readonly int count;
    private readonly Mention?[] mentionAt;
    private readonly bool[] quoted;
    private readonly byte[] memo;
    private bool disposed;
    private byte[]? labels;
    private readonly List<PosWord> words = [];
    private PosWordInfo[] infos = [];
    private byte[] wordLabels = [];

    /// <summary>
    /// The reported-speech reading of a document the pipeline has processed: its tokens, sentences and mentions,
    /// with the spans of its quotes between marks (direct and partial) taken, so that no statement is found inside
    /// them. The quote stage, <c>train-attributions</c> and <c>eval-attributions --causes</c> all read documents this way.
    /// </summary>
    /// <param name="context">The document after (at least) the quote stage's quotes between marks.</param>
    public static ReportedDocument Of(Pipeline.ExtractionContext context)
    {
        var taken = new List<(int Start, int End)>(context.Quotes.Count);
        foreach (var q in context.Quotes)
        {
            if (q.Kind is QuoteKind.Direct or QuoteKind.Partial)
            {
                taken.Add((q.Start, q.End));
            }
        }

        return new ReportedDocument(context.Text, context.TokenBuffer, context.Tokens.Length, context.SegmentArray, context.Mentions, taken);
    }

    /// <summary>Reads a document.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens, the first <paramref name="count"/> of the array, kept (not copied) and never written.</param>
    /// <param name="count">How many tokens there are.</param>
    /// <param name="sentences">Its sentences, kept (not copied) and never written.</param>
    /// <param name="mentions">The entity mentions found so far (dates are ignored).</param>
    /// <param name="taken">The spans of the quotes found between quotation marks.</param>
    private ReportedDocument(string text, TextToken[] tokens, int count, TextSegment[] sentences, IReadOnlyList<Mention> mentions, List<(int Start, int End)> taken)
    {
        Text = text;
        this.tokens = tokens;
        this.count = count;
        Sentences = sentences;
        mentionAt = ArrayPool<Mention?>.Shared.Rent(count);
        mentionAt.AsSpan(0, count).Clear();
        quoted = ArrayPool<bool>.Shared.Rent(count);
        quoted.AsSpan(0, count).Clear();
        memo = ArrayPool<byte>.Shared.Rent(count);
        memo.AsSpan(0, count).Clear();
        foreach (var m in mentions)
        {
            if (m.Type == MentionType.Date)
            {
                continue;
            }

            for (int i = FirstTokenAtOrAfter(m.Start); i < count && Tokens[i].Start < m.End; i++)
            {
                mentionAt[i] ??= m;
            }
        }

        foreach (var (start, end) in taken)
        {
            for (int i = FirstTokenAtOrAfter(start); i < count && Tokens[i].Start < end; i++)
            {
                quoted[i] = true;
            }
        }

        for (int i = 0; i < count; i++)
        {
            quoted[i] |= Tokens[i].Kind == TokenKind.Quote;
        }
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The sentences.</summary>
    public TextSegment[] Sentences { get; }

    /// <summary>How many tokens there are.</summary>
    public int Count => count;

    // The document's tokens: the first count of the array, which may be the pipeline's longer rented buffer.
    private ReadOnlySpan<TextToken> Tokens => tokens.AsSpan(0, count);

    /// <summary>Token <paramref name="i"/>.</summary>
    public TextToken this[int i] => Tokens[i];

    /// <summary>The text of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Word(int i) => Tokens[i].GetText(Text);

    /// <summary>Whether token <paramref name="i"/> is a quotation mark or lies between marks (false outside the document).</summary>
    public bool IsQuoted(int i) => (uint)i < (uint)count && quoted[i];

    /// <summary>The person, organization or place mention covering token <paramref name="i"/>, if any (none outside the document).</summary>
    public Mention? MentionAt(int i) => (uint)i < (uint)count ? mentionAt[i] : null;

    /// <summary>The function-word class of token <paramref name="i"/> (det, pron, aux, prep, stop), or null (also outside the document).</summary>
    public string? ClassOf(int i)
    {
        // The word tests (Is, IsIn, IsComma, IsCapitalized) answer "no" past either end, so that a frame reading a
        // word beyond a text that starts or ends mid-clause (", saying ..." at offset 0) gets an answer, not an
        // exception: fuzzing with slices of BBC articles found both.
        if ((uint)i >= (uint)count)
        {
            return null;
        }

        var kind = Tokens[i].Kind;
        int known = memo[i] >> ClassShift;
        if (known == 0)
        {
            known = kind == TokenKind.Word && FunctionLookup.TryGetValue(Word(i), out var c) ? Array.IndexOf(ClassNames, c) + 2 : 1;
            memo[i] = (byte)((memo[i] & CueMask) | (known << ClassShift));
        }

        return known == 1 ? null : ClassNames[known - 2];
    }

    /// <summary>
    /// Whether the part-of-speech tagger runs on the sentences that hold a candidate cue. Off: measured on all BBC
    /// articles (`profile`, docs/performance.md) tagging cost 440 ms per MB, 2.5 times the whole default pipeline
    /// without it, for +0.003 F1 on PolNeAR dev (eval-attributions >30%: 0.718 with tags, 0.715 without, the cue
    /// model retrained each way). Turn it on, and retrain the cue model (train-attributions), once the tagger
    /// reaches issue 17's speed; while it is off, <see cref="Tag"/> gives "" and the cue model has no tag features.
    /// </summary>
    internal static readonly bool TagSentences;

    /// <summary>
    /// The Penn Treebank tag of token <paramref name="i"/> (of its first word, when the tagger splits it: "did"
    /// of "didn't"), from the library's part-of-speech model; tagged a sentence at a time on first use.
    /// </summary>
    public string Tag(int i)
    {
        if (!TagSentences || i < 0 || i >= count)
        {
            return "";
        }

        if (labels is null)
        {
            labels = new byte[count];
            Array.Fill(labels, Untagged);
        }

        if (labels[i] == Untagged)
        {
            TagSentenceOf(i);
        }

        var model = PartOfSpeechTagger.Default.Model;
        return labels[i] < model.Tags.Length ? model.Tags[labels[i]] : "";
    }

    /// <summary>Whether token <paramref name="i"/> is tagged as a verb (VB, VBD, VBZ, VBP, VBN, VBG).</summary>
    public bool IsVerb(int i) => Tag(i).StartsWith("VB", StringComparison.Ordinal);

    /// <summary>Whether token <paramref name="i"/> is tagged as a noun (NN, NNS, NNP, NNPS).</summary>
    public bool IsNoun(int i) => Tag(i).StartsWith("NN", StringComparison.Ordinal);

    private void TagSentenceOf(int i)
    {
        var labels = this.labels!;
        int lo = Sorted.FirstAbove(Sentences, static s => s.EndToken, i);

        int first = lo < Sentences.Length && Sentences[lo].FirstToken <= i ? Sentences[lo].FirstToken : i;
        int end = lo < Sentences.Length && Sentences[lo].FirstToken <= i ? Sentences[lo].EndToken : i + 1;
        var model = PartOfSpeechTagger.Default.Model;
        words.Clear();
        PosWords.Split(Text, Tokens.Slice(first, end - first), first, words);
        if (infos.Length < words.Count)
        {
            infos = new PosWordInfo[words.Count * 2];
            wordLabels = new byte[words.Count * 2];
        }

        PartOfSpeechTagger.Describe(model, Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), infos);
        PartOfSpeechTagger.Decode(model, infos.AsSpan(0, words.Count), wordLabels);
        for (int w = words.Count - 1; w >= 0; w--)
        {
            labels[words[w].Token] = wordLabels[w];
        }

        for (int t = first; t < end; t++)
        {
            if (labels[t] == Untagged)
            {
                labels[t] = (byte)(Untagged - 1);
            }
        }
    }

    /// <summary>Gives the per-token tables back to the pool; the reader is not used afterwards.</summary>
    public void Dispose()
    {
        // A second call must not give the same arrays to the pool twice (two renters would then share them).
        if (disposed)
        {
            return;
        }

        disposed = true;
        ArrayPool<Mention?>.Shared.Return(mentionAt, clearArray: true);
        ArrayPool<bool>.Shared.Return(quoted);
        ArrayPool<byte>.Shared.Return(memo);
    }

    /// <summary>Whether token <paramref name="i"/> is the word <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int i, string word) => i >= 0 && i < count && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether token <paramref name="i"/> is in range and one of the words of <paramref name="list"/>, as written or in
    /// its American spelling (<see cref="American"/>).
    /// </summary>
    public bool IsIn(int i, WordSet list) => i >= 0 && i < count && Holds(list, Word(i));

    /// <summary>
    /// Whether <paramref name="list"/> holds <paramref name="word"/> as written or, for a list of cue words, in its
    /// American spelling (<see cref="American"/>).
    /// </summary>
    public static bool Holds(WordSet list, ReadOnlySpan<char> word)
    {
        if (list.Contains(word))
        {
            return true;
        }

        // Only the lists of cue words have British forms to read (IsIn also asks prepositions, degree words, ...).
        if (word.Length < 5 || !MayEndBritish(word[^3..]) || Array.IndexOf(SpelledLists, list) < 0)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[WordRoom];
        var us = American(word, buffer);
        return !us.IsEmpty && list.Contains(us);
    }

    /// <summary>Whether token <paramref name="i"/> is a comma.</summary>
    public bool IsComma(int i) => i >= 0 && i < count && Tokens[i].Kind == TokenKind.Punctuation && Word(i) is ",";

    /// <summary>Whether token <paramref name="i"/> is a word that starts with a capital letter.</summary>
    public bool IsCapitalized(int i) => (uint)i < (uint)count && Tokens[i].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>Whether token <paramref name="i"/> is a word that could head a cue.</summary>
    public bool IsCueWord(int i)
    {
        var kind = Tokens[i].Kind; // out of range throws, as before the memo
        int known = memo[i] & CueMask;
        if (known == CueUnknown)
        {
            known = kind == TokenKind.Word && Holds(Cues, Word(i)) ? CueYes : CueNo;
            memo[i] = (byte)(memo[i] | known);
        }

        return known == CueYes;
    }

    /// <summary>
    /// The features of a candidate cue at token <paramref name="i"/> of the sentence [<paramref name="first"/>,
    /// <paramref name="end"/>): its word, its neighbours' words and shapes (two each side), the entity type and
    /// function-word class beside it, the word's suffix, whether a complementizer, comma or sentence end follows,
    /// and pairs of these. Shared by the library and by <c>train-attributions</c>, so both see the same thing.
    /// </summary>
    public void CueFeatures(int i, int first, int end, CueFeatureSink into)
    {
        into.Clear();
        // The five words are lower-cased into slices of one stack buffer, not into strings, and the suffixes are
        // slices of the word: a string per word and per suffix was about 4 MB per MB of text (issue 14).
        Span<char> lowered = stackalloc char[5 * WordRoom];
        // A British spelling is read as its American form ("criticised" as "criticized"): the model learned PolNeAR's.
        var w = American(Word(i), lowered[..WordRoom]);
        if (w.IsEmpty)
        {
            w = Lower(i, lowered[..WordRoom]);
        }

        // A word outside the cue lexicon (an open candidate) has its own bias and suffix weights.
        string lex = IsCueWord(i) ? "" : "o";
        into.Add("b", lex);
        into.Add("w=", w);
        // The word's stem ("contended", "contends" → "contend"): the forms of a verb share what the model learned of
        // any of them, the rarer ones and those outside the lexicon included.
        var st = Stem(w);
        into.Add("st", lex, "=", st);
        into.Add("suf", lex, "=", w.Length > 3 ? w[^3..] : w);
        into.Add("suf2", lex, "=", w.Length > 2 ? w[^2..] : w);
        var p1 = i - 1 >= first ? Lower(i - 1, lowered.Slice(WordRoom, WordRoom)) : "<s>";
        var p2 = i - 2 >= first ? Lower(i - 2, lowered.Slice(2 * WordRoom, WordRoom)) : "<s>";
        var n1 = i + 1 < end ? Lower(i + 1, lowered.Slice(3 * WordRoom, WordRoom)) : "</s>";
        var n2 = i + 2 < end ? Lower(i + 2, lowered.Slice(4 * WordRoom, WordRoom)) : "</s>";
        var ps1 = Shape(i - 1, first, end);
        var ps2 = Shape(i - 2, first, end);
        var ns1 = Shape(i + 1, first, end);
        var ns2 = Shape(i + 2, first, end);
        into.Add("p1=", p1);
        into.Add("p2=", p2);
        into.Add("n1=", n1);
        into.Add("n2=", n2);
        into.Add("ps=", ps2, ps1);
        into.Add("ns=", ns1, ns2);
        into.Add("w|p1=", w, "|", p1);
        into.Add("w|n1=", w, "|", n1);
        into.Add("w|ps1=", w, "|", ps1);
        into.Add("w|ns1=", w, "|", ns1);
        into.Add("w|ps|ns=", w, "|", ps1, "|", ns1);
        into.Add("cap=", IsCapitalized(i) ? "1" : "0", i == first ? "f" : "");
        into.Add("pos=", CueFeatureSink.Number(Math.Min(i - first, 4)), "/", CueFeatureSink.Number(Math.Min(end - i - 1, 4)));
        bool that = (i + 1 < end && Is(i + 1, "that")) || (i + 2 < end && Is(i + 2, "that")) || (i + 3 < end && Is(i + 3, "that"));
        into.Add("that=", that ? "1" : "0");
        into.Add("w|that=", w, "|", that ? "1" : "0");
        bool subject = false;
        for (int k = i - 1; k >= Math.Max(first, i - 4) && !subject; k--)
        {
            subject = ClassOf(k) is "pron" || MentionAt(k) is { Type: MentionType.Person or MentionType.Organization };
        }

        into.Add("subj=", subject ? "1" : "0");
        into.Add("w|subj=", w, "|", subject ? "1" : "0");
        bool quoteInSentence = false;
        for (int k = first; k < end && !quoteInSentence; k++)
        {
            quoteInSentence = Tokens[k].Kind == TokenKind.Quote;
        }

        into.Add("q=", quoteInSentence ? "1" : "0");

        // Parts of speech (PartsOfSpeech): the cue's own tag tells "the claims" (NNS) from "he claims" (VBZ),
        // its neighbours' the frame around it.
        string t0 = Tag(i);
        string tp = i - 1 >= first ? Tag(i - 1) : "<s>";
        string tn = i + 1 < end ? Tag(i + 1) : "</s>";
        into.Add("t=", t0);
        into.Add("w|t=", w, "|", t0);
        into.Add("tp|t=", tp, "|", t0);
        into.Add("t|tn=", t0, "|", tn);
        into.Add("tp|t|tn=", tp, "|", t0, "|", tn);
    }

    /// <summary>
    /// The stem of a lower-cased word by regular English inflection, as a slice of it: "-ies", "-ied", "-ing", "-ed",
    /// "-es" after a sibilant and "-s" (not "-ss") dropped, then a final "y" after a consonant, a silent "e" or a
    /// doubled consonant ("denying" → "den", "decide" → "decid", "admitt" → "admit"), so that the forms of a verb
    /// mostly share a stem ("decide", "decided", "decides", "deciding" → "decid"). Words of four letters or fewer
    /// are kept whole.
    /// </summary>
    /// <param name="w">The word, lower-cased.</param>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> w)
    {
        if (w.Length <= 4)
        {
            return w;
        }

        var s = w;
        if (s.EndsWith("ies") || s.EndsWith("ied"))
        {
            return s[..^3];
        }

        if (s.EndsWith("ing") && s.Length > 5)
        {
            s = s[..^3];
        }
        else if (s.EndsWith("ed"))
        {
            s = s[..^2];
        }
        else if (s.EndsWith("sses") || s.EndsWith("shes") || s.EndsWith("ches") || s.EndsWith("xes") || s.EndsWith("zes"))
        {
            s = s[..^2];
        }
        else if (s.EndsWith("s") && !s.EndsWith("ss") && !s.EndsWith("us") && !s.EndsWith("is"))
        {
            s = s[..^1];
        }

        if (s.Length > 3 && s[^1] == 'y' && s[^2] is not ('a' or 'e' or 'o' or 'u'))
        {
            s = s[..^1];
        }
        else if (s.Length > 3 && s[^1] == 'e' && s[^2] != 'e')
        {
            s = s[..^1];
        }
        else if (s.Length > 3 && s[^1] == s[^2] && s[^1] is not ('l' or 's' or 'e' or 'o' or 'f' or 'z'))
        {
            s = s[..^1];
        }

        return s;
    }

    // A coarse shape: a pronoun, a name (an entity mention), a capitalized or lower-case word, a function-word
    // class, or the punctuation itself; '^'/'$' outside the sentence.
    private ReadOnlySpan<char> Shape(int i, int first, int end)
    {
        if (i < first)
        {
            return "^";
        }

        if (i >= end)
        {
            return "$";
        }

        var t = Tokens[i];
        if (t.Kind == TokenKind.Word)
        {
            if (ClassOf(i) is string c)
            {
                return c;
            }

            if (MentionAt(i) is Mention m)
            {
                return m.Type switch
                {
                    MentionType.Person => "PER",
                    MentionType.Organization => "ORG",
                    _ => "LOC",
                };
            }

            return IsCapitalized(i) ? "X" : "x";
        }

        return t.Kind switch
        {
            TokenKind.Punctuation => Word(i),
            TokenKind.Quote => "q",
            TokenKind.Number => "d",
            TokenKind.Dash => "-",
            _ => "o",
        };
    }

    // How many characters of a word the cue features lower-case on the stack; a longer word gets a string.
    private const int WordRoom = 32;

    /// <summary>
    /// <paramref name="word"/> lower-cased (invariant, as <see cref="string.ToLowerInvariant()"/>) into
    /// <paramref name="buffer"/>, or into a new string when it does not fit.
    /// </summary>
    public static ReadOnlySpan<char> LowerCase(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int length = word.ToLowerInvariant(buffer);
        return length >= 0 ? buffer[..length] : word.ToString().ToLowerInvariant();
    }

    // Token i as the cue features see it: a word lower-cased into buffer, a number as "0", anything else as written.
    private ReadOnlySpan<char> Lower(int i, Span<char> buffer) =>
        Tokens[i].Kind == TokenKind.Word ? LowerCase(Word(i), buffer) : Tokens[i].Kind == TokenKind.Number ? "0" : Word(i);

    private int FirstTokenAtOrAfter(int offset) => Sorted.FirstAbove(Tokens, static t => t.End, offset);
}
