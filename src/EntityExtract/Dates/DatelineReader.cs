using EntityExtract.Tokenization;

namespace EntityExtract.Dates;

/// <summary>
/// Finds an article's publication date in its dateline, at the top of the text: a line that is only a
/// date ("Thursday, December 11, 2025", "2025-12-11"), a labelled publication date ("Published: Dec. 11,
/// 2025"), or a date that opens one of the first lines ("Dec. 11, 2025 — ...", "WASHINGTON, Dec. 11, 2025 —
/// ..."). Stateless and thread-safe.
/// </summary>
internal static class DatelineReader
{
    /// <summary>How many leading units are searched: datelines sit above or at the start of the story.</summary>
    private const int SearchUnits = 6;

    /// <summary>Returns the dateline's date, or <see langword="null"/> when the top of the text has none.</summary>
    public static DateOnly? Find(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, DateOrder order = DateOrder.MonthFirst)
    {
        int limit = Math.Min(SearchUnits, sentences.Length);
        for (int u = 0; u < limit; u++)
        {
            var unit = sentences[u];

            // A line that is only a date.
            if (unit.Kind == SegmentKind.Dateline && AbsoluteDateParser.TryParse(text, tokens, unit.FirstToken, order, out var date, out _))
            {
                return date;
            }

            // A labelled publication date: "Published: December 11, 2025", "Updated Dec. 11, 2025 at 3:15 p.m.".
            int first = unit.FirstToken;
            if (IsPublicationLabel(text, tokens, first, unit.EndToken, out int dateStart)
                && AbsoluteDateParser.TryParse(text, tokens, dateStart, order, out date, out _))
            {
                return date;
            }

            // A date that opens the unit, or follows a capitalized place and a comma, and is followed by a dash.
            for (int start = first; start < Math.Min(unit.EndToken, first + 4); start++)
            {
                if (AbsoluteDateParser.TryParse(text, tokens, start, order, out date, out int consumed))
                {
                    int after = start + consumed;
                    bool opens = start == first || IsPlacePrefix(text, tokens, first, start);
                    bool dashOrEnd = after >= unit.EndToken || tokens[after].Kind == TokenKind.Dash
                        || (tokens[after].Kind == TokenKind.Punctuation && text[tokens[after].Start] is ':' or '(' or ')' or '|');
                    if (opens && dashOrEnd)
                    {
                        return date;
                    }
                }
            }
        }

        return null;
    }

    private static readonly string[][] PublicationLabels =
    [
        ["Published"], ["Updated"], ["Posted"], ["Date"], ["Dated"], ["Last", "updated"], ["First", "published"],
    ];

    // The label words of a publication line at the top of a page, then an optional colon; returns where the date starts.
    private static bool IsPublicationLabel(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int first, int end, out int dateStart)
    {
        dateStart = first;
        foreach (var label in PublicationLabels)
        {
            int i = first;
            bool matched = true;
            foreach (var word in label)
            {
                if (i >= end || !tokens[i].GetText(text).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }

                i++;
            }

            if (!matched)
            {
                continue;
            }

            if (i < end && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] == ':')
            {
                i++;
            }

            // "Published on December 11, 2025".
            if (i < end && tokens[i].GetText(text).Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                i++;
            }

            dateStart = i;
            return i < end;
        }

        return false;
    }

    private static bool IsPlacePrefix(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int first, int start)
    {
        // "WASHINGTON, Dec. 11, 2025 —": capitalized words, then a comma, right before the date.
        if (start - first < 2 || tokens[start - 1].Kind != TokenKind.Punctuation || text[tokens[start - 1].Start] != ',')
        {
            return false;
        }

        for (int k = first; k < start - 1; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start]))
            {
                return false;
            }
        }

        return true;
    }
}
