namespace EntityExtract.Entities.Resolution;

/// <summary>
/// Span consistency inside one document: a mention that, with the words right before or after it, spells
/// a longer name of the same type found elsewhere in the document takes that longer span ("Kim Jong" before
/// "Un" when "Kim Jong Un" is found elsewhere). An organization also takes a plural possessive that
/// starts its name ("Workers' Party", "Veterans' Affairs"): a singular "'s" is never taken.
/// </summary>
internal sealed class SpanExtensionRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        string text = document.Text;

        // The longer names of each type, indexed by each of their words: a mention is compared only with the
        // names that contain its first word, which keeps a long document linear rather than quadratic.
        var longer = new Dictionary<(MentionType, string), List<string>>();
        var seen = new HashSet<(MentionType, string)>();
        foreach (var m in mentions)
        {
            if (m.Text.Contains(' ', StringComparison.Ordinal) && seen.Add((m.Type, m.Text)))
            {
                foreach (string word in m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
                {
                    if (!longer.TryGetValue((m.Type, word), out var list))
                    {
                        list = [];
                        longer[(m.Type, word)] = list;
                    }

                    list.Add(m.Text);
                }
            }
        }

        var result = new List<Mention>(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            int start = m.Start, end = m.End;
            int firstSpace = m.Text.IndexOf(' ', StringComparison.Ordinal);
            string firstWord = firstSpace < 0 ? m.Text : m.Text[..firstSpace];
            if (longer.TryGetValue((m.Type, firstWord), out var names))
            {
                foreach (string name in names)
                {
                    if (name.Length <= end - start)
                    {
                        continue;
                    }

                    int offset = name.IndexOf(m.Text, StringComparison.Ordinal);
                    int newStart = start - offset;
                    if (offset < 0 || newStart < 0 || newStart + name.Length > text.Length || !text.AsSpan(newStart, name.Length).SequenceEqual(name))
                    {
                        continue;
                    }

                    int newEnd = newStart + name.Length;
                    if (IsWordChar(text, newStart - 1) || IsWordChar(text, newEnd))
                    {
                        continue;
                    }

                    start = Math.Min(start, newStart);
                    end = Math.Max(end, newEnd);
                }
            }

            if (m.Type == MentionType.Organization)
            {
                start = PluralPossessiveStart(text, start);
            }

            bool overlaps = (i > 0 && mentions[i - 1].End > start && mentions[i - 1].Start < m.Start) || (i + 1 < mentions.Count && mentions[i + 1].Start < end && mentions[i + 1].Start >= m.End);
            result.Add(overlaps || (start == m.Start && end == m.End) ? m : new Mention(m.Type, start, end, text[start..end], text[start..end], m.Value));
        }

        return result;
    }

    private static bool IsWordChar(string text, int index) => index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    /// <summary>Where "Xs' " before <paramref name="start"/> begins, for a capitalized plural possessive; else <paramref name="start"/>.</summary>
    private static int PluralPossessiveStart(string text, int start)
    {
        int k = start - 1;
        if (k < 2 || text[k] != ' ' || text[k - 1] is not ('\'' or '\u2019') || text[k - 2] != 's')
        {
            return start;
        }

        int wordEnd = k - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordEnd - wordStart >= 3 && char.IsUpper(text[wordStart]) ? wordStart : start;
    }
}
