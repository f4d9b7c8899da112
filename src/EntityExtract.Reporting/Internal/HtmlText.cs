namespace EntityExtract.Reporting.Internal;

/// <summary>
/// Escapes text for HTML so that whatever the article contains is shown as text and never parsed as markup.
/// The rules follow the WHATWG HTML standard, chosen so that the parsed text equals the input:
/// <list type="bullet">
/// <item><c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> become character references, in text and in attributes
/// (attributes are always written in double quotes; escaping both quote marks keeps a value safe anywhere).</item>
/// <item>A carriage return becomes <c>&amp;#13;</c>: the parser turns a literal CR or CR LF into LF
/// (§13.2.3.5 "Preprocessing the input stream"), while a numeric reference to U+000D is kept (§13.2.5.80).</item>
/// <item>U+0000 becomes U+FFFD: the tree builder drops a literal NUL in body text and maps <c>&amp;#0;</c> to U+FFFD anyway.</item>
/// <item>A lone surrogate becomes U+FFFD: it has no UTF-8 encoding, so no HTML file can carry it.</item>
/// </list>
/// Thread-safe (stateless).
/// </summary>
internal static class HtmlText
{
    /// <summary>The character a NUL or a lone surrogate is shown as.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Writes <paramref name="text"/> escaped for element content or a double-quoted attribute value.</summary>
    public static void Write(TextWriter writer, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Write(writer, text, 0, text.Length);
        }
    }

    /// <summary>Writes <c>text[start..end)</c> escaped; the caller never splits a surrogate pair at either end.</summary>
    public static void Write(TextWriter writer, string text, int start, int end)
    {
        int run = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "&#13;",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (replacement is null && char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                replacement = "\uFFFD";
            }

            if (replacement is null)
            {
                continue;
            }

            if (i > run)
            {
                writer.Write(text.AsSpan(run, i - run));
            }

            writer.Write(replacement);
            run = i + 1;
        }

        if (end > run)
        {
            writer.Write(text.AsSpan(run, end - run));
        }
    }

    /// <summary>The text a browser shows for <paramref name="text"/> once written by <see cref="Write(TextWriter, string?)"/>: NULs and lone surrogates become U+FFFD.</summary>
    public static string Displayed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c == '\0')
            {
                chars[i] = Replacement;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                chars[i] = Replacement;
            }
        }

        return new string(chars);
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters, never splitting a surrogate pair, with an ellipsis when cut.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        int cut = max;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
