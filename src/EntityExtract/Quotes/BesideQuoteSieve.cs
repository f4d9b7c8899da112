using EntityExtract.Grammar;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// Sieve 1 (Muzny et al. 2017's trigram patterns): the attribution right after the quote, <c>"…," said X</c>,
/// <c>"…," X said</c>, <c>"…," X, a researcher, said</c>, <c>"…," X (R-Texas) said</c>, and a dash byline
/// <c>"…" — X.</c>. After a quote that ends its own sentence only an attribution that stands alone counts.
/// </summary>
internal sealed class BesideQuoteSieve : IAttributionSieve
{
    /// <inheritdoc />
    public bool TryAttribute(QuoteDocument document, QuoteCandidate quote)
    {
        var d = document;
        var tokens = d.Tokens;
        int close = quote.CloseMark;
        if (close < 0 || close + 1 >= tokens.Length)
        {
            return false;
        }

        int p = close + 1;
        if (d.IsParagraphStart(p))
        {
            return false;
        }

        bool dash = d.IsDash(p);
        if (d.IsPunct(p, ',') || dash)
        {
            p++;
        }

        if (p >= tokens.Length || d.InQuote(p))
        {
            return false;
        }

        // A byline after a dash: "“…” — Hillary Clinton." (a known breakage of other systems).
        if (dash && d.Names.NameAt(p) >= 0 && d.Names.Names[d.Names.NameAt(p)].FirstToken == p)
        {
            var n = d.Names.Names[d.Names.NameAt(p)];
            if (n.EndToken >= tokens.Length || d.IsParagraphStart(n.EndToken) || d.IsSentenceEnd(n.EndToken) || d.IsPunct(n.EndToken, ','))
            {
                quote.Speaker = new NounPhrase(n.FirstToken, n.EndToken, n.Canonical);
                return true;
            }
        }

        // A quote that ends its own sentence ("….") is attributed by what follows only when the attribution
        // stands alone: "“….” she said." but not "“….” Kasich said he would have fired him."
        bool sentenceEnded = d.IsSentenceEnd(quote.Span.EndToken - 1);
        if (d.Cues.IsCue(p))
        {
            var np = d.Parser.NounPhraseAfter(p + 1);
            if (np is NounPhrase s && (!sentenceEnded || EndsAttribution(d, s.EndToken)))
            {
                quote.Attribute(s, d.Word(p).ToString());
                return true;
            }

            return false;
        }

        var subject = d.Parser.NounPhraseAfter(p);
        if (subject is NounPhrase subj)
        {
            int v = d.Parser.SkipToVerb(subj.EndToken);
            if (v >= 0 && d.Cues.IsCue(v) && (!sentenceEnded || EndsAttribution(d, v + 1)))
            {
                quote.Attribute(subj, d.Word(v).ToString());
                return true;
            }
        }

        return false;
    }

    // The attribution clause ends here: punctuation, a new quote, the paragraph's end, or a short adjunct
    // ("in a statement", "on Tuesday") before the period.
    private static bool EndsAttribution(QuoteDocument d, int p)
    {
        var tokens = d.Tokens;
        for (int k = p; k < tokens.Length && k < p + 8; k++)
        {
            if (d.IsParagraphStart(k) && k > p)
            {
                return true;
            }

            var t = tokens[k];

            // "“….” He added, “…”": a cue with a comma or a colon before a new quote introduces that quote, not the
            // finished one before it (which keeps the attribution before it, or continues the previous quote).
            if (t.Kind == TokenKind.Punctuation && d.Text[t.Start] is ',' or ':' && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Quote && d.InQuote(k + 1))
            {
                return false;
            }

            if (t.Kind is TokenKind.Punctuation || (t.Kind == TokenKind.Quote && k == p))
            {
                return true;
            }

            // A clause with its own quote ("Sanders called Trump a “…”") is a new statement.
            if (t.Kind == TokenKind.Quote)
            {
                return false;
            }

            if (k == p && t.Kind == TokenKind.Word && d.IsLower(k) && !GrammarWords.IsBetween(d.Word(k)) && !GrammarWords.IsAdjunct(d.Word(k)))
            {
                // A verb, a clause or an object right after the cue: a new statement, not an attribution.
                return d.Word(k) is "reporters" or "journalists" or "supporters" or "me" or "us" or "him" or "her" or "them";
            }
        }

        return p >= tokens.Length;
    }
}
