using System.Runtime.InteropServices;
using EntityExtract.Internal;

namespace EntityExtract.Entities.Resolution;

/// <summary>
/// Span consistency inside one document: a mention that, with the words right before or after it, spells
/// a longer name of the same type found elsewhere in the document takes that longer span ("Kim Jong" before
/// "Un" when "Kim Jong Un" is found elsewhere). An organization also takes a plural possessive that
/// starts its name ("Workers' Party", "Veterans' Affairs"): a singular "'s" is never taken.
/// </summary>
internal sealed class SpanExtensionRule : IResolutionRule
{
    /// <summary>The most longer names kept for one word (see <see cref="Apply"/>).</summary>
    internal const int MaxNamesPerWord = 64;

    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        string text = document.Text;

        // The longer names of each type, indexed by each of their words: a mention is compared only with the
        // names that contain its first word, which keeps a long document linear rather than quadratic. The words are
        // looked up as spans and the tables reused by the thread's next document (issue 14: a string per word, the
        // split arrays and the tables were a fifth of resolution's garbage).
        var tables = PerThread<Tables>.Take();
        var longer = tables.Longer.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in mentions)
        {
            if (!m.Text.Contains(' ', StringComparison.Ordinal) || !tables.Seen.Add((m.Type, m.Text)))
            {
                continue;
            }

            var name = m.Text.AsSpan();
            foreach (var range in name.Split(' '))
            {
                var word = name[range];
                if (word.IsEmpty)
                {
                    continue;
                }

                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(longer, word, out _);
                list ??= tables.NewList();

                // Each name once per word, however often the word recurs in it ("Bank of the Bank"); at most
                // MaxNamesPerWord names a word, the first seen, so that a mention's look-up stays bounded however many
                // distinct names share a word (a long run of capitalized words made thousands; news text has a few).
                if (list.Count < MaxNamesPerWord && (list.Count == 0 || list[^1] != (m.Type, m.Text)))
                {
                    list.Add((m.Type, m.Text));
                }
            }
        }

        var result = new List<Mention>(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            int start = m.Start, end = m.End;
            int firstSpace = m.Text.IndexOf(' ', StringComparison.Ordinal);
            var firstWord = firstSpace < 0 ? m.Text.AsSpan() : m.Text.AsSpan(0, firstSpace);
            if (longer.TryGetValue(firstWord, out var names))
            {
                foreach (var (type, name) in names)
                {
                    if (type != m.Type || name.Length <= end - start)
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

        PerThread<Tables>.Return(tables, tables.Clear());

        return result;
    }

    /// <summary>The rule's tables for one document, cleared after it and kept for the thread's next one.</summary>
    private sealed class Tables
    {
        private readonly List<List<(MentionType, string)>> _spare = [];

        // The longer names (with their type) by each of their words; a word's list holds each name once, in the order first seen.
        public Dictionary<string, List<(MentionType Type, string Name)>> Longer { get; } = new(StringComparer.Ordinal);

        public HashSet<(MentionType, string)> Seen { get; } = [];

        public List<(MentionType, string)> NewList() => _spare.Count > 0 ? Pop() : [];

        // Empties the tables; returns how many entries they held.
        public int Clear()
        {
            int entries = Longer.Count + Seen.Count;
            foreach (var list in Longer.Values)
            {
                list.Clear();
                _spare.Add(list);
            }

            Longer.Clear();
            Seen.Clear();
            return entries;
        }

        private List<(MentionType, string)> Pop()
        {
            var list = _spare[^1];
            _spare.RemoveAt(_spare.Count - 1);
            return list;
        }
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
