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

    /// <summary>Wraps a frozen set read from the lexicon <paramref name="name"/>.</summary>
    public WordSet(string name, FrozenSet<string> set)
    {
        Name = name;
        this.set = set;
        spans = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon's name (its file name without the extension).</summary>
    public string Name { get; }

    /// <summary>How many entries the list holds.</summary>
    public int Count => set.Count;

    /// <summary>The entries, in no particular order.</summary>
    public IReadOnlyCollection<string> Items => set;

    /// <summary>Whether the list holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => spans.Contains(word);

    /// <summary>Whether the list holds <paramref name="word"/>.</summary>
    public bool Contains(string word) => set.Contains(word);
}
