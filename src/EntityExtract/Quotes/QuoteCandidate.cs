using EntityExtract.Grammar;

namespace EntityExtract.Quotes;

/// <summary>
/// One quoted span on its way through the stage: its kind, whether it is kept as speech, and the speaker and cue
/// the sieves find for it. Mutable, and owned by one call.
/// </summary>
internal sealed class QuoteCandidate
{
    public QuoteCandidate(QuotedSpan span, int paragraph)
    {
        Span = span;
        Paragraph = paragraph;
    }

    /// <summary>Where the quote and its marks are.</summary>
    public QuotedSpan Span { get; }

    /// <summary>The paragraph the quote opens in.</summary>
    public int Paragraph { get; }

    /// <summary>The mention the attribution rests on, once a sieve or continuation has found one.</summary>
    public NounPhrase? Speaker { get; set; }

    /// <summary>The reporting cue as written ("said", "according to"), or null.</summary>
    public string? Cue { get; set; }

    /// <summary>Whether the quote is direct speech (a clause or more) rather than a fragment.</summary>
    public bool Direct { get; set; }

    /// <summary>Whether the quote is speech and goes to the output (false for titles, labels and scare quotes).</summary>
    public bool Keep { get; set; } = true;

    /// <summary>The last token of the closing mark, or -1 when the quote runs on into the next paragraph.</summary>
    public int CloseMark => Span.AfterClose > Span.EndToken ? Span.AfterClose - 1 : -1;

    /// <summary>Records a speaker and the cue that introduces them.</summary>
    public void Attribute(NounPhrase speaker, string cue)
    {
        Speaker = speaker;
        Cue = cue;
    }
}
