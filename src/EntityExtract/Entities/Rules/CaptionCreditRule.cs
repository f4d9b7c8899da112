using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// A photo caption ends with its credit in brackets: a news agency ("(AFP)", "(Reuters)") but as often an
/// agency's code for the kind of photographer ("(STR)" for a stringer, "(HO)" for a handout), which the tagger,
/// seeing capitals, takes for an organization. A one-word organization in capitals, alone in brackets that
/// close the line, is kept only when something else says it is a name: the gazetteer knows it ("AFP", "AP"),
/// the document capitalizes it in running text elsewhere ("the KCNA said"), or it spells the initials of the
/// words just before the bracket ("Korean Central News Agency (KCNA)"); else it is dropped.
/// </summary>
internal sealed class CaptionCreditRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        var info = document.Info;
        var tokens = document.Tokens;
        string text = document.Text;
        for (int k = candidates.Count - 1; k >= 0; k--)
        {
            var c = candidates[k];
            int i = c.First;
            if (c.Type != MentionType.Organization || c.First != c.Last || i < 2 || i + 1 >= tokens.Length || i >= info.Length
                || (info[i].Flags & NerFeatures.FlagAllCaps) == 0 || tokens[i].Kind != TokenKind.Word
                || document.Word(i - 1) is not "(" || document.Word(i + 1) is not ")")
            {
                continue;
            }

            // The bracket closes the line: nothing but spaces up to the line break or the end of the text.
            int after = tokens[i + 1].End;
            while (after < text.Length && text[after] is ' ' or '\t' or '\r')
            {
                after++;
            }

            if (after < text.Length && text[after] != '\n')
            {
                continue;
            }

            if (info[i].Gazetteer != 0 || (info[i].Flags & NerFeatures.FlagDocCapitalizedMid) != 0 || SpellsInitials(document, i))
            {
                continue;
            }

            candidates.RemoveAt(k);
        }
    }

    /// <summary>Whether the capitals of token <paramref name="index"/> are the initials of the words before its bracket.</summary>
    private static bool SpellsInitials(in CandidateDocument document, int index)
    {
        var acronym = document.Word(index);
        int word = index - 2;
        for (int a = acronym.Length - 1; a >= 0; a--)
        {
            // Skip the short function words a name may hold ("Bank of England" → "BoE", "BOE").
            while (word >= 0 && document.Tokens[word].Kind == TokenKind.Word && document.Word(word) is "of" or "and" or "the" or "for" or "&")
            {
                word--;
            }

            if (word < 0 || document.Tokens[word].Kind != TokenKind.Word || char.ToUpperInvariant(document.Word(word)[0]) != acronym[a])
            {
                return false;
            }

            word--;
        }

        return true;
    }
}
