using System.Globalization;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Dates;

/// <summary>Word lists for date patterns: counts, ordinals, units, seasons, relational words. Stateless and thread-safe.</summary>
internal static class DateLexicon
{
    // "zero" ... "twenty" in numeric order: an entry's index is its value (Resources/Lexicons/date-cardinals.txt).
    private static readonly IReadOnlyList<string> Cardinals = WordList.Lines("date-cardinals");

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    /// <summary>A count word or small number: "a", "an", "one" ... "twenty", "several" (as 0: unknown), "3". Returns -1 when it is none.</summary>
    public static int Count(ReadOnlySpan<char> w)
    {
        if (Is(w, "a") || Is(w, "an"))
        {
            return 1;
        }

        for (int i = 0; i < Cardinals.Count; i++)
        {
            if (Is(w, Cardinals[i]))
            {
                return i;
            }
        }

        if (w.Length is >= 1 and <= 3 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        return Is(w, "thirty") ? 30 : Is(w, "forty") ? 40 : Is(w, "fifty") ? 50 : Is(w, "several") || Is(w, "few") ? 0 : -1;
    }

    /// <summary>A spelled-out number 10-99 ("ten", "ninety", "ninety-six"), or -1.</summary>
    public static int Tens(ReadOnlySpan<char> w)
    {
        ReadOnlySpan<string> tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        int dash = w.IndexOf('-');
        var head = dash < 0 ? w : w[..dash];
        for (int i = 0; i < tens.Length; i++)
        {
            if (Is(head, tens[i]))
            {
                if (dash < 0)
                {
                    return (i + 2) * 10;
                }

                int unit = Count(w[(dash + 1)..]);
                return unit is >= 1 and <= 9 && char.IsLetter(w[^1]) ? ((i + 2) * 10) + unit : -1;
            }
        }

        int teen = Count(w);
        return teen is >= 10 and <= 19 && char.IsLetter(w[0]) ? teen : -1;
    }

    /// <summary>"twenties" ... "nineties" as 1920 ... 1990 (news of the corpus era means the twentieth century), else 0.</summary>
    public static int DecadeWord(ReadOnlySpan<char> w)
    {
        ReadOnlySpan<string> words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (int i = 0; i < words.Length; i++)
        {
            if (Is(w, words[i]))
            {
                return 1920 + (i * 10);
            }
        }

        return 0;
    }

    /// <summary>"first" ... "fourth" (also "1st" ... "4th") as 1-4, else 0.</summary>
    public static int Ordinal(ReadOnlySpan<char> w)
    {
        for (int i = 0; i < Ordinals.Length; i++)
        {
            if (Is(w, Ordinals[i]))
            {
                return i + 1;
            }
        }

        return Is(w, "1st") ? 1 : Is(w, "2nd") ? 2 : Is(w, "3rd") ? 3 : Is(w, "4th") ? 4 : 0;
    }

    /// <summary>A calendar unit, singular or plural as asked: day, week, weekend, month, quarter, year, decade, century.</summary>
    public static DateUnit? Unit(ReadOnlySpan<char> w, bool plural)
    {
        if (plural)
        {
            if (Is(w, "centuries"))
            {
                return DateUnit.Century;
            }

            if (w.Length < 4 || (w[^1] != 's' && w[^1] != 'S'))
            {
                return null;
            }

            w = w[..^1];
        }

        return w switch
        {
            _ when Is(w, "day") => DateUnit.Day,
            _ when Is(w, "week") => DateUnit.Week,
            _ when Is(w, "weekend") => DateUnit.Weekend,
            _ when Is(w, "month") => DateUnit.Month,
            _ when Is(w, "quarter") => DateUnit.Quarter,
            _ when Is(w, "year") => DateUnit.Year,
            _ when Is(w, "decade") => DateUnit.Decade,
            _ when Is(w, "century") && !plural => DateUnit.Century,
            _ => null,
        };
    }

    /// <summary>A season as TimeML orders them: spring 0, summer 1, fall/autumn 2, winter 3; -1 otherwise.</summary>
    public static int Season(ReadOnlySpan<char> w) =>
        Is(w, "spring") ? 0 : Is(w, "summer") ? 1 : Is(w, "fall") || Is(w, "autumn") ? 2 : Is(w, "winter") ? 3 : -1;

    /// <summary>
    /// The direction a relational word gives a period: "last", "past", "previous" -1; "this", "current" 0;
    /// "next", "coming" +1. <see langword="null"/> for other words.
    /// </summary>
    public static int? Relation(ReadOnlySpan<char> w) =>
        Is(w, "last") || Is(w, "past") || Is(w, "previous") ? -1
        : Is(w, "this") || Is(w, "current") ? 0
        : Is(w, "next") || Is(w, "coming") ? 1
        : null;

    /// <summary>Part-of-period words that TimeML keeps inside the TIMEX3 extent as a modifier (START, MID, END).</summary>
    public static bool IsPartModifier(ReadOnlySpan<char> w) =>
        Is(w, "early") || Is(w, "mid") || Is(w, "late") || Is(w, "earlier") || Is(w, "later") || Is(w, "middle");

    /// <summary>Approximators that TimeML keeps inside the extent (mod APPROX): "around Nov. 1".</summary>
    public static bool IsApproximator(ReadOnlySpan<char> w) => Is(w, "around") || Is(w, "approximately") || Is(w, "sometime");

    /// <summary>"end", "beginning", "start", "middle", "close" in "the end of 1990".</summary>
    public static bool IsPartNoun(ReadOnlySpan<char> w) =>
        Is(w, "end") || Is(w, "beginning") || Is(w, "start") || Is(w, "middle") || Is(w, "close");

    /// <summary>Day parts that may follow a weekday inside a DATE extent ("Tuesday morning").</summary>
    public static bool IsDayPart(ReadOnlySpan<char> w) =>
        Is(w, "morning") || Is(w, "afternoon") || Is(w, "evening") || Is(w, "night");

    /// <summary>
    /// A full weekday name; abbreviations ("Sun", "Sat", "Wed") are too often other words to stand alone.
    /// </summary>
    public static DayOfWeek? FullWeekday(ReadOnlySpan<char> w)
    {
        var day = DateWords.Weekday(w);
        return day is not null && w.Length >= 6 ? day : null;
    }

    /// <summary>
    /// A decade or century written as a number: "1990s" → (1990, decade), "1800s" → (1800, century), "2000s" → (2000, decade),
    /// "'90s" → (1990, decade), assuming the twentieth century for two digits as news of the corpus era does.
    /// </summary>
    public static bool TryDecade(ReadOnlySpan<char> w, out int start, out DateUnit unit)
    {
        start = 0;
        unit = DateUnit.Decade;
        if (w.Length == 5 && w[4] == 's' && int.TryParse(w[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y % 10 == 0 && y is >= 1000 and <= 2990)
        {
            start = y;
            // "the 1800s" is a century; "the 2000s" is, in news, the decade 2000-2009.
            unit = y % 100 == 0 && y != 2000 ? DateUnit.Century : DateUnit.Decade;
            return true;
        }

        if (w.Length == 4 && w[0] is '\'' or '’' && w[3] == 's' && int.TryParse(w.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d % 10 == 0)
        {
            start = 1900 + d;
            return true;
        }

        return false;
    }

    /// <summary>Splits "mid-1990s", "late-November", "mid-2026" into the part word and the rest; false when the word has no such prefix.</summary>
    public static bool TrySplitPart(ReadOnlySpan<char> w, out ReadOnlySpan<char> rest)
    {
        rest = default;
        int dash = w.IndexOf('-');
        if (dash <= 0 || dash == w.Length - 1 || !IsPartModifier(w[..dash]))
        {
            return false;
        }

        rest = w[(dash + 1)..];
        return true;
    }

    /// <summary>"Q3" (a quarter) or "H1" (a half), upper case only.</summary>
    public static bool TryPeriodCode(ReadOnlySpan<char> w, out int ordinal, out DateUnit unit)
    {
        ordinal = 0;
        unit = DateUnit.Quarter;
        if (w.Length != 2 || w[1] is < '1' or > '4')
        {
            return false;
        }

        ordinal = w[1] - '0';
        if (w[0] == 'Q')
        {
            return true;
        }

        unit = DateUnit.Half;
        return w[0] == 'H' && ordinal <= 2;
    }

    /// <summary>"third-quarter", "second-quarter": the ordinal, and the unit (a quarter).</summary>
    public static bool TryOrdinalPeriod(ReadOnlySpan<char> w, out int ordinal, out DateUnit unit)
    {
        ordinal = 0;
        unit = DateUnit.Quarter;
        int dash = w.IndexOf('-');
        if (dash <= 0)
        {
            return false;
        }

        // "first-half" is left out: in sports copy it is a half of a match ("first-half injury time").
        ordinal = Ordinal(w[..dash]);
        return ordinal > 0 && Is(w[(dash + 1)..], "quarter");
    }

    /// <summary>Case-insensitive ordinal comparison with an ASCII word.</summary>
    public static bool Is(ReadOnlySpan<char> w, string word) => w.Equals(word, StringComparison.OrdinalIgnoreCase);
}
