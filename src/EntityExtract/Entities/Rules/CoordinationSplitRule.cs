using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Kansai Electric Power and Kansai International Airport", "IDLC, Bangladesh Lamps, Chittagong Cement and
/// Atlas Bangladesh": two names joined by "and" that the tagger ran together. Names that contain "and"
/// exist ("Securities and Exchange Commission", "State Law and Order Restoration Council"), so the mention
/// is split only on evidence of two names: both sides are two words or more and either the first side ends
/// in a company form ("Corp."), or both sides start with the same word, or the mention ends a list of
/// names (a comma and another mention right before it).
/// </summary>
internal sealed class CoordinationSplitRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        var text = document.Text.AsSpan();
        var tokens = document.Tokens;
        var result = new List<NerCandidate>(candidates.Count + 4);
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            result.Add(c);
            if (c.Type == MentionType.Person || c.Last - c.First < 4)
            {
                continue;
            }

            int and = -1;
            for (int t = c.First + 2; t <= c.Last - 2; t++)
            {
                if (tokens[t].GetText(text) is "and")
                {
                    and = and < 0 ? t : int.MaxValue;
                }
            }

            if (and is < 0 or int.MaxValue || !char.IsUpper(tokens[and + 1].GetText(text)[0]))
            {
                continue;
            }

            bool company = OrganizationNames.IsCompanyForm(tokens[and - 1].GetText(text));
            bool sameStart = tokens[c.First].GetText(text).SequenceEqual(tokens[and + 1].GetText(text));
            bool list = k > 0 && c.First >= 2 && tokens[c.First - 1].GetText(text) is "," && candidates[k - 1].Last == c.First - 2;
            if (company || sameStart || list)
            {
                result[^1] = c with { Last = and - 1 };
                result.Add(c with { First = and + 1 });
            }
        }

        candidates.Clear();
        candidates.AddRange(result);
    }
}
