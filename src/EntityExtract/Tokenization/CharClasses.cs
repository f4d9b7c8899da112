using System.Globalization;
using System.Runtime.CompilerServices;

namespace EntityExtract.Tokenization;

/// <summary>The tokenizer's view of one UTF-16 code unit.</summary>
internal enum CharClass : byte
{
    Other,
    Letter,
    Digit,
    Space,
    NewLine,
    Period,
    Punctuation,
    Quote,
    Apostrophe,
    Hyphen,
    Dash,
    Bullet,
    At,
    Hash,
    Symbol,
    Surrogate,
}

/// <summary>
/// Character classes: an ASCII lookup table first, then a switch over the typographic characters
/// that news text uses, then Unicode categories (style.md §4).
/// </summary>
internal static class CharClasses
{
    private static readonly CharClass[] Ascii = BuildAscii();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => c < 128 ? Ascii[c] : OfNonAscii(c);

    // Bit 1: an ASCII unit that ends a plain word with no rule to apply (white space, clause punctuation other
    // than the dot, a double quote); bit 2: the same for a number, where a comma or colon may continue it (1,000 10:30).
    private static readonly byte[] AsciiPlainEnd = BuildPlainEnd();

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Whether <paramref name="c"/>, right after a run of ASCII letters and digits, ends the word or number there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EndsPlainWord(char c, bool number) => c < 128 && (AsciiPlainEnd[c] & (number ? 2 : 1)) != 0;

    /// <summary>A-Z, a-z and 0-9, for vectorized scans over runs of word characters.</summary>
    public static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    public static bool IsMark(char c)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    public static bool IsLetterOrDigitCodePoint(int codePoint)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>Whether the code unit at <paramref name="index"/> can be part of a word (a letter, digit, mark or letter surrogate pair).</summary>
    public static bool IsWordChar(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        var cls = Of(c);
        if (cls is CharClass.Letter or CharClass.Digit)
        {
            return true;
        }

        if (cls == CharClass.Surrogate)
        {
            return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                && IsLetterOrDigitCodePoint(char.ConvertToUtf32(c, text[index + 1]));
        }

        return cls == CharClass.Other && IsMark(c);
    }

    private static CharClass OfNonAscii(char c)
    {
        switch (c)
        {
            case '\u00A0': // no-break space
            case '\u1680':
            case '\u180E':
            case '\u200B': // zero-width space
            case '\u202F': // narrow no-break space
            case '\u205F':
            case '\u3000':
            case '\uFEFF': // byte-order mark
                return CharClass.Space;
            case '\u0085':
            case '\u2028':
            case '\u2029':
                return CharClass.NewLine;
            case '\u2018': // ‘
            case '\u2019': // ’
            case '\u201B':
            case '\u02BC': // modifier letter apostrophe
                return CharClass.Apostrophe;
            case '\u201C': // “
            case '\u201D': // ”
            case '\u201E': // „
            case '\u201F':
            case '\u00AB': // «
            case '\u00BB': // »
            case '\u2039': // ‹
            case '\u203A': // ›
            case '\u201A': // ‚
            case '\u300C':
            case '\u300D':
                return CharClass.Quote;
            case '\u2010': // hyphen
            case '\u2011': // non-breaking hyphen
                return CharClass.Hyphen;
            case '\u2012':
            case '\u2013': // en dash
            case '\u2014': // em dash
            case '\u2015':
            case '\u2212': // minus
                return CharClass.Dash;
            case '\u2022': // •
            case '\u00B7': // ·
            case '\u2023': // ‣
            case '\u2043': // ⁃
            case '\u25AA': // ▪
            case '\u25AB':
            case '\u25CF': // ●
            case '\u25E6': // ◦
            case '\u25A0': // ■
            case '\u25BA': // ►
            case '\u27A2':
                return CharClass.Bullet;
            case '\u2026': // …
                return CharClass.Punctuation;
        }

        if (char.IsSurrogate(c))
        {
            return CharClass.Surrogate;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        switch (cat)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return CharClass.Letter;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit;
            case UnicodeCategory.SpaceSeparator:
                return CharClass.Space;
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return CharClass.NewLine;
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
                // Invisible controls and format characters separate tokens like spaces; they are never dropped from the text itself.
                return CharClass.Space;
            default:
                return CharClass.Other;
        }
    }

    private static byte[] BuildPlainEnd()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            var cls = Ascii[c];
            if (cls is CharClass.Space or CharClass.NewLine or CharClass.Quote or CharClass.Punctuation)
            {
                table[c] = (byte)(c is ',' or ':' ? 1 : 3);
            }
        }

        return table;
    }

    private static CharClass[] BuildAscii()
    {
        var table = new CharClass[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = c switch
            {
                >= 'a' and <= 'z' or >= 'A' and <= 'Z' => CharClass.Letter,
                >= '0' and <= '9' => CharClass.Digit,
                '\n' or '\r' or '\v' or '\f' => CharClass.NewLine,
                ' ' or '\t' => CharClass.Space,
                < 32 or 127 => CharClass.Space,
                '.' => CharClass.Period,
                ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '{' or '}' => CharClass.Punctuation,
                '"' or '`' => CharClass.Quote,
                '\'' => CharClass.Apostrophe,
                '-' => CharClass.Hyphen,
                '@' => CharClass.At,
                '#' => CharClass.Hash,
                _ => CharClass.Symbol,
            };
        }

        return table;
    }
}
