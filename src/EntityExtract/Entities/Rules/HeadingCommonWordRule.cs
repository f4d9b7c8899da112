using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// A heading capitalizes every word, so a run of common words there looks like a name to the tagger
/// ("4. Gunpowder Diplomacy", "Rooting Out Evil"). A heading names the people its section writes about, so
/// a person mention there with no evidence of a name is dropped: one of its words at least is one that
/// running text writes in lower case, and each is that or one the lexicon does not know (not MostlyLower or
/// capitalized: "Brown", "Grant" are often names; a line of unknown words, "1. Mika Hakkinen", is kept),
/// that the document never capitalizes in the middle of a running-text sentence, that is no given name and
/// that no known person name contains. Its line must be a heading: a Title Case line
/// (<see cref="HeadlineLines"/>) or a numbered one ("4. Title Case Words": a list number, then capitalized
/// words), either with no number, bracket or final stop after the list number (a results table or a sentence).
/// </summary>
internal sealed class HeadingCommonWordRule : IDocumentRule
{
    // Gazetteer bits of the person kind (kind 0, parts Begin/Inside/Last/Unit): a known person name.
    private const int PersonParts = 0xF;

    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        var info = document.Info;
        for (int k = candidates.Count - 1; k >= 0; k--)
        {
            var c = candidates[k];
            if (c.Type != MentionType.Person || c.Last >= info.Length || !AllCommonWords(document, c.First, c.Last))
            {
                continue;
            }

            if (IsHeadingLine(document, c.First))
            {
                candidates.RemoveAt(k);
            }
        }
    }

    private static bool AllCommonWords(in CandidateDocument document, int first, int last)
    {
        var info = document.Info;
        var tokens = document.Tokens;
        bool lower = false;
        for (int i = first; i <= last; i++)
        {
            lower |= info[i].Lexicon == LexiconClass.Lower;
            ref readonly var t = ref info[i];
            if (tokens[i].Kind != TokenKind.Word || t.Lexicon is not (LexiconClass.Lower or LexiconClass.Unknown) || (t.Gazetteer & PersonParts) != 0
                || (t.Flags & (NerFeatures.FlagCapitalized | NerFeatures.FlagAllCaps | NerFeatures.FlagDocCapitalizedMid)) != NerFeatures.FlagCapitalized)
            {
                return false;
            }

            var word = document.Word(i);
            if (GivenNames.IsFemale(word) || GivenNames.IsMale(word))
            {
                return false;
            }
        }

        return lower;
    }

    /// <summary>Whether the text line holding token <paramref name="index"/> is a Title Case or numbered heading.</summary>
    private static bool IsHeadingLine(in CandidateDocument document, int index)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        int lineStart = text.LastIndexOf('\n', tokens[index].Start) + 1;
        int lineEnd = text.IndexOf('\n', tokens[index].End);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        int first = index, end = index + 1;
        while (first > 0 && tokens[first - 1].Start >= lineStart)
        {
            first--;
        }

        while (end < tokens.Length && tokens[end].End <= lineEnd)
        {
            end++;
        }

        // "4. Gunpowder Diplomacy", "2) Outlook": a short list number and its dot or bracket may open the line.
        bool numbered = end - first >= 3 && tokens[first].Kind == TokenKind.Number && tokens[first].Length <= 2 && document.Word(first + 1) is "." or ")";
        int words = numbered ? first + 2 : first;

        // A heading is words: a results table's line ("2. Jearl Miles (U.S.) 50.42") has brackets and numbers,
        // a sentence its final stop.
        var info = document.Info;
        for (int i = words; i < end; i++)
        {
            if (tokens[i].Kind is TokenKind.Number || document.Word(i) is "(" or ")" or "[" or "]")
            {
                return false;
            }

            if (numbered && tokens[i].Kind == TokenKind.Word && info[i].Length > 3 && (info[i].Flags & NerFeatures.FlagCapitalized) == 0)
            {
                return false;
            }
        }

        if (end <= words || document.Word(end - 1) is "." or "!" or "?")
        {
            return false;
        }

        return numbered || HeadlineLines.IsHeadline(info, words, end);
    }
}
