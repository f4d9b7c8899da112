using EntityExtract.Entities.Typing;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "shares in Sony", "a stake in Yukos", "shares of Jones": what one holds shares or a stake in is a company,
/// even where the tagger, seeing a capitalized word after a preposition, found no name. One to three
/// capitalized words are taken; a person found there is retyped.
/// </summary>
internal sealed class ShareholdingRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        foreach (var segment in document.Segments)
        {
            int end = Math.Min(segment.EndToken, tokens.Length);
            for (int k = segment.FirstToken + 1; k + 1 < end; k++)
            {
                if (tokens[k].GetText(text) is not ("in" or "of") || !OrganizationNames.IsHoldingNoun(tokens[k - 1].GetText(text)))
                {
                    continue;
                }

                int first = k + 1;
                int last = first;
                while (last + 1 < end && last - first < 2 && TextScan.IsCapitalizedWord(tokens[last + 1], text))
                {
                    last++;
                }

                // Not a nationality adjective before a noun ("shares in Australian miners"), a hyphenated adjective
                // ("shares of France-registered Cofinec"), nor a lone letter.
                var word = tokens[first].GetText(text);
                int hyphen = word.LastIndexOf('-');
                if (!TextScan.IsCapitalizedWord(tokens[first], text) || word.Length < 2 || (hyphen >= 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]))
                    || (first == last && last + 1 < end && !TextScan.IsCapitalizedWord(tokens[last + 1], text) && tokens[last + 1].Kind == TokenKind.Word
                        && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal))))
                {
                    continue;
                }

                int at = 0;
                while (at < candidates.Count && candidates[at].Last < first)
                {
                    at++;
                }

                if (at < candidates.Count && candidates[at].First <= last)
                {
                    // A name is already there: it is the company ("shares in Guidant", tagged a person).
                    if (candidates[at].Type == MentionType.Person && candidates[at].First == first)
                    {
                        candidates[at] = candidates[at] with { Type = MentionType.Organization };
                    }

                    continue;
                }

                candidates.Insert(at, new NerCandidate(MentionType.Organization, first, last, segment.FirstToken, segment.EndToken));
            }
        }
    }
}
