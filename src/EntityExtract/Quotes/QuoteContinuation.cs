namespace EntityExtract.Quotes;

/// <summary>
/// Continuation (the Gender Gap Tracker's "floating quotes"; Muzny et al. 2017 likewise carry a speaker over
/// quotes with no mention of their own): a quote with no cue and no speaker inherits the speaker of the previous
/// quote in its paragraph, of the previous paragraph's last quote when it opens its paragraph or continues a
/// multi-paragraph quotation, or (a direct quote) of the next quote in its paragraph. It runs once over the whole
/// document, after the per-quote sieves and before the fallback sieves. Stateless.
/// </summary>
internal static class QuoteContinuation
{
    /// <summary>Fills the speakers of the quotes in <paramref name="quotes"/> (document order) that have none.</summary>
    public static void Apply(QuoteDocument document, IReadOnlyList<QuoteCandidate> quotes)
    {
        QuoteCandidate? previous = null;
        foreach (var f in quotes)
        {
            if (f.Cue is null && f.Speaker is null && previous is not null && previous.Speaker is not null)
            {
                bool sameParagraph = previous.Paragraph == f.Paragraph;
                bool nextParagraph = previous.Paragraph == f.Paragraph - 1 && (f.Span.ContinuesPrevious || StandsAlone(document, f));
                if (sameParagraph || nextParagraph || f.Span.ContinuesPrevious)
                {
                    f.Speaker = previous.Speaker;
                }
            }

            previous = f;
        }

        QuoteCandidate? next = null;
        for (int i = quotes.Count - 1; i >= 0; i--)
        {
            var f = quotes[i];
            if (f.Speaker is null && f.Cue is null && next is not null && next.Speaker is not null && next.Paragraph == f.Paragraph && f.Direct)
            {
                f.Speaker = next.Speaker;
            }

            next = f;
        }
    }

    // The paragraph opens with the quote: "“…” " standing alone after an attributed paragraph.
    private static bool StandsAlone(QuoteDocument document, QuoteCandidate f) => document.IsParagraphStart(f.Span.OpenToken);
}
