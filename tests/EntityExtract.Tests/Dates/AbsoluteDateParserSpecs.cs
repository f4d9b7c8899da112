using EntityExtract.Dates;

namespace EntityExtract.Tests.Dates;

/// <summary>All-numeric dates: text and order → ISO date, or "none".</summary>
public class AbsoluteDateParserSpecs
{
    [Theory]
    [InlineData("2025-12-11", DateOrder.MonthFirst, "2025-12-11")]
    [InlineData("20251211", DateOrder.MonthFirst, "2025-12-11")]
    [InlineData("12/11/2025", DateOrder.MonthFirst, "2025-12-11")]
    [InlineData("12/11/2025", DateOrder.DayFirst, "2025-11-12")]
    [InlineData("25/12/2025", DateOrder.MonthFirst, "2025-12-25")]
    [InlineData("11.12.2025", DateOrder.DayFirst, "2025-12-11")]
    [InlineData("11-12-2025", DateOrder.DayFirst, "2025-12-11")]
    [InlineData("2/29/2024", DateOrder.MonthFirst, "2024-02-29")]
    [InlineData("2/29/2025", DateOrder.MonthFirst, "none")]
    [InlineData("13/13/2025", DateOrder.MonthFirst, "none")]
    [InlineData("2025-13-01", DateOrder.MonthFirst, "none")]
    [InlineData("12345678", DateOrder.MonthFirst, "none")]
    [InlineData("3.5", DateOrder.MonthFirst, "none")]
    [InlineData("1,000", DateOrder.MonthFirst, "none")]
    [InlineData("10:30", DateOrder.MonthFirst, "none")]
    [InlineData("123/4/2025", DateOrder.MonthFirst, "none")]
    [InlineData("", DateOrder.MonthFirst, "none")]
    public void Parses_numeric_dates(string text, DateOrder order, string expected)
    {
        string actual = AbsoluteDateParser.TryParseNumeric(text, order, out var date) ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none";
        Assert.Equal(expected, actual);
    }
}
