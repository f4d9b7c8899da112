using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace EntityExtract.Places;

/// <summary>
/// The built-in gazetteer: continents, countries, first-level regions, cities of 5,000+ people (and every capital
/// and administrative seat) from GeoNames via the npm packages of <c>tools/EntityExtract.Tools/Gazetteers/build-geo.js</c>,
/// and nationality adjectives. The source is <c>Resources/geo.tsv.gz</c>; the library embeds the index built from it
/// (<c>Resources/geo.index</c>, see PlaceGazetteer.Index.cs), loaded once on first use (thread-safe
/// <see cref="Lazy{T}"/>); immutable afterwards, so any number of threads may read it.
/// </summary>
internal sealed partial class PlaceGazetteer
{
    private static readonly Lazy<PlaceGazetteer> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GeoEntry[] _entries;
    private readonly int[] _nameStart;
    private readonly char[] _nameChars;
    private readonly NameIndex _index;
    // Only where the runtime folds accents (not under invariant globalization): the keys its folding changes.
    private readonly Dictionary<string, int[]>? _folded;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _foldedSpan;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _adjectivesBySpan;
    private readonly FrozenDictionary<string, int> _countries;

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static PlaceGazetteer Default => LazyDefault.Value;

    /// <summary>The number of places (not counting nationality adjectives).</summary>
    public int Count => _entries.Length;

    /// <summary>The place at <paramref name="index"/>.</summary>
    /// <param name="index">An index from <see cref="Find"/>.</param>
    public ref readonly GeoEntry this[int index] => ref _entries[index];

    /// <summary>The main name of the place at <paramref name="index"/>.</summary>
    /// <param name="index">An index from <see cref="Find"/>.</param>
    public string Name(int index) => new(_nameChars, _nameStart[index], _nameStart[index + 1] - _nameStart[index]);

    /// <summary>The indexes of every place called <paramref name="name"/> (case, accents, dots and a leading "the" ignored); empty when none.</summary>
    /// <param name="name">A place name as written.</param>
    public ReadOnlySpan<int> Find(string name)
    {
        if (!Ascii.IsValid(name))
        {
            return Lookup(Key(name));
        }

        // The common case, an ASCII name: its key is looked up as characters, no string made.
        Span<char> buffer = name.Length <= 128 ? stackalloc char[128] : new char[name.Length];
        return Lookup(KeyChars(name, buffer));
    }

    /// <summary>Every name key of the index (tests).</summary>
    internal IEnumerable<string> Keys() => _index.Keys();

    /// <summary>The indexes of every place whose name has <paramref name="key"/> (<see cref="Key"/>).</summary>
    /// <param name="key">A name key.</param>
    internal ReadOnlySpan<int> Lookup(scoped ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return default;
        }

        return _folded is not null && _foldedSpan.TryGetValue(key, out var folded) ? folded : _index.Find(key);
    }

    /// <summary>The country a nationality adjective names ("North Korean" → KP), or <see langword="null"/>.</summary>
    /// <param name="adjective">The adjective as written, with its capital; a span, so that the geocoder asks about
    /// every capitalized token and pair of them without making strings of them (issue 14).</param>
    public string? CountryOfAdjective(ReadOnlySpan<char> adjective) => _adjectivesBySpan.TryGetValue(adjective, out var code) ? code : null;

    /// <summary>The index of a country by its ISO 3166-1 alpha-2 code, or -1.</summary>
    /// <param name="countryCode">The code.</param>
    public int CountryIndex(string countryCode) => _countries.TryGetValue(countryCode, out var i) ? i : -1;

    /// <summary>Builds the public location of a place.</summary>
    /// <param name="index">The place's index.</param>
    public GeoLocation ToLocation(int index)
    {
        ref readonly var e = ref _entries[index];
        string? countryName = e.CountryCode is null ? null : CountryIndex(e.CountryCode) is >= 0 and var c ? Name(c) : null;
        return new GeoLocation(e.GeonameId == 0 ? null : e.GeonameId, e.CountryCode, countryName, e.Kind, e.Latitude, e.Longitude);
    }

    /// <summary>
    /// The lookup key of a name: lower case, dots and commas dropped, hyphens and runs of white space as one space,
    /// a leading "the " dropped ("the U.S." → "us"), "saint" as "st". Accents are removed where the runtime can
    /// decompose them (not under invariant globalization); either way the gazetteer holds every accented name
    /// also in its ASCII spelling ("São Paulo", "Sao Paulo"), so both forms of the text are found.
    /// </summary>
    /// <param name="name">The name.</param>
    public static string Key(string name)
    {
        var decomposed = Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD);
        Span<char> buffer = decomposed.Length <= 128 ? stackalloc char[128] : new char[decomposed.Length];
        return KeyChars(decomposed, buffer).ToString();
    }

    // The key of an ASCII or already decomposed name (see Key), written into buffer (at least as long as the name).
    private static Span<char> KeyChars(ReadOnlySpan<char> decomposed, Span<char> buffer)
    {
        int length = 0;
        bool space = false;
        foreach (char ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '.' or ',')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch is '-' or '\u2010' or '\u2011' or '\u2013')
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = ch is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(ch);
        }

        var key = buffer[..length];
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        if (key.StartsWith("saint ", StringComparison.Ordinal))
        {
            // "st " + the rest: the three characters before the rest are rewritten in place.
            "st ".CopyTo(key[3..]);
            key = key[3..];
        }

        return key;
    }
}

/// <summary>How prominent a city is by its administrative role (GeoNames feature codes PPLC, PPLA).</summary>
internal enum PlaceRank : byte
{
    /// <summary>No administrative role recorded.</summary>
    None,

    /// <summary>The seat of a first-level region (PPLA).</summary>
    RegionalSeat,

    /// <summary>A national capital (PPLC).</summary>
    Capital,
}

/// <summary>One place of the gazetteer (its main name: <see cref="PlaceGazetteer.Name"/>).</summary>
/// <param name="GeonameId">Its GeoNames id, or 0 when the source gives none.</param>
/// <param name="CountryCode">Its ISO 3166-1 alpha-2 country, or null for a continent.</param>
/// <param name="Admin">Its first-level region's GeoNames admin1 code (for a country: its continent's code).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Rank">For a city, its administrative role.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Population">Its population (for countries, regions and continents: the sum over their cities).</param>
internal readonly record struct GeoEntry(int GeonameId, string? CountryCode, string Admin, GeoKind Kind, PlaceRank Rank, double Latitude, double Longitude, long Population);
