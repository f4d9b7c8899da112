using System.Globalization;

namespace EntityExtract.Dates;

/// <summary>
/// Phase two: turns an underspecified <see cref="DateExpression"/> into a TIMEX3 value, given the reference
/// date and the tense of its clause. A pure function: the same input always gives the same output, and the
/// machine clock is never read. Thread-safe.
/// </summary>
internal static class DateNormalizer
{
    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    /// <summary>Returns the TIMEX3 value of <paramref name="expression"/>, or <see langword="null"/> when it needs a reference date that is missing.</summary>
    public static string? Normalize(DateExpression expression, DateOnly? reference, DateTense tense)
    {
        try
        {
            return NormalizeCore(expression, reference, tense);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Reference dates at the ends of the calendar (0001-01-01, 9999-12-31) cannot move: no value.
            return null;
        }
    }

    private static string? NormalizeCore(DateExpression expression, DateOnly? reference, DateTense tense)
    {
        var e = expression;
        switch (e.Kind)
        {
            case DateKind.Explicit when e.Unit == DateUnit.Week:
                return Format(DateUnit.Day, e.Year, e.Month, e.Day, 0) is null ? null : Shift(DateUnit.Week, new DateOnly(e.Year, e.Month, e.Day), 0);
            case DateKind.Explicit:
                return Format(e.Unit, e.Year, e.Month, e.Day, e.Part);
            case DateKind.Reference:
                return e.Token;
        }

        if (reference is not DateOnly r)
        {
            return null;
        }

        switch (e.Kind)
        {
            case DateKind.Relative when e.Unit == DateUnit.Season && e.Offset == 0:
                return ResolveYearless(e, r, tense);
            case DateKind.Relative when e.Unit == DateUnit.Month && e.Month != 0:
                // "January this year", "June last year".
                return Format(DateUnit.Month, r.Year + e.Offset, e.Month, 0, 0);
            case DateKind.Relative when e.Unit is DateUnit.Quarter or DateUnit.Half && e.Part != 0:
                // "the year-ago third quarter", "this year's third quarter", "the first half of last year".
                return Format(e.Unit, r.Year + e.Offset, 0, 0, e.Part);
            case DateKind.ReportedQuarter when e.Year != 0:
                // "the 1988 period": the quarter being reported, in the year given.
                return Format(DateUnit.Quarter, e.Year, 0, 0, LastCompletedQuarter(r));
            case DateKind.Relative when e.Unit == DateUnit.Weekend && e.Offset == 0 && e.Part == 1:
                // "the weekend": the coming one under a future or present cue, else the last one (this one from Saturday on).
                bool weekendNow = r.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                return Shift(DateUnit.Weekend, r, tense is DateTense.Future or DateTense.Present || weekendNow ? 0 : -1);
            case DateKind.Relative:
                return Shift(e.Unit, r, e.Offset);
            case DateKind.Anchored when e.Unit == DateUnit.Quarter:
                // With no quarter to anchor on, the year-earlier quarter of the last completed one.
                return Shift(DateUnit.Quarter, r, -1 + (4 * e.Offset));
            case DateKind.Anchored:
                return Shift(e.Unit, r, e.Offset);
            case DateKind.ShortYear:
                // The century that puts the two digits nearest the reference year ("12/12/25" in 2025 is 2025, "11/02/89" in 1989 is 1989).
                int century = (r.Year / 100) * 100;
                int year = century - 100 + e.Year;
                for (int candidate = century + e.Year; candidate <= century + 100 + e.Year; candidate += 100)
                {
                    // The first of equally near candidates wins, as before.
                    if (Math.Abs(candidate - r.Year) < Math.Abs(year - r.Year))
                    {
                        year = candidate;
                    }
                }

                return Format(DateUnit.Day, year, e.Month, e.Day, 0);
            case DateKind.Holiday when e.Unit == DateUnit.Week:
                // "Easter week began": a feast week under way is this one, whatever the tense.
                var feast = HolidayDate((Holiday)e.Part, r.Year);
                bool underWay = ISOWeek.GetYear(feast.ToDateTime(TimeOnly.MinValue)) == ISOWeek.GetYear(r.ToDateTime(TimeOnly.MinValue))
                    && ISOWeek.GetWeekOfYear(feast.ToDateTime(TimeOnly.MinValue)) == ISOWeek.GetWeekOfYear(r.ToDateTime(TimeOnly.MinValue));
                return underWay ? Shift(DateUnit.Week, feast, 0) : ResolveHoliday((Holiday)e.Part, e.Offset, r, tense) is DateOnly feastDay ? Shift(DateUnit.Week, feastDay, 0) : null;
            case DateKind.Holiday:
                return FormatDay(ResolveHoliday((Holiday)e.Part, e.Offset, r, tense));
            case DateKind.ReportedQuarter:
                // Earnings reports name the last completed quarter (a WSJ story of November 1989 reports the third quarter).
                return Shift(DateUnit.Quarter, r, -1);
            case DateKind.Weekday:
                return FormatDay(ResolveWeekday((DayOfWeek)e.Part, e.Offset, r, tense));
            case DateKind.Yearless when e.Unit == DateUnit.Week:
                return ResolveYearlessDay(e.Month, e.Day, -1, 0, r, tense) is DateOnly day ? Shift(DateUnit.Week, day, 0) : null;
            case DateKind.Yearless:
                return ResolveYearless(e, r, tense);
            default:
                return null;
        }
    }

    /// <summary>
    /// Resolves a narrative date against the last calendar date mentioned (<paramref name="anchor"/>: "1998",
    /// "1998-06" or "1998-06-12"): its year, month or day, moved by <paramref name="offset"/> units.
    /// </summary>
    public static string? ShiftNarrative(string anchor, DateUnit unit, int offset)
    {
        var inv = CultureInfo.InvariantCulture;
        if (anchor.Length < 4 || !int.TryParse(anchor.AsSpan(0, 4), NumberStyles.None, inv, out int year))
        {
            return null;
        }

        int month = anchor.Length >= 7 && int.TryParse(anchor.AsSpan(5, 2), NumberStyles.None, inv, out int m) ? m : 0;
        int day = anchor.Length >= 10 && int.TryParse(anchor.AsSpan(8, 2), NumberStyles.None, inv, out int d) ? d : 0;
        try
        {
            return unit switch
            {
                DateUnit.Year => Format(DateUnit.Year, year + offset, 0, 0, 0),
                DateUnit.Month when month > 0 => Shift(DateUnit.Month, new DateOnly(year, month, 1), offset),
                DateUnit.Day when day > 0 => Shift(DateUnit.Day, new DateOnly(year, month, day), offset),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Moves a TIMEX3 value that starts with a four-digit year by <paramref name="years"/> years ("1989-Q3" → "1988-Q3").</summary>
    public static string? ShiftYears(string value, int years)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || (value.Length > 4 && value[4] != '-'))
        {
            return null;
        }

        int shifted = year + years;
        if (shifted is < 1 or > 9999)
        {
            return null;
        }

        // A shifted day may not exist (February 29).
        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return FormatDay(day.AddYears(years));
        }

        return shifted.ToString("D4", CultureInfo.InvariantCulture) + value[4..];
    }

    /// <summary>The TIMEX3 value of a period <paramref name="offset"/> units away from the one holding <paramref name="r"/>.</summary>
    public static string? Shift(DateUnit unit, DateOnly r, int offset)
    {
        try
        {
            switch (unit)
            {
                case DateUnit.Day:
                    return FormatDay(r.AddDays(offset));
                case DateUnit.Week:
                case DateUnit.Weekend:
                    var d = r.AddDays(7 * offset).ToDateTime(TimeOnly.MinValue);
                    string week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(d):D4}-W{ISOWeek.GetWeekOfYear(d):D2}");
                    return unit == DateUnit.Weekend ? week + "-WE" : week;
                case DateUnit.Month:
                    var m = r.AddMonths(offset);
                    return Format(DateUnit.Month, m.Year, m.Month, 0, 0);
                case DateUnit.Quarter:
                    int q = (r.Year * 4) + ((r.Month - 1) / 3) + offset;
                    return Format(DateUnit.Quarter, q / 4, 0, 0, (q % 4) + 1);
                case DateUnit.Half:
                    int h = (r.Year * 2) + ((r.Month - 1) / 6) + offset;
                    return Format(DateUnit.Half, h / 2, 0, 0, (h % 2) + 1);
                case DateUnit.Season:
                    int s = SeasonIndex(r) + offset;
                    return Format(DateUnit.Season, s / 4, 0, 0, s % 4);
                case DateUnit.Year:
                    return Format(DateUnit.Year, r.Year + offset, 0, 0, 0);
                case DateUnit.Decade:
                    return Format(DateUnit.Decade, ((r.Year / 10) + offset) * 10, 0, 0, 0);
                case DateUnit.Century:
                    return Format(DateUnit.Century, ((r.Year / 100) + offset) * 100, 0, 0, 0);
                default:
                    return null;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // Offsets that leave the calendar (year 1 - 9999) have no value.
            return null;
        }
    }

    /// <summary>
    /// News convention for a weekday (HeidelTime's news strategy): a bare weekday is the one in the reference
    /// week on or before the reference day, and on or after it only under a future cue; "last" and "next" move
    /// strictly before or after.
    /// </summary>
    public static DateOnly ResolveWeekday(DayOfWeek day, int offset, DateOnly r, DateTense tense)
    {
        int back = ((int)r.DayOfWeek - (int)day + 7) % 7;
        int forward = ((int)day - (int)r.DayOfWeek + 7) % 7;
        if (offset < 0)
        {
            return r.AddDays(-(back == 0 ? 7 : back));
        }

        if (offset > 0)
        {
            return r.AddDays(forward == 0 ? 7 : forward);
        }

        // A present-tense clause about a weekday ("Arafat and Netanyahu meet Monday") is a schedule: the next one.
        return tense is DateTense.Future or DateTense.Present ? r.AddDays(forward) : r.AddDays(-back);
    }

    private static string? ResolveYearless(DateExpression e, DateOnly r, DateTense tense)
    {
        // Each yearless unit is a position p among n periods a year; the candidates are that period in the
        // reference year and the years either side. Past tense takes the latest on or before the reference
        // period, future the earliest on or after it, and otherwise the nearest (ties go to the past).
        int n, p, current;
        switch (e.Unit)
        {
            case DateUnit.Month:
                (n, p, current) = (12, e.Month - 1, r.Month - 1);
                break;
            case DateUnit.Quarter:
                (n, p, current) = (4, e.Part - 1, (r.Month - 1) / 3);
                break;
            case DateUnit.Half:
                (n, p, current) = (2, e.Part - 1, (r.Month - 1) / 6);
                break;
            case DateUnit.Season:
                (n, p, current) = (4, e.Part, SeasonOf(r.Month));
                if (r.Month <= 2 && e.Offset == 0 && e.Kind == DateKind.Relative)
                {
                    // "this summer" in February is the coming one; "this winter" the one under way.
                    return Format(DateUnit.Season, e.Part == 3 ? r.Year - 1 : r.Year, 0, 0, e.Part);
                }

                break;
            case DateUnit.Day:
                return FormatDay(ResolveYearlessDay(e.Month, e.Day, e.Part - 1, e.Offset, r, tense));
            default:
                return null;
        }

        // January and February belong to the winter that began the December before (TimeML's WI is Dec-Feb).
        int now = e.Unit == DateUnit.Season ? SeasonIndex(r) : (r.Year * n) + current;
        int before = now - (((current - p) % n) + n) % n;
        int after = now + (((p - current) % n) + n) % n;
        int chosen;
        if (e.Offset < 0)
        {
            chosen = before == now ? now - n : before;
        }
        else if (e.Offset > 0)
        {
            chosen = after == now ? now + n : after;
        }
        else if (e.Unit == DateUnit.Month && tense != DateTense.Unknown && Math.Abs((tense == DateTense.Past ? before : after) - now) > 9)
        {
            // As for days, tense decides only within about nine months; beyond that the nearest month wins.
            chosen = after - now < now - before ? after : before;
        }
        else
        {
            chosen = tense switch
            {
                // Quarters and halves are those of the reference year (HeidelTime's UNDEF-year) unless a past
                // tense looks back from the first quarters: "the fourth quarter" in a February story is last year's.
                _ when e.Unit is DateUnit.Quarter or DateUnit.Half => tense == DateTense.Past ? before : (r.Year * n) + p,
                DateTense.Past => before,
                DateTense.Future => after,
                // Without a tense news looks back more often than ahead: a later month counts twice as far
                // ("March" in a November story is the March just gone, "December" the one to come).
                _ => (after - now) * 2 < (now - before) ? after : before,
            };
        }

        int year = chosen / n;
        int index = chosen % n;
        return e.Unit switch
        {
            DateUnit.Month => Format(DateUnit.Month, year, index + 1, 0, 0),
            DateUnit.Season => Format(DateUnit.Season, year, 0, 0, index),
            _ => Format(e.Unit, year, 0, 0, index + 1),
        };
    }

    private static DateOnly? ResolveYearlessDay(int month, int day, int weekday, int offset, DateOnly r, DateTense tense)
    {
        DateOnly? best = null;
        int bestScore = int.MaxValue;
        for (int y = r.Year - 1; y <= r.Year + 1; y++)
        {
            if (y is < 1 or > 9999 || day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var candidate = new DateOnly(y, month, day);
            int distance = candidate.DayNumber - r.DayNumber;
            bool wanted = IsWantedSide(offset, tense, distance);

            // A stated weekday that fits beats everything; then a near date of the wanted side; a date on the
            // other side only when nothing else exists.
            bool fits = weekday < 0 || (int)candidate.DayOfWeek == weekday;
            // Without a tense, news looks back more often than ahead: a later date counts a quarter farther.
            int away = distance > 0 && tense is DateTense.Unknown or DateTense.Present ? (distance * 5 / 4) + 1 : Math.Abs(distance);
            int score = away + (fits ? 0 : 10_000_000) + (wanted ? 0 : 1_000_000);
            if (score < bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        // Tense decides only within about ten months: a record date "Nov. 21" in a November story is this year's
        // even in a past-tense sentence.
        if (best is DateOnly chosen && offset == 0 && tense is DateTense.Past or DateTense.Future && Math.Abs(chosen.DayNumber - r.DayNumber) > 300)
        {
            return ResolveYearlessDay(month, day, weekday, 0, r, DateTense.Unknown);
        }

        return best;
    }

    /// <summary>The day of <paramref name="holiday"/> in <paramref name="year"/>.</summary>
    public static DateOnly HolidayDate(Holiday holiday, int year) => holiday switch
    {
        Holiday.NewYearsDay => new DateOnly(year, 1, 1),
        Holiday.NewYearsEve => new DateOnly(year, 12, 31),
        Holiday.ValentinesDay => new DateOnly(year, 2, 14),
        Holiday.IndependenceDay => new DateOnly(year, 7, 4),
        Holiday.Halloween => new DateOnly(year, 10, 31),
        Holiday.ChristmasEve => new DateOnly(year, 12, 24),
        Holiday.Christmas => new DateOnly(year, 12, 25),
        Holiday.Thanksgiving => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        Holiday.ElectionDay => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        Holiday.LaborDay => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        Holiday.Easter => EasterSunday(year),
        Holiday.GoodFriday => EasterSunday(year).AddDays(-2),
        _ => NthWeekday(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
    };

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher) for the date of Easter Sunday.
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)day - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
    }

    private static DateOnly? ResolveHoliday(Holiday holiday, int offset, DateOnly r, DateTense tense)
    {
        // As for yearless days: "last" strictly before, "next" strictly after, otherwise by tense, else nearest
        // with the same lean to the past.
        DateOnly? best = null;
        int bestScore = int.MaxValue;
        for (int y = Math.Max(2, r.Year - 1); y <= Math.Min(9998, r.Year + 1); y++)
        {
            var d = HolidayDate(holiday, y);
            int distance = d.DayNumber - r.DayNumber;
            bool wanted = IsWantedSide(offset, tense, distance);
            int away = distance > 0 ? (distance * 5 / 4) + 1 : -distance;
            int score = away + (wanted ? 0 : 1_000_000);
            if (score < bestScore)
            {
                bestScore = score;
                best = d;
            }
        }

        return best;
    }

    /// <summary>The number 1-4 of the last quarter completed before <paramref name="r"/>.</summary>
    public static int LastCompletedQuarter(DateOnly r) => ((r.Month - 1) / 3) == 0 ? 4 : (r.Month - 1) / 3;

    private static int SeasonIndex(DateOnly r) => ((r.Month <= 2 ? r.Year - 1 : r.Year) * 4) + SeasonOf(r.Month);

    private static int SeasonOf(int month) => month switch
    {
        // TimeML seasons: SP March-May, SU June-August, FA September-November, WI December-February.
        >= 3 and <= 5 => 0,
        >= 6 and <= 8 => 1,
        >= 9 and <= 11 => 2,
        _ => 3,
    };

    private static string? FormatDay(DateOnly? date) => date is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>Writes a TIMEX3 value at the given granularity.</summary>
    public static string? Format(DateUnit unit, int year, int month, int day, int part)
    {
        if (year is < 1 or > 9999)
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        return unit switch
        {
            DateUnit.Day when month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) => string.Create(inv, $"{year:D4}-{month:D2}-{day:D2}"),
            DateUnit.Month when month is >= 1 and <= 12 => string.Create(inv, $"{year:D4}-{month:D2}"),
            DateUnit.Quarter when part is >= 1 and <= 4 => string.Create(inv, $"{year:D4}-Q{part}"),
            DateUnit.Half when part is 1 or 2 => string.Create(inv, $"{year:D4}-H{part}"),
            DateUnit.Season when part is >= 0 and <= 3 => string.Create(inv, $"{year:D4}-{SeasonCodes[part]}"),
            DateUnit.Year => year.ToString("D4", inv),
            DateUnit.Decade => (year / 10).ToString("D3", inv),
            DateUnit.Century => (year / 100).ToString("D2", inv),
            _ => null,
        };
    }

    /// <summary>
    /// Whether a candidate <paramref name="distance"/> days from the reference lies on the side the text asks
    /// for: an explicit "last"/"next" offset wins, then the clause's tense (HeidelTime's tense-based choice).
    /// </summary>
    private static bool IsWantedSide(int offset, DateTense tense, int distance) => (offset, tense) switch
    {
        ( < 0, _) => distance < 0,
        ( > 0, _) => distance > 0,
        (_, DateTense.Past) => distance <= 0,
        (_, DateTense.Future) => distance >= 0,
        _ => true,
    };
}
