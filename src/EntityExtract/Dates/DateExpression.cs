namespace EntityExtract.Dates;

/// <summary>How a recognized date expression gets its value: what the second (normalization) phase must do.</summary>
internal enum DateKind : byte
{
    /// <summary>Fully given by the text ("December 11, 2025", "2025-Q3", "the 1990s"): no reference date needed.</summary>
    Explicit,

    /// <summary>An offset in <see cref="DateExpression.Unit"/> from the reference date ("yesterday", "next week", "two years ago").</summary>
    Relative,

    /// <summary>
    /// A calendar position without its year ("October", "Dec. 11", "this winter", "the third quarter"): the year
    /// comes from the reference date, the tense of the clause and proximity (HeidelTime's UNDEF-year values).
    /// </summary>
    Yearless,

    /// <summary>A weekday ("Tuesday", "last Friday"): the day in the reference week chosen by tense (news convention).</summary>
    Weekday,

    /// <summary>A TimeML reference token: PRESENT_REF, PAST_REF or FUTURE_REF ("now", "recently", "the future").</summary>
    Reference,

    /// <summary>
    /// An offset from the last date mentioned in the same sentence, else from the reference date ("a year earlier",
    /// "a year ago" after "the third quarter"): HeidelTime's narrative anchoring.
    /// </summary>
    Anchored,

    /// <summary>"the quarter", "the latest quarter": the last quarter mentioned in the document, else the last completed quarter.</summary>
    ReportedQuarter,

    /// <summary>
    /// A day written with a two-digit year ("12/12/25"): the century is the one that puts the year nearest the
    /// reference date; no value without one. <see cref="DateExpression.Year"/> holds the two digits.
    /// </summary>
    ShortYear,

    /// <summary>A public holiday (<see cref="DateExpression.Part"/> is a <see cref="Holiday"/>) whose year comes from tense and proximity.</summary>
    Holiday,

    /// <summary>
    /// A date relative to the last date the narrative mentioned ("that year", "the following month", "the next
    /// morning"), HeidelTime's narrative strategy; no value when nothing came before.
    /// </summary>
    Narrative,
}

/// <summary>The granularity of a date expression, which is the granularity of its TIMEX3 value.</summary>
internal enum DateUnit : byte
{
    /// <summary>A calendar day: 2025-12-11.</summary>
    Day,

    /// <summary>An ISO week: 2025-W50.</summary>
    Week,

    /// <summary>The weekend of an ISO week: 2025-W50-WE.</summary>
    Weekend,

    /// <summary>A month: 2025-12.</summary>
    Month,

    /// <summary>A quarter: 2025-Q3.</summary>
    Quarter,

    /// <summary>A half year: 2025-H1.</summary>
    Half,

    /// <summary>A season: 2025-WI (TimeML SP, SU, FA, WI).</summary>
    Season,

    /// <summary>A year: 2025.</summary>
    Year,

    /// <summary>A decade: 199 for the 1990s.</summary>
    Decade,

    /// <summary>A century: 19 for the 1900s (TimeML writes the leading digits).</summary>
    Century,
}

/// <summary>
/// The tense of the clause a date expression sits in, which picks the year of a yearless month and the week of a
/// bare weekday (HeidelTime's tense heuristic). The <c>default</c> is <see cref="Unknown"/>.
/// </summary>
internal enum DateTense : byte
{
    /// <summary>No cue was found.</summary>
    Unknown,

    /// <summary>A past-tense verb or cue governs the expression.</summary>
    Past,

    /// <summary>A present-tense cue governs the expression.</summary>
    Present,

    /// <summary>A future cue (will, 'll, is going to, is expected to ...) governs the expression.</summary>
    Future,
}

/// <summary>
/// A recognized date before normalization: phase one's underspecified value, in the manner of HeidelTime's
/// <c>UNDEF-last-month</c> strings but typed. The <c>default</c> value is an explicit day with no year, which
/// normalizes to <see langword="null"/>.
/// </summary>
/// <param name="Kind">How the value is obtained.</param>
/// <param name="Unit">The granularity of the value.</param>
/// <param name="Year">The year given by the text (for decades the first year, for centuries the first year), or 0.</param>
/// <param name="Month">The month 1-12 given by the text, or 0.</param>
/// <param name="Day">The day of month given by the text, or 0.</param>
/// <param name="Part">Quarter 1-4, half 1-2, season 0-3 (spring, summer, fall, winter) or <see cref="DayOfWeek"/>.</param>
/// <param name="Offset">For relative kinds, how many units from the anchor; for yearless and weekday kinds, -1 "last", +1 "next", 0 otherwise.</param>
/// <param name="Token">For <see cref="DateKind.Reference"/>, the TimeML token.</param>
internal readonly record struct DateExpression(
    DateKind Kind,
    DateUnit Unit,
    int Year = 0,
    int Month = 0,
    int Day = 0,
    int Part = 0,
    int Offset = 0,
    string? Token = null);

/// <summary>The holidays news names as dates, with fixed or rule-based days.</summary>
internal enum Holiday : byte
{
    /// <summary>January 1.</summary>
    NewYearsDay,

    /// <summary>December 31.</summary>
    NewYearsEve,

    /// <summary>February 14.</summary>
    ValentinesDay,

    /// <summary>July 4 (United States).</summary>
    IndependenceDay,

    /// <summary>October 31.</summary>
    Halloween,

    /// <summary>December 24.</summary>
    ChristmasEve,

    /// <summary>December 25.</summary>
    Christmas,

    /// <summary>The fourth Thursday of November (United States).</summary>
    Thanksgiving,

    /// <summary>The Tuesday after the first Monday of November (United States).</summary>
    ElectionDay,

    /// <summary>The first Monday of September (United States).</summary>
    LaborDay,

    /// <summary>The last Monday of May (United States).</summary>
    MemorialDay,

    /// <summary>Easter Sunday (Gregorian computus).</summary>
    Easter,

    /// <summary>The Friday before Easter.</summary>
    GoodFriday,
}
