using EntityExtract.Internal;

namespace EntityExtract.Tokenization;

/// <summary>
/// English abbreviations that end with a dot in news copy (AP and Reuters style guides: titles,
/// months, days, company suffixes, address and military ranks). Matched ordinally and case-sensitively.
/// </summary>
internal static class Abbreviations
{
    // Titles before a name: a sentence never ends after them (Resources/Lexicons/tokenization-title-abbreviations.txt).
    private static readonly WordSet Titles = WordList.Load("tokenization-title-abbreviations", ignoreCase: false);

    // Other abbreviations: a sentence may end after them when a capitalized function word follows
    // (Resources/Lexicons/tokenization-other-abbreviations.txt).
    private static readonly WordSet Others = WordList.Load("tokenization-other-abbreviations", ignoreCase: false);

    /// <summary>Whether <paramref name="word"/> (without its dot) is a known abbreviation.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length > 8 || word.IsEmpty)
        {
            return false;
        }

        if (IsListed(word))
        {
            return true;
        }

        // ALL-CAPS datelines and headlines: "DEC. 8", "GEN. LEE", looked up in title case.
        Span<char> title = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(word[i]))
            {
                return false;
            }

            title[i] = i == 0 ? word[i] : char.ToLowerInvariant(word[i]);
        }

        return word.Length >= 2 && IsListed(title);
    }

    /// <summary>Whether <paramref name="word"/> (without its dot) is a title that precedes a name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => word.Length <= 8 && Titles.Contains(word);

    private static bool IsListed(ReadOnlySpan<char> word) => Titles.Contains(word) || Others.Contains(word);
}
