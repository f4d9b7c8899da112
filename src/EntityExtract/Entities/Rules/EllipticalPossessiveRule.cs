using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Practice at Lord's", "(at Lord's, London)", "Sotheby's said": a possessive that no noun follows is
/// elliptical (Lord's ground, Sotheby's auction house) and is part of the name, as CoNLL-2003 and OntoNotes
/// mark it; the recognizer strips every possessive, which is right only when a noun follows ("Kim's
/// decision"). Taken when punctuation or the end of the segment follows, for a place or an organization,
/// or for a person name after a preposition of place ("at McDonald's."): "the decision was Kim's." stays Kim.
/// </summary>
internal sealed class EllipticalPossessiveRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        var tokens = document.Tokens;
        int clitic = c.Last + 1;
        if (clitic >= c.SegmentEnd || clitic >= tokens.Length || tokens[clitic].HasSpaceBefore || document.Word(clitic) is not ("'s" or "\u2019s"))
        {
            return true;
        }

        int after = clitic + 1;
        // Punctuation must follow: a possessive at a line or paragraph end with no stop ("France's\n\nwon the
        // 400m", where a linked name dropped out of the text) is a possessive whose noun is missing.
        bool elliptical = after < c.SegmentEnd && after < tokens.Length
            && tokens[after].Kind == TokenKind.Punctuation && document.Word(after) is not "(" and not "[";
        bool placeLike = c.Type != MentionType.Person || document.AfterPlacePreposition(c.First, capitalized: false);
        if (elliptical && placeLike)
        {
            candidate = c with { Last = clitic };
        }

        return true;
    }
}
