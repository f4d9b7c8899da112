using System.Globalization;
using System.Text;

namespace EntityExtract.Tools;

/// <summary>One TIMEX3 annotation: its span in the tag-stripped TEXT, its TimeML type and normalized value.</summary>
/// <param name="Start">Offset of the first character in <see cref="TimeMLDocument.Text"/>.</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The normalized TIMEX3 value, such as <c>1998-08-07</c> or <c>PAST_REF</c>.</param>
public sealed record TimexAnnotation(int Start, int End, string Type, string Value);

/// <summary>
/// A TimeML (.tml) file reduced to what the date evaluation needs: the content of the TEXT element with
/// every tag stripped and entities decoded, the document creation time, and the TIMEX3 spans inside TEXT.
/// Written by hand rather than with an XML reader so that offsets into the stripped text stay exact.
/// </summary>
public sealed class TimeMLDocument
{
    private TimeMLDocument(string name, string text, DateOnly? creationTime, IReadOnlyList<TimexAnnotation> timexes)
    {
        Name = name;
        Text = text;
        CreationTime = creationTime;
        Timexes = timexes;
    }

    /// <summary>The file name.</summary>
    public string Name { get; }

    /// <summary>The TEXT element's content with tags stripped.</summary>
    public string Text { get; }

    /// <summary>The date of the TIMEX3 with <c>functionInDocument="CREATION_TIME"</c>, if any.</summary>
    public DateOnly? CreationTime { get; }

    /// <summary>Every TIMEX3 inside TEXT, in document order.</summary>
    public IReadOnlyList<TimexAnnotation> Timexes { get; }

    /// <summary>Reads a .tml file.</summary>
    /// <param name="path">The file.</param>
    public static TimeMLDocument Load(string path)
    {
        string xml = File.ReadAllText(path);
        return Parse(Path.GetFileName(path), xml);
    }

    /// <summary>Parses the text of a .tml file.</summary>
    /// <param name="name">A name for reports.</param>
    /// <param name="xml">The file's content.</param>
    public static TimeMLDocument Parse(string name, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        DateOnly? dct = null;
        int textOpen = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int textClose = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (textOpen < 0 || textClose < textOpen)
        {
            return new TimeMLDocument(name, string.Empty, FindCreationTime(xml, 0, xml.Length), []);
        }

        var sb = new StringBuilder(textClose - textOpen);
        var timexes = new List<TimexAnnotation>();
        var open = new Stack<(int Start, Dictionary<string, string> Attributes)>();
        int i = textOpen + "<TEXT>".Length;
        while (i < textClose)
        {
            char c = xml[i];
            if (c == '<')
            {
                int close = xml.IndexOf('>', i);
                if (close < 0 || close > textClose)
                {
                    break;
                }

                string tag = xml.Substring(i + 1, close - i - 1);
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    open.Push((sb.Length, ReadAttributes(tag)));
                }
                else if (tag.StartsWith("/TIMEX3", StringComparison.Ordinal) && open.Count > 0)
                {
                    var (start, attributes) = open.Pop();
                    if (attributes.TryGetValue("functionInDocument", out var function) && function == "CREATION_TIME")
                    {
                        dct ??= ParseValueDate(attributes.GetValueOrDefault("value"));
                    }
                    else
                    {
                        timexes.Add(new TimexAnnotation(start, sb.Length, attributes.GetValueOrDefault("type") ?? "", attributes.GetValueOrDefault("value") ?? ""));
                    }
                }

                i = close + 1;
                continue;
            }

            if (c == '&')
            {
                int semi = xml.IndexOf(';', i);
                if (semi > i && semi - i <= 6)
                {
                    string? decoded = xml.AsSpan(i, semi - i + 1) switch
                    {
                        "&amp;" => "&",
                        "&lt;" => "<",
                        "&gt;" => ">",
                        "&quot;" => "\"",
                        "&apos;" => "'",
                        _ => null,
                    };
                    if (decoded is not null)
                    {
                        sb.Append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }

            sb.Append(c);
            i++;
        }

        dct ??= FindCreationTime(xml, 0, xml.Length);
        timexes.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new TimeMLDocument(name, sb.ToString(), dct, timexes);
    }

    private static DateOnly? FindCreationTime(string xml, int from, int to)
    {
        int at = xml.IndexOf("functionInDocument=\"CREATION_TIME\"", from, to - from, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        int tagStart = xml.LastIndexOf('<', at);
        int tagEnd = xml.IndexOf('>', at);
        if (tagStart < 0 || tagEnd < 0)
        {
            return null;
        }

        var attributes = ReadAttributes(xml.Substring(tagStart + 1, tagEnd - tagStart - 1));
        return ParseValueDate(attributes.GetValueOrDefault("value"));
    }

    private static DateOnly? ParseValueDate(string? value)
    {
        // The creation time is a day ("1998-08-07") or a moment of it ("1998-08-07T06:18:00").
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static Dictionary<string, string> ReadAttributes(string tag)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int i = 0;
        while (i < tag.Length)
        {
            int eq = tag.IndexOf('=', i);
            if (eq < 0)
            {
                break;
            }

            int q1 = tag.IndexOf('"', eq);
            int q2 = q1 < 0 ? -1 : tag.IndexOf('"', q1 + 1);
            if (q2 < 0)
            {
                break;
            }

            int nameStart = eq - 1;
            while (nameStart >= 0 && !char.IsWhiteSpace(tag[nameStart]))
            {
                nameStart--;
            }

            string key = tag.Substring(nameStart + 1, eq - nameStart - 1).Trim();
            result[key] = tag.Substring(q1 + 1, q2 - q1 - 1);
            i = q2 + 1;
        }

        return result;
    }
}
