using EntityExtract.Tools;

namespace EntityExtract.Tests.Dates;

/// <summary>The evaluation's TimeML reader: tags stripped, entities decoded, offsets exact, the DCT found.</summary>
public class TimeMLDocumentTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-12-11" functionInDocument="CREATION_TIME">12/11/25</TIMEX3></DCT>
        <TEXT>
        The board <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-12-09">Tuesday</TIMEX3> &amp; agreed
        to talks for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Strips_tags_and_keeps_offsets()
    {
        var doc = TimeMLDocument.Parse("sample", Sample);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.CreationTime);
        Assert.Equal(2, doc.Timexes.Count);
        var date = doc.Timexes[0];
        Assert.Equal(("DATE", "2025-12-09", "Tuesday"), (date.Type, date.Value, doc.Text[date.Start..date.End]));
        var duration = doc.Timexes[1];
        Assert.Equal(("DURATION", "two days"), (duration.Type, doc.Text[duration.Start..duration.End]));
        Assert.Contains("Tuesday & agreed", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_text_is_empty()
    {
        var doc = TimeMLDocument.Parse("empty", "<TimeML></TimeML>");
        Assert.Equal(string.Empty, doc.Text);
        Assert.Empty(doc.Timexes);
        Assert.Null(doc.CreationTime);
    }
}
