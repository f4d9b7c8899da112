namespace EntityExtract.Entities.Resolution;

/// <summary>The text forms resolution compares names by: the normalized name, its initials, an acronym's letters.</summary>
internal static class NameText
{
    private static readonly Internal.WordSet InitialsSkipWords = Internal.WordList.Load("entity-name-initials-skip-words");

    /// <summary>The name without a possessive ending, with runs of whitespace as one space.</summary>
    public static string Normalize(string name)
    {
        var span = name.AsSpan().Trim();
        foreach (var ending in (ReadOnlySpan<string>)["'s", "\u2019s", "'", "\u2019"])
        {
            if (span.Length > ending.Length + 1 && span.EndsWith(ending, StringComparison.Ordinal))
            {
                span = span[..^ending.Length].TrimEnd();
                break;
            }
        }

        return string.Join(' ', span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>2 to 8 capital letters, optionally dotted or with an ampersand ("KCNA", "U.N.", "AT&amp;T").</summary>
    public static bool IsAcronym(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    /// <summary>The letters of an acronym ("U.N." gives "UN").</summary>
    public static string Letters(string acronym) => string.Concat(acronym.Where(char.IsLetter));

    /// <summary>The capitalized initials of a name's words, skipping function words; a hyphenated word gives one initial per part.</summary>
    public static string Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (InitialsSkipWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            foreach (string part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (char.IsLetter(part[0]))
                {
                    initials.Append(char.ToUpperInvariant(part[0]));
                }
            }
        }

        return initials.ToString();
    }

    /// <summary>The number of words of a normalized name.</summary>
    public static int WordCount(string name) => name.Count(static c => c == ' ') + 1;
}
