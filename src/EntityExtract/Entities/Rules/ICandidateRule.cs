namespace EntityExtract.Entities.Rules;

/// <summary>
/// A recognition rule that looks at one candidate and its neighbourhood: it may move the candidate's edges,
/// change its type, or drop it. Candidate rules run one candidate at a time, all of them on one candidate
/// before the next (see <see cref="EachCandidate"/>). Implementations are stateless and thread-safe.
/// </summary>
internal interface ICandidateRule
{
    /// <summary>Fixes <paramref name="candidate"/>; returns <see langword="false"/> to drop it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="candidate">The candidate, as the earlier rules left it.</param>
    /// <param name="previousLast">The last token of the previous kept candidate, or -1.</param>
    bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast);
}
