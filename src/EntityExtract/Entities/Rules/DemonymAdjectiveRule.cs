using EntityExtract.Entities.Typing;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "a South Korean official": a mention ending in a nationality adjective and followed by a lower-case
/// word is an adjective phrase (CoNLL MISC), not a name, and is dropped.
/// </summary>
internal sealed class DemonymAdjectiveRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        int next = c.Last + 1;
        if (next >= c.SegmentEnd || next >= document.Tokens.Length || document.Tokens[next].Kind != TokenKind.Word)
        {
            return true;
        }

        var following = document.Word(next);
        return following.Length == 0 || !char.IsLower(following[0]) || !Nationalities.IsDemonym(document.Word(c.Last));
    }
}
