using EntityExtract.Entities.Typing;
using EntityExtract.Internal;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Karlsruhe of Germany", "Espanyol of Barcelona": a one-word proper name (a word running text writes
/// capitalized, not part of a known multi-word name, not a head noun like "Bank of England" or "University of
/// Chicago" have), "of" and a place of the gazetteer is an organization and the place it comes from (sports
/// and news style), two mentions.
/// </summary>
internal sealed class ClubOfCountryRule : IDocumentRule
{
    private static readonly WordSet OfHeadNouns = WordList.Load("entity-of-head-nouns");

    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        const int placeUnit = 1 << (4 + NerLabels.Unit);
        var text = document.Text.AsSpan();
        var tokens = document.Tokens;
        var info = document.Info;
        var result = new List<NerCandidate>(candidates.Count + 4);
        foreach (var c in candidates)
        {
            result.Add(c);
            if (c.Type != MentionType.Organization || c.Last != c.First + 2 || c.Last >= info.Length || tokens[c.First + 1].GetText(text) is not "of")
            {
                continue;
            }

            var club = info[c.First];
            var word = tokens[c.First].GetText(text);
            if (club.Lexicon is LexiconClass.Capitalized or LexiconClass.Unknown && (club.Flags & NerFeatures.FlagAllCaps) == 0 && (club.Gazetteer & HeadlineSpanRule.MultiWordParts) == 0
                && (info[c.Last].Gazetteer & placeUnit) != 0 && !PersonNames.IsTitle(word) && !OfHeadNouns.Contains(word) && !OrganizationNames.IsSuffix(word))
            {
                result[^1] = c with { Last = c.First };
                result.Add(c with { Type = MentionType.Place, First = c.Last });
            }
        }

        candidates.Clear();
        candidates.AddRange(result);
    }
}
