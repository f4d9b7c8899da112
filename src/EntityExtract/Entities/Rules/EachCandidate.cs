namespace EntityExtract.Entities.Rules;

/// <summary>
/// Runs a list of <see cref="ICandidateRule"/>s over every candidate, in list order, one candidate at a time;
/// a candidate that a rule drops is seen by no later rule.
/// </summary>
internal sealed class EachCandidate(params ICandidateRule[] rules) : IDocumentRule
{
    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<ICandidateRule> Rules => rules;

    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        int kept = 0;
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            int previousLast = kept > 0 ? candidates[kept - 1].Last : -1;
            bool keep = true;
            foreach (var rule in rules)
            {
                if (!rule.Apply(document, ref c, previousLast))
                {
                    keep = false;
                    break;
                }
            }

            if (keep)
            {
                candidates[kept++] = c;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }
}
