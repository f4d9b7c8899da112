using EntityExtract.Internal;
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

    [Fact]
    public void A_list_holds_the_british_form_of_each_of_its_words_exactly_when_the_map_gives_one_of_them()
    {
        // Holds answers most misses from the last three letters alone, before the map is asked: for every word of the
        // cue lexicon and every ending of the resource, the British form built from it (in lower and in upper case)
        // must be held exactly when the map turns it into a word of that list.
        var endings = WordList.LoadMap("attribution-british-suffixes", ignoreCase: true);
        Span<char> buffer = stackalloc char[32];
        int held = 0;
        foreach (var list in new[] { ReportedDocument.Cues, ReportedDocument.SourcelessCues, ReportedDocument.StrongCues })
        {
            foreach (string word in list.Items)
            {
                foreach (var (british, american) in endings)
                {
                    if (!word.EndsWith(american, StringComparison.OrdinalIgnoreCase) || word.Length - american.Length < 3)
                    {
                        continue;
                    }

                    string form = word[..^american.Length] + british;
                    foreach (string written in new[] { form, form.ToUpperInvariant() })
                    {
                        var us = ReportedDocument.American(written, buffer);
                        bool expected = list.Contains(written) || (!us.IsEmpty && list.Contains(us));
                        Assert.Equal(expected, ReportedDocument.Holds(list, written));
                        held += expected ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(held > 50, $"only {held} British forms held");
    }
}
