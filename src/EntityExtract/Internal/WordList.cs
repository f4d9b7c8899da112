using System.Collections.Frozen;
using System.Reflection;

namespace EntityExtract.Internal;

/// <summary>
/// The one loader for the library's word lists. Every lexicon is a UTF-8 text file under
/// <c>src/EntityExtract/Resources/Lexicons/</c>, embedded in the assembly as
/// <c>EntityExtract.Lexicons.NAME.txt</c>: one word or phrase a line, <c>#</c> starts a comment line
/// (each file opens with a header saying what the list is for and where it came from), blank lines are
/// ignored, and surrounding white space is trimmed. Map files hold <c>key&lt;TAB&gt;value</c> lines.
/// Lists are read once, when first asked for, into frozen lookups that accept spans; the results are
/// immutable and safe to share between threads.
/// </summary>
internal static class WordList
{
    private const string Prefix = "EntityExtract.Lexicons.";

    /// <summary>Loads the list <paramref name="name"/> (file name without <c>.txt</c>) as a set.</summary>
    /// <param name="name">The lexicon's file name without its extension, such as <c>titles</c>.</param>
    /// <param name="ignoreCase">True to match without regard to case (ordinal, invariant).</param>
    public static WordSet Load(string name, bool ignoreCase = false)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        return new WordSet(name, Lines(name).ToFrozenSet(comparer));
    }

    /// <summary>Loads the map <paramref name="name"/>: each line is a key, a tab, and a value.</summary>
    /// <param name="name">The lexicon's file name without its extension.</param>
    /// <param name="ignoreCase">True to match keys without regard to case.</param>
    /// <exception cref="InvalidDataException">A line has no tab, or a key appears twice.</exception>
    public static FrozenDictionary<string, string> LoadMap(string name, bool ignoreCase = false)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var map = new Dictionary<string, string>(comparer);
        foreach (var line in Lines(name))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"Lexicon '{name}': '{line}' is not a key, a tab and a value.");
            }

            if (!map.TryAdd(line[..tab].TrimEnd(), line[(tab + 1)..].Trim()))
            {
                throw new InvalidDataException($"Lexicon '{name}': the key '{line[..tab]}' appears twice.");
            }
        }

        return map.ToFrozenDictionary(comparer);
    }

    /// <summary>The entries of a lexicon in file order, comments and blank lines removed.</summary>
    /// <param name="name">The lexicon's file name without its extension.</param>
    /// <exception cref="InvalidDataException">No lexicon of that name is embedded.</exception>
    public static IReadOnlyList<string> Lines(string name)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(Prefix + name + ".txt")
            ?? throw new InvalidDataException($"No embedded lexicon named '{name}'.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The names of every embedded lexicon (for the tests that check each file's shape).</summary>
    public static IEnumerable<string> Names() =>
        typeof(WordList).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4])
            .Order(StringComparer.Ordinal);

    internal static Assembly Assembly => typeof(WordList).Assembly;
}

/// <summary>
/// A frozen set of words or phrases from one lexicon, looked up by string or by span without allocating.
/// Immutable and thread-safe.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> spans;
    private readonly AsciiTable? ascii;

    /// <summary>Wraps a frozen set read from the lexicon <paramref name="name"/>.</summary>
    public WordSet(string name, FrozenSet<string> set)
    {
        Name = name;
        this.set = set;
        spans = set.GetAlternateLookup<ReadOnlySpan<char>>();
        ascii = AsciiTable.Create(set);
    }

    /// <summary>The lexicon's name (its file name without the extension).</summary>
    public string Name { get; }

    /// <summary>How many entries the list holds.</summary>
    public int Count => set.Count;

    /// <summary>The entries, in no particular order.</summary>
    public IReadOnlyCollection<string> Items => set;

    /// <summary>Whether the list holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => ascii is { } table && table.TryContains(word, out bool found) ? found : spans.Contains(word);

    /// <summary>Whether the list holds <paramref name="word"/>.</summary>
    public bool Contains(string word) => Contains(word.AsSpan());

    /// <summary>
    /// The set again as an open-addressing table of its entries (upper-cased when the set ignores case). The frozen
    /// set's span look-up (a delegate, a virtual call, its hashing and its case-insensitive compare) was about 3% of
    /// the default pipeline's processor time, asked at most tokens by the quote stage (open cue candidates, speaker
    /// names, content starts) and the entity rules (issue 14). An ordinal set's table answers every word. A
    /// case-insensitive set's is built only when every entry is ASCII, and answers only ASCII words: two such strings
    /// are equal under <see cref="StringComparer.OrdinalIgnoreCase"/> exactly when their ASCII upper-case forms are
    /// equal, whereas a non-ASCII letter can fold to an ASCII one (dotless i to I, long s to S). Other words go to the
    /// frozen set, so the answers are always the frozen set's (<c>WordListSpecs</c> checks every lexicon).
    /// </summary>
    private sealed class AsciiTable
    {
        private readonly bool ignoreCase;
        private readonly int minLength;
        private readonly int maxLength;
        private readonly int mask;
        private readonly Entry[] slots;

        private AsciiTable(bool ignoreCase, List<string> entries)
        {
            this.ignoreCase = ignoreCase;
            int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
            mask = capacity - 1;
            slots = new Entry[capacity];
            minLength = int.MaxValue;
            foreach (var entry in entries)
            {
                var key = ignoreCase ? entry.ToUpperInvariant() : entry;
                minLength = Math.Min(minLength, key.Length);
                maxLength = Math.Max(maxLength, key.Length);
                uint hash = Hash(key, ignoreCase, out _);
                int slot = (int)hash & mask;
                while (slots[slot].Key is not null)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = new Entry(hash, key);
            }
        }

        // The table, or null when the set's comparer is neither ordinal one, or it ignores case and an entry is not ASCII.
        public static AsciiTable? Create(FrozenSet<string> set)
        {
            bool ignoreCase = ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase);
            if (set.Count == 0 || (!ignoreCase && !ReferenceEquals(set.Comparer, StringComparer.Ordinal)))
            {
                return null;
            }

            var entries = new List<string>(set.Count);
            foreach (var key in set)
            {
                if (ignoreCase && !System.Text.Ascii.IsValid(key))
                {
                    return null;
                }

                entries.Add(key);
            }

            return new AsciiTable(ignoreCase, entries);
        }

        // Whether the table can answer for word (always, unless the set ignores case and the word is not ASCII), and
        // if so whether the set holds it.
        public bool TryContains(ReadOnlySpan<char> word, out bool found)
        {
            found = false;
            if ((uint)(word.Length - minLength) > (uint)(maxLength - minLength))
            {
                // No entry has this length (equal strings have equal lengths under either comparer).
                return true;
            }

            uint hash = Hash(word, ignoreCase, out bool ascii);
            if (!ascii)
            {
                return false;
            }

            for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
            {
                ref readonly var entry = ref slots[slot];
                if (entry.Key is not { } key)
                {
                    return true;
                }

                if (entry.Hash == hash && Equal(word, key))
                {
                    found = true;
                    return true;
                }
            }
        }

        // Whether word equals a stored key (of the same length, upper-cased when ignoring case).
        private bool Equal(ReadOnlySpan<char> word, string key)
        {
            if (!ignoreCase)
            {
                return word.SequenceEqual(key);
            }

            if (word.Length != key.Length)
            {
                return false;
            }

            for (int i = 0; i < word.Length; i++)
            {
                if (Upper(word[i]) != key[i])
                {
                    return false;
                }
            }

            return true;
        }

        // FNV-1a over the characters (their ASCII upper case when ignoring case; ascii false, and the hash of no use,
        // when ignoring case and a character is not ASCII). Its quality decides only how far a look-up probes.
        private static uint Hash(ReadOnlySpan<char> word, bool ignoreCase, out bool ascii)
        {
            uint h = 2166136261;
            uint any = 0;
            foreach (char c in word)
            {
                any |= c;
                h = (h ^ (ignoreCase ? Upper(c) : c)) * 16777619;
            }

            ascii = !ignoreCase || any < 0x80;
            return h;
        }

        private static char Upper(char c) => (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c;

        private readonly record struct Entry(uint Hash, string? Key);
    }
}
