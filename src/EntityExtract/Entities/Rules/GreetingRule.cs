using EntityExtract.Entities.Typing;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Hi Pam,", "Dear Nina,", "Hey Vladi", "@Earth_News Hi! We've changed our username": the greeting that opens a
/// letter, an e-mail or a reply is written capitalized before a name, and the tagger (trained on Reuters 1996,
/// which has no letters or replies) takes it into the name or for a name of its own. A mention that starts with
/// a greeting where a letter or reply opens loses it; a greeting alone, or one followed only by common words
/// ("Dear All"), is no name.
/// Issue 13, measured on the development suite (docs/entities.md, "Greetings").
/// </summary>
internal sealed class GreetingRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        // Only where a letter or a reply opens: at the start of the sentence, or after a handle, a quote mark or
        // a comma ("'Hey Frank, my name is'"). After a word the greeting is a title's first word: the songs
        // "Hey Jude" and "Dear Mama" in "sang Hey Jude", "his first hit was Dear Mama".
        var c = candidate;
        int p = c.First - 1;
        if (!PersonNames.IsGreeting(document.Word(c.First)) || (p >= c.SegmentFirst && document.Tokens[p].Kind == TokenKind.Word))
        {
            return true;
        }

        if (c.First == c.Last || EdgeTrimRule.AllCommonWords(c.First + 1, c.Last, document.Info))
        {
            return false;
        }

        candidate = c with { First = c.First + 1 };
        return true;
    }
}
