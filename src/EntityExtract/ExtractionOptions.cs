namespace EntityExtract;

/// <summary>
/// Per-call settings for <see cref="EntityExtractor.Extract(string, ExtractionOptions?, CancellationToken)"/>.
/// An immutable record: create one with an object initializer or <c>with</c>. <see cref="Default"/> is the
/// same as passing <see langword="null"/>.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// The article's publication date, against which relative dates ("Tuesday", "last month") resolve.
    /// When <see langword="null"/>, a dateline at the top of the article is used; when there is none,
    /// relative dates get no value. The machine clock is never read.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>How to read all-numeric dates such as <c>04/05/2025</c> when both orders are valid.</summary>
    public DateOrder NumericDateOrder { get; init; } = DateOrder.MonthFirst;

    /// <summary>The longest quotation, in characters, that is still taken as one quote; longer spans between marks are treated as stray marks.</summary>
    public int MaxQuoteLength { get; init; } = 4000;

    /// <summary>The most tokens one sentence may hold before it is cut, which keeps every stage linear on text without punctuation.</summary>
    public int MaxSentenceTokens { get; init; } = 250;

    /// <summary>
    /// The longest text, in UTF-16 code units, read as one document (default 4 Mi). A longer text is read in
    /// windows of this size cut at paragraph breaks, which keeps working memory bounded; names then resolve
    /// to canonical forms within their window.
    /// </summary>
    public int MaxDocumentLength { get; init; } = 1 << 22;

    /// <summary>
    /// Whether to report statements in reported speech (<see cref="QuoteKind.Indirect"/>: "Officials warned that
    /// prices could rise") besides the quotes between quotation marks. On by default; turn it off for verbatim
    /// quotes only.
    /// </summary>
    public bool IncludeReportedSpeech { get; init; } = true;

    /// <summary>The most tokens one entity mention may span.</summary>
    public int MaxEntityTokens { get; init; } = 12;

    /// <summary>
    /// The user's own names (<see cref="Lexicons.EntityLexicon"/>), trusted over the model: a match becomes a
    /// mention of the entry's type resolved to the entry's name, and model mentions that overlap it are
    /// dropped. Lexicons given earlier win ties. Empty by default, which costs nothing.
    /// </summary>
    public IReadOnlyList<Lexicons.EntityLexicon> Lexicons
    {
        get => _lexicons;
        init => _lexicons = value ?? [];
    }

    /// <summary>
    /// The lowest <see cref="Mention.Confidence"/> and <see cref="Quote.Confidence"/> kept: mentions and quotes
    /// below it are dropped from the result (0, the default, keeps everything). 0.9 keeps what is right about
    /// nine times in ten (<c>docs/confidence.md</c>). Values outside [0, 1] are clamped.
    /// </summary>
    public double MinimumConfidence { get; init; }

    private readonly IReadOnlyList<Lexicons.EntityLexicon> _lexicons = [];

    /// <summary>
    /// When <see langword="true"/>, <see cref="ExtractionResult.Tokens"/> holds every word of the text with its
    /// part of speech and lemma, from <see cref="PartsOfSpeech.PartOfSpeechTagger.Default"/>. Off by default:
    /// the tagger is then neither loaded nor run, and extraction costs exactly what it did without it.
    /// </summary>
    public bool IncludePartsOfSpeech { get; init; }
}
