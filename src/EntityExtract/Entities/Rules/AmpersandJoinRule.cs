using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// Two names joined by "&amp;" are one firm ("Johnson &amp; Johnson", "Marks &amp; Spencer", "Procter &amp;
/// Gamble"): running text joins people with "and", and the ampersand belongs to company names. Two full names
/// are two people, as in a double act ("Matt Lucas &amp; David Walliams"); two places stay places ("Serbia
/// &amp; Montenegro", "Trinidad &amp; Tobago"). A handle or hashtag is one account or topic on its own: "@SenJohnMcCain
/// &amp; @JayCarney" are two accounts (the Broad Twitter Corpus, 7 such pairs).
/// </summary>
internal sealed class AmpersandJoinRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        for (int i = candidates.Count - 2; i >= 0; i--)
        {
            var a = candidates[i];
            var b = candidates[i + 1];
            if (b.First == a.Last + 2 && b.SegmentFirst == a.SegmentFirst && document.Word(a.Last + 1) is "&"
                && (a.First == a.Last || b.First == b.Last) && !(a.Type == MentionType.Place && b.Type == MentionType.Place)
                && !Handles.IsTag(document.Tokens[a.Last], document.Text) && !Handles.IsTag(document.Tokens[b.First], document.Text))
            {
                candidates[i] = a with { Type = MentionType.Organization, Last = b.Last };
                candidates.RemoveAt(i + 1);
            }
        }
    }
}
