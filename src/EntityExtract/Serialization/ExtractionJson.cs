using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityExtract.Serialization;

/// <summary>
/// Writes results as the JSON of <c>output-schema.md</c>: the contract that the console prints and
/// external tools score. (The console's batch form, one line per input line with its <c>id</c>, is this
/// object with the id put in front; it belongs to the console.) Source-generated System.Text.Json;
/// trimming- and AOT-safe. Thread-safe.
/// </summary>
public static class ExtractionJson
{
    private static readonly ExtractionJsonContext Compact = new(CreateOptions(indented: false));
    private static readonly ExtractionJsonContext Indented = new(CreateOptions(indented: true));

    /// <summary>Serializes a result as <c>{"entities": [...], "quotes": [...]}</c>.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    public static string Serialize(ExtractionResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var context = indented ? Indented : Compact;
        return JsonSerializer.Serialize(ToDto(result), context.ResultDto);
    }

    /// <summary>
    /// Writes the same JSON as <see cref="Serialize(ExtractionResult, bool)"/>, byte for byte, as UTF-8 straight
    /// into <paramref name="utf8Json"/>, without building a string: for writers of large outputs.
    /// </summary>
    /// <param name="utf8Json">The stream to write to; the JSON is written completely and the stream left open.</param>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    public static void Write(Stream utf8Json, ExtractionResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(result);
        var context = indented ? Indented : Compact;
        JsonSerializer.Serialize(utf8Json, ToDto(result), context.ResultDto);
    }

    private static ResultDto ToDto(ExtractionResult result) => new() { Entities = ToDtos(result.Mentions), Quotes = ToDtos(result.Quotes) };

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // Names and quotes in any script stay readable; the output is UTF-8 JSON, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static EntityDto[] ToDtos(IReadOnlyList<Mention> mentions)
    {
        var dtos = new EntityDto[mentions.Count];
        for (int i = 0; i < dtos.Length; i++)
        {
            var m = mentions[i];
            dtos[i] = new EntityDto
            {
                Type = TypeName(m.Type),
                Text = m.Text,
                Start = m.Start,
                End = m.End,
                Canonical = m.Type == MentionType.Date ? null : m.Canonical ?? m.Text,
                Value = m.Type == MentionType.Date ? m.Value : null,
                Geo = m.Geo is { } g ? new GeoDto { GeonameId = g.GeonameId, CountryCode = g.CountryCode, Kind = KindName(g.Kind), Lat = g.Latitude, Lon = g.Longitude } : null,
                Confidence = m.Confidence,
            };
        }

        return dtos;
    }

    private static QuoteDto[] ToDtos(IReadOnlyList<Quote> quotes)
    {
        var dtos = new QuoteDto[quotes.Count];
        for (int i = 0; i < dtos.Length; i++)
        {
            var q = quotes[i];
            dtos[i] = new QuoteDto
            {
                Text = q.Text,
                Start = q.Start,
                End = q.End,
                Speaker = q.Speaker,
                SpeakerStart = q.SpeakerStart,
                SpeakerEnd = q.SpeakerEnd,
                Cue = q.Cue,
                Kind = KindName(q.Kind),
                Confidence = q.Confidence,
            };
        }

        return dtos;
    }

    private static string KindName(Places.GeoKind kind) => kind switch
    {
        Places.GeoKind.Country => "country",
        Places.GeoKind.Region => "region",
        Places.GeoKind.City => "city",
        Places.GeoKind.Continent => "continent",
        _ => "other",
    };

    // The schema's lower-case type name.
    private static string TypeName(MentionType type) => type switch
    {
        MentionType.Person => "person",
        MentionType.Place => "place",
        MentionType.Organization => "organization",
        MentionType.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    // The schema's lower-case quote kind.
    private static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Indirect => "indirect",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
