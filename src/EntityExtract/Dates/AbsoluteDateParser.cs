using EntityExtract.Tokenization;

namespace EntityExtract.Dates;

/// <summary>
/// Parses fully specified calendar dates written as tokens: "Thursday, December 11, 2025",
/// "Dec. 11, 2025", "11 December 2025", "2025-12-11", "12/11/2025". Stateless and thread-safe.
/// </summary>
internal static class AbsoluteDateParser
{
    /// <summary>Tries to read a full date starting at token <paramref name="index"/>.</summary>
    /// <returns><see langword="true"/> with the date and the number of tokens it covers.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int index, DateOrder order, out DateOnly date, out int consumed)
    {
        date = default;
        consumed = 0;
        int i = index;
        if (i >= tokens.Length)
        {
            return false;
        }

        // Optional weekday and comma: "Thursday, December 11, 2025".
        if (tokens[i].Kind == TokenKind.Word && DateWords.Weekday(tokens[i].GetText(text)) is not null)
        {
            i++;
            if (i < tokens.Length && IsComma(text, tokens[i]))
            {
                i++;
            }
        }

        if (i >= tokens.Length)
        {
            return false;
        }

        var t = tokens[i];
        var s = t.GetText(text);
        if (t.Kind == TokenKind.Number)
        {
            if (TryParseNumeric(s, order, out date))
            {
                consumed = i + 1 - index;
                return true;
            }

            // "11 December 2025"
            if (TryDay(s, out int day) && i + 2 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word)
            {
                int month = DateWords.Month(tokens[i + 1].GetText(text));
                int j = i + 2;
                if (month > 0 && j < tokens.Length && IsComma(text, tokens[j]))
                {
                    j++;
                }

                if (month > 0 && j < tokens.Length && TryYear(tokens[j].GetText(text), out int year) && TryCreate(year, month, day, out date))
                {
                    consumed = j + 1 - index;
                    return true;
                }
            }

            return false;
        }

        if (t.Kind == TokenKind.Word)
        {
            // "December 11, 2025" / "Dec. 11 2025"
            int month = DateWords.Month(s);
            if (month == 0 || i + 2 >= tokens.Length || !TryDay(tokens[i + 1].GetText(text), out int day))
            {
                return false;
            }

            int j = i + 2;
            if (IsComma(text, tokens[j]))
            {
                j++;
            }

            if (j < tokens.Length && TryYear(tokens[j].GetText(text), out int year) && TryCreate(year, month, day, out date))
            {
                consumed = j + 1 - index;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses an all-numeric date: ISO "2025-12-11", compact "20251211", and "12/11/2025", "11.12.2025" or
    /// "11-12-2025", read by <paramref name="order"/> and falling back to the only valid reading.
    /// </summary>
    public static bool TryParseNumeric(ReadOnlySpan<char> s, DateOrder order, out DateOnly date)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        const System.Globalization.NumberStyles digits = System.Globalization.NumberStyles.None;
        date = default;
        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && int.TryParse(s[..4], digits, inv, out int y)
            && int.TryParse(s.Slice(5, 2), digits, inv, out int m)
            && int.TryParse(s.Slice(8, 2), digits, inv, out int d))
        {
            return TryCreate(y, m, d, out date);
        }

        // Compact yyyyMMdd, as wire-service headers write it; only plausible modern years, so that other
        // eight-digit numbers are not read as dates.
        if (s.Length == 8 && int.TryParse(s[..4], digits, inv, out y) && y is >= 1900 and <= 2099
            && int.TryParse(s.Slice(4, 2), digits, inv, out m) && int.TryParse(s.Slice(6, 2), digits, inv, out d))
        {
            return TryCreate(y, m, d, out date);
        }

        int sep1 = s.IndexOfAny('/', '.', '-');
        if (sep1 <= 0)
        {
            return false;
        }

        char separator = s[sep1];
        int sep2 = s[(sep1 + 1)..].IndexOf(separator);
        if (sep2 <= 0)
        {
            return false;
        }

        sep2 += sep1 + 1;
        if (sep1 > 2 || sep2 - sep1 - 1 > 2
            || !int.TryParse(s[..sep1], digits, inv, out int a)
            || !int.TryParse(s[(sep1 + 1)..sep2], digits, inv, out int b)
            || !TryYear(s[(sep2 + 1)..], out int year))
        {
            return false;
        }

        var (first, second) = order == DateOrder.MonthFirst ? (a, b) : (b, a);
        return TryCreate(year, first, second, out date) || TryCreate(year, second, first, out date);
    }

    /// <summary>
    /// Parses "12/12/25" or "12.12.25" into month, day and the two year digits, by <paramref name="order"/>, falling back
    /// to the only valid reading (checked against a leap year, so "2/29/25" passes here and fails on resolution).
    /// </summary>
    public static bool TryParseShortYear(ReadOnlySpan<char> s, DateOrder order, out int month, out int day, out int yy)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        month = day = yy = 0;
        if (s.Length is < 6 or > 8)
        {
            return false;
        }

        int sep1 = s.IndexOfAny('/', '.');
        if (sep1 is <= 0 or > 2)
        {
            return false;
        }

        int sep2 = s[(sep1 + 1)..].IndexOf(s[sep1]);
        if (sep2 is <= 0 or > 2)
        {
            return false;
        }

        sep2 += sep1 + 1;
        if (s.Length - sep2 - 1 != 2
            || !int.TryParse(s[..sep1], System.Globalization.NumberStyles.None, inv, out int a)
            || !int.TryParse(s[(sep1 + 1)..sep2], System.Globalization.NumberStyles.None, inv, out int b)
            || !int.TryParse(s[(sep2 + 1)..], System.Globalization.NumberStyles.None, inv, out yy))
        {
            return false;
        }

        var (first, second) = order == DateOrder.MonthFirst ? (a, b) : (b, a);
        if (TryCreate(2000, first, second, out _))
        {
            (month, day) = (first, second);
            return true;
        }

        if (TryCreate(2000, second, first, out _))
        {
            (month, day) = (second, first);
            return true;
        }

        return false;
    }

    public static bool TryYear(ReadOnlySpan<char> s, out int year)
    {
        year = 0;
        return s.Length == 4 && int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2999;
    }

    public static bool TryDay(ReadOnlySpan<char> s, out int day)
    {
        day = 0;

        // 11, 11th, 1st, 2nd, 3rd
        if (s.Length >= 3 && (s.EndsWith("st", StringComparison.OrdinalIgnoreCase) || s.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || s.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || s.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            s = s[..^2];
        }

        return s.Length is 1 or 2 && int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsComma(ReadOnlySpan<char> text, TextToken token) => token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] == ',';
}
