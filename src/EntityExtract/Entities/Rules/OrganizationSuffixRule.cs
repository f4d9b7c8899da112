using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// A person or place of two words or more that ends in a company form or an institution noun ("Pirelli
/// SpA", "All-England Club", "World Boxing Council") is an organization, whatever the words before it.
/// </summary>
internal sealed class OrganizationSuffixRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        if (candidate.Type != MentionType.Organization && candidate.Last > candidate.First && OrganizationNames.IsSuffix(document.Word(candidate.Last)))
        {
            candidate = candidate with { Type = MentionType.Organization };
        }

        return true;
    }
}
