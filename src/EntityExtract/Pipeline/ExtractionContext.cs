using EntityExtract.Tokenization;

namespace EntityExtract.Pipeline;

/// <summary>
/// One document on its way through an <see cref="ExtractionPipeline"/>: the text, its tokens and
/// segments (sentences, headlines, datelines), and the mentions and quotes the stages have found so far. Created per call and used by one
/// thread at a time; not thread-safe. Valid only while the stages run: a stage keeps no reference to it.
/// </summary>
public sealed class ExtractionContext
{
    private readonly TextToken[] _tokens;
    private readonly int _tokenCount;
    private readonly TextSegment[] _segments;
    private readonly List<Mention> _mentions = [];
    private readonly List<Quote> _quotes = [];
    private Dictionary<Type, object>? _features;

    /// <summary>Creates a context for one document.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="segments">Its segments: sentences, headlines, datelines and list items, in order.</param>
    /// <param name="options">The options of this call.</param>
    /// <param name="referenceDate">The publication date for relative dates, if known.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public ExtractionContext(string text, TextToken[] tokens, TextSegment[] segments, ExtractionOptions options, DateOnly? referenceDate, CancellationToken cancellationToken)
        : this(text, tokens, tokens?.Length ?? 0, segments, options, referenceDate, cancellationToken)
    {
    }

    // The pipeline's own: the tokens are the first tokenCount of a buffer rented for the call (issue 14).
    internal ExtractionContext(string text, TextToken[] tokens, int tokenCount, TextSegment[] segments, ExtractionOptions options, DateOnly? referenceDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(options);
        Text = text;
        _tokens = tokens;
        _tokenCount = tokenCount;
        _segments = segments;
        Options = options;
        ReferenceDate = referenceDate;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The options of this call.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>The publication date that relative dates resolve against: the option, else the article's dateline, else <see langword="null"/>.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>The caller's cancellation token.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The document's tokens, in order.</summary>
    public ReadOnlySpan<TextToken> Tokens => _tokens.AsSpan(0, _tokenCount);

    /// <summary>The document's segments (sentences, headlines, datelines and list items), in order; together they hold every token.</summary>
    public ReadOnlySpan<TextSegment> Segments => _segments;

    /// <summary>
    /// The array that holds the tokens: its first <c>Tokens.Length</c> entries, and longer when the pipeline rented it.
    /// For the readers that keep the tokens beyond one call (the quote stage's <c>QuoteDocument</c> and
    /// <c>ReportedDocument</c>) with their count, instead of a copy each (issue 14: the copies were 3 MB per MB of
    /// text). Read-only by contract, and valid only while the stages run.
    /// </summary>
    internal TextToken[] TokenBuffer => _tokens;

    /// <summary>The segments as the array the context holds, shared with the readers that keep one. Read-only by contract.</summary>
    internal TextSegment[] SegmentArray => _segments;

    /// <summary>The mentions found so far, in the order they were added.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The quotes found so far, in the order they were added.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes;

    /// <summary>Returns the text of token <paramref name="index"/>.</summary>
    /// <param name="index">The token's index.</param>
    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].GetText(Text);

    /// <summary>Adds a mention.</summary>
    /// <param name="mention">The mention; its span must lie inside the text.</param>
    public void AddMention(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        _mentions.Add(mention);
    }

    /// <summary>Replaces the mentions found so far, for stages that merge, resolve or filter them.</summary>
    /// <param name="mentions">The new mentions.</param>
    public void ReplaceMentions(IEnumerable<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var copy = mentions.ToArray();
        _mentions.Clear();
        _mentions.AddRange(copy);
    }

    /// <summary>Adds a quote.</summary>
    /// <param name="quote">The quote; its span must lie inside the text.</param>
    public void AddQuote(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        _quotes.Add(quote);
    }

    /// <summary>Replaces the quotes found so far.</summary>
    /// <param name="quotes">The new quotes.</param>
    public void ReplaceQuotes(IEnumerable<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var copy = quotes.ToArray();
        _quotes.Clear();
        _quotes.AddRange(copy);
    }

    /// <summary>Stores a typed value for later stages (one value per type), such as per-token labels.</summary>
    /// <typeparam name="T">The value's type, which is also its key.</typeparam>
    /// <param name="value">The value.</param>
    internal void SetFeature<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        (_features ??= [])[typeof(T)] = value;
    }

    /// <summary>Returns the value an earlier stage stored for <typeparamref name="T"/>, or <see langword="null"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    internal T? GetFeature<T>()
        where T : class
        => _features is not null && _features.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
