using EntityExtract.Grammar;
using EntityExtract.Pipeline;

namespace EntityExtract.Quotes;

/// <summary>
/// Runs the quote stage over one document: finds the quoted spans (<see cref="QuoteMarks"/>), drops titles and
/// labels (<see cref="QuoteClassifier"/>), runs the attribution sieves in the stage's order on each quote, drops
/// scare and term quotes, carries speakers over unattributed quotes (<see cref="QuoteContinuation"/>), runs the
/// fallback sieves, and adds the quotes to the context with the recognizer's mention for each speaker.
/// </summary>
/// <remarks>
/// The attribution is a sieve in the manner of Muzny et al. (2017), "A two-stage sieve approach for quote
/// attribution": the most precise rules run first and later rules only fill quotes still unattributed. Quotes are
/// attributed in document order, because a pronoun prefers the speaker quoted last
/// (<see cref="QuoteDocument.LastSpeaker"/>).
/// </remarks>
internal static class QuoteAttributor
{
    /// <summary>Finds, classifies and attributes the quotes of <paramref name="context"/> and adds them to it.</summary>
    /// <param name="context">The document.</param>
    /// <param name="sieves">The per-quote sieves, most precise first.</param>
    /// <param name="fallbackSieves">The sieves for quotes still without speaker or cue after continuation.</param>
    public static void Run(ExtractionContext context, IReadOnlyList<IAttributionSieve> sieves, IReadOnlyList<IAttributionSieve> fallbackSieves)
    {
        using var d = new QuoteDocument(context);
        Run(d, sieves, fallbackSieves);
    }

    /// <summary>
    /// The same over a document the caller made and disposes, so that the reported-speech component can read its names
    /// afterwards (<see cref="ReportedQuotes.Add(ExtractionContext, CueModel, QuoteDocument?)"/>).
    /// </summary>
    /// <param name="d">The document, read from its context.</param>
    /// <param name="sieves">The per-quote sieves, most precise first.</param>
    /// <param name="fallbackSieves">The sieves for quotes still without speaker or cue after continuation.</param>
    public static void Run(QuoteDocument d, IReadOnlyList<IAttributionSieve> sieves, IReadOnlyList<IAttributionSieve> fallbackSieves)
    {
        var context = d.Context;
        var spans = new List<QuotedSpan>();
        QuoteMarks.Find(d.Text, d.Tokens, context.Options.MaxQuoteLength, spans, context.CancellationToken);
        d.MarkQuoted(spans);

        var found = new List<QuoteCandidate>(spans.Count);
        foreach (var span in spans)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var f = new QuoteCandidate(span, d.ParagraphOf(span.OpenToken));
            Classify(d, f, sieves);
            if (f.Keep)
            {
                found.Add(f);
                int name = f.Speaker is NounPhrase sp ? d.Names.NameAt(sp.EndToken - 1) : -1;
                if (name >= 0 && d.IsPersonName(d.Names.Names[name]))
                {
                    d.LastSpeaker = d.Names.Names[name];
                    d.LastSpeakerQuoteEnd = span.EndToken;
                }
            }
        }

        QuoteContinuation.Apply(d, found);
        foreach (var f in found)
        {
            if (f.Speaker is null && f.Cue is null)
            {
                foreach (var sieve in fallbackSieves)
                {
                    if (sieve.TryAttribute(d, f))
                    {
                        break;
                    }
                }
            }
        }

        foreach (var f in found)
        {
            Emit(d, f);
        }
    }

    // Titles and labels go first; then the sieves (a quote that continues a multi-paragraph quotation is direct, and
    // its only attribution of its own is a cue beside its closing mark: '"I felt good," said Holmes.' after an
    // unclosed '"It was nice ...'); a fragment that no sieve gave a cue may still be a scare quote.
    private static void Classify(QuoteDocument d, QuoteCandidate f, IReadOnlyList<IAttributionSieve> sieves)
    {
        var span = f.Span;
        if (QuoteClassifier.IsTitleOrLabel(d, span))
        {
            f.Keep = false;
            return;
        }

        f.Direct = QuoteClassifier.LooksDirect(d, span); // a continuing quote is direct (LooksDirect says so)
        foreach (var sieve in sieves)
        {
            if ((!span.ContinuesPrevious || sieve is BesideQuoteSieve) && sieve.TryAttribute(d, f))
            {
                break;
            }
        }

        if (f.Cue is null && !span.ContinuesPrevious && QuoteClassifier.IsScareOrTerm(d, f))
        {
            f.Keep = false;
        }
    }

    // The speaker's span and name come from the recognizer's mention over it when there is one.
    private static void Emit(QuoteDocument d, QuoteCandidate f)
    {
        var tokens = d.Tokens;
        int start = tokens[f.Span.FirstToken].Start;
        int end = tokens[f.Span.EndToken - 1].End;
        int? speakerStart = null;
        int? speakerEnd = null;
        string? canonical = null;
        if (f.Speaker is NounPhrase sp)
        {
            speakerStart = tokens[sp.FirstToken].Start;
            speakerEnd = tokens[sp.EndToken - 1].End;
            canonical = sp.Canonical;
            var mention = d.MentionIn(speakerStart.Value, speakerEnd.Value);

            // A description already resolved to the person it refers back to keeps that person: the place or team in
            // it is a modifier ("the Arsenal boss", "the Waterford man"), not the speaker. A spokesperson speaks for the
            // organization ("the BPI spokesman", issue 12), and a person's own mention wins over the words around it
            // ("Ken Macdonald QC").
            if (mention is not null && sp.Canonical is not null && mention.End < speakerEnd.Value && mention.Type != MentionType.Person
                && !d.Word(sp.EndToken - 1).StartsWith("spokes", StringComparison.OrdinalIgnoreCase))
            {
                // The person the phrase ends with, when the recognizer has one ("US Treasury Secretary John Snow").
                mention = d.MentionIn(tokens[sp.EndToken - 1].Start, speakerEnd.Value) is { Type: MentionType.Person } last ? last : null;
            }

            if (mention is not null)
            {
                speakerStart = mention.Start;
                speakerEnd = mention.End;
                canonical = mention.Canonical ?? mention.Text;
            }
        }

        d.Context.AddQuote(new Quote(start, end, d.Text[start..end], f.Direct ? QuoteKind.Direct : QuoteKind.Partial, canonical, speakerStart, speakerEnd, f.Cue));
    }
}
