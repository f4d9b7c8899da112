namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The quote classifier (src/EntityExtract/Quotes/QuoteClassifier.cs): input → the quotes kept as speech, written
/// <c>quoted words | kind</c> and joined by " ; ", or an empty string when no quote is speech. Direct quotes are a
/// clause or more; partial quotes are fragments woven into reported speech; titles, labels, terms and scare quotes
/// are not speech (PARC 3.0). Every sentence is written for these tests.
/// </summary>
public class QuoteClassifierSpecs
{
    // These tables are about quotes between marks and their sieves; reported speech has its own specs
    // (ReportedSpeechSpecs), so it is switched off here.
    private static readonly ExtractionOptions MarksOnly = new() { IncludeReportedSpeech = false };

    public static TheoryData<string, string> Cases => new()
    {
        // Direct: a capital that opens the clause (after a colon, at the paragraph's start).
        { "Tom Walsh said: “We will build the bridge.”", "We will build the bridge. | Direct" },
        { "“We will build the bridge next year,” Tom Walsh said.", "We will build the bridge next year, | Direct" },

        // Direct: a clause of four words or more that ends inside the marks and opens after a comma.
        { "According to Tom Walsh, “the bridge will open in May.”", "the bridge will open in May. | Direct" },

        // Partial: a fragment inside the reported clause, even when it ends with the sentence's period.
        { "Tom Walsh called the plan “a costly mistake” on Monday.", "a costly mistake | Partial" },
        { "Tom Walsh said the bridge was “far too expensive for a small town.”", "far too expensive for a small town. | Partial" },
        { "Tom Walsh said on Monday that the bridge was “safe.”", "safe. | Partial" },

        // Not speech: quoted words in a headline, a label at the start of a line, a markup attribute, a title after a possessive.
        { "Mayor Says “No” to Bridge\n\nThe council met on Monday.", "" },
        { "• The “Savings”: a plan to cut costs\n\nThe council met on Monday.", "" },
        { "<div id=\"main\">The council met on Monday.</div>", "" },
        { "The BBC’s “Morning Show” covered the vote.", "" },

        // Not speech: a term after a signal word, whatever its length.
        { "The plan, dubbed “the bridge to nowhere”, was dropped.", "" },
        { "The square, known as “the heart of the city”, was closed.", "" },

        // Not speech: a short or Title-Case fragment with no reporting verb in its sentence (a scare quote or a title).
        { "The bridge opened after years of “hard work” by the crews.", "" },
        { "The “bridge” is closed.", "" },
        { "Crowds lined up for “The Grand Parade Of Lights” on Friday.", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classifies_quotes(string input, string expected)
    {
        var result = EntityExtractor.Extract(input, MarksOnly);
        Assert.Equal(expected, string.Join(" ; ", result.Quotes.Select(q => $"{q.Text} | {q.Kind}")));
    }
}
