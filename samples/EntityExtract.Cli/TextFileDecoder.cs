using System.Text;

namespace EntityExtract.Cli;

/// <summary>
/// Turns the bytes of an article file into text without losing any of it. News archives are mostly UTF-8,
/// but files exported from older newsroom systems are often Windows-1252 (a "£" or a curly quote as one byte),
/// and Windows tools write UTF-16 with a byte order mark. Rejecting such a file outright would lose a whole
/// article over one byte, so the order is: a byte order mark decides; else strict UTF-8; else, for bytes that
/// contain no NUL (text, not binary data), Windows-1252, which maps every byte to a character, with a notice.
/// </summary>
internal static class TextFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LE = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BE = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // CodePagesEncodingProvider ships with .NET; asking it directly leaves the process-wide registry alone.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>Decodes <paramref name="bytes"/>; on failure says why in words.</summary>
    /// <param name="bytes">The file's contents.</param>
    /// <param name="text">The text, when decoding succeeded.</param>
    /// <param name="notice">Set when the text was read as something other than UTF-8 without a byte order mark was expected to be, for the user to see.</param>
    /// <param name="problem">Why the bytes are not text, when decoding failed.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text, out string? notice, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        text = null;
        notice = null;
        problem = null;
        try
        {
            if (bytes.StartsWith("\uFEFF"u8))
            {
                text = StrictUtf8.GetString(bytes[3..]);
                return true;
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                text = StrictUtf16LE.GetString(bytes[2..]);
                return true;
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                text = StrictUtf16BE.GetString(bytes[2..]);
                return true;
            }
        }
        catch (DecoderFallbackException)
        {
            problem = "is not valid text in the encoding its byte order mark names";
            return false;
        }

        // A NUL byte never occurs in 8-bit text: this is binary data (or UTF-16 without a mark), not an article.
        if (bytes.Contains((byte)0))
        {
            problem = "is binary data, not text (it contains NUL bytes; not valid UTF-8)";
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = Windows1252.GetString(bytes);
            notice = "is not valid UTF-8; read as Windows-1252";
            return true;
        }
    }
}
