using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EntityExtract.Serialization;

namespace EntityExtract.Cli;

/// <summary>
/// The batch form of <c>output-schema.md</c>, which belongs to the console rather than to the library:
/// one line per input line, <c>{"id": ..., "entities": [...], "quotes": [...]}</c> or
/// <c>{"id": ..., "error": "..."}</c>, without a newline. The entities and quotes are the library's own
/// <see cref="ExtractionJson"/>, so the batch form and the schema cannot drift apart. Thread-safe.
/// </summary>
internal static class BatchJson
{
    // The same escaping as ExtractionJson: names and quotes in any script stay readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int ScratchBytes = 16 << 10;
    private const int MaxKeptScratchBytes = 1 << 20;

    [ThreadStatic]
    private static MemoryStream? t_scratch;

    /// <summary>A result line: the schema object with the input's <c>id</c> first, copied as it was (any JSON value).</summary>
    public static string Line(JsonElement? id, ExtractionResult result) => Encoding.UTF8.GetString(LineUtf8(id, result).Span);

    /// <summary><see cref="Line"/> as UTF-8, written straight from the serializer without a string in between.</summary>
    public static ReadOnlyMemory<byte> LineUtf8(JsonElement? id, ExtractionResult result)
    {
        // ExtractionJson writes {"entities":[...],"quotes":[...]}: the line is that object with "id" put in
        // front, so its opening brace becomes the comma after the id.
        // Each thread writes its lines into one scratch stream that it keeps (issue 14): a fresh stream per line
        // grew through 4, 8 and 16 KB for a news article's 6 KB line; now only the exact-size line is allocated.
        var buffer = t_scratch ??= new MemoryStream(ScratchBytes);
        buffer.SetLength(0);
        buffer.Write("{\"id\":"u8);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteId(writer, id);
        }

        int brace = (int)buffer.Length;
        ExtractionJson.Write(buffer, result);
        byte[] bytes = buffer.GetBuffer();
        bytes[brace] = (byte)',';
        byte[] line = bytes.AsSpan(0, (int)buffer.Length).ToArray();
        if (buffer.Capacity > MaxKeptScratchBytes)
        {
            // A huge article's line is not kept alive beside the models for the rest of the run.
            t_scratch = null;
        }

        return line;
    }

    /// <summary>An error line: <c>{"id": ..., "error": "..."}</c>, the id <c>null</c> when it could not be read.</summary>
    public static string Error(JsonElement? id, string error) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        WriteId(writer, id);
        writer.WriteString("error", error);
        writer.WriteEndObject();
    });

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
