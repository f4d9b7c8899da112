using EntityExtract.Tokenization;

namespace EntityExtract.Dates;

/// <summary>What one element of a <see cref="DatePattern"/> matches: a literal word or a class of tokens.</summary>
internal enum DateElementKind : byte
{
    /// <summary>One of a set of literal words or punctuation marks, compared ignoring case.</summary>
    Literal,

    /// <summary>A capitalized month name, full or abbreviated ("December", "Dec.", "Sept.").</summary>
    Month,

    /// <summary>A capitalized full month name standing alone (stricter negative rules apply).</summary>
    BareMonth,

    /// <summary>A day of month: 1-31, "11th".</summary>
    Day,

    /// <summary>A four-digit year.</summary>
    Year,

    /// <summary>A capitalized full weekday name.</summary>
    Weekday,

    /// <summary>spring, summer, fall, autumn, winter.</summary>
    Season,

    /// <summary>A small count: a, an, one ... twenty, 3.</summary>
    Count,

    /// <summary>A singular unit: day, week, weekend, month, quarter, year, decade, century.</summary>
    Unit,

    /// <summary>A plural unit: days, weeks, months, quarters, years, decades, centuries.</summary>
    Units,

    /// <summary>first ... fourth.</summary>
    Ordinal,

    /// <summary>last, past, previous, this, current, next, coming.</summary>
    Relation,

    /// <summary>A decade or century number: 1990s, '90s, 1800s.</summary>
    Decade,

    /// <summary>An all-numeric date: 2025-12-11, 12/12/2025, 11/02/89, 19980303.</summary>
    NumericDate,

    /// <summary>A hyphenated part and month: mid-November, late-November.</summary>
    PartMonth,

    /// <summary>A hyphenated part and year: mid-2026.</summary>
    PartYear,

    /// <summary>A hyphenated part and decade: mid-1990s.</summary>
    PartDecade,

    /// <summary>A hyphenated ordinal period: third-quarter, first-half.</summary>
    OrdinalPeriod,

    /// <summary>A century ordinal: 20th, 21st, twentieth, twenty-first.</summary>
    CenturyOrdinal,

    /// <summary>A spelled-out number from ten to ninety-nine, the second half of "nineteen ninety-six".</summary>
    Tens,

    /// <summary>A decade word: twenties ... nineties (of the twentieth century).</summary>
    DecadeWord,

    /// <summary>A quarter or half written as a code: Q1 ... Q4, H1, H2.</summary>
    PeriodCode,

    /// <summary>An all-numeric date with a two-digit year: 12/12/25.</summary>
    ShortYearDate,
}

/// <summary>Extent and negative rules that a pattern asks the recognizer to apply around its match.</summary>
[Flags]
internal enum DatePatternOptions
{
    /// <summary>Nothing more.</summary>
    None = 0,

    /// <summary>TimeBank keeps a preceding "the" inside the extent ("the third quarter", "the 1990s", "the summer").</summary>
    TakesArticle = 1,

    /// <summary>A following morning/afternoon/evening/night joins the extent ("Tuesday morning"), the value staying a day.</summary>
    TakesDayPart = 2,

    /// <summary>A bare four-digit year: rejected before a plural noun ("2000 shoes") or beside currency and percent signs.</summary>
    BareYear = 4,

    /// <summary>A bare month name: "May" the modal and month-named people ("August Wilson") are rejected.</summary>
    BareMonth = 8,

    /// <summary>A bare season: "a winter of ..." is generic and "fall"/"spring" are mostly verbs.</summary>
    BareSeason = 16,

    /// <summary>Rejected before a count or unit: "the past" is PAST_REF, "the past two years" a duration.</summary>
    NotBeforeQuantity = 32,

    /// <summary>A holiday name: rejected inside a longer capitalized name ("Holocaust Memorial Day").</summary>
    Holiday = 64,
}

/// <summary>One element of a compiled pattern.</summary>
internal readonly record struct DateElement(DateElementKind Kind, string[]? Words);

/// <summary>What the elements of a pattern captured while matching.</summary>
internal struct DateCaptures
{
    public int Month;
    public int Day;
    public int Year;
    public int Weekday;
    public int Season;
    public int Count;
    public int Ordinal;
    public int Relation;
    public DateUnit Unit;
    public DateOnly Date;
}

/// <summary>
/// A date pattern over tokens, written as a small readable string: space-separated elements, each a literal
/// (<c>ago</c>, <c>last|past</c>, <c>,</c>) or a class (<c>&lt;month&gt;</c>, <c>&lt;day&gt;</c>, <c>&lt;year&gt;</c> ...), with
/// <c>?</c> marking an optional element. Optional elements are expanded when the pattern is built, so matching
/// is a plain left-to-right walk with no backtracking: linear in the number of tokens. Immutable and thread-safe.
/// </summary>
internal sealed class DatePattern
{
    /// <summary>Builds a pattern.</summary>
    /// <param name="source">The pattern text.</param>
    /// <param name="build">Turns the captures into an underspecified expression, or returns <see langword="null"/> to reject the match.</param>
    /// <param name="options">Extent and negative rules.</param>
    public DatePattern(string source, Func<DateCaptures, DateExpression?> build, DatePatternOptions options = DatePatternOptions.None)
    {
        Source = source;
        Build = build;
        Options = options;
        Alternatives = Expand(source);
    }

    /// <summary>The pattern text.</summary>
    public string Source { get; }

    /// <summary>The phase-one builder.</summary>
    public Func<DateCaptures, DateExpression?> Build { get; }

    /// <summary>Extent and negative rules.</summary>
    public DatePatternOptions Options { get; }

    /// <summary>Every sequence of elements the pattern accepts (its optional elements expanded).</summary>
    public DateElement[][] Alternatives { get; }

    /// <summary>
    /// Matches one alternative at token <paramref name="start"/>, no further than <paramref name="limit"/>;
    /// <paramref name="order"/> reads ambiguous numeric dates. <paramref name="classes"/> holds each token's class
    /// bits (<see cref="DatePatternIndex.Classify"/>): a class element is tested only where its bit is set, so a
    /// failing alternative costs a bit test rather than a lexicon look-up.
    /// </summary>
    /// <returns>The token index just past the match, or -1.</returns>
    public static int Match(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<uint> classes, int start, int limit, DateElement[] elements, DateOrder order, ref DateCaptures captures)
    {
        int i = start;
        foreach (var element in elements)
        {
            if (i >= limit
                || (element.Kind != DateElementKind.Literal && (classes[i] & (1u << (int)element.Kind)) == 0)
                || !MatchElement(text, tokens[i], element, order, ref captures))
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    /// <summary>Whether <paramref name="token"/> matches <paramref name="element"/>, capturing its value into <paramref name="c"/>.</summary>
    internal static bool MatchElement(ReadOnlySpan<char> text, TextToken token, DateElement element, DateOrder order, ref DateCaptures c)
    {
        var t = token.GetText(text);
        bool word = token.Kind == TokenKind.Word;
        bool number = token.Kind == TokenKind.Number;
        bool capital = t.Length > 0 && char.IsUpper(t[0]);
        switch (element.Kind)
        {
            case DateElementKind.Literal:
                foreach (var w in element.Words!)
                {
                    if (t.Equals(w, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            case DateElementKind.Month:
                return word && capital && (c.Month = DateWords.Month(t)) > 0;
            case DateElementKind.BareMonth:
                // Abbreviations alone ("Jan", "Dec.") are names or noise far more often than months.
                return word && capital && t.Length >= 3 && (c.Month = DateWords.Month(t)) > 0 && t.Length == MonthNameLength(c.Month);
            case DateElementKind.Day:
                return number && AbsoluteDateParser.TryDay(t, out c.Day);
            case DateElementKind.Year:
                return number && AbsoluteDateParser.TryYear(t, out c.Year);
            case DateElementKind.Weekday:
                if (word && capital && DateLexicon.FullWeekday(t) is DayOfWeek d)
                {
                    c.Weekday = (int)d;
                    return true;
                }

                return false;
            case DateElementKind.Season:
                return word && (c.Season = DateLexicon.Season(t)) >= 0;
            case DateElementKind.Count:
                return (word || number) && (c.Count = DateLexicon.Count(t)) >= 0;
            case DateElementKind.Unit:
            case DateElementKind.Units:
                if (word && DateLexicon.Unit(t, element.Kind == DateElementKind.Units) is DateUnit unit)
                {
                    c.Unit = unit;
                    return true;
                }

                return false;
            case DateElementKind.Ordinal:
                return (c.Ordinal = DateLexicon.Ordinal(t)) > 0;
            case DateElementKind.Relation:
                if (word && DateLexicon.Relation(t) is int relation)
                {
                    c.Relation = relation;
                    return true;
                }

                return false;
            case DateElementKind.Decade:
                return number && DateLexicon.TryDecade(t, out c.Year, out c.Unit);
            case DateElementKind.NumericDate:
                return number && AbsoluteDateParser.TryParseNumeric(t, order, out c.Date);
            case DateElementKind.PartMonth:
                return word && DateLexicon.TrySplitPart(t, out var m) && m.Length > 0 && char.IsUpper(m[0]) && (c.Month = DateWords.Month(m)) > 0 && m.Length == MonthNameLength(c.Month);
            case DateElementKind.PartYear:
                return word && DateLexicon.TrySplitPart(t, out var y) && AbsoluteDateParser.TryYear(y, out c.Year);
            case DateElementKind.PartDecade:
                return word && DateLexicon.TrySplitPart(t, out var dec) && DateLexicon.TryDecade(dec, out c.Year, out c.Unit);
            case DateElementKind.OrdinalPeriod:
                return word && DateLexicon.TryOrdinalPeriod(t, out c.Ordinal, out c.Unit);
            case DateElementKind.ShortYearDate:
                return number && AbsoluteDateParser.TryParseShortYear(t, order, out c.Month, out c.Day, out c.Count);
            case DateElementKind.PeriodCode:
                return word && DateLexicon.TryPeriodCode(t, out c.Ordinal, out c.Unit);
            case DateElementKind.DecadeWord:
                return word && (c.Year = DateLexicon.DecadeWord(t)) > 0;
            case DateElementKind.Tens:
                return word && (c.Count = DateLexicon.Tens(t)) >= 10;
            case DateElementKind.CenturyOrdinal:
                return (c.Count = CenturyOrdinal(t)) > 0;
            default:
                return false;
        }
    }

    private static int MonthNameLength(int month) => month switch
    {
        1 => 7,
        2 => 8,
        3 => 5,
        4 => 5,
        5 => 3,
        6 => 4,
        7 => 4,
        8 => 6,
        9 => 9,
        10 => 7,
        11 => 8,
        _ => 8,
    };

    private static int CenturyOrdinal(ReadOnlySpan<char> t)
    {
        if (t.Length == 4 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && (t.EndsWith("th", StringComparison.OrdinalIgnoreCase) || t.EndsWith("st", StringComparison.OrdinalIgnoreCase)))
        {
            return ((t[0] - '0') * 10) + (t[1] - '0');
        }

        return DateLexicon.Is(t, "nineteenth") ? 19 : DateLexicon.Is(t, "twentieth") ? 20 : DateLexicon.Is(t, "twenty-first") ? 21 : 0;
    }

    private static DateElement[][] Expand(string source)
    {
        var pieces = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<List<DateElement>> { new() };
        foreach (var raw in pieces)
        {
            bool optional = raw.Length > 1 && raw[^1] == '?';
            string piece = optional ? raw[..^1] : raw;
            var element = piece[0] == '<' ? new DateElement(ClassOf(piece), null) : new DateElement(DateElementKind.Literal, piece.Split('|'));
            var next = new List<List<DateElement>>(result.Count * 2);
            foreach (var alternative in result)
            {
                if (optional)
                {
                    next.Add([.. alternative]);
                }

                alternative.Add(element);
                next.Add(alternative);
            }

            result = next;
        }

        return result.Where(a => a.Count > 0).Select(a => a.ToArray()).ToArray();
    }

    private static DateElementKind ClassOf(string piece) => piece switch
    {
        "<month>" => DateElementKind.Month,
        "<bare-month>" => DateElementKind.BareMonth,
        "<day>" => DateElementKind.Day,
        "<year>" => DateElementKind.Year,
        "<weekday>" => DateElementKind.Weekday,
        "<season>" => DateElementKind.Season,
        "<count>" => DateElementKind.Count,
        "<unit>" => DateElementKind.Unit,
        "<units>" => DateElementKind.Units,
        "<ordinal>" => DateElementKind.Ordinal,
        "<rel>" => DateElementKind.Relation,
        "<decade>" => DateElementKind.Decade,
        "<numeric-date>" => DateElementKind.NumericDate,
        "<part-month>" => DateElementKind.PartMonth,
        "<part-year>" => DateElementKind.PartYear,
        "<part-decade>" => DateElementKind.PartDecade,
        "<ordinal-period>" => DateElementKind.OrdinalPeriod,
        "<century-ordinal>" => DateElementKind.CenturyOrdinal,
        "<tens>" => DateElementKind.Tens,
        "<decade-word>" => DateElementKind.DecadeWord,
        "<q-period>" => DateElementKind.PeriodCode,
        "<short-year-date>" => DateElementKind.ShortYearDate,
        _ => throw new ArgumentException($"Unknown pattern class {piece}", nameof(piece)),
    };
}
