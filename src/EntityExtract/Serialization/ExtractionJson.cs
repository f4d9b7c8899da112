using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityExtract.Serialization;

/// <summary>
/// Writes results as the JSON of <c>output-schema.md</c>: the contract that the console prints and
/// external tools score. (The console's batch form, one line per input line with its <c>id</c>, is this
/// object with the id put in front; it belongs to the console.) Written with System.Text.Json's Utf8JsonWriter;
/// trimming- and AOT-safe. Thread-safe.
/// </summary>
public static class ExtractionJson
{
    // Written by hand on a Utf8JsonWriter (issue 14): the serializer's source-generated fast path is off whenever an
    // Encoder is set, so it walked its metadata and built a DTO per mention and quote. Same bytes, compact and
    // indented (compared on 800 BBC articles, and the console's batch output on all BBC cmp-identical); property
    // order and null handling are output-schema.md's.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    // Property names encoded once, as the serializer did; a string name is checked and escaped on every write.
    private static readonly JsonEncodedText EntitiesKey = JsonEncodedText.Encode("entities");
    private static readonly JsonEncodedText QuotesKey = JsonEncodedText.Encode("quotes");
    private static readonly JsonEncodedText TypeKey = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText TextKey = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText StartKey = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndKey = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText ValueKey = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText CanonicalKey = JsonEncodedText.Encode("canonical");
    private static readonly JsonEncodedText ConfidenceKey = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText GeoKey = JsonEncodedText.Encode("geo");
    private static readonly JsonEncodedText GeonameIdKey = JsonEncodedText.Encode("geonameId");
    private static readonly JsonEncodedText CountryCodeKey = JsonEncodedText.Encode("countryCode");
    private static readonly JsonEncodedText KindKey = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText LatKey = JsonEncodedText.Encode("lat");
    private static readonly JsonEncodedText LonKey = JsonEncodedText.Encode("lon");
    private static readonly JsonEncodedText SpeakerKey = JsonEncodedText.Encode("speaker");
    private static readonly JsonEncodedText SpeakerStartKey = JsonEncodedText.Encode("speakerStart");
    private static readonly JsonEncodedText SpeakerEndKey = JsonEncodedText.Encode("speakerEnd");
    private static readonly JsonEncodedText CueKey = JsonEncodedText.Encode("cue");

    /// <summary>Serializes a result as <c>{"entities": [...], "quotes": [...]}</c>.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    public static string Serialize(ExtractionResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            WriteResult(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
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
        using var writer = new Utf8JsonWriter(utf8Json, indented ? Indented : Compact);
        WriteResult(writer, result);
    }

    private static void WriteResult(Utf8JsonWriter writer, ExtractionResult result)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(EntitiesKey);
        foreach (var m in result.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString(TypeKey, TypeName(m.Type));
            writer.WriteString(TextKey, m.Text);
            writer.WriteNumber(StartKey, m.Start);
            writer.WriteNumber(EndKey, m.End);

            // A date has a normalized value and no canonical name; every other mention has a canonical name.
            if (m.Type == MentionType.Date)
            {
                if (m.Value is { } value)
                {
                    writer.WriteString(ValueKey, value);
                }
            }
            else
            {
                writer.WriteString(CanonicalKey, m.Canonical ?? m.Text);
            }

            writer.WriteNumber(ConfidenceKey, m.Confidence);
            if (m.Geo is { } g)
            {
                // geonameId is left out when the gazetteer has none (countries, regions and continents),
                // countryCode for a continent.
                writer.WriteStartObject(GeoKey);
                if (g.GeonameId is { } geonameId)
                {
                    writer.WriteNumber(GeonameIdKey, geonameId);
                }

                if (g.CountryCode is { } countryCode)
                {
                    writer.WriteString(CountryCodeKey, countryCode);
                }

                writer.WriteString(KindKey, KindName(g.Kind));
                writer.WriteNumber(LatKey, g.Latitude);
                writer.WriteNumber(LonKey, g.Longitude);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(QuotesKey);
        foreach (var q in result.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString(TextKey, q.Text);
            writer.WriteNumber(StartKey, q.Start);
            writer.WriteNumber(EndKey, q.End);

            // Speaker, its span and the cue are written as null when unknown, never left out.
            writer.WriteString(SpeakerKey, q.Speaker);
            WriteNumberOrNull(writer, SpeakerStartKey, q.SpeakerStart);
            WriteNumberOrNull(writer, SpeakerEndKey, q.SpeakerEnd);
            writer.WriteString(CueKey, q.Cue);
            writer.WriteString(KindKey, KindName(q.Kind));
            writer.WriteNumber(ConfidenceKey, q.Confidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
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
