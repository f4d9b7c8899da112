using System.Globalization;
using System.Runtime.CompilerServices;

namespace EntityExtract.Tokenization;

/// <summary>
/// Reads tokens forward over a span of text, the way <c>Utf8JsonReader</c> reads JSON: call
/// <see cref="Read"/> until it returns <see langword="false"/>, and look at <see cref="Current"/>.
/// It allocates nothing and uses no regular expressions; every offset is an exact UTF-16 offset.
/// </summary>
/// <remarks>
/// The rules follow the Penn Treebank conventions that the CoNLL-2003 and OntoNotes corpora use,
/// because the entity model is trained on text tokenized that way: clitics are split off
/// (<c>Kim’s</c> → <c>Kim</c> <c>’s</c>; <c>don't</c> → <c>do</c> <c>n't</c>), hyphenated words stay whole
/// (<c>Chan-il</c>), known abbreviations keep their dot (<c>Dr.</c>, <c>U.S.</c>), and numbers keep their
/// inner separators (<c>1,000</c>, <c>12/12/2025</c>). A <c>default</c> reader is at the end of an empty text.
/// This type is a <see langword="ref"/> struct and so cannot be shared between threads.
/// </remarks>
public ref partial struct Tokenizer
{
    /// <summary>Tokens longer than this are cut, so that one token never holds a whole pathological input.</summary>
    public const int MaxTokenLength = 512;

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private TextToken _current;

    /// <summary>Creates a reader at the start of <paramref name="text"/>.</summary>
    /// <param name="text">The text to read.</param>
    public Tokenizer(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
    }

    /// <summary>The token that the last successful <see cref="Read"/> found.</summary>
    public readonly TextToken Current => _current;

    /// <summary>Reads the next token.</summary>
    /// <returns><see langword="true"/> when a token was read; <see langword="false"/> at the end of the text.</returns>
    public bool Read()
    {
        var text = _text;
        int i = _position;
        var flags = i == 0 ? TokenSpacing.LineStart | TokenSpacing.ParagraphStart : TokenSpacing.None;
        int newlines = 0;
        char c = '\0';
        var cls = CharClass.Space;
        while (i < text.Length)
        {
            c = text[i];
            cls = CharClasses.Of(c);
            if (cls != CharClass.Space && cls != CharClass.NewLine)
            {
                break;
            }

            flags |= TokenSpacing.SpaceBefore;
            if (cls == CharClass.NewLine)
            {
                // \r\n counts as one line break.
                if (!(c == '\n' && i > 0 && text[i - 1] == '\r'))
                {
                    newlines++;
                }

                flags |= TokenSpacing.LineStart;
                if (newlines >= 2)
                {
                    flags |= TokenSpacing.ParagraphStart;
                }
            }

            i++;
        }

        if (i >= text.Length)
        {
            _position = text.Length;
            return false;
        }

        int start = i;
        int length;
        TokenKind kind;
        if (c < 128 && cls is CharClass.Letter or CharClass.Digit && TryReadPlainWord(text, start, cls == CharClass.Digit, out length))
        {
            kind = cls == CharClass.Digit ? TokenKind.Number : TokenKind.Word;
        }
        else if (cls is CharClass.Punctuation or CharClass.Quote)
        {
            // Clause punctuation and quotation marks are always one unit long (see Scan); read here to spare the call.
            length = 1;
            kind = cls == CharClass.Punctuation ? TokenKind.Punctuation : TokenKind.Quote;
        }
        else
        {
            // Every scan loop sees at most MaxTokenLength + 1 units past the start, so a run of a million
            // dots or letters costs linear time rather than a rescan of the rest of the text per token.
            int window = (int)Math.Min(text.Length, (long)start + MaxTokenLength + 8);
            kind = Scan(text[..window], start, out length);
            if (length > MaxTokenLength)
            {
                length = MaxTokenLength;

                // Never cut a surrogate pair in two.
                if (char.IsHighSurrogate(text[start + length - 1]) && start + length < text.Length && char.IsLowSurrogate(text[start + length]))
                {
                    length--;
                }
            }
        }

        _current = new TextToken(start, length, kind, flags);
        _position = start + length;
        return true;
    }

    /// <summary>Tokenizes a whole text into a list, clearing it first.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Receives the tokens in order.</param>
    public static void Tokenize(ReadOnlySpan<char> text, List<TextToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        tokens.Clear();
        var reader = new Tokenizer(text);
        while (reader.Read())
        {
            tokens.Add(reader.Current);
        }
    }

    // The commonest token by far (issue 14): ASCII letters or digits, found with one vectorized scan, ended by
    // white space, clause punctuation or a quote, where none of ScanWord's rules (clitics, hyphens, inner dots
    // and commas, e-mail addresses, URLs, abbreviations) can apply, so ScanWord would return the same token.
    // Anything else (a dot, hyphen or apostrophe after the run, a non-ASCII unit, a long run) goes to Scan.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadPlainWord(ReadOnlySpan<char> text, int start, bool number, out int length)
    {
        int limit = (int)Math.Min(text.Length, (long)start + MaxTokenLength + 1);
        int run = text[(start + 1)..limit].IndexOfAnyExcept(CharClasses.AsciiLettersAndDigits);
        int end = run < 0 ? limit : start + 1 + run;
        length = end - start;
        return length <= MaxTokenLength && !MayStartUrl(text, start)
            && (end == text.Length || CharClasses.EndsPlainWord(text[end], number));
    }

    // http://, https:// and www. are the only URL starts, so a second letter other than t or w rules one out cheaply.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStartUrl(ReadOnlySpan<char> text, int start)
        => (text[start] | 0x20) is 'h' or 'w' && start + 1 < text.Length && (text[start + 1] | 0x20) is 't' or 'w';

    private static TokenKind Scan(ReadOnlySpan<char> text, int start, out int length)
    {
        char c = text[start];
        var cls = CharClasses.Of(c);
        switch (cls)
        {
            case CharClass.Letter:
            case CharClass.Digit:
                if (MayStartUrl(text, start) && TryScanUrl(text, start, out length))
                {
                    return TokenKind.Url;
                }

                return ScanWord(text, start, out length);

            case CharClass.Apostrophe:
                // A clitic glued to the previous word: 's, 're, 've, 'll, 'd, 'm.
                if (start > 0 && CharClasses.IsWordChar(text, start - 1) && TryClitic(text, start, out length))
                {
                    return TokenKind.Word;
                }

                // Decade abbreviations such as '90s are numbers, not quotes.
                if (start + 2 < text.Length && IsAsciiDigit(text[start + 1]) && IsAsciiDigit(text[start + 2])
                    && (start + 3 == text.Length || text[start + 3] == 's' || !CharClasses.IsWordChar(text, start + 3)))
                {
                    length = start + 3 < text.Length && text[start + 3] == 's' ? 4 : 3;
                    return TokenKind.Number;
                }

                length = 1;
                return TokenKind.Quote;

            case CharClass.Quote:
                length = 1;
                return TokenKind.Quote;

            case CharClass.Hyphen:
                length = 1;
                while (start + length < text.Length && CharClasses.Of(text[start + length]) == CharClass.Hyphen)
                {
                    length++;
                }

                return TokenKind.Dash;

            case CharClass.Dash:
                length = 1;
                return TokenKind.Dash;

            case CharClass.Bullet:
                length = 1;
                return TokenKind.Bullet;

            case CharClass.Period:
                length = 1;
                while (start + length < text.Length && text[start + length] == '.')
                {
                    length++;
                }

                return TokenKind.Punctuation;

            case CharClass.Punctuation:
                length = 1;
                return TokenKind.Punctuation;

            case CharClass.At:
            case CharClass.Hash:
                length = 1;
                while (start + length < text.Length && (CharClasses.IsAsciiLetterOrDigit(text[start + length]) || text[start + length] == '_'))
                {
                    length++;
                }

                if (length > 1)
                {
                    return TokenKind.Handle;
                }

                return TokenKind.Symbol;

            case CharClass.Surrogate:
                return ScanSurrogate(text, start, out length);

            case CharClass.Other:
                return ScanOther(text, start, out length);

            default:
                length = 1;
                return TokenKind.Symbol;
        }
    }

    private static TokenKind ScanOther(ReadOnlySpan<char> text, int start, out int length)
    {
        char c = text[start];
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                // A mark with no base letter: keep it with whatever marks follow.
                length = 1;
                while (start + length < text.Length && CharClasses.IsMark(text[start + length]))
                {
                    length++;
                }

                return TokenKind.Symbol;

            case UnicodeCategory.OtherSymbol:
                length = ExtendEmoji(text, start, 1);
                return TokenKind.Emoji;

            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.ConnectorPunctuation:
                length = 1;
                return TokenKind.Punctuation;

            default:
                length = 1;
                return TokenKind.Symbol;
        }
    }

    private static TokenKind ScanSurrogate(ReadOnlySpan<char> text, int start, out int length)
    {
        if (char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            int codePoint = char.ConvertToUtf32(text[start], text[start + 1]);
            var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
            if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber)
            {
                return ScanWord(text, start, out length);
            }

            length = ExtendEmoji(text, start, 2);
            return TokenKind.Emoji;
        }

        // A lone or reversed surrogate is kept as a one-unit symbol: nothing is dropped.
        length = 1;
        return TokenKind.Symbol;
    }

    // Emoji sequences: variation selectors, skin-tone modifiers, zero-width joiners and the pictographs they join.
    private static int ExtendEmoji(ReadOnlySpan<char> text, int start, int length)
    {
        int guard = 0;
        while (start + length < text.Length && guard++ < 32)
        {
            char next = text[start + length];
            if (next == '\uFE0F' || next == '\uFE0E' || next == '\u20E3')
            {
                length++;
                continue;
            }

            if (next == '\u200D' && start + length + 1 < text.Length)
            {
                char after = text[start + length + 1];
                if (char.IsHighSurrogate(after) && start + length + 2 < text.Length && char.IsLowSurrogate(text[start + length + 2]))
                {
                    length += 3;
                    continue;
                }

                if (CharUnicodeInfo.GetUnicodeCategory(after) == UnicodeCategory.OtherSymbol)
                {
                    length += 2;
                    continue;
                }

                break;
            }

            // Skin-tone modifiers U+1F3FB..U+1F3FF are the surrogate pair D83C DFFB..DFFF.
            if (next == '\uD83C' && start + length + 1 < text.Length && text[start + length + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                length += 2;
                continue;
            }

            break;
        }

        return length;
    }

    private static TokenKind ScanWord(ReadOnlySpan<char> text, int start, out int length)
    {
        bool startsWithDigit = IsDigitAt(text, start);
        int i = start;
        bool allSingleLettersWithDots = true;
        int segmentLength = 0;
        bool sawDot = false;

        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                // A run of ASCII letters and digits, found with one vectorized scan (issue 14). Inside the run
                // no "n't" can start: that needs an apostrophe right after the n, so only the run's last
                // letter can begin one, and the per-character rule below is checked there alone.
                int run = text[i..].IndexOfAnyExcept(CharClasses.AsciiLettersAndDigits);
                int last = (run < 0 ? text.Length : i + run) - 1;
                if ((text[last] == 'n' || text[last] == 'N') && last > start && IsNotClitic(text, last))
                {
                    segmentLength += last - i;
                    i = last;
                    break;
                }

                segmentLength += last + 1 - i;
                i = last + 1;
                continue;
            }

            var cls = CharClasses.Of(c);
            if (cls is CharClass.Space or CharClass.NewLine)
            {
                // White space ends every word, and no rule below applies to it: most words stop here.
                break;
            }

            if (cls is CharClass.Letter or CharClass.Digit)
            {
                // "n't" starts a new token: do|n't, can|'t is handled by the apostrophe rule.
                if ((c == 'n' || c == 'N') && i > start && IsNotClitic(text, i))
                {
                    break;
                }

                segmentLength++;
                i++;
                continue;
            }

            if (cls == CharClass.Surrogate)
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && CharClasses.IsLetterOrDigitCodePoint(char.ConvertToUtf32(c, text[i + 1])))
                {
                    segmentLength++;
                    i += 2;
                    continue;
                }

                break;
            }

            if (cls == CharClass.Other && CharClasses.IsMark(c))
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                break;
            }

            char next = text[i + 1];
            if (cls == CharClass.Hyphen && i > start && CharClasses.IsWordChar(text, i + 1))
            {
                // Hyphenated words and ISO dates stay whole: Chan-il, mid-to-high-level, 2025-12-11.
                allSingleLettersWithDots = false;
                segmentLength = 0;
                i++;
                continue;
            }

            if (cls == CharClass.Apostrophe)
            {
                if (TryCliticLength(text, i) > 0)
                {
                    break;
                }

                if (CharClasses.Of(next) == CharClass.Letter && !startsWithDigit)
                {
                    // O'Brien, rock'n'roll, Côte d'Ivoire's "d'Ivoire".
                    allSingleLettersWithDots = false;
                    segmentLength = 0;
                    i++;
                    continue;
                }

                break;
            }

            if (startsWithDigit && (c == ',' || c == '.' || c == '/' || c == ':') && IsAsciiDigit(next) && IsAsciiDigit(text[i - 1]))
            {
                // 1,000  3.5  12/12/2025  10:30
                i++;
                continue;
            }

            if (c == '.' && !startsWithDigit && segmentLength == 1 && CharClasses.Of(next) == CharClass.Letter && allSingleLettersWithDots
                && (i + 2 >= text.Length || text[i + 2] == '.' || !CharClasses.IsWordChar(text, i + 2)))
            {
                // Acronyms written with dots: U.S., U.N., e.g., a.m.
                sawDot = true;
                segmentLength = 0;
                i++;
                continue;
            }

            if (c == '@' && !startsWithDigit && TryScanEmail(text, start, i, out int emailEnd))
            {
                length = emailEnd - start;
                return TokenKind.Email;
            }

            break;
        }

        // jane.doe@example.com: only a word that stops at one of these can be the local part of an address, and
        // after a dot only when the local part goes on (most words that stop at a dot end a sentence).
        if (i < text.Length && text[i] is '.' or '@' or '_' or '+' or '-'
            && (text[i] != '.' || (i + 1 < text.Length && IsLocalPartChar(text[i + 1])))
            && TryScanEmailAhead(text, start, out length))
        {
            return TokenKind.Email;
        }

        if (segmentLength != 1)
        {
            allSingleLettersWithDots = false;
        }

        length = i - start;

        // A trailing dot belongs to the token for acronyms (U.S.), single initials (J.) and known abbreviations (Dr., Jan., Inc.).
        if (i < text.Length && text[i] == '.' && !startsWithDigit)
        {
            bool acronym = sawDot && allSingleLettersWithDots;
            bool initial = length == 1 && char.IsUpper(text[start]);
            if (acronym || initial || Abbreviations.IsAbbreviation(text.Slice(start, length)))
            {
                length++;
            }
        }

        return startsWithDigit ? TokenKind.Number : TokenKind.Word;
    }

    private static bool IsNotClitic(ReadOnlySpan<char> text, int i)
        => i + 2 < text.Length && CharClasses.Of(text[i + 1]) == CharClass.Apostrophe
           && (text[i + 2] == 't' || text[i + 2] == 'T')
           && (i + 3 >= text.Length || !CharClasses.IsWordChar(text, i + 3));

    private static bool TryClitic(ReadOnlySpan<char> text, int start, out int length)
    {
        length = TryCliticLength(text, start);
        return length > 0;
    }

    // 's 'S 're 've 'll 'd 'm (and their capitals), followed by a non-letter.
    private static int TryCliticLength(ReadOnlySpan<char> text, int apostrophe)
    {
        int rest = text.Length - apostrophe - 1;
        if (rest <= 0)
        {
            return 0;
        }

        char a = char.ToLowerInvariant(text[apostrophe + 1]);
        int len;
        if (a is 's' or 'd' or 'm')
        {
            len = 2;
        }
        else if (rest >= 2)
        {
            char b = char.ToLowerInvariant(text[apostrophe + 2]);
            len = (a, b) switch
            {
                ('r', 'e') => 3,
                ('v', 'e') => 3,
                ('l', 'l') => 3,
                _ => 0,
            };
        }
        else
        {
            len = 0;
        }

        if (len == 0)
        {
            return 0;
        }

        int after = apostrophe + len;
        return after >= text.Length || !CharClasses.IsWordChar(text, after) ? len : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsDigitAt(ReadOnlySpan<char> text, int i) => CharClasses.Of(text[i]) == CharClass.Digit;
}
