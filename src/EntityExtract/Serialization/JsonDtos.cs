using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityExtract.Serialization;

// The wire shapes of output-schema.md. They live here, at the edge, so that the domain types carry no
// serializer attributes (style.md §5). Property order is the schema's order.
internal sealed class ResultDto
{
    public required IReadOnlyList<EntityDto> Entities { get; init; }

    public required IReadOnlyList<QuoteDto> Quotes { get; init; }
}

internal sealed class BatchResultDto
{
    public JsonElement? Id { get; init; }

    public required IReadOnlyList<EntityDto> Entities { get; init; }

    public required IReadOnlyList<QuoteDto> Quotes { get; init; }
}

internal sealed class BatchErrorDto
{
    public JsonElement? Id { get; init; }

    public required string Error { get; init; }
}

internal sealed class EntityDto
{
    public required string Type { get; init; }

    public required string Text { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Canonical { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; init; }

    public double Confidence { get; init; }
}

internal sealed class QuoteDto
{
    public required string Text { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public string? Speaker { get; init; }

    public int? SpeakerStart { get; init; }

    public int? SpeakerEnd { get; init; }

    public string? Cue { get; init; }

    public double Confidence { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(ResultDto))]
[JsonSerializable(typeof(BatchResultDto))]
[JsonSerializable(typeof(BatchErrorDto))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext
{
}
