namespace EntityExtract.Entities.Resolution;

/// <summary>The text forms resolution compares names by: the normalized name, its initials, an acronym's letters.</summary>
internal static class NameText
{
    private static readonly Internal.WordSet InitialsSkipWords = Internal.WordList.Load("entity-name-initials-skip-words");

    /// <summary>The name without a possessive ending, with runs of whitespace as one space.</summary>
    public static string Normalize(string name)
    {
        var span = name.AsSpan().Trim();

        // A hashtag names what its body names (issue 13): "#Pistorius" and "Pistorius" in one post are one person,
        // and "#Brisbane" is geocoded as Brisbane. A handle is the account's name ("@Reuters" and "Reuters" are one
        // organization), whose body may start with a digit ("@4corners").
        if (span.Length > 1 && ((span[0] == '#' && char.IsLetter(span[1])) || (span[0] == '@' && char.IsLetterOrDigit(span[1]))))
        {
            span = span[1..];
        }

        bool changed = span.Length != name.Length;
        foreach (var ending in (ReadOnlySpan<string>)["'s", "\u2019s", "'", "\u2019"])
        {
            if (span.Length > ending.Length + 1 && span.EndsWith(ending, StringComparison.Ordinal))
            {
                span = span[..^ending.Length].TrimEnd();
                changed = true;
                break;
            }
        }

        // Most names are already normal ("Kim Jong Un"): the rules normalize every mention several times, and
        // returning the name itself keeps that from allocating (resolution allocated 37 bytes per byte of text; issue 14).
        if (!changed && IsSingleSpaced(span))
        {
            return name;
        }

        return string.Join(' ', span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // Whether every white-space character of a trimmed name is a lone ' ' (so that splitting and joining would give it back).
    private static bool IsSingleSpaced(ReadOnlySpan<char> name)
    {
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                if (c != ' ' || space)
                {
                    return false;
                }

                space = true;
            }
            else
            {
                space = false;
            }
        }

        return true;
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
    public static string Letters(string acronym)
    {
        Span<char> letters = acronym.Length <= 64 ? stackalloc char[64] : new char[acronym.Length];
        int count = 0;
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                letters[count++] = c;
            }
        }

        return letters[..count].ToString();
    }

    /// <summary>The capitalized initials of a name's words, skipping function words; a hyphenated word gives one initial per part.</summary>
    public static string Initials(string name)
    {
        // Spans and stack buffers: called for every mention of a document (issue 14: resolution's allocations).
        Span<char> initials = name.Length <= 128 ? stackalloc char[128] : new char[name.Length];
        Span<char> lower = stackalloc char[64];
        int count = 0;
        var words = name.AsSpan();
        foreach (var w in words.Split(' '))
        {
            var word = words[w];
            if (word.IsEmpty)
            {
                continue;
            }

            bool skip = word.Length <= lower.Length
                ? InitialsSkipWords.Contains(lower[..word.ToLowerInvariant(lower)])
                : InitialsSkipWords.Contains(word.ToString().ToLowerInvariant());
            if (skip)
            {
                continue;
            }

            foreach (var p in word.Split('-'))
            {
                var part = word[p];
                if (!part.IsEmpty && char.IsLetter(part[0]))
                {
                    initials[count++] = char.ToUpperInvariant(part[0]);
                }
            }
        }

        return initials[..count].ToString();
    }

    /// <summary>The number of words of a normalized name.</summary>
    public static int WordCount(string name) => name.Count(static c => c == ' ') + 1;
}
