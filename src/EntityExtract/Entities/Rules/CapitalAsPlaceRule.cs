using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// A capital used for its government ("Pyongyang has ignored", "Washington said") is still a place (ACE 2005
/// GPE, CoNLL-2003 LOC): a one-word organization whose text is a national capital becomes a place.
/// </summary>
internal sealed class CapitalAsPlaceRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        if (candidate.Type == MentionType.Organization && candidate.First == candidate.Last && PlaceNames.IsCapital(document.Word(candidate.First)))
        {
            candidate = candidate with { Type = MentionType.Place };
        }

        return true;
    }
}
