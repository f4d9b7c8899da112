using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>Opening: a participle cue that opens its sentence, whose source is the main clause's subject after the comma.</summary>
internal static partial class ReportedSpeechFinder
{
    // "Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox …", "Citing an unfounded
    // conspiracy theory, Trump repeatedly accused …", "In defending himself and his business record, Trump offered …"
    // (PolNeAR dev, eval-attributions --causes: "accepted, no statement from it"): a lexicon participle at the sentence's
    // start, or after a word of attribution-participle-openers.txt, states what runs to its comma, and its source is the
    // subject that follows the comma (a pronoun, a person or organization, or a noun phrase before the clause's verb,
    // SubjectBeforeUntagged). Not a content that opens with a preposition or "to": "Commenting on the result, …",
    // "Referring to the report, …", "Speaking at a rally, …" give the occasion, not what was said (the guard of the
    // participle after a quotation, Verb). The cue model reads the frame as none (Frame.Aside), as it was trained.
    private static Frame? Opening(ReportedDocument d, int i, int cueLast, int first, int stop)
    {
        if (!d.IsCueWord(i) || !d.Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || d.IsQuoted(i)
            || !(i == first || (i == first + 1 && d.IsIn(first, ReportedDocument.ParticipleOpeners))))
        {
            return null;
        }

        int content = ContentStart(d, i, cueLast, stop);
        if (content >= stop || d.IsComma(content) || d.ClassOf(content) is "prep" || d.Is(content, "to") || d.Is(content, "on") || d.Is(content, "about") || d.Is(content, "in") || d.Is(content, "over") || d.Is(content, "at"))
        {
            return null;
        }

        // The comma that closes the participle clause, outside quotation marks and within a long aside's reach.
        int comma = -1;
        for (int t = content + 1; t < stop && t - i <= MaxRelativeAsideTokens; t++)
        {
            if (d.IsComma(t) && !d.IsQuoted(t))
            {
                comma = t;
                break;
            }
        }

        if (comma < 0 || comma + 2 >= stop)
        {
            return null;
        }

        int s = comma + 1;
        int e = -1;
        if (d.ClassOf(s) is "pron" && !d.Is(s, "it") && !d.Is(s, "there"))
        {
            e = s;
        }
        else if (d.MentionAt(s) is { Type: MentionType.Person or MentionType.Organization } m)
        {
            e = s;
            while (e + 1 < stop && d.MentionAt(e + 1) == m)
            {
                e++;
            }
        }
        else if (SubjectBeforeUntagged(d, s, stop) is var (fs, fe) && fs == s)
        {
            e = fe;
        }

        // A verb of speech ends the subject: "Echoing Ms Rice, the prime minister said there has been …" (BBC news), where
        // the rough subject runs to the auxiliary "has".
        for (int t = s + 1; t <= e; t++)
        {
            if (IsSpeechVerb(d, t))
            {
                e = t - 1;
                break;
            }
        }

        // The subject stands before its verb: a lower-case word or an auxiliary follows it ("Trump told", "he has").
        if (e < 0 || e + 1 >= stop || d[e + 1].Kind != TokenKind.Word || d.IsCapitalized(e + 1) || d.IsQuoted(e + 1))
        {
            return null;
        }

        return new Frame(i, cueLast, s, e, Direction.After, content, i) { ContentLast = comma - 1, Aside = true };
    }
}
