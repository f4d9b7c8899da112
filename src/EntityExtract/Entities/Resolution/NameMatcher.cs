using EntityExtract.Internal;

namespace EntityExtract.Entities.Resolution;

/// <summary>
/// Gives every distinct name of the document its canonical name: a shorter name takes the longer name of the
/// same type that it matches (relaxed head match of Lee et al. 2013, restricted to names), the most frequent
/// when several match, then the most recent. A person matches by given or family name ("Trump" in "Donald
/// Trump", "Kim" in "Kim Jong Un"); an acronym by its letters ("KCNA"); an organization by its last words
/// ("the Central Committee" in "Workers' Party Central Committee"); a place only as a lone compass word
/// ("the North" for "North Korea"): "Korea" and "North Korea" stay different places.
/// </summary>
/// <remarks>
/// The tables of a call are kept per thread and cleared for the next document (<see cref="PerThread{T}"/>):
/// made afresh for every document they were about two fifths of resolution's garbage (issue 14).
/// </remarks>
internal static class NameMatcher
{
    /// <summary>
    /// The canonical name of each (type, normalized name) of <paramref name="mentions"/>. The dictionary belongs to
    /// the calling thread's tables: it is valid until the thread's next call, so the caller reads it and lets it go.
    /// </summary>
    public static Dictionary<(MentionType, string), string> Resolve(List<Mention> mentions, CancellationToken cancellationToken)
    {
        var scratch = PerThread<Scratch>.Take();
        scratch.Clear();

        // Distinct names per type with their frequency and last position.
        var names = scratch.Names;
        foreach (var m in mentions)
        {
            var key = (m.Type, NameText.Normalize(m.Text));
            var stats = names.GetValueOrDefault(key);
            names[key] = (stats.Count + 1, Math.Max(stats.Last, m.Start));
        }

        // The longest names first (by word count), then in ordinal order of the name; a name with two types keeps
        // the order in which the document first gave them (as the stable sort this replaces did).
        var ordered = scratch.Ordered;
        foreach (var (type, name) in names.Keys)
        {
            ordered.Add(new Name(type, name, NameText.WordCount(name), ordered.Count));
        }

        ordered.Sort(static (a, b) =>
            a.WordCount != b.WordCount ? b.WordCount.CompareTo(a.WordCount)
            : string.CompareOrdinal(a.Text, b.Text) is int c and not 0 ? c
            : a.Seen.CompareTo(b.Seen));

        // A longer name can match only through its first word (a given name, "North Korea" for "the North"),
        // its last word (a family name, "Central Committee") or its initials (an acronym): index the names by
        // those, so that each name is compared with a few candidates instead of every other name of the
        // document (a single 4 MB document has tens of thousands of distinct names).
        // Each name's word boundaries, index keys and initials are made once and reused by every comparison
        // (issue 14: splitting the longer name again for each candidate was most of resolution's garbage).
        var byEdge = scratch.ByEdge;
        var words = scratch.Words;
        for (int i = 0; i < ordered.Count; i++)
        {
            var name = ordered[i];
            if (name.Text.Length == 0)
            {
                continue;
            }

            name.FirstWord = words.Count;
            foreach (var range in name.Text.AsSpan().Split(' '))
            {
                words.Add(range);
            }

            var span = name.Text.AsSpan();
            name.FirstKey = scratch.Key('F', span[words[name.FirstWord]], upper: true);
            name.LastKey = scratch.Key('L', span[words[^1]], upper: true);
            scratch.AddIndex((name.Type, name.FirstKey), i);
            scratch.AddIndex((name.Type, name.LastKey), i);
            if (words.Count - name.FirstWord >= 2)
            {
                name.Initials = NameText.Initials(name.Text);
                scratch.AddIndex((name.Type, scratch.Key('I', name.Initials, upper: false)), i);
            }

            ordered[i] = name;
        }

        var result = scratch.Result;
        var candidates = scratch.Candidates;
        for (int i = 0; i < ordered.Count; i++)
        {
            var key = ordered[i];
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (key.Text.Length == 0)
            {
                continue;
            }

            var keyWords = scratch.WordsOf(key);
            candidates.Clear();
            AddCandidates(byEdge, (key.Type, key.FirstKey!), candidates);
            AddCandidates(byEdge, (key.Type, key.LastKey!), candidates);
            string? letters = NameText.IsAcronym(key.Text) && keyWords.Length == 1 ? NameText.Letters(key.Text) : null;
            if (letters is not null)
            {
                AddCandidates(byEdge, (key.Type, scratch.Key('I', letters, upper: false)), candidates);
            }

            // In the order of the full list, so that ties go to the same name as a full comparison would pick.
            candidates.Sort();
            (MentionType, string)? best = null;
            (int Count, int Last) bestStats = default;
            int previous = -1;
            foreach (int c in candidates)
            {
                if (c == previous)
                {
                    continue;
                }

                previous = c;
                var other = ordered[c];
                if (other.Text.Length <= key.Text.Length || !Matches(key.Type, key.Text, keyWords, letters, other.Text, scratch.WordsOf(other), other.Initials))
                {
                    continue;
                }

                var stats = names[(other.Type, other.Text)];
                if (best is null || stats.Count > bestStats.Count || (stats.Count == bestStats.Count && stats.Last > bestStats.Last))
                {
                    best = (other.Type, other.Text);
                    bestStats = stats;
                }
            }

            result[(key.Type, key.Text)] = best is { } b ? result.GetValueOrDefault(b, b.Item2) : key.Text;
        }

        PerThread<Scratch>.Return(scratch, names.Count);

        return result;
    }

    private static void AddCandidates(Dictionary<(MentionType, string), List<int>> index, (MentionType, string) key, List<int> candidates)
    {
        if (index.TryGetValue(key, out var list))
        {
            candidates.AddRange(list);
        }
    }

    // name and words: the shorter name and its words; letters: its letters when it is a one-word acronym, else null;
    // longName, longWords and longInitials: the longer name, its words and its initials (null for a one-word name).
    private static bool Matches(MentionType type, string name, ReadOnlySpan<Range> words, string? letters, string longName, ReadOnlySpan<Range> longWords, string? longInitials)
    {
        if (letters is not null && longWords.Length >= 2)
        {
            if (longInitials!.Length >= 2 && string.Equals(longInitials, letters, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (words.Length >= longWords.Length)
        {
            return false;
        }

        var text = name.AsSpan();
        var longText = longName.AsSpan();
        bool prefix = true, suffix = true;
        for (int k = 0; k < words.Length; k++)
        {
            prefix &= text[words[k]].Equals(longText[longWords[k]], StringComparison.OrdinalIgnoreCase);
            suffix &= text[words[k]].Equals(longText[longWords[longWords.Length - words.Length + k]], StringComparison.OrdinalIgnoreCase);
        }

        var first = text[words[0]];
        return type switch
        {
            // Given name or family name, in either order of the two conventions (Western and East Asian).
            MentionType.Person => prefix || suffix,

            // "the Central Committee" → "Workers' Party Central Committee"; a lone common word is not enough.
            MentionType.Organization => suffix && (words.Length >= 2 || char.IsUpper(first[0])) && !NameText.IsAcronym(name),

            // "the North fired" after "North Korea": a compass word alone is the divided country the article
            // already named (North/South Korea, North/South Sudan, East/West Germany). Other places never merge.
            MentionType.Place => prefix && words.Length == 1 && longWords.Length == 2 && IsCompassWord(first),
            _ => false,
        };
    }

    private static bool IsCompassWord(ReadOnlySpan<char> word) => word is "North" or "South" or "East" or "West";

    /// <summary>A distinct name of the document, as the matcher sorts and indexes it.</summary>
    private record struct Name(MentionType Type, string Text, int WordCount, int Seen)
    {
        // Where the name's word boundaries start in Scratch.Words (WordCount of them).
        public int FirstWord { get; set; }

        public string? FirstKey { get; set; }

        public string? LastKey { get; set; }

        public string? Initials { get; set; }
    }

    /// <summary>The tables of one call, cleared and reused by the thread's next call.</summary>
    private sealed class Scratch
    {
        // The most index keys kept between documents (a few hundred kilobytes of short strings).
        private const int MaxKeys = 8192;

        private readonly List<List<int>> _spareLists = [];

        // The index keys made so far, kept across the thread's documents: the same names recur from article to
        // article, and a new string per key and name was a sixth of resolution's garbage (issue 14).
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

        public Dictionary<(MentionType Type, string Name), (int Count, int Last)> Names { get; } = [];

        public List<Name> Ordered { get; } = [];

        public Dictionary<(MentionType, string), List<int>> ByEdge { get; } = [];

        public List<Range> Words { get; } = [];

        public List<int> Candidates { get; } = [];

        public Dictionary<(MentionType, string), string> Result { get; } = [];

        public ReadOnlySpan<Range> WordsOf(Name name) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Words).Slice(name.FirstWord, name.WordCount);

        public void Clear()
        {
            Names.Clear();
            Ordered.Clear();
            foreach (var list in ByEdge.Values)
            {
                list.Clear();
                _spareLists.Add(list);
            }

            ByEdge.Clear();
            Words.Clear();
            Candidates.Clear();
            Result.Clear();
        }

        /// <summary>
        /// The index key of <paramref name="word"/> on edge <paramref name="edge"/>: "F:" or "L:" and the word in
        /// upper case (invariant), or "I:" and the initials as they are; the thread's kept string when it has one.
        /// </summary>
        public string Key(char edge, ReadOnlySpan<char> word, bool upper)
        {
            Span<char> key = word.Length <= 62 ? stackalloc char[64] : new char[word.Length + 2];
            key[0] = edge;
            key[1] = ':';
            int length = upper ? word.ToUpperInvariant(key[2..]) : word.Length;
            if (!upper)
            {
                word.CopyTo(key[2..]);
            }

            var text = key[..(length + 2)];
            var keys = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
            if (keys.TryGetValue(text, out string? kept))
            {
                return kept;
            }

            if (_keys.Count >= MaxKeys)
            {
                _keys.Clear();
            }

            string made = text.ToString();
            _keys.Add(made);
            return made;
        }

        public void AddIndex((MentionType, string) key, int value)
        {
            if (!ByEdge.TryGetValue(key, out var list))
            {
                list = _spareLists.Count > 0 ? _spareLists[^1] : [];
                if (_spareLists.Count > 0)
                {
                    _spareLists.RemoveAt(_spareLists.Count - 1);
                }

                ByEdge[key] = list;
            }

            list.Add(value);
        }
    }
}
