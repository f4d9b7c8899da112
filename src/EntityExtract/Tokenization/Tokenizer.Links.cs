namespace EntityExtract.Tokenization;

// The scanners for e-mail addresses and URLs: one token class each, kept apart from the word and number
// scanners in Tokenizer.cs so that each file stays readable.
public ref partial struct Tokenizer
{
    // jane.doe@example.com: the local part's dots would otherwise end the word early. The look-ahead is bounded.
    private static bool TryScanEmailAhead(ReadOnlySpan<char> text, int start, out int length)
    {
        length = 0;
        int limit = Math.Min(text.Length, start + 64);
        for (int i = start; i < limit; i++)
        {
            char c = text[i];
            if (c == '@')
            {
                if (i > start && text[i - 1] != '.' && TryScanEmail(text, start, i, out int end))
                {
                    length = end - start;
                    return true;
                }

                return false;
            }

            if (!IsLocalPartChar(c))
            {
                return false;
            }
        }

        return false;
    }

    // The units a plain local part (before the @) may hold.
    private static bool IsLocalPartChar(char c) => CharClasses.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '-';

    private static bool TryScanEmail(ReadOnlySpan<char> text, int start, int at, out int end)
    {
        end = at;
        int i = at + 1;
        int lastDot = -1;
        while (i < text.Length && (CharClasses.IsAsciiLetterOrDigit(text[i]) || text[i] == '-' || (text[i] == '.' && i + 1 < text.Length && CharClasses.IsAsciiLetterOrDigit(text[i + 1]))))
        {
            if (text[i] == '.')
            {
                lastDot = i;
            }

            i++;
        }

        if (lastDot < 0 || lastDot <= at + 1)
        {
            return false;
        }

        // The local part may hold dots, pluses and underscores that ScanWord stopped at; accept only plain local parts.
        for (int k = start; k < at; k++)
        {
            if (!IsLocalPartChar(text[k]))
            {
                return false;
            }
        }

        end = i;
        return true;
    }

    private static bool TryScanUrl(ReadOnlySpan<char> text, int start, out int length)
    {
        length = 0;
        var rest = text[start..];
        int prefix;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 7;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 4;
        }
        else
        {
            return false;
        }

        int i = prefix;
        while (i < rest.Length && i < MaxTokenLength)
        {
            var cls = CharClasses.Of(rest[i]);
            if (cls is CharClass.Space or CharClass.NewLine or CharClass.Quote or CharClass.Dash || rest[i] == '<' || rest[i] == '>')
            {
                break;
            }

            i++;
        }

        // Trailing sentence punctuation is not part of the address.
        while (i > prefix && ".,;:!?)]}'’".Contains(rest[i - 1]))
        {
            i--;
        }

        if (i == prefix)
        {
            return false;
        }

        length = i;
        return true;
    }
}
