using EntityExtract.Grammar;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// Tells speech from quote marks that are not speech, and direct quotes from partial ones (PARC 3.0's
/// definitions): quoted words in headlines, datelines and labels, markup attributes and titles after a possessive
/// are never speech; a fragment with no reporting cue in its sentence, under four words or in Title Case, or after
/// a term signal (<c>so-called</c>, <c>dubbed</c>, <c>known as</c>) is a scare or term quote. A quote is direct
/// when it starts with a capital and opens its clause, or ends with clause punctuation and has four words or more.
/// Stateless.
/// </summary>
internal static class QuoteClassifier
{
    /// <summary>
    /// Whether the quote is a title or a label by where it stands, before any attribution: in a headline or a
    /// dateline, a bullet label (<c>• The "Deviations": …</c>), a markup attribute (<c>id="…"</c>) or a Title-Case
    /// title after a possessive (<c>CNN’s “New Day”</c>).
    /// </summary>
    public static bool IsTitleOrLabel(QuoteDocument d, QuotedSpan span)
    {
        int o = span.OpenToken;
        var segment = d.Segments.Length == 0 ? default : d.SegmentOf(o);

        // Quoted words in headlines, datelines and bullet labels are titles or labels, not speech.
        if (IsHeadline(d, segment) || IsLabel(d, o, segment))
        {
            return true;
        }

        // Markup attributes (id="…") and titles after a possessive (CNN’s “New Day”) are names, not speech.
        return o > 0 && (d.Text[d.Tokens[o - 1].Start] == '=' || (d.Word(o - 1) is "'s" or "’s" && IsTitleCase(d, span)));
    }

    /// <summary>
    /// Whether a quote that no sieve gave a cue is a scare or term quote (PARC 3.0: a fragment with no reporting cue
    /// or source in its clause is not speech). A reporting verb anywhere in the sentence, even one whose subject was
    /// not found, keeps a fragment; a direct quote goes only after a term signal.
    /// </summary>
    public static bool IsScareOrTerm(QuoteDocument d, QuoteCandidate quote)
    {
        var span = quote.Span;
        int o = span.OpenToken;
        if (!quote.Direct)
        {
            return TermSignalBefore(d, o) || (WordCount(d, span) < 4 && !SpeechWordNear(d, span)) || IsTitleCase(d, span);
        }

        return TermSignalBefore(d, o);
    }

    // The splitter calls a line with no closing punctuation a headline, and a paragraph that ends in `."` has
    // a quote mark last: such a line is running text.
    private static bool IsHeadline(QuoteDocument d, TextSegment segment)
    {
        if (segment.Kind == SegmentKind.Dateline)
        {
            return true;
        }

        if (segment.Kind != SegmentKind.Headline || segment.TokenCount == 0)
        {
            return false;
        }

        int last = segment.EndToken - 1;
        while (last > segment.FirstToken && d.Tokens[last].Kind == TokenKind.Quote)
        {
            last--;
        }

        return !(last < segment.EndToken - 1 && d.Tokens[last].Kind == TokenKind.Punctuation && d.Text[d.Tokens[last].Start] is '.' or '!' or '?' or ',' or '…');
    }

    private static bool IsLabel(QuoteDocument d, int open, TextSegment segment)
    {
        var tokens = d.Tokens;

        // "The "Deviations": …" — a short lead-in ending in a colon at the start of a line.
        int lineStart = open;
        while (lineStart > segment.FirstToken && (tokens[lineStart].Flags & TokenSpacing.LineStart) == 0)
        {
            lineStart--;
        }

        if (open - lineStart > 4)
        {
            return false;
        }

        for (int k = open + 1; k < Math.Min(tokens.Length, open + 8); k++)
        {
            if (d.IsPunct(k, ':'))
            {
                return tokens[k - 1].Kind == TokenKind.Quote || (k > 0 && tokens[k - 2].Kind == TokenKind.Quote);
            }

            if ((tokens[k].Flags & TokenSpacing.LineStart) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the quote is direct speech: it continues or opens a multi-paragraph quotation; or it starts with a
    /// capital or a digit and opens its clause (after a colon, a comma, a reporting verb, a sentence end, a dash or
    /// a paragraph start); or it ends with clause punctuation inside the marks and has four words or more.
    /// </summary>
    public static bool LooksDirect(QuoteDocument d, QuotedSpan span)
    {
        if (span.ContinuesPrevious || span.OpensParagraphQuote)
        {
            return true;
        }

        var tokens = d.Tokens;
        int first = span.FirstToken;
        int last = span.EndToken - 1;
        var firstToken = tokens[first];
        bool capital = firstToken.Kind is TokenKind.Number or TokenKind.Quote || (firstToken.Kind == TokenKind.Word && char.IsUpper(d.Text[firstToken.Start]));
        bool endsClause = tokens[last].Kind == TokenKind.Punctuation && d.Text[tokens[last].Start] is ',' or '.' or '!' or '?' or ':' or ';';
        int o = span.OpenToken;
        bool opensClause = o == 0 || d.IsParagraphStart(o) || d.IsPunct(o - 1, ':') || d.IsPunct(o - 1, ',') || d.IsSentenceEnd(o - 1) || d.IsDash(o - 1)
                           || ReportingVerbs.Contains(d.Word(o - 1)) || (tokens[o - 1].Kind == TokenKind.Quote);
        return (capital && opensClause) || (endsClause && WordCount(d, span) >= 4 && (capital || opensClause));
    }

    private static bool SpeechWordNear(QuoteDocument d, QuotedSpan span)
    {
        if (d.Segments.Length == 0)
        {
            return false;
        }

        var segment = d.SegmentOf(span.OpenToken);
        for (int k = segment.FirstToken; k < segment.EndToken; k++)
        {
            // Any verb use counts here, an -ing form after a noun included ("at one point calling the mayor a “liar”").
            if (d.Cues.IsCue(k) || (!d.InQuote(k) && d.Tokens[k].Kind == TokenKind.Word && ReportingVerbs.Contains(d.Word(k)) && ReportingVerbs.IsParticiple(d.Word(k))
                && k > 0 && !GrammarWords.IsDeterminer(d.Word(k - 1))))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(QuoteDocument d, QuotedSpan span)
    {
        int n = 0;
        for (int k = span.FirstToken; k < span.EndToken; k++)
        {
            if (d.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsTitleCase(QuoteDocument d, QuotedSpan span)
    {
        int words = 0;
        for (int k = span.FirstToken; k < span.EndToken; k++)
        {
            if (d.Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            var w = d.Word(k);
            if (char.IsLower(w[0]) && !GrammarWords.IsFunction(w))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    private static bool TermSignalBefore(QuoteDocument d, int open)
    {
        for (int k = open - 1; k >= Math.Max(0, open - 3); k--)
        {
            if (d.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var w = d.Word(k);
            if (QuoteWords.IsTermSignal(w) || (w.Equals("as", StringComparison.OrdinalIgnoreCase) && k > 0 && d.Word(k - 1).Equals("known", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (!GrammarWords.IsDeterminer(w) && !(char.IsLower(w[0]) && k == open - 1 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }
}
