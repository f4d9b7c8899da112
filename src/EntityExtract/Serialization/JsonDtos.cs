using System.Text.Json.Serialization;

namespace EntityExtract.Serialization;

// The wire shapes of output-schema.md. They live here, at the edge, so that the domain types carry no
// serializer attributes (style.md §5). Property order is the schema's order.
internal sealed class ResultDto
{
    public required IReadOnlyList<EntityDto> Entities { get; init; }

    public required IReadOnlyList<QuoteDto> Quotes { get; init; }
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

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GeoDto? Geo { get; init; }
}

// A place's location (output-schema.md "geo"); geonameId is left out when the gazetteer has none (countries,
// regions and continents), countryCode for a continent.
internal sealed class GeoDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? GeonameId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CountryCode { get; init; }

    public required string Kind { get; init; }

    public double Lat { get; init; }

    public double Lon { get; init; }
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

    public required string Kind { get; init; }

    public double Confidence { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(ResultDto))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext
{
}
