using EntityExtract.Grammar;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// Sieve 2: the attribution right before the quote, <c>X said: "…"</c>, <c>X told reporters, "…"</c>,
/// <c>X wrote on Twitter: "…"</c>, <c>according to X, "…"</c>; a split quote (<c>"…," said the senator, "…"</c>)
/// takes the name after the verb, and a colon with no verb (<c>Cruz continued:</c>, <c>Rep. Trey Gowdy
/// (R-S.C.):</c>) the clause's subject.
/// </summary>
internal sealed class BeforeQuoteSieve : IAttributionSieve
{
    /// <inheritdoc />
    public bool TryAttribute(QuoteDocument document, QuoteCandidate quote)
    {
        var d = document;
        int o = quote.Span.OpenToken;
        int p = o - 1;
        if (p < 0 || d.IsParagraphStart(o) && !d.IsPunct(p, ':'))
        {
            return false;
        }

        if (d.IsPunct(p, ':') || d.IsPunct(p, ','))
        {
            p--;
        }

        // Look back a few tokens for the verb: "X said in a statement:", "X wrote on Twitter,".
        for (int k = p; k >= 0 && k >= p - 6; k--)
        {
            if (d.InQuote(k) || d.IsSentenceEnd(k))
            {
                break;
            }

            if (d.Cues.IsCue(k))
            {
                if (d.Cues.TryAttributeAccordingTo(quote, k))
                {
                    return true;
                }

                // A split quote: "“…,” said the senator, “…”" — the speaker follows the cue.
                int before = d.IsPunct(k - 1, ',') ? k - 2 : k - 1;
                if (before >= 0 && d.Tokens[before].Kind == TokenKind.Quote && d.Parser.NounPhraseAfter(k + 1) is NounPhrase split)
                {
                    quote.Attribute(split, d.Word(k).ToString());
                    return true;
                }

                var subject = d.Cues.SubjectOfCue(k, d.SentenceStart(k));
                if (subject is NounPhrase s)
                {
                    // As in the sentence sieve: a judging verb inside the reported clause of a plain "said".
                    if (!SpeechCues.IsPlainSay(d.Word(k)) && d.Cues.OuterSay(s.FirstToken, d.SentenceStart(k)) is (NounPhrase outer, int outerCue))
                    {
                        quote.Attribute(outer, d.Word(outerCue).ToString());
                        return true;
                    }

                    quote.Attribute(s, d.Word(k).ToString());
                    return true;
                }

                return false;
            }
        }

        // A colon with no verb: "Cruz continued:", "Rep. Trey Gowdy (R-S.C.):", "A footnote in the report makes that clear:".
        if (d.IsPunct(o - 1, ':'))
        {
            var named = d.Parser.NounPhraseEndingAt(d.Parser.SkipParenthesesBack(o - 2), 0, allowDescription: false);
            var subject = named ?? d.Parser.ClauseSubject(d.SentenceStart(o - 1), o - 1);
            if (subject is NounPhrase s && s.EndToken < o)
            {
                quote.Speaker = s;
                return true;
            }
        }

        return false;
    }
}
