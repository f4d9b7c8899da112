using EntityExtract.Entities.Typing;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Henry VIII", "Charles VI": a regnal number after a one-word person name belongs to it (the tagger
/// leaves it out as an unknown word). "I" is taken only after a title ("Queen Elizabeth I"), where it cannot
/// be the pronoun.
/// </summary>
internal sealed class RegnalNumberRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        var tokens = document.Tokens;
        int next = c.Last + 1;
        if (c.Type != MentionType.Person || c.First != c.Last || next >= c.SegmentEnd || next >= tokens.Length || tokens[next].Kind != TokenKind.Word)
        {
            return true;
        }

        var word = document.Word(next);
        bool roman = word.Length is >= 1 and <= 4 && !word.ContainsAnyExcept('I', 'V', 'X');
        bool titled = c.First > 0 && PersonNames.IsTitle(document.Word(c.First - 1));
        if (roman && (word.Length >= 2 || titled))
        {
            candidate = c with { Last = next };
        }

        return true;
    }
}
