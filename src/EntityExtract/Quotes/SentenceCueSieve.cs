using EntityExtract.Grammar;

namespace EntityExtract.Quotes;

/// <summary>
/// Sieve 3: the reporting verb of the quote's sentence and its subject (PARC 3.0: a partial quote keeps the source
/// of the attribution it sits in). The nearest cue before the quote in its clause, else one after it
/// (<c>the "global geopolitical changes" Kim referenced</c>), else <c>according to X</c> anywhere in the sentence.
/// </summary>
internal sealed class SentenceCueSieve : IAttributionSieve
{
    /// <inheritdoc />
    public bool TryAttribute(QuoteDocument document, QuoteCandidate quote)
    {
        var d = document;
        int o = quote.Span.OpenToken;
        int close = quote.CloseMark < 0 ? quote.Span.EndToken - 1 : quote.CloseMark;
        if (d.Segments.Length == 0)
        {
            return false;
        }

        var first = d.SegmentOf(o);
        var last = d.SegmentOf(Math.Min(close, d.Tokens.Length - 1));
        int from = first.FirstToken;
        int to = last.EndToken;

        // The nearest cue before the quote, inside its clause (a semicolon ends it).
        for (int k = o - 1; k >= from; k--)
        {
            if (d.IsPunct(k, ';') || (d.IsPunct(k, ':') && k < o - 1))
            {
                break;
            }

            if (d.InQuote(k) || !d.Cues.IsCue(k))
            {
                continue;
            }

            if (d.Cues.TryAttributeAccordingTo(quote, k))
            {
                return true;
            }

            var subject = d.Cues.SubjectOfCue(k, from);
            if (subject is NounPhrase s)
            {
                // "Cruz said he's certain Rubio will continue to be "…"", "Trump said that Romney begged him …
                // and "…"": a verb of judging inside the reported clause of a plain "said" leaves the quote with
                // the outer speaker, as PolNeAR annotates it (the reporter quotes the outer speaker's words).
                if (!SpeechCues.IsPlainSay(d.Word(k)) && d.Cues.OuterSay(s.FirstToken, from) is (NounPhrase outer, int outerCue))
                {
                    quote.Attribute(outer, d.Word(outerCue).ToString());
                    return true;
                }

                quote.Attribute(s, d.Word(k).ToString());
                return true;
            }
        }

        // Then a cue after the quote: "… the "global geopolitical changes" Kim referenced".
        for (int k = close + 1; k < to; k++)
        {
            if (d.IsPunct(k, ';'))
            {
                break;
            }

            if (d.InQuote(k) || !d.Cues.IsCue(k))
            {
                continue;
            }

            if (d.Cues.TryAttributeAccordingTo(quote, k))
            {
                return true;
            }

            var subject = d.Parser.SubjectBefore(k, close + 1);
            subject ??= d.Parser.NounPhraseAfter(k + 1);
            if (subject is NounPhrase s)
            {
                quote.Attribute(s, d.Word(k).ToString());
                return true;
            }
        }

        // "according to X" earlier in the sentence: "According to KCNA, …".
        for (int k = from; k < o; k++)
        {
            if (!d.InQuote(k) && d.Cues.TryAttributeAccordingTo(quote, k))
            {
                return true;
            }
        }

        return false;
    }
}
