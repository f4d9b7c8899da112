using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Typing;

/// <summary>
/// The one home of the decision between a name and a date, for the words that can be either: weekdays and
/// month names ("Friday", "May", "April March"). The recognizer asks it before it makes a mention, its rules
/// when they trim a name's edges, and the pipeline once every stage has run, where the date grammar and the
/// names meet (<see cref="Settle"/>).
/// </summary>
internal static class NameOrDate
{
    /// <summary>A lone weekday written in full or as a long abbreviation ("Tues"): a date, never a name alone.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) => DateWords.Weekday(word) is not null && word.Length > 3;

    /// <summary>A month name next to a number is a date ("December 11", "11 December"), not a name.</summary>
    public static bool IsMonthNextToNumber(ReadOnlySpan<char> word, ReadOnlySpan<TextToken> tokens, int index, TextSegment segment)
        => DateWords.Month(word) > 0
            && ((index + 1 < segment.EndToken && tokens[index + 1].Kind == TokenKind.Number) || (index > segment.FirstToken && tokens[index - 1].Kind == TokenKind.Number));

    /// <summary>
    /// A word at the edge of a longer name that is the date next to it ("CNBC Friday"): a capitalized full
    /// weekday name or a month name of five letters or more, or "Sept" (no given names like May, June or Jan).
    /// </summary>
    public static bool IsEdgeDateWord(ReadOnlySpan<char> word)
        => word.Length > 0 && char.IsUpper(word[0])
            && ((word.Length >= 6 && DateWords.Weekday(word) is not null)
                || (DateWords.Month(word) > 0 && (word.Length >= 5 || word is "Sept" or "Sept.")));

    /// <summary>
    /// A capitalized word before a person's name that is a month or weekday, not a given name: a month of
    /// four letters or more, with a dot, or "May"; any weekday. A three-letter abbreviation without a dot is a
    /// given name ("Jan Allan Mueller").
    /// </summary>
    public static bool IsDateBeforeName(ReadOnlySpan<char> word)
        => (DateWords.Month(word) > 0 && (word.Length >= 4 || word.EndsWith('.') || word is "May")) || DateWords.Weekday(word) is not null;

    /// <summary>
    /// Puts the mentions of all stages in document order (at one offset dates first, so that the names inside
    /// them can be dropped, then longer spans first), merges duplicates, and settles where names and dates
    /// overlap: a name inside a date expression ("December" in "Thursday, December 11, 2025", "King" in
    /// "Martin Luther King Day") belongs to the date, the more precise reader; the other way round, a lone
    /// weekday or month inside a person's full name ("England sevens coach Mike Friday", "Jerry Lee Lewis ...
    /// April March") is part of the name.
    /// </summary>
    /// <param name="mentions">Mentions whose spans are inside the text; sorted in place.</param>
    public static Mention[] Settle(List<Mention> mentions)
    {
        mentions.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : (a.Type == MentionType.Date) != (b.Type == MentionType.Date) ? (a.Type == MentionType.Date ? -1 : 1)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : a.Type.CompareTo(b.Type));
        var result = new List<Mention>(mentions.Count);
        int dateEnd = -1;
        int dateStart = -1;
        int personStart = -1;
        int personEnd = -1;
        foreach (var m in mentions)
        {
            if (result.Count > 0 && result[^1].Start == m.Start && result[^1].End == m.End && result[^1].Type == m.Type)
            {
                continue;
            }

            if (m.Type == MentionType.Person && m.Text.Contains(' ', StringComparison.Ordinal) && m.End > personEnd)
            {
                personStart = m.Start;
                personEnd = m.End;
            }

            if (m.Type == MentionType.Date && m.Start > personStart && m.End <= personEnd && personStart >= 0 && !m.Text.AsSpan().ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            if (m.Type == MentionType.Date)
            {
                if (m.End > dateEnd)
                {
                    dateStart = m.Start;
                    dateEnd = m.End;
                }
            }
            else if (m.Start >= dateStart && m.End <= dateEnd && dateStart >= 0)
            {
                continue;
            }

            result.Add(m);
        }

        return result.ToArray();
    }
}
