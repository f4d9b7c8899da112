using System.Text;
using System.Text.Json;
using EntityExtract.Tokenization;

namespace EntityExtract.Lexicons;

/// <summary>
/// A user's list of names (<see cref="LexiconEntry"/>), compiled into a token trie so that matching a document
/// costs the same whatever the lexicon's size: at each token the matcher walks at most
/// <see cref="MaxEntryTokens"/> trie levels, never a loop over entries. Pass lexicons to
/// <see cref="ExtractionOptions.Lexicons"/>; where a match overlaps what the model found, the match wins.
/// Immutable and thread-safe once created.
/// </summary>
public sealed class EntityLexicon
{
    /// <summary>The longest name, in tokens, an entry may have.</summary>
    public const int MaxEntryTokens = 32;

    private readonly TrieNode _exact = new(StringComparer.Ordinal);
    private readonly TrieNode _folded = new(StringComparer.OrdinalIgnoreCase);

    // The first words of the names as a one-hash Bloom filter (Bloom 1970): most tokens of a text start no name,
    // and a bit test in a small table is cheaper than the root dictionary's lookup, whose buckets, entries and key
    // strings are spread over a large heap and miss the cache when the lexicon is large.
    private readonly WordFilter _exactFirst;
    private readonly WordFilter _foldedFirst;

    private EntityLexicon(IReadOnlyList<LexiconEntry> entries)
    {
        Entries = entries;
        int exact = 0, folded = 0;
        foreach (var entry in entries)
        {
            if (entry.IgnoreCase)
            {
                folded += 1 + entry.Aliases.Count;
            }
            else
            {
                exact += 1 + entry.Aliases.Count;
            }
        }

        _exactFirst = new WordFilter(exact, fold: false);
        _foldedFirst = new WordFilter(folded, fold: true);
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            Add(entry.Name, i, entry);
            foreach (var alias in entry.Aliases)
            {
                Add(alias, i, entry);
            }
        }
    }

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Compiles a lexicon from entries.</summary>
    /// <param name="entries">The entries; when two spell the same words, the first one given wins.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentException">A name or alias has no word, or more than <see cref="MaxEntryTokens"/> tokens.</exception>
    public static EntityLexicon Create(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToArray();
        foreach (var entry in list)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            foreach (var spelling in entry.Aliases.Prepend(entry.Name))
            {
                if (CheckSpelling(spelling) is string problem)
                {
                    throw new ArgumentException($"'{spelling}': {problem}", nameof(entries));
                }
            }
        }

        return new EntityLexicon(list);
    }

    /// <summary>Reads a lexicon from a JSON Lines file: one entry a line,
    /// <c>{"type": "organization", "name": "Acme Holdings", "aliases": ["Acme"], "ignoreCase": false}</c>
    /// (<c>aliases</c> and <c>ignoreCase</c> optional; blank lines allowed). Nothing is skipped silently.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="LexiconFormatException">A line is not a valid entry; the message names the file and line.</exception>
    public static EntityLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Reads a lexicon in the JSON Lines format of <see cref="Load"/> from a reader.</summary>
    /// <param name="reader">The lines.</param>
    /// <param name="sourceName">The name errors give for the input, such as its file name.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="LexiconFormatException">A line is not a valid entry.</exception>
    public static EntityLexicon Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var entries = new List<LexiconEntry>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            entries.Add(ParseLine(line, sourceName, lineNumber));
        }

        return new EntityLexicon(entries);
    }

    /// <summary>Finds every match in a tokenized text: at each token the longest name that starts there,
    /// then leftmost-longest without overlaps. Case-sensitive entries win ties over case-insensitive ones.</summary>
    internal void Match(string text, ReadOnlySpan<TextToken> tokens, List<LexiconMatch> found, int lexiconIndex)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].GetText(text);
            var best = _exactFirst.MayContain(word) ? Longest(_exact, text, tokens, i) : default;
            var folded = _foldedFirst.MayContain(word) ? Longest(_folded, text, tokens, i) : default;
            if (folded.Entry is not null && (best.Entry is null || folded.EndToken > best.EndToken))
            {
                best = folded;
            }

            if (best.Entry is not null)
            {
                found.Add(new LexiconMatch(tokens[i].Start, tokens[best.EndToken - 1].End, best.Entry, lexiconIndex, best.Order));
            }
        }
    }

    private static (LexiconEntry? Entry, int EndToken, int Order) Longest(TrieNode root, string text, ReadOnlySpan<TextToken> tokens, int start)
    {
        (LexiconEntry? Entry, int EndToken, int Order) best = (null, 0, 0);
        var node = root;
        for (int j = start; j < tokens.Length && j - start < MaxEntryTokens; j++)
        {
            node = node.Next(tokens[j].GetText(text));
            if (node is null)
            {
                break;
            }

            if (node.Entry is not null)
            {
                best = (node.Entry, j + 1, node.Order);
            }
        }

        return best;
    }

    private void Add(string spelling, int order, LexiconEntry entry)
    {
        var node = entry.IgnoreCase ? _folded : _exact;
        var words = Words(spelling);
        if (words.Count > 0)
        {
            (entry.IgnoreCase ? _foldedFirst : _exactFirst).Add(words[0]);
        }

        foreach (var word in words)
        {
            node = node.Child(word);
        }

        // The first entry to spell these words keeps them ("when two spell the same words, the first wins").
        if (node.Entry is null)
        {
            node.Entry = entry;
            node.Order = order;
        }
    }

    // The spelling's tokens as the library's own tokenizer cuts them, so a name matches the text exactly when
    // the text is tokenized the same way ("U.S.", "O'Neill", "Smith-Jones").
    private static List<string> Words(string spelling)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(spelling, tokens);
        return tokens.ConvertAll(t => spelling.Substring(t.Start, t.Length));
    }

    private static string? CheckSpelling(string spelling)
    {
        int count = Words(spelling).Count;
        return count == 0 || !HasLetterOrDigit(spelling) ? "it has no word to match (no letter or digit)"
            : count > MaxEntryTokens ? $"it has {count} tokens; at most {MaxEntryTokens} are allowed"
            : null;
    }

    // Punctuation and symbols alone make no name: a name needs a letter or a digit somewhere.
    private static bool HasLetterOrDigit(string spelling)
    {
        foreach (var rune in spelling.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static LexiconEntry ParseLine(string line, string source, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new LexiconFormatException(source, lineNumber, "not a JSON object: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new LexiconFormatException(source, lineNumber, "an entry must be a JSON object");
            }

            MentionType? type = null;
            string? name = null;
            var aliases = new List<string>();
            bool ignoreCase = false;
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "type":
                        type = value.ValueKind == JsonValueKind.String ? value.GetString() switch
                        {
                            "person" => MentionType.Person,
                            "place" => MentionType.Place,
                            "organization" => MentionType.Organization,
                            _ => null,
                        } : null;
                        if (type is null)
                        {
                            throw new LexiconFormatException(source, lineNumber, $"\"type\" must be \"person\", \"place\" or \"organization\", not {value.GetRawText()}");
                        }

                        break;
                    case "name":
                        name = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                        if (string.IsNullOrWhiteSpace(name))
                        {
                            throw new LexiconFormatException(source, lineNumber, "\"name\" must be a non-empty string");
                        }

                        break;
                    case "aliases":
                        if (value.ValueKind != JsonValueKind.Array)
                        {
                            throw new LexiconFormatException(source, lineNumber, "\"aliases\" must be an array of strings");
                        }

                        foreach (var alias in value.EnumerateArray())
                        {
                            if (alias.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(alias.GetString()))
                            {
                                throw new LexiconFormatException(source, lineNumber, "every alias must be a non-empty string");
                            }

                            aliases.Add(alias.GetString()!);
                        }

                        break;
                    case "ignoreCase":
                        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                        {
                            throw new LexiconFormatException(source, lineNumber, "\"ignoreCase\" must be true or false");
                        }

                        ignoreCase = value.GetBoolean();
                        break;
                    default:
                        throw new LexiconFormatException(source, lineNumber, $"unknown property \"{property.Name}\" (expected type, name, aliases, ignoreCase)");
                }
            }

            if (type is null)
            {
                throw new LexiconFormatException(source, lineNumber, "\"type\" is missing");
            }

            if (name is null)
            {
                throw new LexiconFormatException(source, lineNumber, "\"name\" is missing");
            }

            foreach (var spelling in aliases.Prepend(name))
            {
                if (CheckSpelling(spelling) is string problem)
                {
                    throw new LexiconFormatException(source, lineNumber, $"\"{spelling}\": {problem}");
                }
            }

            return new LexiconEntry(type.Value, name, aliases, ignoreCase);
        }
    }

    /// <summary>
    /// A set of words that may answer "maybe" for a word it does not hold but never "no" for one it does: one bit
    /// per word hash, eight to sixteen bits per spelling (at most about 12% false positives, fewer when spellings
    /// share first words). Case-insensitive words are hashed by their invariant upper case, as
    /// <see cref="StringComparer.OrdinalIgnoreCase"/> compares them; a word with a surrogate is always "maybe",
    /// since that comparer folds some supplementary letters.
    /// </summary>
    private sealed class WordFilter
    {
        private readonly ulong[] _bits;
        private readonly bool _fold;
        private bool _any;

        public WordFilter(int spellings, bool fold)
        {
            _bits = new ulong[Math.Max(1, (int)Math.Min(1 << 20, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, spellings)) / 8))];
            _fold = fold;
        }

        public void Add(string word)
        {
            _any = true;
            ulong h = Hash(word, _fold, out _);
            _bits[(h >> 6) & (ulong)(_bits.Length - 1)] |= 1UL << (int)(h & 63);
        }

        public bool MayContain(ReadOnlySpan<char> word)
        {
            if (!_any)
            {
                return false;
            }

            ulong h = Hash(word, _fold, out bool surrogate);
            return surrogate || (_bits[(h >> 6) & (ulong)(_bits.Length - 1)] & (1UL << (int)(h & 63))) != 0;
        }

        // FNV-1a over the UTF-16 code units, then a multiplicative mix so that the low bits spread.
        private static ulong Hash(ReadOnlySpan<char> word, bool fold, out bool surrogate)
        {
            ulong h = 14695981039346656037UL;
            surrogate = false;
            foreach (char c in word)
            {
                char k = c;
                if (fold)
                {
                    k = c <= 'z' ? (c >= 'a' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);
                }

                surrogate |= char.IsSurrogate(c);
                h = (h ^ k) * 1099511628211UL;
            }

            return h * 0x9E3779B97F4A7C15UL >> 7;
        }
    }

    /// <summary>A trie level: its children by token text (ordinal, or ignoring case) and the entry ending here.
    /// Written only while the lexicon is built, then read by any number of threads.</summary>
    private sealed class TrieNode(StringComparer comparer)
    {
        private Dictionary<string, TrieNode>? _children;

        // The span view of _children, made once with the dictionary: GetAlternateLookup checks the comparer on
        // every call, and Next runs once per token of every document.
        private Dictionary<string, TrieNode>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public LexiconEntry? Entry { get; set; }

        public int Order { get; set; }

        public TrieNode Child(string word)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, TrieNode>(comparer);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!_children.TryGetValue(word, out var child))
            {
                child = new TrieNode(comparer);
                _children.Add(word, child);
            }

            return child;
        }

        public TrieNode? Next(ReadOnlySpan<char> word) =>
            _children is not null && _lookup.TryGetValue(word, out var child) ? child : null;
    }
}

/// <summary>A lexicon match: the span it covers, the entry, and which lexicon and entry order (for ties).</summary>
internal readonly record struct LexiconMatch(int Start, int End, LexiconEntry Entry, int Lexicon, int Order);
