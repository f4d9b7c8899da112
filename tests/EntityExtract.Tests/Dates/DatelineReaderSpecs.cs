namespace EntityExtract.Tests.Dates;

/// <summary>The top of an article → the reference date its dateline gives, or "none".</summary>
public class DatelineReaderSpecs
{
    [Theory]
    [InlineData("Thursday, December 11, 2025\n\nThe meeting ended.", "2025-12-11")]
    [InlineData("2025-12-11\n\nThe meeting ended.", "2025-12-11")]
    [InlineData("WASHINGTON, Dec. 11, 2025 — The meeting ended.", "2025-12-11")]
    [InlineData("Published: December 11, 2025\n\nThe meeting ended.", "2025-12-11")]
    [InlineData("Updated Dec. 11, 2025 at 3:15 p.m.\n\nThe meeting ended.", "2025-12-11")]
    [InlineData("Last updated on 11 December 2025\n\nThe meeting ended.", "2025-12-11")]
    [InlineData("The meeting ended on Tuesday.", "none")]
    [InlineData("Date: unknown\n\nThe meeting ended.", "none")]
    public void Reads_the_dateline(string text, string expected)
    {
        var reference = EntityExtractor.Extract(text).ReferenceDate;
        Assert.Equal(expected, reference?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none");
    }
}
