using System.Collections.Frozen;
using EntityExtract.Internal;

namespace EntityExtract.Tokenization;

/// <summary>Month and weekday names, full and abbreviated, as English news writes them.</summary>
internal static class DateWords
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    // The full names as sets matched ignoring case, for the word classes that include them (Grammar/GrammarWords).
    private static readonly WordSet MonthSet = new("month-names", Months.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly WordSet WeekdaySet = new("weekday-names", Weekdays.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The twelve month names, January first, in lower case.</summary>
    public static IReadOnlyList<string> MonthNames => Months;

    /// <summary>The seven weekday names, Sunday first (as <see cref="DayOfWeek"/>), in lower case.</summary>
    public static IReadOnlyList<string> WeekdayNames => Weekdays;

    /// <summary>Whether <paramref name="word"/> is a full month name ("March", "may"), ignoring case; no abbreviations, no dot.</summary>
    public static bool IsMonthName(ReadOnlySpan<char> word) => MonthSet.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a full weekday name ("Monday", "friday"), ignoring case; no abbreviations, no dot.</summary>
    public static bool IsWeekdayName(ReadOnlySpan<char> word) => WeekdaySet.Contains(word);

    /// <summary>Returns the month 1-12 that <paramref name="word"/> names (full or abbreviated, with or without a dot), or 0.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }

        if (word.Length < 3 || word.Length > 9)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        for (int m = 0; m < Months.Length; m++)
        {
            var name = Months[m].AsSpan();
            if (lower.SequenceEqual(name))
            {
                return m + 1;
            }

            // Abbreviations: Jan, Feb, Sept, Sep ... (never "May" shortened, never "mar" inside words).
            if (lower.Length is 3 or 4 && lower.Length < name.Length && name.StartsWith(lower))
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>Returns the weekday that <paramref name="word"/> names (full or abbreviated), or <see langword="null"/>.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }

        if (word.Length < 3 || word.Length > 9)
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        for (int d = 0; d < Weekdays.Length; d++)
        {
            var name = Weekdays[d].AsSpan();
            if (lower.SequenceEqual(name) || (lower.Length is 3 or 4 && name.StartsWith(lower)))
            {
                return (DayOfWeek)d;
            }
        }

        return null;
    }

    /// <summary>Whether a whole line holds only a date: weekday and month names, numbers, commas, dots and dashes, with a year.</summary>
    public static bool IsDateLine(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> unit)
    {
        if (unit.Length > 12)
        {
            return false;
        }

        bool year = false;
        foreach (var token in unit)
        {
            var t = token.GetText(text);
            switch (token.Kind)
            {
                case TokenKind.Number:
                    if (t.Length >= 4 && IsYearLike(t))
                    {
                        year = true;
                    }

                    break;
                case TokenKind.Punctuation:
                case TokenKind.Dash:
                    break;
                case TokenKind.Word:
                    if (Month(t) == 0 && Weekday(t) is null)
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return year;
    }

    private static bool IsYearLike(ReadOnlySpan<char> t)
    {
        // 2025, 2025-12-11, 12/11/2025
        int digits = 0;
        foreach (char c in t)
        {
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            if (digits == 4)
            {
                return true;
            }
        }

        return false;
    }
}
