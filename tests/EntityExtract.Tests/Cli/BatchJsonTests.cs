using System.Text.Json;
using EntityExtract.Cli;
using EntityExtract.Serialization;

namespace EntityExtract.Tests.Cli;

/// <summary>The console's batch form (output-schema.md, "Batch form"): the schema object with the input's id in front.</summary>
public class BatchJsonTests
{
    public static TheoryData<string?, string> Ids => new()
    {
        { null, """{"id":null,"entities":[],"quotes":[]}""" },
        { "7", """{"id":7,"entities":[],"quotes":[]}""" },
        { "\"a-1\"", """{"id":"a-1","entities":[],"quotes":[]}""" },
        { """{"n":[1,"a"]}""", """{"id":{"n":[1,"a"]},"entities":[],"quotes":[]}""" },
        { "\"Москва\"", """{"id":"Москва","entities":[],"quotes":[]}""" },
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Result_lines_carry_the_id_as_given(string? idJson, string expected)
    {
        using var id = idJson is null ? null : JsonDocument.Parse(idJson);
        Assert.Equal(expected, BatchJson.Line(id?.RootElement, ExtractionResult.Empty));
    }

    [Fact]
    public void A_result_line_is_the_schema_object_with_the_id_first()
    {
        var result = new ExtractionResult(
            [new Mention(MentionType.Person, 0, 3, "Kim", "Kim Jong Un"), new Mention(MentionType.Date, 8, 15, "Tuesday", null, "2025-12-09")],
            [new Quote(20, 25, "words", QuoteKind.Direct, "Kim Jong Un", 0, 3, "said")],
            null);
        using var id = JsonDocument.Parse("\"x\"");
        Assert.Equal("{\"id\":\"x\"," + ExtractionJson.Serialize(result)[1..], BatchJson.Line(id.RootElement, result));
    }

    [Theory]
    [InlineData(null, "bad", """{"id":null,"error":"bad"}""")]
    [InlineData("3", "the object has no \"text\"", """{"id":3,"error":"the object has no \"text\""}""")]
    [InlineData("\"é\"", "£ and “quotes”", """{"id":"é","error":"£ and “quotes”"}""")]
    public void Error_lines_carry_the_id_and_the_reason(string? idJson, string error, string expected)
    {
        using var id = idJson is null ? null : JsonDocument.Parse(idJson);
        Assert.Equal(expected, BatchJson.Error(id?.RootElement, error));
    }
}
