using EntityExtract.Tools;

namespace EntityExtract.Tests.Dates;

/// <summary>
/// The TIMEX3-equivalent value accuracy of <c>eval-dates</c> treats only spellings of one value as equal: unpadded
/// weeks, trailing unspecified components and X-suffixed decades and centuries. Underspecified middles stay unequal.
/// </summary>
public class DateValueEquivalenceSpecs
{
    [Theory]
    [InlineData("2000-W7", "2000-W07")]
    [InlineData("2000-W16-WE", "2000-W16-WE")]
    [InlineData("2000-W8-WE", "2000-W08-WE")]
    [InlineData("1949-XX", "1949")]
    [InlineData("1994-XX-XX", "1994")]
    [InlineData("1998-10-XX", "1998-10")]
    [InlineData("198X", "198")]
    [InlineData("19XX", "19")]
    [InlineData("1998-03-05", "1998-03-05")]
    [InlineData("PRESENT_REF", "PRESENT_REF")]
    public void Spellings_of_one_value_are_equivalent(string gold, string predicted) =>
        Assert.Equal(DateEvaluation.CanonicalValue(gold), DateEvaluation.CanonicalValue(predicted));

    [Theory]
    [InlineData("1989-WXX", "1989-W43")]
    [InlineData("1988-QX", "1988-Q3")]
    [InlineData("199X", "1995")]
    [InlineData("2000-W10", "2000-W1")]
    [InlineData("1998-XX-05", "1998-05")]
    [InlineData("1989-XX", "198")]
    [InlineData("P1W", "1998-W33")]
    public void Different_values_stay_different(string gold, string predicted) =>
        Assert.NotEqual(DateEvaluation.CanonicalValue(gold), DateEvaluation.CanonicalValue(predicted));

    [Fact]
    public void Null_stays_null() => Assert.Null(DateEvaluation.CanonicalValue(null));
}
