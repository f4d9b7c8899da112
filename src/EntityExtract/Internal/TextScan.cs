using EntityExtract.Tokenization;

namespace EntityExtract.Internal;

/// <summary>
/// Small readings of the raw text and its tokens that several rules share: the word one space before or
/// after an offset, whether a line starts at an offset, whether a token is a capitalized word. Stateless and
/// thread-safe; every method accepts any offset and answers "no" (or "") outside the text.
/// </summary>
internal static class TextScan
{
    /// <summary>A word token that starts with a capital.</summary>
    public static bool IsCapitalizedWord(TextToken token, string text)
        => token.Kind == TokenKind.Word && token.Length > 0 && char.IsUpper(text[token.Start]);

    /// <summary>No lower-case ASCII letter: in an ALL CAPS line the capitals of the neighbours say nothing.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word) => !word.ContainsAnyInRange('a', 'z');

    /// <summary>Whether only spaces or tabs stand between the start of a line and <paramref name="start"/>.</summary>
    public static bool LineStartsAt(ReadOnlySpan<char> text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || text[k] is '\n' or '\r';
    }

    /// <summary>
    /// The word (letters and hyphens) right before <paramref name="start"/>, one space apart, or "". A span of the
    /// text: the typing rules ask this for every mention, and a string each time was garbage (issue 14).
    /// </summary>
    public static ReadOnlySpan<char> WordBefore(string text, int start)
    {
        int end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return "";
        }

        int begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '-'))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin);
    }

    /// <summary>The word right after <paramref name="end"/> (past a possessive and one space), or "", as a span of the text.</summary>
    public static ReadOnlySpan<char> WordAfter(string text, int end)
    {
        int k = end;
        if (k + 1 < text.Length && text[k] is '\'' or '\u2019' && text[k + 1] == 's')
        {
            k += 2;
        }

        if (k >= text.Length || text[k] != ' ')
        {
            return "";
        }

        int begin = ++k;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return text.AsSpan(begin, k - begin);
    }

    /// <summary>Whether the word (letters only) right before <paramref name="start"/>, one space apart, is one of the two given words.</summary>
    public static bool PrecededBy(string text, int start, string word1, string word2)
    {
        int end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return false;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        var word = text.AsSpan(begin, end - begin);
        return word.SequenceEqual(word1) || word.SequenceEqual(word2);
    }
}
