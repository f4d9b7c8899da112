using EntityExtract.Entities.Typing;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Jonathan M. Stan", "George W Bush": the tagger, reading the lone capital as no name word, cuts a person's
/// name in two around a middle initial ("Jonathan" and "Stan", or the organization "George" and the person
/// "Bush"). Two names in one segment with nothing but an initial between them, one of them a person and the first
/// no longer than two words, are one person. The initial is one capital letter with its full stop, or without it
/// but not "A" or "I" (words of their own); spaced from both names.
/// Issue 13, measured on the development suite (docs/entities.md, "Sixth round").
/// </summary>
internal sealed class MiddleInitialRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        for (int i = candidates.Count - 2; i >= 0; i--)
        {
            var a = candidates[i];
            var b = candidates[i + 1];
            if (b.First != a.Last + 2 || b.SegmentFirst != a.SegmentFirst || a.Last - a.First > 1
                || (a.Type != MentionType.Person && b.Type != MentionType.Person)
                || !IsMiddleInitial(document, a.Last + 1)
                || !TextScan.IsCapitalizedWord(document.Tokens[a.Last], document.Text) || !TextScan.IsCapitalizedWord(document.Tokens[b.First], document.Text)
                || !document.Tokens[b.First].HasSpaceBefore)
            {
                continue;
            }

            candidates[i] = a with { Type = MentionType.Person, Last = b.Last };
            candidates.RemoveAt(i + 1);
        }
    }

    private static bool IsMiddleInitial(in CandidateDocument document, int index)
    {
        var token = document.Tokens[index];
        var word = document.Word(index);
        if (token.Kind != TokenKind.Word || !token.HasSpaceBefore)
        {
            return false;
        }

        return PersonNames.IsBareInitial(word) || (word.Length == 2 && word[0] is >= 'A' and <= 'Z' && word[1] == '.');
    }
}
