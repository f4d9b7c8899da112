using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>Resolve: a sentence's frames turned into statements, each content cut where the next statement starts.</summary>
internal static partial class ReportedSpeechFinder
{
    private static void Resolve(ReportedDocument d, List<Frame> frames, int first, int stop, List<ReportedStatement> result)
    {
        ReadHeads(d, frames, first);

        // A content before or around its cue runs from the sentence start: the frames inside it belong to it
        // (each token in at most one attribution, PolNeAR), so reading starts at the last such frame.
        int i = 0;
        for (int f = frames.Count - 1; f >= 0; f--)
        {
            if (frames[f].Direction is Direction.Before or Direction.Around)
            {
                i = f;
                break;
            }
        }

        while (i < frames.Count)
        {
            // The next frame that starts a new statement: one whose source or cue follows a comma
            // ("…, adding that", "…, he said"); a frame with no comma before it lies inside this content.
            int next = i + 1;
            while (next < frames.Count && !StartsStatement(d, frames[next]) && !frames[next].Nominal && !frames[next].Coordinated)
            {
                next++;
            }

            var frame = frames[i];
            int last = next < frames.Count ? frames[next].Left - 2 : stop - 1;
            int contentFirst = frame.Direction is Direction.After or Direction.Passive ? frame.ContentFirst : first;
            int contentLast = frame.Direction == Direction.Before ? frame.Left - 2 : frame.ContentLast >= 0 ? Math.Min(frame.ContentLast, last) : last; // a passive's, a nominal's, an opening participle's
            if (frame.Direction == Direction.After && Subordinate(d, frame.Left - 1))
            {
                // A statement in a subordinate clause ends with it ("As it reported the results, the airline was
                // upbeat", "While Trump said he would cut taxes, Clinton argued …"): the main clause after the comma is
                // the writer's, or another statement (BBC news, 60 articles read for issue 12).
                for (int t = contentFirst + 1; t < contentLast; t++)
                {
                    if (d.IsComma(t) && !d.IsQuoted(t))
                    {
                        contentLast = t - 1;
                        break;
                    }
                }
            }

            if (frame.Direction == Direction.After)
            {
                // A dash ends a content that follows its cue ("a leader who once claimed to be 'in love' with
                // Kim—Pyongyang is no longer interested"): what follows it is the writer's again.
                // So does the writer's summing-up after a comma ("hailed these efforts, a clear signal that …").
                for (int t = contentFirst + 1; t < contentLast; t++)
                {
                    // A participle clause after a comma ("vowed to root out these "evils," signaling a purge") is
                    // the writer's gloss on the act of speaking, not part of what was said; the comma may stand
                    // inside the closing quotation mark.
                    if (d.Is(contentFirst, "to") && d.IsComma(t))
                    {
                        int n = d[t + 1].Kind == TokenKind.Quote && d.IsQuoted(t) ? t + 2 : t + 1;
                        if (n <= contentLast && !d.IsQuoted(n) && IsParticiple(d, n))
                        {
                            contentLast = n - 1;
                            break;
                        }
                    }

                    if (d.IsQuoted(t))
                    {
                        continue;
                    }

                    bool summingUp = d.IsComma(t) && (d.Is(t + 1, "a") || d.Is(t + 1, "an")) && (d.Is(t + 3, "that") || d.Is(t + 4, "that") || d.Is(t + 3, "which") || d.Is(t + 4, "which"));
                    // A dash before a lower-case word opens an aside or an apposition of the content ("her plans will
                    // solve the kitchen-sink problems — the high cost of childcare …", "the Patriot deal had played to his
                    // advantage - helping start his grand plan"), which PolNeAR keeps in it.
                    bool writer = d[t].Kind == TokenKind.Dash && !(t + 1 <= contentLast && d[t + 1].Kind == TokenKind.Word && !d.IsCapitalized(t + 1));
                    if (writer || summingUp || EndsBeforeBut(d, contentFirst, t) || EndsBeforeClause(d, contentFirst, t)) // or a noun-phrase content before "but" or "because" (Spans)
                    {
                        contentLast = d.Is(t, "but") && d.IsComma(t - 1) ? t - 2 : t - 1;
                        break;
                    }
                }
            }

            Emit(d, frame, contentFirst, contentLast, result);
            i = next;
        }
    }
}
