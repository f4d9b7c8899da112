using System.Buffers;
using EntityExtract.Grammar;
using EntityExtract.Pipeline;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// The per-document state of quote attribution (CoreNLP's quote attribution keeps the same in its annotation):
/// the tokens and sentences, the token → sentence index, which tokens lie inside quotes, the names found by token
/// rules, the recognizer's mentions sorted by start, and the speaker quoted last (for pronoun salience). It answers
/// the <see cref="ShallowParser"/>'s questions about names, places and cues, and holds the parser, the cue reader
/// and the pronoun resolver that work on it. Created per call by <see cref="QuoteAttributionStage"/>; never shared
/// between threads. Its per-token tables are rented from the shared array pool and given back by
/// <see cref="Dispose"/> (issue 14); a document that is not disposed leaves them to the collector.
/// </summary>
internal sealed class QuoteDocument : IPhraseContext, IDisposable
{
    private readonly int[] _segmentOf;
    private readonly bool[] _inQuote;
    private bool _disposed;
    private readonly Mention[] _mentions;
    private SpeakerNames? _names;

    /// <summary>Reads the state of the document in <paramref name="context"/>: its sentences, names and mentions.</summary>
    public QuoteDocument(ExtractionContext context)
    {
        Context = context;
        Reader = new TokenReader(context.Text, context.TokenBuffer, context.Tokens.Length);
        Segments = context.SegmentArray;
        _segmentOf = ArrayPool<int>.Shared.Rent(Tokens.Length);
        _segmentOf.AsSpan(0, Tokens.Length).Clear();
        for (int s = 0; s < Segments.Length; s++)
        {
            var seg = Segments[s];
            for (int t = seg.FirstToken; t < seg.EndToken && t < Tokens.Length; t++)
            {
                _segmentOf[t] = s;
            }
        }

        _inQuote = ArrayPool<bool>.Shared.Rent(Tokens.Length);
        _inQuote.AsSpan(0, Tokens.Length).Clear();
        _mentions = MentionsByStart(context.Mentions, static m => m.Type != MentionType.Date);
        Parser = new ShallowParser(this);
        Cues = new SpeechCues(this);
        Pronouns = new PronounResolver(this);
    }

    /// <summary>The context of the call: options, cancellation, and where the quotes go.</summary>
    public ExtractionContext Context { get; }

    /// <inheritdoc />
    public TokenReader Reader { get; }

    /// <summary>The document's text.</summary>
    public string Text => Reader.Text;

    /// <summary>The document's tokens.</summary>
    public ReadOnlySpan<TextToken> Tokens => Reader.Tokens;

    /// <summary>The sentences, headlines and datelines.</summary>
    public TextSegment[] Segments { get; }

    /// <summary>
    /// The names found by token rules (with or without the recognizer's mentions), read on first use: a document
    /// with no quotation asks for none, and reading them runs over every token (issue 14).
    /// </summary>
    public SpeakerNames Names => _names ??= new SpeakerNames(Text, Context.TokenBuffer, Tokens.Length, Context.CancellationToken);

    /// <summary>Whether the recognizer supplied any mention other than dates.</summary>
    public bool HasMentions => _mentions.Length > 0;

    /// <summary>The person quoted last, for the salience of "he said" after a quote.</summary>
    public NameOccurrence? LastSpeaker { get; set; }

    /// <summary>The token just past the quote that set <see cref="LastSpeaker"/>.</summary>
    public int LastSpeakerQuoteEnd { get; set; }

    /// <summary>The subject and noun-phrase reader over this document.</summary>
    public ShallowParser Parser { get; }

    /// <summary>The reporting-cue reader over this document.</summary>
    public SpeechCues Cues { get; }

    /// <summary>The pronoun and description resolver over this document.</summary>
    public PronounResolver Pronouns { get; }

    /// <summary>Marks every token of <paramref name="spans"/>, marks included, as quoted.</summary>
    public void MarkQuoted(IReadOnlyList<QuotedSpan> spans)
    {
        foreach (var s in spans)
        {
            for (int t = s.OpenToken; t < Math.Max(s.AfterClose, s.EndToken) && t < Tokens.Length; t++)
            {
                _inQuote[t] = true;
            }
        }
    }

    /// <summary>Gives the per-token tables back to the pool; the document is not used afterwards.</summary>
    public void Dispose()
    {
        // A second call must not give the same arrays to the pool twice (two renters would then share them).
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        ArrayPool<int>.Shared.Return(_segmentOf);
        ArrayPool<bool>.Shared.Return(_inQuote);
        _names?.Dispose();
    }

    /// <summary>
    /// The mentions <paramref name="keep"/> accepts, ordered by start as a stable sort orders them: the context's own
    /// order when it is already by start (as the pipeline keeps it), without LINQ's buffers and enumerators.
    /// </summary>
    /// <param name="mentions">The mentions.</param>
    /// <param name="keep">Which to keep.</param>
    internal static Mention[] MentionsByStart(IReadOnlyList<Mention> mentions, Func<Mention, bool> keep)
    {
        int count = 0;
        bool sorted = true;
        int last = int.MinValue;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (keep(m))
            {
                count++;
                sorted &= m.Start >= last;
                last = m.Start;
            }
        }

        if (!sorted)
        {
            return mentions.Where(keep).OrderBy(static m => m.Start).ToArray();
        }

        Mention[] result = count == 0 ? [] : new Mention[count];
        int k = 0;
        for (int i = 0; i < mentions.Count && k < count; i++)
        {
            if (keep(mentions[i]))
            {
                result[k++] = mentions[i];
            }
        }

        return result;
    }

    /// <summary>Whether token <paramref name="token"/> lies inside a quote (its marks included).</summary>
    public bool InQuote(int token) => _inQuote[token];

    /// <summary>The sentence (or headline, or dateline) that holds token <paramref name="token"/>.</summary>
    public TextSegment SegmentOf(int token) => Segments[_segmentOf[token]];

    /// <summary>The index in <see cref="Segments"/> of the segment that holds token <paramref name="token"/>.</summary>
    public int SegmentIndexOf(int token) => _segmentOf[token];

    /// <summary>The paragraph of token <paramref name="token"/> (0 when the text has no sentences).</summary>
    public int ParagraphOf(int token) => Segments.Length == 0 ? 0 : Segments[_segmentOf[token]].Paragraph;

    /// <summary>The first token of the sentence that holds token <paramref name="token"/>.</summary>
    public int SentenceStart(int token) => Segments.Length == 0 ? 0 : Segments[_segmentOf[token]].FirstToken;

    // Token predicates, as the TokenReader answers them.
    public ReadOnlySpan<char> Word(int i) => Reader.Word(i);

    public bool IsPunct(int i, char c) => Reader.IsPunct(i, c);

    public bool IsDash(int i) => Reader.IsDash(i);

    public bool IsLower(int i) => Reader.IsLower(i);

    public bool IsParagraphStart(int i) => Reader.IsParagraphStart(i);

    public bool IsSentenceEnd(int i) => Reader.IsSentenceEnd(i);

    /// <summary>
    /// Whether the name can stand for a person: the recognizer's type when it has a mention there; otherwise the
    /// name rules' guess, which must show a title or a known first name once the recognizer has run.
    /// </summary>
    public bool IsPersonName(NameOccurrence n)
    {
        if (_mentions.Length > 0)
        {
            var m = MentionIn(Tokens[n.FirstToken].Start, Tokens[n.EndToken - 1].End);
            if (m is not null)
            {
                return m.Type == MentionType.Person;
            }

            // The recognizer ran and left this name out: person names are what it finds best (recall 94 on
            // dev), so an untagged capitalized run is far more often an event or a title ("the 2003 World
            // Indoor Championships") than a person. Without a title or a known first name it is no antecedent.
            return n.PersonLike && Names.GenderOf(n) != Gender.Unknown;
        }

        return n.PersonLike;
    }

    /// <summary>The longest non-date mention that overlaps [<paramref name="start"/>, <paramref name="end"/>) (characters), or null.</summary>
    public Mention? MentionIn(int start, int end)
    {
        if (_mentions.Length == 0)
        {
            return null;
        }

        int lo = 0;
        int hi = _mentions.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // Mentions are short: look a few back and forward for one that overlaps [start, end).
        Mention? best = null;
        for (int k = Math.Max(0, lo - 4); k < _mentions.Length && _mentions[k].Start < end; k++)
        {
            var m = _mentions[k];
            if (m.End > start && m.Start < end && (best is null || m.Length > best.Length))
            {
                best = m;
            }
        }

        return best;
    }

    // The name a pronoun or description stands for: the recognizer's canonical name when it has a mention there.
    public string? CanonicalOf(NameOccurrence? name) => name is NameOccurrence n ? CanonicalOf(n.FirstToken, n.EndToken, n.Canonical) : null;

    /// <inheritdoc />
    public string? CanonicalOf(int first, int end, string? fallback)
    {
        var mention = MentionIn(Tokens[first].Start, Tokens[end - 1].End);
        return mention is null ? fallback : mention.Canonical ?? mention.Text;
    }

    // The recognizer calls the name a place (a country, a city): a location, not a speaker, in the positions checked.
    // Only a mention that spans the whole name counts: "The Florida senator" holds a place but names a person.
    /// <inheritdoc />
    public bool IsPlace(int first, int end)
    {
        if (end - first > 1 && Word(first) is "the" or "The")
        {
            first++;
        }

        int start = Tokens[first].Start;
        int stop = Tokens[end - 1].End;
        var m = MentionIn(start, stop);
        return m is not null && m.Type == MentionType.Place && m.Start <= start && m.End >= stop;
    }

    /// <summary>
    /// "the Dutchman", "the Kenyan", "the 29-year-old": "the" and one nationality or age noun that the recognizer
    /// did not tag as a name (it tags "the Netherlands"), a reference back to the person just named.
    /// </summary>
    public bool IsNationalityReference(int start, int end)
        => end == start + 2 && Word(start) is "the" or "The" && QuoteWords.IsNationalityNoun(Word(start + 1))
            && (_mentions.Length == 0 || MentionIn(Tokens[start + 1].Start, Tokens[start + 1].End) is null);

    // ---------------------------------------------------------------- what the shallow parser asks

    bool IPhraseContext.IsOpaque(int token) => _inQuote[token];

    /// <inheritdoc />
    public NounPhrase? NameAt(int token)
    {
        int name = Names.NameAt(token);
        if (name < 0)
        {
            return null;
        }

        var n = Names.Names[name];
        return new NounPhrase(n.FirstToken, n.EndToken, n.Canonical);
    }

    bool IPhraseContext.IsPersonName(NounPhrase name) => IsPersonName(Names.Names[Names.NameAt(name.FirstToken)]);

    bool IPhraseContext.IsCue(int token) => Cues.IsCue(token);

    bool IPhraseContext.IsVerbOfSaying(ReadOnlySpan<char> word) => ReportingVerbs.Contains(word);

    NounPhrase? IPhraseContext.Pronoun(int token) => Pronouns.PronounSubject(token);

    NounPhrase IPhraseContext.Describe(int start, int end) => Pronouns.Describe(start, end);
}
