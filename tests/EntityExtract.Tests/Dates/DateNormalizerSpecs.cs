using EntityExtract.Dates;

namespace EntityExtract.Tests.Dates;

/// <summary>Phase two alone: (underspecified expression, reference date, tense) → TIMEX3 value.</summary>
public class DateNormalizerSpecs
{
    private static readonly DateOnly Thu = new(2025, 12, 11);

    // The table is private because its types are internal; the theory runs it row by row.
    private static readonly (string Description, DateExpression Expression, DateOnly? Reference, DateTense Tense, string? Expected)[] Table =
    [
        ("December 11, 2025", new(DateKind.Explicit, DateUnit.Day, 2025, 12, 11), null, DateTense.Unknown, "2025-12-11"),
        ("the 1990s", new(DateKind.Explicit, DateUnit.Decade, 1990), null, DateTense.Unknown, "199"),
        ("the 1800s", new(DateKind.Explicit, DateUnit.Century, 1800), null, DateTense.Unknown, "18"),
        ("2025-Q3", new(DateKind.Explicit, DateUnit.Quarter, 2025, Part: 3), null, DateTense.Unknown, "2025-Q3"),
        ("winter 2025", new(DateKind.Explicit, DateUnit.Season, 2025, Part: 3), null, DateTense.Unknown, "2025-WI"),
        ("yesterday, no reference", new(DateKind.Relative, DateUnit.Day, Offset: -1), null, DateTense.Past, null),
        ("yesterday", new(DateKind.Relative, DateUnit.Day, Offset: -1), Thu, DateTense.Past, "2025-12-10"),
        ("this week", new(DateKind.Relative, DateUnit.Week), Thu, DateTense.Unknown, "2025-W50"),
        ("next week across the year end", new(DateKind.Relative, DateUnit.Week, Offset: 3), Thu, DateTense.Unknown, "2026-W01"),
        ("next month", new(DateKind.Relative, DateUnit.Month, Offset: 1), Thu, DateTense.Unknown, "2026-01"),
        ("last quarter", new(DateKind.Relative, DateUnit.Quarter, Offset: -1), Thu, DateTense.Unknown, "2025-Q3"),
        ("next quarter", new(DateKind.Relative, DateUnit.Quarter, Offset: 1), Thu, DateTense.Unknown, "2026-Q1"),
        ("this century", new(DateKind.Relative, DateUnit.Century), Thu, DateTense.Unknown, "20"),
        ("Tuesday, past", new(DateKind.Weekday, DateUnit.Day, Part: (int)DayOfWeek.Tuesday), Thu, DateTense.Past, "2025-12-09"),
        ("Tuesday, no cue", new(DateKind.Weekday, DateUnit.Day, Part: (int)DayOfWeek.Tuesday), Thu, DateTense.Unknown, "2025-12-09"),
        ("Tuesday, future", new(DateKind.Weekday, DateUnit.Day, Part: (int)DayOfWeek.Tuesday), Thu, DateTense.Future, "2025-12-16"),
        ("Thursday, past", new(DateKind.Weekday, DateUnit.Day, Part: (int)DayOfWeek.Thursday), Thu, DateTense.Past, "2025-12-11"),
        ("Saturday, future", new(DateKind.Weekday, DateUnit.Day, Part: (int)DayOfWeek.Saturday), Thu, DateTense.Future, "2025-12-13"),
        ("last Thursday", new(DateKind.Weekday, DateUnit.Day, Part: (int)DayOfWeek.Thursday, Offset: -1), Thu, DateTense.Past, "2025-12-04"),
        ("next Thursday", new(DateKind.Weekday, DateUnit.Day, Part: (int)DayOfWeek.Thursday, Offset: 1), Thu, DateTense.Future, "2025-12-18"),
        ("October, past", new(DateKind.Yearless, DateUnit.Month, Month: 10), Thu, DateTense.Past, "2025-10"),
        ("October, no cue", new(DateKind.Yearless, DateUnit.Month, Month: 10), Thu, DateTense.Unknown, "2025-10"),
        ("February, future", new(DateKind.Yearless, DateUnit.Month, Month: 2), Thu, DateTense.Future, "2026-02"),
        ("February, no cue (nearest)", new(DateKind.Yearless, DateUnit.Month, Month: 2), Thu, DateTense.Unknown, "2026-02"),
        ("last May", new(DateKind.Yearless, DateUnit.Month, Month: 5, Offset: -1), Thu, DateTense.Unknown, "2025-05"),
        ("next December", new(DateKind.Yearless, DateUnit.Month, Month: 12, Offset: 1), Thu, DateTense.Unknown, "2026-12"),
        ("Dec. 9, past", new(DateKind.Yearless, DateUnit.Day, Month: 12, Day: 9), Thu, DateTense.Past, "2025-12-09"),
        ("Jan. 5, future", new(DateKind.Yearless, DateUnit.Day, Month: 1, Day: 5), Thu, DateTense.Future, "2026-01-05"),
        ("Monday, Dec. 14 picks the year that fits", new(DateKind.Yearless, DateUnit.Day, Month: 12, Day: 14, Part: (int)DayOfWeek.Sunday + 1), Thu, DateTense.Past, "2025-12-14"),
        ("this winter", new(DateKind.Yearless, DateUnit.Season, Part: 3), Thu, DateTense.Unknown, "2025-WI"),
        ("last summer", new(DateKind.Yearless, DateUnit.Season, Part: 1, Offset: -1), Thu, DateTense.Past, "2025-SU"),
        ("the third quarter", new(DateKind.Yearless, DateUnit.Quarter, Part: 3), Thu, DateTense.Unknown, "2025-Q3"),
        ("the fourth quarter, past, in February", new(DateKind.Yearless, DateUnit.Quarter, Part: 4), new DateOnly(2026, 2, 2), DateTense.Past, "2025-Q4"),
        ("the latest quarter", new(DateKind.ReportedQuarter, DateUnit.Quarter, Offset: -1), Thu, DateTense.Unknown, "2025-Q3"),
        ("a year earlier, no anchor", new(DateKind.Anchored, DateUnit.Year, Offset: -1), Thu, DateTense.Past, "2024"),
        ("Easter week, past, in Holy Week", new(DateKind.Holiday, DateUnit.Week, Part: (int)Holiday.Easter), new DateOnly(2000, 4, 17), DateTense.Past, "2000-W16"),
        ("Christmas week, past", new(DateKind.Holiday, DateUnit.Week, Part: (int)Holiday.Christmas), Thu, DateTense.Past, "2024-W52"),
        ("now", new(DateKind.Reference, DateUnit.Day, Token: "PRESENT_REF"), null, DateTense.Unknown, "PRESENT_REF"),
        ("yesterday at the start of the calendar", new(DateKind.Relative, DateUnit.Day, Offset: -1), DateOnly.MinValue, DateTense.Past, null),
        ("tomorrow at the end of the calendar", new(DateKind.Relative, DateUnit.Day, Offset: 1), DateOnly.MaxValue, DateTense.Future, null),
    ];

    public static TheoryData<int> Cases => new(Enumerable.Range(0, Table.Length));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalizes_as_specified(int row)
    {
        var (description, expression, reference, tense, expected) = Table[row];
        Assert.True(expected == DateNormalizer.Normalize(expression, reference, tense), $"{description}: expected {expected ?? "null"}, got {DateNormalizer.Normalize(expression, reference, tense) ?? "null"}");
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2000, "2000-04-23")]
    public void Computes_easter(int year, string expected)
    {
        Assert.Equal(expected, DateNormalizer.HolidayDate(Holiday.Easter, year).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1989-Q3", -1, "1988-Q3")]
    [InlineData("1989", -1, "1988")]
    [InlineData("2024-02-29", -1, "2023-02-28")]
    [InlineData("PRESENT_REF", -1, null)]
    public void Shifts_years_keeping_the_granularity(string value, int years, string? expected)
    {
        Assert.Equal(expected, DateNormalizer.ShiftYears(value, years));
    }
}
