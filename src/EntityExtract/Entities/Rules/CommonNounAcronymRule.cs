using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "a multiple rocket launcher system (MLRS)": an acronym defined right after a lower-case phrase whose
/// initials it spells abbreviates a common noun, not a name (Schwartz &amp; Hearst 2003 find the long
/// form the same way; here its case decides). Every mention of that acronym in the document is dropped.
/// </summary>
internal sealed class CommonNounAcronymRule : IDocumentRule
{
    // Function words that give no initial in a lower-case long form (fewer than names skip: see
    // Resolution/NameText.Initials, which also skips name particles).
    private static readonly string[] FunctionWords = ["of", "and", "the", "for", "to", "in", "on", "&"];

    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        HashSet<string>? common = null;
        foreach (var c in candidates)
        {
            if (c.First != c.Last || c.First < 2 || c.Last + 1 >= tokens.Length)
            {
                continue;
            }

            var acronym = tokens[c.First].GetText(text);
            if (tokens[c.First - 1].GetText(text) is not "(" || tokens[c.Last + 1].GetText(text) is not ")" || !IsAcronym(acronym))
            {
                continue;
            }

            if (SpellsLowerCasePhrase(text, tokens, c.First - 2, c.SegmentFirst, acronym))
            {
                (common ??= new HashSet<string>(StringComparer.Ordinal)).Add(acronym.ToString());
            }
        }

        if (common is not null)
        {
            int kept = 0;
            for (int k = 0; k < candidates.Count; k++)
            {
                var c = candidates[k];
                if (c.First != c.Last || !common.Contains(text.Substring(tokens[c.First].Start, tokens[c.First].Length)))
                {
                    candidates[kept++] = c;
                }
            }

            candidates.RemoveRange(kept, candidates.Count - kept);
        }
    }

    /// <summary>
    /// Whether the lower-case words ending at token <paramref name="end"/> have the letters of
    /// <paramref name="acronym"/> as initials, function words skipped. The letters may come in another
    /// order: writers expand an acronym loosely ("multiple rocket launcher system (MLRS)" for Multiple
    /// Launch Rocket System), and the lower case is the evidence that counts here.
    /// </summary>
    private static bool SpellsLowerCasePhrase(string text, ReadOnlySpan<TextToken> tokens, int end, int segmentFirst, ReadOnlySpan<char> acronym)
    {
        var letters = new List<char>();
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                letters.Add(char.ToLowerInvariant(c));
            }
        }

        var initials = new List<char>();
        for (int t = end; t >= segmentFirst && initials.Count < letters.Count; t--)
        {
            var word = tokens[t].GetText(text);
            if (tokens[t].Kind != TokenKind.Word || !char.IsLower(word[0]))
            {
                return false;
            }

            // "surface-to-air missile (SAM)": each part of a hyphenated word gives an initial.
            var parts = word.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (int p = parts.Length - 1; p >= 0; p--)
            {
                if (Array.IndexOf(FunctionWords, parts[p]) < 0)
                {
                    initials.Add(parts[p][0]);
                }
            }
        }

        if (initials.Count != letters.Count)
        {
            return false;
        }

        letters.Sort();
        initials.Sort();
        return letters.SequenceEqual(initials);
    }

    /// <summary>2 to 8 ASCII capitals, optionally dotted.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }
}
