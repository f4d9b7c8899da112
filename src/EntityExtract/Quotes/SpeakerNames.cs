using System.Buffers;
using System.Runtime.InteropServices;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>Gender as far as the text shows it: from titles (Mr., Mrs., Ms.) and common first names.</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>One occurrence of a capitalized name in the text.</summary>
/// <param name="FirstToken">The first token of the name (a title included).</param>
/// <param name="EndToken">The token just past the name.</param>
/// <param name="Canonical">The name without titles or possessive, mapped to the fullest earlier form.</param>
/// <param name="Gender">What the title or first name says.</param>
/// <param name="PersonLike">Whether the name can stand for a person (not "North Korea", "the White House").</param>
internal readonly record struct NameOccurrence(int FirstToken, int EndToken, string Canonical, Gender Gender, bool PersonLike);

/// <summary>
/// The names of one document, found with token rules when the recognizer has supplied no mentions (or
/// missed one): a title plus capitalized words, or one to five capitalized words. A surname used alone
/// maps to the fuller name of the same person seen earlier ("Kim" → "Kim Jong Un"), as the entity
/// resolution stage does for mentions. Built per document; not shared between threads. The token → name table
/// is rented from the shared array pool, and the lists and tables are the thread's (<see cref="PerThread{T}"/>),
/// both given back by <see cref="Dispose"/> (issue 14); names that are not disposed leave them to the collector.
/// </summary>
internal sealed class SpeakerNames : IDisposable
{
    private const int MaxNameTokens = 5;

    private readonly string _text;
    private readonly TextToken[] _tokens;
    private readonly int _count;
    private readonly Tables _tables = PerThread<Tables>.Take();
    private readonly List<NameOccurrence> _names;
    private readonly int[] _nameAt;
    private bool _disposed;
    private readonly Dictionary<string, Gender> _genders;

    public SpeakerNames(string text, TextToken[] tokens, CancellationToken cancellationToken)
        : this(text, tokens, tokens.Length, cancellationToken)
    {
    }

    // The tokens are the first count of the array (the pipeline's rented buffer).
    public SpeakerNames(string text, TextToken[] tokens, int count, CancellationToken cancellationToken)
    {
        _text = text;
        _tokens = tokens;
        _count = count;
        _nameAt = ArrayPool<int>.Shared.Rent(count);
        _nameAt.AsSpan(0, count).Fill(-1);
        _names = _tables.Names;
        _genders = _tables.Genders;
        var fullNames = _tables.FullNames;
        int i = 0;
        while (i < count)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!TryReadName(i, out int end))
            {
                i++;
                continue;
            }

            var occurrence = Describe(i, end, fullNames);
            for (int k = i; k < end; k++)
            {
                _nameAt[k] = _names.Count;
            }

            _names.Add(occurrence);
            if (occurrence.Gender != Gender.Unknown)
            {
                _genders.TryAdd(occurrence.Canonical, occurrence.Gender);
            }
            i = end;
        }
    }

    /// <summary>The names in document order.</summary>
    public IReadOnlyList<NameOccurrence> Names => _names;

    /// <summary>
    /// The gender of a person as the document shows it: from any title or first name used with the same
    /// canonical name ("Mr. Trump" tells about "Donald Trump"), or from a pronoun already linked to it.
    /// </summary>
    public Gender GenderOf(NameOccurrence name) => name.Gender != Gender.Unknown ? name.Gender : _genders.GetValueOrDefault(name.Canonical);

    /// <summary>Records that a pronoun of <paramref name="gender"/> refers to <paramref name="name"/>.</summary>
    public void Learn(NameOccurrence name, Gender gender)
    {
        if (gender != Gender.Unknown)
        {
            _genders.TryAdd(name.Canonical, gender);
        }
    }

    /// <summary>The index of the name covering token <paramref name="token"/>, or -1.</summary>
    public int NameAt(int token) => (uint)token < (uint)_count ? _nameAt[token] : -1;

    /// <summary>Gives the token → name table and the lists back; the names are not used afterwards.</summary>
    public void Dispose()
    {
        // A second call must not give the same array to the pool twice (two renters would then share it).
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        ArrayPool<int>.Shared.Return(_nameAt);
        PerThread<Tables>.Return(_tables, _tables.Clear());
    }

    private ReadOnlySpan<TextToken> Tokens => _tokens.AsSpan(0, _count);

    private ReadOnlySpan<char> Word(int i) => Tokens[i].GetText(_text);

    /// <summary>Whether token <paramref name="i"/> is a capitalized word that may belong to a name.</summary>
    public bool IsNameWord(int i)
    {
        var t = Tokens[i];
        if (t.Kind != TokenKind.Word || t.Length == 0 || !char.IsUpper(_text[t.Start]))
        {
            return false;
        }

        return !QuoteWords.IsCapitalStop(Word(i));
    }

    private bool TryReadName(int start, out int end)
    {
        end = start;
        int i = start;
        // The capital first (a character read), then the title list (a hash of the word): this runs at every token
        // of the document, most of them lower case or punctuation (issue 14).
        while (i < Tokens.Length && Tokens[i].Length > 0 && char.IsUpper(_text[Tokens[i].Start]) && QuoteWords.IsTitle(Word(i)) && i - start < 3)
        {
            i++;
        }

        int first = i;
        while (i < Tokens.Length && i - first < MaxNameTokens)
        {
            if (IsNameWord(i) && !IsBreakBefore(i, first))
            {
                i++;
                continue;
            }

            // Particles inside a name: "Charles de Gaulle", "Osama bin Laden".
            if (i > first && i + 1 < Tokens.Length && Word(i) is "de" or "van" or "von" or "bin" or "al" or "da" or "del" or "la" && IsNameWord(i + 1))
            {
                i++;
                continue;
            }

            break;
        }

        if (i == first)
        {
            // A title word with no name after it may be a name itself: not "Mr.", but "King said".
            if (first > start && IsNameWord(start) && !Word(start).EndsWith('.'))
            {
                end = start + 1;
                return true;
            }

            return false;
        }

        end = i;
        return true;
    }

    private bool IsBreakBefore(int i, int first) => i > first && (Tokens[i].Flags & TokenSpacing.LineStart) != 0;

    private NameOccurrence Describe(int start, int end, FullNames fullNames)
    {
        int first = start;
        var gender = Gender.Unknown;
        bool titled = false;
        while (first < end - 1 && QuoteWords.IsTitle(Word(first)))
        {
            var w = Word(first);
            if (w is "Mr." or "Mr")
            {
                gender = Gender.Male;
            }
            else if (w is "Mrs." or "Ms." or "Miss" or "Mrs" or "Ms")
            {
                gender = Gender.Female;
            }

            titled = true;
            first++;
        }

        // The name is made a string once per spelling (Tables.Canonical, kept across the thread's documents), looked up by span otherwise.
        var bare = _text.AsSpan(Tokens[first].Start, Tokens[end - 1].End - Tokens[first].Start);
        var firstWord = Word(first);
        var lastWord = Word(end - 1);
        if (gender == Gender.Unknown && end - first > 1)
        {
            gender = QuoteWords.IsFemaleName(firstWord) ? Gender.Female : QuoteWords.IsMaleName(firstWord) ? Gender.Male : Gender.Unknown;
        }

        bool person = titled || (end - first > 1 && !HasNonPersonWord(first, end));
        if (end - first > 1)
        {
            string full = _tables.Intern(bare);
            fullNames.Add(new FullName(full, gender, person), firstWord, lastWord);
            return new NameOccurrence(start, end, full, gender, person);
        }

        // A single word: the latest fuller name that ends (or, less often, starts) with it is the same person.
        if (fullNames.Latest(bare) is FullName f)
        {
            return new NameOccurrence(start, end, f.Full, gender == Gender.Unknown ? f.Gender : gender, f.Person || titled);
        }

        return new NameOccurrence(start, end, _tables.Intern(bare), gender, titled);
    }

    /// <summary>A multi-word name seen so far, as a single word may later refer to it.</summary>
    private readonly record struct FullName(string Full, Gender Gender, bool Person);

    /// <summary>
    /// The latest fuller name for each first and last word, kept as the names are read: a lookup is one
    /// dictionary probe, so reading the names stays linear however long the document (a backwards scan over
    /// all earlier names made it quadratic on long inputs).
    /// </summary>
    private sealed class FullNames
    {
        private readonly List<FullName> _all = [];
        private readonly Dictionary<string, int> _byLast = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byFirst = new(StringComparer.Ordinal);

        public int Count => _all.Count;

        // The words are looked up by span: a string only for a word not seen yet.
        public void Add(FullName name, ReadOnlySpan<char> first, ReadOnlySpan<char> last)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_byLast.GetAlternateLookup<ReadOnlySpan<char>>(), last, out _) = _all.Count;
            CollectionsMarshal.GetValueRefOrAddDefault(_byFirst.GetAlternateLookup<ReadOnlySpan<char>>(), first, out _) = _all.Count;
            _all.Add(name);
        }

        // The latest name whose last or first word is the given word; both tables hold the latest index.
        public FullName? Latest(ReadOnlySpan<char> word)
        {
            int k = Math.Max(
                _byLast.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int last) ? last : -1,
                _byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int first) ? first : -1);
            return k >= 0 ? _all[k] : null;
        }

        public void Clear()
        {
            _all.Clear();
            _byLast.Clear();
            _byFirst.Clear();
        }
    }

    /// <summary>The lists and tables of one document's names, cleared after it and kept for the thread's next one.</summary>
    private sealed class Tables
    {
        public List<NameOccurrence> Names { get; } = [];

        public Dictionary<string, Gender> Genders { get; } = new(StringComparer.Ordinal);

        public FullNames FullNames { get; } = new();

        // The most name spellings kept from one document to the next.
        private const int MaxKeptSpellings = 4096;

        // Each spelling of a name once: a name the document repeats is one string, and so is a name the thread's
        // earlier documents used (kept across documents, up to MaxKeptSpellings: news names recur from article to
        // article, and a string per name and document was a fifth of the quote stage's garbage, issue 14).
        public HashSet<string> Canonical { get; } = new(StringComparer.Ordinal);

        public string Intern(ReadOnlySpan<char> name)
        {
            var lookup = Canonical.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(name, out var kept))
            {
                kept = name.ToString();
                Canonical.Add(kept);
            }

            return kept;
        }

        // Empties the document's tables (the spellings only when they are many); returns how many entries they held.
        public int Clear()
        {
            int entries = Names.Count + Genders.Count + FullNames.Count;
            Names.Clear();
            Genders.Clear();
            FullNames.Clear();
            if (Canonical.Count > MaxKeptSpellings)
            {
                Canonical.Clear();
            }

            return entries;
        }
    }

    private bool HasNonPersonWord(int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (QuoteWords.IsNonPersonWord(Word(k)))
            {
                return true;
            }
        }

        return false;
    }
}
