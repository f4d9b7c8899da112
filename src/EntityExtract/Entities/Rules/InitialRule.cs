using EntityExtract.Entities.Typing;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "R Kelly", "J Smith": British and web text write a person's initial without its full stop, and the tagger
/// (trained on Reuters 1996, which writes "R. Kelly") leaves the lone capital out of the name. A person
/// candidate takes one capital letter right before it, a word of its own spaced from both sides, except "A"
/// and "I", which are words, and a middle initial after a capitalized word ("George W Bush"), which the tagger
/// cut around.
/// Issue 13, measured on the development suite (docs/entities.md, "Initials").
/// </summary>
internal sealed class InitialRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        int p = c.First - 1;
        if (c.Type != MentionType.Person || p < c.SegmentFirst || p <= previousLast || !document.Tokens[c.First].HasSpaceBefore)
        {
            return true;
        }

        var token = document.Tokens[p];
        if (token.Kind != TokenKind.Word || !PersonNames.IsBareInitial(document.Word(p)) || (p > c.SegmentFirst && !token.HasSpaceBefore))
        {
            return true;
        }

        // A middle initial ("George W Bush", "Walter M Phillips Jr"): the tagger cut the name in two around it, and
        // taking the initial alone would only move the cut ("W Bush"); MiddleInitialRule joins the two names.
        if (p > c.SegmentFirst && TextScan.IsCapitalizedWord(document.Tokens[p - 1], document.Text))
        {
            return true;
        }

        candidate = c with { First = p };
        return true;
    }
}
