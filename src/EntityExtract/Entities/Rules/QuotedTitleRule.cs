using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "his film \" Michael Collins \"", "appearances in \" Lawrence of Arabia \"": a short Title Case phrase
/// between quotation marks is the title of a work (CoNLL MISC), and the names inside it name no person,
/// place or organization of the story. A quoted phrase with a lower-case word of four letters or more is
/// speech or a nickname and is left alone.
/// </summary>
internal sealed class QuotedTitleRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        var text = document.Text.AsSpan();
        var tokens = document.Tokens;

        // Double and single quotation marks pair separately; a closing mark ends its pair whatever it holds.
        List<(int First, int Last)>? titles = null;
        int openDouble = -1, openSingle = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Quote)
            {
                continue;
            }

            bool single = tokens[t].GetText(text) is "'" or "\u2018" or "\u2019";
            int open = single ? openSingle : openDouble;
            if (open >= 0 && t - open >= 2 && t - open <= 9 && IsTitleCase(text, tokens, open + 1, t - 1))
            {
                (titles ??= []).Add((open + 1, t - 1));
            }

            open = open >= 0 ? -1 : t;
            if (single)
            {
                openSingle = open;
            }
            else
            {
                openDouble = open;
            }
        }

        if (titles is null)
        {
            return;
        }

        // Both lists are in document order: one pass.
        int q = 0, kept = 0;
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            while (q < titles.Count && titles[q].Last < c.First)
            {
                q++;
            }

            if (q >= titles.Count || titles[q].First > c.First || c.Last > titles[q].Last)
            {
                candidates[kept++] = c;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private static bool IsTitleCase(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int first, int last)
    {
        if (tokens[first].Kind != TokenKind.Word || !char.IsUpper(tokens[first].GetText(text)[0]))
        {
            return false;
        }

        for (int t = first; t <= last; t++)
        {
            var word = tokens[t].GetText(text);
            if (tokens[t].Kind is TokenKind.Punctuation && word is "." or "," or "?" or "!" or ";")
            {
                return false;
            }

            if (tokens[t].Kind == TokenKind.Word && word.Length >= 4 && char.IsLower(word[0]))
            {
                return false;
            }
        }

        return true;
    }
}
