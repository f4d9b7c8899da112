namespace EntityExtract.Tests.Entities;

/// <summary>
/// The recognizer as a specification: each row is a sentence written for these tests and the person,
/// place and organization mentions expected in it (<c>Type:text</c>, in order; "-" for none).
/// </summary>
public class EntityRecognitionSpecs
{
    public static TheoryData<string, string> Cases => new()
    {
        // Plain running text.
        { "Angela Merkel met Emmanuel Macron in Paris on Monday.", "Person:Angela Merkel|Person:Emmanuel Macron|Place:Paris" },
        { "Officials of the World Health Organization said the outbreak in Brazil was slowing.", "Organization:World Health Organization|Place:Brazil" },
        // Sentence-initial capitals that are not names.
        { "Despite the rain, thousands marched through London.", "Place:London" },
        { "Should the talks fail, Germany will act alone.", "Place:Germany" },
        // Possessives stay outside the span.
        { "A spokesman for Vladimir Putin's office said Moscow would respond.", "Person:Vladimir Putin|Place:Moscow" },
        // A capital city standing for its government is a place.
        { "Washington said on Tuesday it would impose new sanctions.", "Place:Washington" },
        // No entities.
        { "He said the weather would improve later in the week.", "-" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_expected_mentions(string sentence, string expected)
    {
        var result = EntityExtractor.Extract(sentence);
        string actual = Describe(result);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_span_is_the_substring_it_claims()
    {
        const string text = "Barack Obama’s visit to Nairobi, Kenya, was praised by the African Union and by Kenyatta's party.";
        foreach (var m in EntityExtractor.Extract(text).Mentions)
        {
            Assert.Equal(text[m.Start..m.End], m.Text);
            Assert.False(m.Text.EndsWith("’s", StringComparison.Ordinal) || m.Text.EndsWith("'s", StringComparison.Ordinal), m.ToString());
            Assert.False(m.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase), m.ToString());
        }
    }

    internal static string Describe(ExtractionResult result)
    {
        var parts = result.Mentions
            .Where(static m => m.Type is MentionType.Person or MentionType.Place or MentionType.Organization)
            .Select(static m => $"{m.Type}:{m.Text}")
            .ToList();
        return parts.Count == 0 ? "-" : string.Join("|", parts);
    }
}
