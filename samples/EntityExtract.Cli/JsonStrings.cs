using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EntityExtract.Cli;

/// <summary>
/// Reads a JSON string value exactly, including lone surrogates written as <c>\ud800</c>, which
/// System.Text.Json refuses to unescape. RFC 8259 §7 allows any code unit in a \u escape, and a text
/// must not lose data on its way into the extractor.
/// </summary>
internal static class JsonStrings
{
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Unescape(element.GetRawText());
        }
    }

    private static string Unescape(string raw)
    {
        // raw is a valid JSON string token, quotes included: the parser has already checked its syntax.
        var builder = new StringBuilder(raw.Length);
        for (int i = 1; i < raw.Length - 1; i++)
        {
            char c = raw[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            char e = raw[++i];
            switch (e)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(e); break;
            }
        }

        return builder.ToString();
    }
}
