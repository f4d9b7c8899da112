namespace EntityExtract.Tests.Dates;

/// <summary>More datelines: day-first, impossible dates, a date that is not at the top.</summary>
public class DatelineEdgeSpecs
{
    public static TheoryData<string, string?> Cases => new()
    {
        { "Thursday, December 11, 2025\n\nHeadline here\n\nStory.", "2025-12-11" },
        { "2025-12-11\nStory.", "2025-12-11" },
        { "Dec. 11, 2025 — The meeting ended.", "2025-12-11" },
        { "WASHINGTON, Dec. 11, 2025 — The meeting ended.", "2025-12-11" },
        { "11 December 2025\n\nStory.", "2025-12-11" },
        { "Headline\n\nThe meeting ended on Dec. 11, 2025 in Seoul.", null },
        { "No date anywhere.", null },
        { "February 30, 2025\n\nImpossible dates are not datelines.", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_dateline(string text, string? expected)
    {
        var actual = EntityExtractor.Extract(text).ReferenceDate;
        Assert.Equal(expected, actual?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
