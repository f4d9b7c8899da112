using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>A span of quoted text found between quotation marks.</summary>
/// <param name="OpenToken">The index of the opening mark.</param>
/// <param name="FirstToken">The first quoted token.</param>
/// <param name="EndToken">The index just past the last quoted token (the closing mark, when there is one).</param>
/// <param name="AfterClose">The index just past the closing mark (two tokens for <c>''</c>), or <paramref name="EndToken"/> when there is none.</param>
/// <param name="OpensParagraphQuote">The quote was left open at its paragraph's end and goes on in the next paragraph.</param>
/// <param name="ContinuesPrevious">The quote carries on a quote left open at the end of the previous paragraph.</param>
internal readonly record struct QuotedSpan(int OpenToken, int FirstToken, int EndToken, int AfterClose, bool OpensParagraphQuote, bool ContinuesPrevious);

/// <summary>
/// Pairs quotation marks into quoted spans in one linear pass. Marks pair only with marks of the same
/// style (straight with straight, curly with curly), the stack resets at every paragraph, and only the
/// outermost pair is kept (quotes inside quotes are part of the outer quote). A paragraph that opens a
/// quote without closing it continues into the next paragraph only when that paragraph starts with an
/// opening mark of the same family: the news convention for multi-paragraph quotations. A stray mark
/// therefore never shifts the pairing beyond its paragraph (the Gender Gap Tracker's known failure of
/// pairing marks purely in sequence). Stateless and thread-safe.
/// </summary>
internal static class QuoteMarks
{
    private const int MaxDepth = 8;

    /// <summary>The style of a mark, which decides what it may pair with.</summary>
    internal enum Style : byte
    {
        None,
        StraightDouble,
        DoubledApostrophe,
        CurlyDouble,
        Guillemet,
        StraightSingle,
        CurlySingle,
    }

    internal enum Direction : byte
    {
        Either,
        Open,
        Close,
    }

    /// <summary>Finds the quoted spans of the text, in document order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="maxLength">The longest span, in characters, still taken as a quote.</param>
    /// <param name="result">Receives the spans.</param>
    /// <param name="cancellationToken">Checked every few thousand tokens.</param>
    public static void Find(string text, ReadOnlySpan<TextToken> tokens, int maxLength, List<QuotedSpan> result, CancellationToken cancellationToken)
    {
        Span<int> stackToken = stackalloc int[MaxDepth];
        Span<Style> stackStyle = stackalloc Style[MaxDepth];
        Span<int> stackWidth = stackalloc int[MaxDepth];
        int depth = 0;
        bool continuing = false;
        int paragraphStart = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            if (i > 0 && IsBreak(text, tokens, i))
            {
                // The paragraph ended: a quote still open continues only when this paragraph opens with a mark of its family.
                bool wasContinuing = continuing;
                continuing = false;
                if (depth > 0)
                {
                    var bottom = stackStyle[0];
                    var next = StyleAt(text, tokens, i, out int nextWidth);
                    if (next != Style.None && SameFamily(bottom, next) && DirectionOf(text, tokens, i, nextWidth) != Direction.Close)
                    {
                        Emit(tokens, stackToken[0], stackWidth[0], i, i, maxLength, true, wasContinuing && stackToken[0] == paragraphStart, result);
                        continuing = true;
                    }
                }

                depth = 0;
                paragraphStart = i;
            }

            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            var style = StyleAt(text, tokens, i, out int width);
            if (style == Style.None)
            {
                continue;
            }

            var direction = DirectionOf(text, tokens, i, width);
            if (direction == Direction.Either)
            {
                direction = Contains(stackStyle[..depth], style) ? Direction.Close : Direction.Open;
            }

            if (direction == Direction.Open)
            {
                // A single mark opens only when it touches the next word: "‘evil’" but not "the officials’ work".
                if (IsSingle(style) && (i + 1 >= tokens.Length || tokens[i + 1].HasSpaceBefore))
                {
                    continue;
                }

                // "… about their plans. "With the stealth tax …": a double quote still open when a new one of its family
                // opens after a sentence's end is a multi-paragraph quotation whose paragraph break was lost in the text
                // (the convention the paragraph check above follows). The open quote ends at that sentence's end and the
                // new one continues it, instead of the first being dropped as a stray mark.
                if (depth > 0 && !IsSingle(style) && SameFamily(stackStyle[0], style) && EndsSentence(text, tokens, i)
                    && DirectionOf(text, tokens, stackToken[0], stackWidth[0]) == Direction.Open)
                {
                    Emit(tokens, stackToken[0], stackWidth[0], i, i, maxLength, true, continuing && stackToken[0] == paragraphStart, result);
                    continuing = true;
                    paragraphStart = i;
                    depth = 0;
                }

                if (depth < MaxDepth)
                {
                    stackToken[depth] = i;
                    stackStyle[depth] = style;
                    stackWidth[depth] = width;
                    depth++;
                }

                i += width - 1;
                continue;
            }

            // "‘The officials’ work is done.’": a mark after a plural is a possessive apostrophe when the quote
            // closes later on the same line. The look-ahead is bounded, so the pass stays linear.
            if (IsSingle(style) && IsPluralPossessive(text, tokens, i) && ClosesLater(text, tokens, i, style))
            {
                continue;
            }

            // A closing mark pairs with the nearest open mark of its own style; marks opened above it are dropped.
            int match = -1;
            for (int d = depth - 1; d >= 0; d--)
            {
                if (stackStyle[d] == style)
                {
                    match = d;
                    break;
                }
            }

            // Mixed styles: "“The plan is dead," she said" — an opening curly mark closed by a straight one (or the
            // reverse), as happens when a quote is typed or edited by hand. The other double style closes the open mark
            // only when no mark of its own style follows within the bounded look-ahead, so a proper pair later on the
            // line still wins and the pass stays linear.
            if (match < 0 && direction == Direction.Close && style is Style.StraightDouble or Style.CurlyDouble)
            {
                var other = style == Style.StraightDouble ? Style.CurlyDouble : Style.StraightDouble;
                for (int d = depth - 1; d >= 0; d--)
                {
                    if (stackStyle[d] == other)
                    {
                        if (!OwnCloseFollows(text, tokens, i, other))
                        {
                            match = d;
                        }

                        break;
                    }
                }
            }

            if (match < 0)
            {
                i += width - 1;
                continue;
            }

            // The same family opened twice below this close ("“question’’ … “You’ve …”"): nested quotes alternate
            // double and single marks, so the lower mark is stray and this pair stands on its own.
            for (int d = 0; d < match; d++)
            {
                if (SameFamily(stackStyle[d], style))
                {
                    stackToken[0] = stackToken[match];
                    stackStyle[0] = stackStyle[match];
                    stackWidth[0] = stackWidth[match];
                    match = 0;
                    break;
                }
            }

            depth = match;
            if (depth == 0)
            {
                bool cont = continuing && stackToken[0] == paragraphStart;
                Emit(tokens, stackToken[0], stackWidth[0], i, i + width, maxLength, false, cont, result);
                continuing = false;
            }

            i += width - 1;
        }
    }

    // Whether a closing mark of the given style follows within 60 tokens, before a paragraph break.
    private static bool OwnCloseFollows(string text, ReadOnlySpan<TextToken> tokens, int i, Style style)
    {
        for (int k = i + 1; k < tokens.Length && k - i < 60 && (tokens[k].Flags & TokenSpacing.ParagraphStart) == 0; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote && StyleOf(text[tokens[k].Start]) == style && DirectionOf(text, tokens, k) != Direction.Open)
            {
                return true;
            }
        }

        return false;
    }

    private static void Emit(ReadOnlySpan<TextToken> tokens, int open, int openWidth, int close, int afterClose, int maxLength, bool opensParagraph, bool continues, List<QuotedSpan> result)
    {
        int first = open + openWidth;
        if (close <= first)
        {
            return;
        }

        int start = tokens[first].Start;
        int end = tokens[close - 1].End;
        if (end - start > maxLength)
        {
            return;
        }

        result.Add(new QuotedSpan(open, first, close, afterClose, opensParagraph, continues));
    }

    private static bool IsPluralPossessive(string text, ReadOnlySpan<TextToken> tokens, int i)
        => i > 0 && i + 1 < tokens.Length && !tokens[i].HasSpaceBefore && tokens[i - 1].Kind == TokenKind.Word
           && text[tokens[i - 1].End - 1] is 's' or 'S' && tokens[i + 1].HasSpaceBefore && tokens[i + 1].Kind == TokenKind.Word
           && char.IsLower(text[tokens[i + 1].Start]);

    private static bool ClosesLater(string text, ReadOnlySpan<TextToken> tokens, int i, Style style)
    {
        for (int k = i + 1; k < tokens.Length && k - i < 60 && (tokens[k].Flags & TokenSpacing.LineStart) == 0; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote && StyleOf(text[tokens[k].Start]) == style && !IsPluralPossessive(text, tokens, k)
                && (k + 1 >= tokens.Length || tokens[k + 1].HasSpaceBefore || tokens[k + 1].Kind != TokenKind.Word))
            {
                return true;
            }
        }

        return false;
    }

    // The style of a mark at token i, and how many tokens it takes: two apostrophes typed for a double
    // mark (''…''), as in the New York Times' archive text, count as one mark.
    private static Style StyleAt(string text, ReadOnlySpan<TextToken> tokens, int i, out int width)
    {
        width = 1;
        if (tokens[i].Kind != TokenKind.Quote)
        {
            return Style.None;
        }

        var style = StyleOf(text[tokens[i].Start]);
        if (IsSingle(style) && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Quote && !tokens[i + 1].HasSpaceBefore && text[tokens[i + 1].Start] == text[tokens[i].Start])
        {
            // ’’ and ‘‘ stand for curly double marks in some feeds.
            width = 2;
            return style == Style.StraightSingle ? Style.DoubledApostrophe : Style.CurlyDouble;
        }

        return style;
    }

    // A paragraph break, or a line break after a line that ended a sentence or a heading: quotes do not run across either.
    private static bool IsBreak(string text, ReadOnlySpan<TextToken> tokens, int i)
    {
        var flags = tokens[i].Flags;
        if ((flags & TokenSpacing.ParagraphStart) != 0)
        {
            return true;
        }

        if ((flags & TokenSpacing.LineStart) == 0)
        {
            return false;
        }

        var previous = tokens[i - 1];
        return !(previous.Kind == TokenKind.Word || previous.Kind == TokenKind.Number || (previous.Kind == TokenKind.Punctuation && text[previous.Start] == ','));
    }

    // Whether the token before mark i ends a sentence ("plans. "With", "up? "Then"), spaced from the mark.
    private static bool EndsSentence(string text, ReadOnlySpan<TextToken> tokens, int i)
        => i > 0 && tokens[i].HasSpaceBefore && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Start] is '.' or '?' or '!';

    private static bool Contains(ReadOnlySpan<Style> stack, Style style)
    {
        foreach (var s in stack)
        {
            if (s == style)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsSingle(Style style) => style is Style.StraightSingle or Style.CurlySingle;

    private static bool SameFamily(Style a, Style b) => IsSingle(a) == IsSingle(b);

    internal static Style StyleOf(char c) => c switch
    {
        '"' => Style.StraightDouble,
        '\u201C' or '\u201D' or '\u201E' or '\u201F' => Style.CurlyDouble,
        '\u00AB' or '\u00BB' => Style.Guillemet,
        '\'' => Style.StraightSingle,
        '\u2018' or '\u2019' or '\u201A' or '\u201B' => Style.CurlySingle,
        _ => Style.None,
    };

    // Curly marks say their direction; straight ones are read from the spacing around them.
    internal static Direction DirectionOf(string text, ReadOnlySpan<TextToken> tokens, int i, int width = 1)
    {
        char c = text[tokens[i].Start];
        switch (c)
        {
            case '\u201C' or '\u201E' or '\u201F' or '\u00AB' or '\u2018' or '\u201A' or '\u201B':
                return Direction.Open;
            case '\u201D' or '\u00BB':
                return Direction.Close;
        }

        bool spaceBefore = i == 0 || tokens[i].HasSpaceBefore || IsOpeningPunctuation(text, tokens[i - 1]);
        int after = i + width;
        bool spaceAfter = after >= tokens.Length || tokens[after].HasSpaceBefore || IsClosingPunctuation(text, tokens[after]);
        if (c == '\u2019')
        {
            // A right single mark closes; it opens only in the rare typesetting that uses it both ways.
            return spaceBefore && !spaceAfter ? Direction.Either : Direction.Close;
        }

        if (spaceBefore && !spaceAfter)
        {
            return Direction.Open;
        }

        if (!spaceBefore && spaceAfter)
        {
            return Direction.Close;
        }

        return Direction.Either;
    }

    private static bool IsOpeningPunctuation(string text, TextToken token)
        => token.Kind == TokenKind.Dash || (token.Kind == TokenKind.Punctuation && text[token.Start] is '(' or '[')
           || (token.Kind == TokenKind.Quote && StyleOf(text[token.Start]) != Style.None && text[token.Start] is '\u201C' or '\u2018');

    private static bool IsClosingPunctuation(string text, TextToken token)
        => (token.Kind == TokenKind.Punctuation && text[token.Start] is not '(' and not '[') || token.Kind == TokenKind.Dash
           || (token.Kind == TokenKind.Quote && text[token.Start] is '\u201D' or '\u2019');
}
