namespace EntityExtract.Entities.Resolution;

/// <summary>
/// Gives every distinct name of the document its canonical name: a shorter name takes the longer name of the
/// same type that it matches (relaxed head match of Lee et al. 2013, restricted to names), the most frequent
/// when several match, then the most recent. A person matches by given or family name ("Trump" in "Donald
/// Trump", "Kim" in "Kim Jong Un"); an acronym by its letters ("KCNA"); an organization by its last words
/// ("the Central Committee" in "Workers' Party Central Committee"); a place only as a lone compass word
/// ("the North" for "North Korea"): "Korea" and "North Korea" stay different places.
/// </summary>
internal static class NameMatcher
{
    /// <summary>The canonical name of each (type, normalized name) of <paramref name="mentions"/>.</summary>
    public static Dictionary<(MentionType, string), string> Resolve(List<Mention> mentions, CancellationToken cancellationToken)
    {
        // Distinct names per type with their frequency and last position.
        var names = new Dictionary<(MentionType Type, string Name), (int Count, int Last)>();
        foreach (var m in mentions)
        {
            var key = (m.Type, NameText.Normalize(m.Text));
            var stats = names.GetValueOrDefault(key);
            names[key] = (stats.Count + 1, Math.Max(stats.Last, m.Start));
        }

        var result = new Dictionary<(MentionType, string), string>();
        var ordered = names.Keys.OrderByDescending(static k => NameText.WordCount(k.Name)).ThenBy(static k => k.Name, StringComparer.Ordinal).ToList();

        // A longer name can match only through its first word (a given name, "North Korea" for "the North"),
        // its last word (a family name, "Central Committee") or its initials (an acronym): index the names by
        // those, so that each name is compared with a few candidates instead of every other name of the
        // document (a single 4 MB document has tens of thousands of distinct names).
        // Each name's words, index keys and initials are made once and reused by every comparison (issue 14:
        // splitting the longer name again for each candidate was most of resolution's garbage).
        var byEdge = new Dictionary<(MentionType, string), List<int>>();
        var wordsOf = new string[ordered.Count][];
        var firstKeys = new string[ordered.Count];
        var lastKeys = new string[ordered.Count];
        var initialsOf = new string[ordered.Count];
        for (int i = 0; i < ordered.Count; i++)
        {
            var (type, name) = ordered[i];
            if (name.Length == 0)
            {
                continue;
            }

            string[] words = wordsOf[i] = name.Split(' ');
            AddIndex(byEdge, (type, firstKeys[i] = "F:" + words[0].ToUpperInvariant()), i);
            AddIndex(byEdge, (type, lastKeys[i] = "L:" + words[^1].ToUpperInvariant()), i);
            if (words.Length >= 2)
            {
                initialsOf[i] = NameText.Initials(name);
                AddIndex(byEdge, (type, "I:" + initialsOf[i]), i);
            }
        }

        var candidates = new List<int>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var key = ordered[i];
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (key.Name.Length == 0)
            {
                continue;
            }

            string[] words = wordsOf[i];
            candidates.Clear();
            AddCandidates(byEdge, (key.Type, firstKeys[i]), candidates);
            AddCandidates(byEdge, (key.Type, lastKeys[i]), candidates);
            string? letters = NameText.IsAcronym(key.Name) && words.Length == 1 ? NameText.Letters(key.Name) : null;
            if (letters is not null)
            {
                AddCandidates(byEdge, (key.Type, "I:" + letters), candidates);
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
                if (other.Name.Length <= key.Name.Length || !Matches(key.Type, key.Name, words, letters, wordsOf[c], initialsOf[c]))
                {
                    continue;
                }

                var stats = names[other];
                if (best is null || stats.Count > bestStats.Count || (stats.Count == bestStats.Count && stats.Last > bestStats.Last))
                {
                    best = other;
                    bestStats = stats;
                }
            }

            result[key] = best is { } b ? result.GetValueOrDefault(b, b.Item2) : key.Name;
        }

        return result;
    }

    private static void AddIndex(Dictionary<(MentionType, string), List<int>> index, (MentionType, string) key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }

    private static void AddCandidates(Dictionary<(MentionType, string), List<int>> index, (MentionType, string) key, List<int> candidates)
    {
        if (index.TryGetValue(key, out var list))
        {
            candidates.AddRange(list);
        }
    }

    // name and words: the shorter name and its words; letters: its letters when it is a one-word acronym, else null;
    // longWords and longInitials: the longer name's words and initials (null for a one-word name).
    private static bool Matches(MentionType type, string name, string[] words, string? letters, string[] longWords, string? longInitials)
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

        bool prefix = true, suffix = true;
        for (int k = 0; k < words.Length; k++)
        {
            prefix &= string.Equals(words[k], longWords[k], StringComparison.OrdinalIgnoreCase);
            suffix &= string.Equals(words[k], longWords[longWords.Length - words.Length + k], StringComparison.OrdinalIgnoreCase);
        }

        return type switch
        {
            // Given name or family name, in either order of the two conventions (Western and East Asian).
            MentionType.Person => prefix || suffix,

            // "the Central Committee" → "Workers' Party Central Committee"; a lone common word is not enough.
            MentionType.Organization => suffix && (words.Length >= 2 || char.IsUpper(words[0][0])) && !NameText.IsAcronym(name),

            // "the North fired" after "North Korea": a compass word alone is the divided country the article
            // already named (North/South Korea, North/South Sudan, East/West Germany). Other places never merge.
            MentionType.Place => prefix && words.Length == 1 && longWords.Length == 2 && IsCompassWord(words[0]),
            _ => false,
        };
    }

    private static bool IsCompassWord(string word)
        => word.Equals("North", StringComparison.Ordinal) || word.Equals("South", StringComparison.Ordinal)
           || word.Equals("East", StringComparison.Ordinal) || word.Equals("West", StringComparison.Ordinal);

}
