using System.Runtime.CompilerServices;
using EntityExtract.Internal;

namespace EntityExtract.Tokenization;

/// <summary>
/// Splits a token stream into sentences, headlines, datelines and list items, and numbers the paragraphs.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The rules are those of the punkt-style splitters used for news (Kiss &amp; Strunk 2006), written as
/// explicit cases: a sentence ends at <c>. ! ? …</c> plus any closing quotes and brackets, when the next
/// token starts a new sentence (a capital, a digit, an opening quote). A title abbreviation (<c>Dr.</c>)
/// never ends a sentence; another abbreviation (<c>U.S.</c>, <c>Inc.</c>) ends one only before a
/// capitalized function word ("... in the U.S. He said"). A line break ends a unit unless the next line
/// is plainly a continuation (no closing punctuation before it and a lower-case word after it). A blank
/// line starts a paragraph; a text with no blank lines has one paragraph per line.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The default cap on the tokens of one unit; longer runs are cut so that later stages stay linear.</summary>
    public const int DefaultMaxTokens = 250;

    // Capitalized words that start a sentence far more often than they continue one after an abbreviation
    // (Resources/Lexicons/tokenization-sentence-starters.txt); read once, looked up by span without allocating.
    private static readonly WordSet SentenceStarters = WordList.Load("tokenization-sentence-starters", ignoreCase: false);

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into units, clearing <paramref name="segments"/> first.</summary>
    /// <param name="text">The text the tokens were read from.</param>
    /// <param name="tokens">The tokens, in order.</param>
    /// <param name="segments">Receives the units in order; every token belongs to exactly one unit.</param>
    /// <param name="maxTokens">The most tokens one unit may hold.</param>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, List<TextSegment> segments, int maxTokens = DefaultMaxTokens)
    {
        ArgumentNullException.ThrowIfNull(segments);
        segments.Clear();
        if (tokens.IsEmpty)
        {
            return;
        }

        maxTokens = Math.Max(8, maxTokens);
        bool hasBlankLines = false;
        for (int i = 1; i < tokens.Length; i++)
        {
            if ((tokens[i].Flags & TokenSpacing.ParagraphStart) != 0)
            {
                hasBlankLines = true;
                break;
            }
        }

        int paragraph = 0;
        int unitStart = 0;
        int unitParagraph = 0;
        for (int i = 1; i <= tokens.Length; i++)
        {
            bool boundary;
            bool newParagraph = false;
            if (i == tokens.Length)
            {
                boundary = true;
            }
            else
            {
                var token = tokens[i];
                if ((token.Flags & TokenSpacing.ParagraphStart) != 0)
                {
                    boundary = true;
                    newParagraph = true;
                }
                else if ((token.Flags & TokenSpacing.LineStart) != 0)
                {
                    boundary = !IsLineContinuation(text, tokens, i);
                    newParagraph = boundary && !hasBlankLines;
                }
                else
                {
                    boundary = (MayEndSentenceBefore(text, tokens, i) && EndsSentenceBefore(text, tokens, i)) || i - unitStart >= maxTokens;
                }
            }

            if (!boundary)
            {
                continue;
            }

            var first = tokens[unitStart];
            var last = tokens[i - 1];
            var kind = Classify(text, tokens.Slice(unitStart, i - unitStart), (first.Flags & TokenSpacing.LineStart) != 0, i == tokens.Length || (tokens[i].Flags & TokenSpacing.LineStart) != 0);
            segments.Add(new TextSegment(first.Start, last.End, unitStart, i - unitStart, kind, unitParagraph));
            if (newParagraph)
            {
                paragraph++;
            }

            unitStart = i;
            unitParagraph = paragraph;
        }
    }

    private static bool IsLineContinuation(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int i)
    {
        var previous = tokens[i - 1];
        var current = tokens[i];
        if (current.Kind != TokenKind.Word || !char.IsLower(text[current.Start]))
        {
            return false;
        }

        if (previous.Kind is TokenKind.Punctuation or TokenKind.Quote)
        {
            char p = text[previous.End - 1];
            if (p is '.' or '!' or '?' or ':' or '…')
            {
                return false;
            }
        }

        // A wrapped line: the previous line ended mid-sentence and this one carries on in lower case.
        return true;
    }

    // A cheap test that EndsSentenceBefore cannot be true, so that most tokens skip the call (issue 14): a sentence
    // only ends before a token with space before it, after punctuation, a quote or bracket that may close it, or
    // a word ending in a dot. Only those three kinds of token can be the terminal mark or one of its closers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayEndSentenceBefore(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int i)
    {
        var previous = tokens[i - 1];
        return tokens[i].HasSpaceBefore
            && (previous.Kind is TokenKind.Punctuation or TokenKind.Quote || (previous.Kind == TokenKind.Word && text[previous.End - 1] == '.'));
    }

    /// <summary>Whether a sentence ends between token <paramref name="i"/> - 1 and token <paramref name="i"/>, both on one line.</summary>
    private static bool EndsSentenceBefore(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int i)
    {
        var next = tokens[i];
        if (!next.HasSpaceBefore)
        {
            return false;
        }

        // Walk back over closing quotes and brackets that hug the terminal mark: ." or .) or ?’
        int k = i - 1;
        while (k > 0 && IsCloser(text, tokens, k))
        {
            k--;
        }

        var terminal = tokens[k];
        var terminalText = terminal.GetText(text);
        bool abbreviation = false;
        if (terminal.Kind == TokenKind.Punctuation)
        {
            char c = terminalText[^1];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                return false;
            }
        }
        else if (terminal.Kind == TokenKind.Word && terminalText.Length > 1 && terminalText[^1] == '.')
        {
            abbreviation = true;
        }
        else
        {
            return false;
        }

        // The next unit must look like a sentence start.
        int n = i;
        if (next.Kind == TokenKind.Quote || (next.Kind == TokenKind.Punctuation && text[next.Start] is '(' or '['))
        {
            if (i + 1 >= tokens.Length)
            {
                return true;
            }

            n = i + 1;
        }

        var start = tokens[n];
        char s = text[start.Start];
        bool capital = char.IsUpper(s) || (start.Kind == TokenKind.Number) || start.Kind == TokenKind.Bullet;
        if (!capital)
        {
            return false;
        }

        if (!abbreviation)
        {
            return true;
        }

        // A closing quotation mark after the abbreviation's dot closes a quoted sentence: "... since Prisoner Cell Block
        // H." Labour had ... (BBC news). No initial or title is followed by one, and the next word is capitalized.
        if (k < i - 1 && tokens[i - 1].Kind == TokenKind.Quote)
        {
            return true;
        }

        var word = terminalText[..^1];
        if (Abbreviations.IsTitle(word) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return false;
        }

        // "in the U.S. He said": only a capitalized function word after an abbreviation starts a sentence.
        return start.Kind == TokenKind.Word && SentenceStarters.Contains(start.GetText(text));
    }

    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int k)
    {
        var t = tokens[k];
        if (t.HasSpaceBefore)
        {
            return false;
        }

        if (t.Kind == TokenKind.Quote)
        {
            return true;
        }

        return t.Kind == TokenKind.Punctuation && text[t.Start] is ')' or ']';
    }

    private static SegmentKind Classify(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> unit, bool startsLine, bool endsLine)
    {
        var first = unit[0];
        if (first.Kind == TokenKind.Bullet || (startsLine && first.Kind == TokenKind.Dash && unit.Length > 1))
        {
            return SegmentKind.ListItem;
        }

        if (startsLine && first.Kind == TokenKind.Number && unit.Length > 2 && first.Length <= 2
            && unit[1].Kind == TokenKind.Punctuation && text[unit[1].Start] is '.' or ')' && unit[2].HasSpaceBefore)
        {
            return SegmentKind.ListItem;
        }

        if (!(startsLine && endsLine))
        {
            return SegmentKind.Sentence;
        }

        if (DateWords.IsDateLine(text, unit))
        {
            return SegmentKind.Dateline;
        }

        // Look through closing quotes and brackets: a paragraph ending in ." or .) is a sentence.
        int k = unit.Length - 1;
        while (k > 0 && (unit[k].Kind == TokenKind.Quote || (unit[k].Kind == TokenKind.Punctuation && text[unit[k].Start] is ')' or ']')))
        {
            k--;
        }

        char end = text[unit[k].End - 1];
        if (end is '.' or '!' or '?' or ':' or ';' or ',' or '…')
        {
            return SegmentKind.Sentence;
        }

        return SegmentKind.Headline;
    }
}
