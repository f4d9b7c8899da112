using EntityExtract.Quotes;

namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The spelling map of the reported-speech stage (<c>attribution-british-suffixes.txt</c>): a British form of a word
/// of the attribution lexicons reads as its American form; a word whose American-looking form is no such word stays
/// as written.
/// </summary>
public class BritishSpellingSpecs
{
    [Theory]
    [InlineData("criticised", "criticized")]
    [InlineData("Criticises", "criticizes")]
    [InlineData("recognised", "recognized")]
    [InlineData("apologised", "apologized")]
    [InlineData("emphasise", "emphasize")]
    [InlineData("rumoured", "rumored")]
    [InlineData("labelled", "labeled")]
    [InlineData("favour", "favor")]
    [InlineData("promise", "")]
    [InlineData("rise", "")]
    [InlineData("wise", "")]
    [InlineData("advertise", "")]
    [InlineData("four", "")]
    [InlineData("called", "")]
    [InlineData("criticized", "")]
    [InlineData("said", "")]
    public void A_british_form_of_a_cue_word_reads_as_its_american_form(string word, string american)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.Equal(american, ReportedDocument.American(word, buffer).ToString());
    }

    [Fact]
    public void Every_lexicon_that_holds_an_american_form_holds_its_british_one_through_the_map()
    {
        Assert.True(ReportedDocument.Holds(ReportedDocument.Cues, "criticised"));
        Assert.True(ReportedDocument.Holds(ReportedDocument.SourcelessCues, "rumoured"));
        Assert.False(ReportedDocument.Holds(ReportedDocument.Cues, "advertised"));
        // A list of no cue words is not read through the map.
        Assert.False(ReportedDocument.Holds(ReportedDocument.DegreeWords, "criticised"));
    }
}
