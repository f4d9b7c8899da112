using System.Globalization;
using EntityExtract.Pipeline;

namespace EntityExtract.Dates;

/// <summary>
/// Finds date expressions and normalizes them to ISO 8601 / TimeML TIMEX3 values against the reference date.
/// Two phases, after HeidelTime (Strötgen and Gertz): a pattern table over tokens recognizes each expression
/// and gives it an underspecified value; a pure function then resolves that value against the reference date
/// and the tense of its clause. Relative dates get no value when the reference date is unknown. Stateless and
/// thread-safe: one instance may serve any number of concurrent documents.
/// </summary>
public sealed class DateRecognitionStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var found = DateRecognizer.Recognize(text, context.Tokens, context.Segments, context.Options.NumericDateOrder, context.CancellationToken);

        // Phase two. Document context, as HeidelTime keeps it for narratives: the last quarter named (for "the
        // quarter") and the last date of the same sentence (for "a year earlier").
        string? lastQuarter = null;
        string? sentenceAnchor = null;
        string? narrativeAnchor = null;
        int anchorSentence = -1;
        foreach (var date in found)
        {
            if (date.Sentence != anchorSentence)
            {
                sentenceAnchor = null;
                anchorSentence = date.Sentence;
            }

            var e = date.Expression;
            string? value = e.Kind switch
            {
                DateKind.Anchored when sentenceAnchor is not null && IsPeriodValue(sentenceAnchor, yearToo: e.Part == 0) => DateNormalizer.ShiftYears(sentenceAnchor, e.Offset),
                DateKind.Anchored when lastQuarter is not null => DateNormalizer.ShiftYears(lastQuarter, e.Offset),
                DateKind.Narrative => narrativeAnchor is null ? null : DateNormalizer.ShiftNarrative(narrativeAnchor, e.Unit, e.Offset),
                DateKind.ReportedQuarter when e.Year == 0 && e.Offset == 0 && lastQuarter is not null => lastQuarter,
                DateKind.ReportedQuarter when e.Year != 0 && lastQuarter is not null => e.Year.ToString("D4", CultureInfo.InvariantCulture) + lastQuarter[4..],
                _ => DateNormalizer.Normalize(e, context.ReferenceDate, date.Tense),
            };

            if (value is not null && e.Kind is not DateKind.Reference and not DateKind.Anchored && e.Unit is not DateUnit.Week and not DateUnit.Weekend)
            {
                sentenceAnchor = value;
            }

            // The narrative's last calendar date (a day, month or year, not a reference token, week or period).
            if (value is not null && e.Kind != DateKind.Reference && value.Length is 4 or 7 or 10 && char.IsAsciiDigit(value[^1]) && value[4..].IndexOf('Q') < 0 && value[4..].IndexOf('H') < 0)
            {
                narrativeAnchor = value;
            }

            // The quarter being reported is the latest one of the reference year named so far that is over: one
            // completed by the reference date, or one the text puts in the past ("reported fourth-quarter
            // earnings", "the fourth quarter ended Aug. 26"). A forecast ("into the fourth quarter") or an earlier
            // quarter named in passing ("after a flat second quarter") does not displace it.
            if (value is not null && e.Unit == DateUnit.Quarter && e.Kind != DateKind.Anchored && context.ReferenceDate is DateOnly r
                && value.StartsWith(r.Year.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                && IsOver(value, r, date.Tense, text.AsSpan(date.End))
                && (lastQuarter is null || string.CompareOrdinal(value, lastQuarter) > 0))
            {
                lastQuarter = value;
            }

            context.AddMention(new Mention(MentionType.Date, date.Start, date.End, text[date.Start..date.End], canonical: null, value: value));
        }
    }

    private static bool IsOver(string quarter, DateOnly reference, DateTense tense, ReadOnlySpan<char> after) =>
        string.CompareOrdinal(quarter, DateNormalizer.Shift(DateUnit.Quarter, reference, -1)) <= 0
        || tense == DateTense.Past
        || after.TrimStart().StartsWith("ended ", StringComparison.Ordinal);

    // Only a quarter or half (and, for "a year earlier", a year) is a sensible anchor: an earnings comparison.
    private static bool IsPeriodValue(string value, bool yearToo) => (yearToo && value.Length == 4) || (value.Length == 7 && value[5] is 'Q' or 'H');
}
