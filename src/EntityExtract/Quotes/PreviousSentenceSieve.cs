using EntityExtract.Grammar;

namespace EntityExtract.Quotes;

/// <summary>
/// Sieve 4: a direct quote that opens its sentence, right after a sentence (of its paragraph or the last of the
/// previous one) whose reporting verb has a named or pronoun subject (<c>Holan said in an interview. "…"</c>), is
/// that speaker's. Muzny et al. (2017) attribute such quotes to the closest mention in the paragraph; this sieve
/// requires a reporting verb as well, and leaves alone a previous sentence with a quote of its own (continuation
/// handles it).
/// </summary>
internal sealed class PreviousSentenceSieve : IAttributionSieve
{
    /// <inheritdoc />
    public bool TryAttribute(QuoteDocument document, QuoteCandidate quote)
    {
        var d = document;
        int o = quote.Span.OpenToken;
        if (!quote.Direct || d.Segments.Length == 0)
        {
            return false;
        }

        int s = d.SegmentIndexOf(o);
        if (d.Segments[s].FirstToken != o || s == 0 || d.Segments[s - 1].Paragraph < d.Segments[s].Paragraph - 1)
        {
            return false;
        }

        var previous = d.Segments[s - 1];
        for (int k = previous.EndToken - 1; k >= previous.FirstToken; k--)
        {
            if (d.InQuote(k))
            {
                // The previous sentence has its own quote: continuation handles it.
                return false;
            }

            if (!d.Cues.IsCue(k))
            {
                continue;
            }

            var subject = d.Cues.SubjectOfCue(k, previous.FirstToken);
            if (subject is NounPhrase sp && (sp.Canonical is not null || GrammarWords.IsPronoun(d.Word(sp.FirstToken))))
            {
                quote.Speaker = sp;
                return true;
            }

            return false;
        }

        return false;
    }
}
