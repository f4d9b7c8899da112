using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityExtract.Serialization;

/// <summary>
/// Writes results as the JSON of <c>output-schema.md</c>: the contract that the console prints and
/// external tools score. Source-generated System.Text.Json; trimming- and AOT-safe. Thread-safe.
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
        return JsonSerializer.Serialize(new ResultDto { Entities = ToDtos(result.Mentions), Quotes = ToDtos(result.Quotes) }, context.ResultDto);
    }

    /// <summary>Serializes one output line of the batch form: <c>{"id": ..., "entities": [...], "quotes": [...]}</c>, without a newline.</summary>
    /// <param name="id">The input line's <c>id</c>, copied as it was (any JSON value), or <see langword="null"/>.</param>
    /// <param name="result">The result.</param>
    public static string SerializeBatchLine(JsonElement? id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(new BatchResultDto { Id = id, Entities = ToDtos(result.Mentions), Quotes = ToDtos(result.Quotes) }, Compact.BatchResultDto);
    }

    /// <summary>Serializes one error line of the batch form: <c>{"id": ..., "error": "..."}</c>, without a newline.</summary>
    /// <param name="id">The input line's <c>id</c>, when it could be read.</param>
    /// <param name="error">What was wrong with the line.</param>
    public static string SerializeBatchError(JsonElement? id, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return JsonSerializer.Serialize(new BatchErrorDto { Id = id, Error = error }, Compact.BatchErrorDto);
    }

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
                Confidence = q.Confidence,
            };
        }

        return dtos;
    }

    /// <summary>The schema's lower-case type name.</summary>
    /// <param name="type">The mention type.</param>
    public static string TypeName(MentionType type) => type switch
    {
        MentionType.Person => "person",
        MentionType.Place => "place",
        MentionType.Organization => "organization",
        MentionType.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
