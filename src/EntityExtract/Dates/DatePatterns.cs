namespace EntityExtract.Dates;

/// <summary>
/// The date pattern table: phase one of the HeidelTime-style design. Each row is a token pattern and the
/// underspecified expression it stands for; the longest match at a token wins, and among equally long matches the
/// earlier row. Extents follow the TimeML TIMEX3 guidelines as TimeBank annotates them: prepositions stay out
/// ("on Tuesday" → "Tuesday"), determiners of periods and part-of-period modifiers stay in ("the third quarter",
/// "early next year"), and durations ("for two years", "three-day") and sets ("every Monday") are not dates.
/// </summary>
internal static class DatePatterns
{
    private const DatePatternOptions Article = DatePatternOptions.TakesArticle;

    /// <summary>Every pattern, in priority order.</summary>
    public static IReadOnlyList<DatePattern> All { get; } =
    [
        // Absolute days: "Thursday, December 11, 2025", "11 December 2025", "2025-12-11", "12/12/2025".
        new("<weekday>? ,? <month> <day> ,? <year>", static c => Day(c.Year, c.Month, c.Day)),
        new("<weekday>? ,? <day> <month> ,? <year>", static c => Day(c.Year, c.Month, c.Day)),
        new("<weekday>? ,? <numeric-date>", static c => Day(c.Date.Year, c.Date.Month, c.Date.Day)),
        new("<weekday>? ,? <short-year-date>", static c => new DateExpression(DateKind.ShortYear, DateUnit.Day, c.Count, c.Month, c.Day)),
        new("<month> <day> ,? <year> <numeric-date>", static c => Day(c.Year, c.Month, c.Day)),

        // The week holding a day: "the week of March 6" (TimeBank: 2000-W10).
        new("the week of <month> <day> ,? <year>", static c => new DateExpression(DateKind.Explicit, DateUnit.Week, c.Year, c.Month, c.Day)),
        new("the week of <month> <day>", static c => new DateExpression(DateKind.Yearless, DateUnit.Week, Month: c.Month, Day: c.Day)),

        // Yearless days: "Dec. 11", "Friday, Oct. 23", "11 December"; the year comes from tense and proximity.
        new("<month> <day>", static c => new DateExpression(DateKind.Yearless, DateUnit.Day, Month: c.Month, Day: c.Day), DatePatternOptions.TakesDayPart),

        // With a weekday, the weekday picks the year ("Monday, Oct. 26" in October 1998 is 1998-10-26).
        new("<weekday> ,? <month> <day>", static c => new DateExpression(DateKind.Yearless, DateUnit.Day, Month: c.Month, Day: c.Day, Part: c.Weekday + 1)),
        new("<weekday>? ,? <day> <month>", static c => new DateExpression(DateKind.Yearless, DateUnit.Day, Month: c.Month, Day: c.Day)),
        new("the? <day> of <month>", static c => new DateExpression(DateKind.Yearless, DateUnit.Day, Month: c.Month, Day: c.Day)),

        // Months: "October 2024", "October of 1998", "last May", "January this year", "October".
        new("<month> ,? of? <year>", static c => new DateExpression(DateKind.Explicit, DateUnit.Month, c.Year, c.Month)),
        new("<rel> <month>", static c => c.Relation == 0
            ? new DateExpression(DateKind.Relative, DateUnit.Month, Month: c.Month)
            : new DateExpression(DateKind.Yearless, DateUnit.Month, Month: c.Month, Offset: c.Relation), DatePatternOptions.NotBeforeQuantity),
        new("<bare-month> last year", static c => new DateExpression(DateKind.Relative, DateUnit.Month, Month: c.Month, Offset: -1)),
        new("<bare-month> this year", static c => new DateExpression(DateKind.Relative, DateUnit.Month, Month: c.Month, Offset: 0)),
        new("<bare-month> next year", static c => new DateExpression(DateKind.Relative, DateUnit.Month, Month: c.Month, Offset: 1)),
        new("<bare-month>", static c => new DateExpression(DateKind.Yearless, DateUnit.Month, Month: c.Month), DatePatternOptions.BareMonth),
        new("<part-month>", static c => new DateExpression(DateKind.Yearless, DateUnit.Month, Month: c.Month)),

        // Years, decades, centuries: "2026", "fiscal 2025", "mid-2026", "the 1990s", "the '90s", "the 20th century".
        new("<year>", static c => Year(c.Year), DatePatternOptions.BareYear),
        new("fiscal year? <year>", static c => Year(c.Year)),
        new("<part-year>", static c => Year(c.Year)),

        // Years spelled out in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
        new("nineteen <tens>", static c => Year(1900 + c.Count)),
        new("the year two thousand", static c => Year(2000)),
        new("<month> nineteen <tens>", static c => new DateExpression(DateKind.Explicit, DateUnit.Month, 1900 + c.Count, c.Month)),
        new("<season> of? nineteen <tens>", static c => new DateExpression(DateKind.Explicit, DateUnit.Season, 1900 + c.Count, Part: c.Season), Article),
        new("<decade>", static c => new DateExpression(DateKind.Explicit, c.Unit, c.Year), Article),
        new("<part-decade>", static c => new DateExpression(DateKind.Explicit, c.Unit, c.Year), Article),
        new("<century-ordinal> century", static c => new DateExpression(DateKind.Explicit, DateUnit.Century, (c.Count - 1) * 100), Article),

        // Quarters and halves: "the third quarter of 2025", "the 1988 third quarter", "third-quarter", "the fiscal first quarter".
        new("fiscal? <ordinal> quarter of? fiscal? <year>", static c => Period(c.Ordinal, DateUnit.Quarter, c.Year), Article),
        new("fiscal? <ordinal> half of? fiscal? <year>", static c => Period(c.Ordinal, DateUnit.Half, c.Year), Article),
        new("fiscal? <year> fiscal? <ordinal> quarter", static c => Period(c.Ordinal, DateUnit.Quarter, c.Year), Article),
        new("fiscal? <year> fiscal? <ordinal> half", static c => Period(c.Ordinal, DateUnit.Half, c.Year), Article),
        new("fiscal? <ordinal> quarter of <rel> year", static c => new DateExpression(DateKind.Relative, DateUnit.Quarter, Part: c.Ordinal, Offset: c.Relation), Article),
        new("fiscal? <ordinal> half of <rel> year", static c => c.Ordinal > 2 ? null : new DateExpression(DateKind.Relative, DateUnit.Half, Part: c.Ordinal, Offset: c.Relation), Article),
        new("fiscal? <ordinal> quarter of the year", static c => new DateExpression(DateKind.Relative, DateUnit.Quarter, Part: c.Ordinal), Article),
        new("fiscal? <ordinal> half of the year", static c => c.Ordinal > 2 ? null : new DateExpression(DateKind.Relative, DateUnit.Half, Part: c.Ordinal), Article),
        new("<q-period> ,? <year>", static c => Period(c.Ordinal, c.Unit, c.Year)),
        new("<q-period>", static c => Period(c.Ordinal, c.Unit, 0)),
        new("fiscal? <ordinal> quarter", static c => Period(c.Ordinal, DateUnit.Quarter, 0), Article),
        // A bare "the first half" is left out: in sports copy it is a half of a match.
        new("fiscal <ordinal> half", static c => c.Ordinal > 2 ? null : Period(c.Ordinal, DateUnit.Half, 0), Article),
        // "third-quarter" is an adjective: the determiner belongs to its noun ("the third-quarter loss").
        new("fiscal? <ordinal-period>", static c => Period(c.Ordinal, c.Unit, 0)),
        new("<year> <ordinal-period>", static c => Period(c.Ordinal, c.Unit, c.Year), Article),
        new("the quarter", static c => new DateExpression(DateKind.ReportedQuarter, DateUnit.Quarter)),
        new("the latest quarter|period", static c => new DateExpression(DateKind.ReportedQuarter, DateUnit.Quarter, Offset: -1)),
        new("the <year> quarter|period", static c => new DateExpression(DateKind.ReportedQuarter, DateUnit.Quarter, c.Year)),
        new("the quarter|period a year ago|earlier", static c => new DateExpression(DateKind.Anchored, DateUnit.Quarter, Offset: -1)),
        new("the year-earlier|year-ago <ordinal> quarter", static c => new DateExpression(DateKind.Relative, DateUnit.Quarter, Part: c.Ordinal, Offset: -1)),
        new("the comparable|corresponding year-earlier|year-ago quarter|period", static c => new DateExpression(DateKind.Anchored, DateUnit.Quarter, Offset: -1)),
        // "the corresponding period last year", "last year's quarter": the reported quarter a year back, as "the
        // year-ago quarter" (a bare "last year" stays the year).
        new("the same|comparable|corresponding quarter|period last year", static c => new DateExpression(DateKind.Anchored, DateUnit.Quarter, Offset: -1)),
        new("the same|comparable|corresponding quarter|period of|in last year", static c => new DateExpression(DateKind.Anchored, DateUnit.Quarter, Offset: -1)),
        new("last year 's quarter|period", static c => new DateExpression(DateKind.Anchored, DateUnit.Quarter, Offset: -1)),
        new("<rel> year 's <ordinal> quarter", static c => new DateExpression(DateKind.Relative, DateUnit.Quarter, Part: c.Ordinal, Offset: c.Relation)),
        new("the last|latter|second half of <year>", static c => Period(2, DateUnit.Half, c.Year)),
        new("the last|final quarter of <year>", static c => Period(4, DateUnit.Quarter, c.Year)),
        new("the final quarter", static c => Period(4, DateUnit.Quarter, 0)),
        new("the year-earlier|year-ago quarter|period", static c => new DateExpression(DateKind.Anchored, DateUnit.Quarter, Offset: -1)),
        new("year-earlier|year-ago", static c => new DateExpression(DateKind.Anchored, DateUnit.Year, Offset: -1)),

        // Seasons: "this winter", "last fall", "the summer of 1994", "spring 1998", "this past spring".
        new("<season> of? <year>", static c => new DateExpression(DateKind.Explicit, DateUnit.Season, c.Year, Part: c.Season), Article),
        new("<rel> <season>", static c => new DateExpression(c.Relation == 0 ? DateKind.Relative : DateKind.Yearless, DateUnit.Season, Part: c.Season, Offset: c.Relation)),
        new("this past <season>", static c => new DateExpression(DateKind.Yearless, DateUnit.Season, Part: c.Season, Offset: -1)),
        new("<season>", static c => new DateExpression(DateKind.Yearless, DateUnit.Season, Part: c.Season), Article | DatePatternOptions.BareSeason),

        // Weekdays: "Tuesday", "last Tuesday", "this coming Sunday", "Tuesday morning".
        new("<weekday>", static c => new DateExpression(DateKind.Weekday, DateUnit.Day, Part: c.Weekday), DatePatternOptions.TakesDayPart),
        new("<rel> <weekday>", static c => new DateExpression(DateKind.Weekday, DateUnit.Day, Part: c.Weekday, Offset: c.Relation), DatePatternOptions.TakesDayPart),
        new("this coming <weekday>", static c => new DateExpression(DateKind.Weekday, DateUnit.Day, Part: c.Weekday, Offset: 1), DatePatternOptions.TakesDayPart),

        // Days relative to the reference date.
        new("today", static c => Relative(DateUnit.Day, 0), DatePatternOptions.TakesDayPart),
        new("yesterday", static c => Relative(DateUnit.Day, -1), DatePatternOptions.TakesDayPart),
        new("tomorrow", static c => Relative(DateUnit.Day, 1), DatePatternOptions.TakesDayPart),

        // The date part of times of this day: "tonight", "this morning", "last night" (TimeML TIMEs whose day is
        // still worth a value).
        new("tonight", static c => Relative(DateUnit.Day, 0)),
        new("this morning|afternoon|evening", static c => Relative(DateUnit.Day, 0)),
        new("last night", static c => Relative(DateUnit.Day, -1)),

        // Periods relative to the reference date: "last week", "this year", "next month", "the past decade".
        new("<rel> <unit>", static c => c.Unit == DateUnit.Day ? null : Relative(c.Unit, c.Relation)),
        new("the <rel> <unit>", static c => c.Unit == DateUnit.Day ? null : Relative(c.Unit, c.Relation)),
        // "the weekend" leans like a weekday (Part 1 marks it); "this weekend" is the reference week's.
        new("the weekend", static c => new DateExpression(DateKind.Relative, DateUnit.Weekend, Part: 1)),
        new("year-end", static c => Relative(DateUnit.Year, 0)),
        new("the current|full fiscal? year", static c => Relative(DateUnit.Year, 0)),
        new("the latest|previous fiscal year", static c => Relative(DateUnit.Year, -1)),
        new("earlier|later in the year", static c => Relative(DateUnit.Year, 0)),

        // Distances from the reference date: "two years ago", "a month ago"; a year back from the sentence's
        // last date when there is one ("$1 in the third quarter, up from 80 cents a year earlier").
        new("nearly|almost|about|roughly|some|just? <count> <unit> ago", static c => c.Count != 1 ? null : Ago(c.Unit, c.Count)),
        new("nearly|almost|about|roughly|some|just? <count> <units> ago", static c => c.Count <= 1 ? null : Ago(c.Unit, c.Count)),
        new("a|one year earlier", static c => new DateExpression(DateKind.Anchored, DateUnit.Year, Offset: -1)),
        new("<count> <unit> from now", static c => c.Count != 1 ? null : Relative(c.Unit, c.Count)),
        new("<count> <units> from now", static c => c.Count <= 1 ? null : Relative(c.Unit, c.Count)),

        // Holidays: "Thanksgiving Day", "last Thanksgiving", "Christmas Eve", "Election Day".
        new("New Year 's Day", static c => Feast(Holiday.NewYearsDay, 0), DatePatternOptions.Holiday),
        new("New Year 's Eve", static c => Feast(Holiday.NewYearsEve, 0), DatePatternOptions.Holiday),
        new("Valentine 's Day", static c => Feast(Holiday.ValentinesDay, 0), DatePatternOptions.Holiday),
        new("Independence Day", static c => Feast(Holiday.IndependenceDay, 0), DatePatternOptions.Holiday),
        new("Halloween", static c => Feast(Holiday.Halloween, 0), DatePatternOptions.Holiday),
        new("Christmas Eve", static c => Feast(Holiday.ChristmasEve, 0), DatePatternOptions.Holiday),
        new("Christmas Day?", static c => Feast(Holiday.Christmas, 0), DatePatternOptions.Holiday),
        new("Thanksgiving Day?", static c => Feast(Holiday.Thanksgiving, 0), DatePatternOptions.Holiday),
        new("Election Day", static c => Feast(Holiday.ElectionDay, 0), DatePatternOptions.Holiday),
        new("Labor Day", static c => Feast(Holiday.LaborDay, 0), DatePatternOptions.Holiday),
        new("Memorial Day", static c => Feast(Holiday.MemorialDay, 0), DatePatternOptions.Holiday),
        new("Easter Sunday?", static c => Feast(Holiday.Easter, 0), DatePatternOptions.Holiday),
        new("Good Friday", static c => Feast(Holiday.GoodFriday, 0), DatePatternOptions.Holiday),
        // "Easter week", "Christmas week": the (ISO) week holding the feast.
        new("Easter week", static c => FeastWeek(Holiday.Easter), DatePatternOptions.Holiday),
        new("Christmas week", static c => FeastWeek(Holiday.Christmas), DatePatternOptions.Holiday),
        new("Thanksgiving week", static c => FeastWeek(Holiday.Thanksgiving), DatePatternOptions.Holiday),
        new("<rel> Christmas", static c => Feast(Holiday.Christmas, c.Relation), DatePatternOptions.Holiday),
        new("<rel> Easter", static c => Feast(Holiday.Easter, c.Relation), DatePatternOptions.Holiday),
        new("<rel> Thanksgiving", static c => Feast(Holiday.Thanksgiving, c.Relation), DatePatternOptions.Holiday),

        // Ends of periods: "year-end", "year's end", "the end of the year", "the end of the month".
        new("year end", static c => Relative(DateUnit.Year, 0)),
        new("year 's end", static c => Relative(DateUnit.Year, 0)),
        new("the end|beginning|start|close|middle of the year", static c => Relative(DateUnit.Year, 0)),
        new("the end|beginning|start|close|middle of the month", static c => Relative(DateUnit.Month, 0)),
        new("the end|beginning|start|close|middle of the week", static c => Relative(DateUnit.Week, 0)),

        // The narrative's own dates: "that year", "later that day", "the following month", "the next morning".
        // "the day" alone is too often generic ("the day belonged to ...").
        new("that same? year", static c => Narrative(DateUnit.Year, 0)),
        new("the same year", static c => Narrative(DateUnit.Year, 0)),
        new("that same? day", static c => Narrative(DateUnit.Day, 0)),
        new("the same day", static c => Narrative(DateUnit.Day, 0)),
        new("the following|next year", static c => Narrative(DateUnit.Year, 1)),
        new("the following|next month", static c => Narrative(DateUnit.Month, 1)),
        new("the following|next day|morning", static c => Narrative(DateUnit.Day, 1)),
        new("the previous|preceding year", static c => Narrative(DateUnit.Year, -1)),
        new("the previous|preceding day", static c => Narrative(DateUnit.Day, -1)),

        // TimeML reference tokens.
        new("now|currently", static c => Reference("PRESENT_REF")),
        new("right now", static c => Reference("PRESENT_REF")),
        new("these days", static c => Reference("PRESENT_REF")),
        new("recently", static c => Reference("PAST_REF")),
        new("recent years", static c => Reference("PAST_REF")),
        new("the past|last few|several <units>", static c => Reference("PAST_REF")),
        new("the near|short term", static c => Reference("FUTURE_REF")),
        new("a? few|several <units> ago", static c => Reference("PAST_REF")),
        new("the <decade-word>", static c => new DateExpression(DateKind.Explicit, DateUnit.Decade, c.Year)),
        new("the past", static c => Reference("PAST_REF"), DatePatternOptions.NotBeforeQuantity),
        new("the near? future", static c => Reference("FUTURE_REF")),
    ];

    /// <summary>The table indexed by first element; built once, on first use.</summary>
    public static DatePatternIndex Index => LazyIndex.Value;

    private static readonly Lazy<DatePatternIndex> LazyIndex = new(static () => new DatePatternIndex(All), LazyThreadSafetyMode.ExecutionAndPublication);

    private static DateExpression Day(int year, int month, int day) => new(DateKind.Explicit, DateUnit.Day, year, month, day);

    private static DateExpression Year(int year) => new(DateKind.Explicit, DateUnit.Year, year);

    private static DateExpression Relative(DateUnit unit, int offset) => new(DateKind.Relative, unit, Offset: offset);

    private static DateExpression Feast(Holiday holiday, int offset) => new(DateKind.Holiday, DateUnit.Day, Part: (int)holiday, Offset: offset);

    private static DateExpression FeastWeek(Holiday holiday) => new(DateKind.Holiday, DateUnit.Week, Part: (int)holiday);

    private static DateExpression Narrative(DateUnit unit, int offset) => new(DateKind.Narrative, unit, Offset: offset);

    private static DateExpression Reference(string token) => new(DateKind.Reference, DateUnit.Day, Token: token);

    private static DateExpression Period(int ordinal, DateUnit unit, int year)
    {
        var kind = year == 0 ? DateKind.Yearless : DateKind.Explicit;
        return new DateExpression(kind, unit == DateUnit.Half ? DateUnit.Half : DateUnit.Quarter, year, Part: ordinal);
    }

    private static DateExpression? Ago(DateUnit unit, int count) => unit switch
    {
        // "a year ago" in an earnings story means the same quarter a year back: anchor like "a year earlier".
        // Part 1 marks "ago": only a quarter or half of the sentence anchors it, never a plain year ("in late 2024,
        // about a year ago" is a year before the reference date).
        DateUnit.Year when count == 1 => new DateExpression(DateKind.Anchored, DateUnit.Year, Part: 1, Offset: -1),
        DateUnit.Weekend => null,
        // "a decade ago", "two centuries ago" count years back from the reference date: in 1999, "a decade ago"
        // is 1989, not the decade of the 1980s.
        DateUnit.Decade => Relative(DateUnit.Year, -10 * count),
        DateUnit.Century => Relative(DateUnit.Year, -100 * count),
        _ => Relative(unit, -count),
    };
}
