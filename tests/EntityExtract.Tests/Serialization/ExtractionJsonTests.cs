using System.Text.Json;
using EntityExtract.Serialization;

namespace EntityExtract.Tests.Serialization;

/// <summary>The output contract of output-schema.md: field names, order, null handling and offsets.</summary>
public class ExtractionJsonTests
{
    private static ExtractionResult Sample() => new(
        [
            new Mention(MentionType.Person, 0, 3, "Kim", "Kim Jong Un"),
            new Mention(MentionType.Place, 4, 13, "Pyongyang", "Pyongyang"),
            new Mention(MentionType.Organization, 14, 18, "KCNA", "Korean Central News Agency"),
            new Mention(MentionType.Date, 19, 26, "Tuesday", null, "2025-12-09"),
            new Mention(MentionType.Date, 27, 32, "later", null, null),
        ],
        [
            new Quote(40, 45, "words", QuoteKind.Direct, "Ahn Chan-il", 50, 61, "said"),
            new Quote(70, 75, "other", QuoteKind.Partial),
        ],
        new DateOnly(2025, 12, 11));

    [Fact]
    public void Writes_exactly_the_schema()
    {
        string json = ExtractionJson.Serialize(Sample());
        Assert.Equal(
            """{"entities":[{"type":"person","text":"Kim","start":0,"end":3,"canonical":"Kim Jong Un","confidence":1},{"type":"place","text":"Pyongyang","start":4,"end":13,"canonical":"Pyongyang","confidence":1},{"type":"organization","text":"KCNA","start":14,"end":18,"canonical":"Korean Central News Agency","confidence":1},{"type":"date","text":"Tuesday","start":19,"end":26,"value":"2025-12-09","confidence":1},{"type":"date","text":"later","start":27,"end":32,"confidence":1}],"quotes":[{"text":"words","start":40,"end":45,"speaker":"Ahn Chan-il","speakerStart":50,"speakerEnd":61,"cue":"said","kind":"direct","confidence":1},{"text":"other","start":70,"end":75,"speaker":null,"speakerStart":null,"speakerEnd":null,"cue":null,"kind":"partial","confidence":1}]}""",
            json);
    }

    [Theory]
    [InlineData(QuoteKind.Direct, "direct")]
    [InlineData(QuoteKind.Partial, "partial")]
    [InlineData(QuoteKind.Indirect, "indirect")]
    public void Every_quote_kind_is_written_in_lower_case(QuoteKind kind, string expected)
    {
        var result = new ExtractionResult([], [new Quote(0, 5, "words", kind)], null);
        using var doc = JsonDocument.Parse(ExtractionJson.Serialize(result));
        Assert.Equal(expected, doc.RootElement.GetProperty("quotes")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Non_ascii_text_stays_readable_and_round_trips()
    {
        var result = new ExtractionResult([new Mention(MentionType.Person, 0, 11, "Ahn Chan‑il", "Ahn Chan‑il"), new Mention(MentionType.Place, 12, 18, "Москва", "Москва")], [], null);
        string json = ExtractionJson.Serialize(result);
        Assert.Contains("Москва", json);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("Ahn Chan‑il", doc.RootElement.GetProperty("entities")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_lone_surrogate_in_a_mention_is_written_without_throwing()
    {
        string text = "\uD800";
        var result = new ExtractionResult([new Mention(MentionType.Person, 0, 1, text, text)], [], null);
        string json = ExtractionJson.Serialize(result);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(1, doc.RootElement.GetProperty("entities")[0].GetProperty("end").GetInt32());
    }
}
