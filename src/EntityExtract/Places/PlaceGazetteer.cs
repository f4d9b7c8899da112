using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace EntityExtract.Places;

/// <summary>
/// The built-in gazetteer: continents, countries, first-level regions, cities of 5,000+ people (and every capital
/// and administrative seat) from GeoNames via the npm packages of <c>tools/EntityExtract.Tools/Gazetteers/build-geo.js</c>,
/// and nationality adjectives. Embedded as <c>EntityExtract.Resources.geo.tsv.gz</c>, loaded once on first use
/// (thread-safe <see cref="Lazy{T}"/>); immutable afterwards, so any number of threads may read it.
/// </summary>
internal sealed class PlaceGazetteer
{
    private const string ResourceName = "EntityExtract.Resources.geo.tsv.gz";

    private static readonly Lazy<PlaceGazetteer> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GeoEntry[] _entries;
    // Plain dictionaries, filled once and only read afterwards (safe for concurrent readers): freezing 60,000
    // keys cost more load time than it saves on the few lookups a document makes.
    private readonly Dictionary<string, int[]> _byName;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
    private readonly FrozenDictionary<string, string> _adjectives;
    private readonly FrozenDictionary<string, int> _countries;

    private PlaceGazetteer(GeoEntry[] entries, Dictionary<string, int[]> byName, FrozenDictionary<string, string> adjectives, FrozenDictionary<string, int> countries)
    {
        _entries = entries;
        _byName = byName;
        _byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _adjectives = adjectives;
        _countries = countries;
    }

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static PlaceGazetteer Default => LazyDefault.Value;

    /// <summary>The number of places (not counting nationality adjectives).</summary>
    public int Count => _entries.Length;

    /// <summary>The place at <paramref name="index"/>.</summary>
    /// <param name="index">An index from <see cref="Find"/>.</param>
    public ref readonly GeoEntry this[int index] => ref _entries[index];

    /// <summary>The indexes of every place called <paramref name="name"/> (case, accents, dots and a leading "the" ignored); empty when none.</summary>
    /// <param name="name">A place name as written.</param>
    public ReadOnlySpan<int> Find(string name)
    {
        if (!Ascii.IsValid(name))
        {
            var key = Key(name);
            return key.Length > 0 && _byName.TryGetValue(key, out var list) ? list : default;
        }

        // The common case, an ASCII name: its key is looked up as characters, no string made.
        Span<char> buffer = name.Length <= 128 ? stackalloc char[128] : new char[name.Length];
        var chars = KeyChars(name, buffer);
        return chars.Length > 0 && _byNameSpan.TryGetValue(chars, out var found) ? found : default;
    }

    /// <summary>The country a nationality adjective names ("North Korean" → KP), or <see langword="null"/>.</summary>
    /// <param name="adjective">The adjective as written, with its capital.</param>
    public string? CountryOfAdjective(string adjective) => _adjectives.GetValueOrDefault(adjective);

    /// <summary>The index of a country by its ISO 3166-1 alpha-2 code, or -1.</summary>
    /// <param name="countryCode">The code.</param>
    public int CountryIndex(string countryCode) => _countries.TryGetValue(countryCode, out var i) ? i : -1;

    /// <summary>Builds the public location of a place.</summary>
    /// <param name="index">The place's index.</param>
    public GeoLocation ToLocation(int index)
    {
        ref readonly var e = ref _entries[index];
        string? countryName = e.CountryCode is null ? null : CountryIndex(e.CountryCode) is >= 0 and var c ? _entries[c].Name : null;
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

    // The file is decompressed whole (2.4 MB of text) and read as spans: fields, numbers and name keys are parsed
    // in place, and only the strings that are kept are made (a place's main name, a new key, a shared code).
    // Split-and-parse made 400,000 field strings and a builder per name; this is the same data in about a
    // quarter of the time (issue 14: the gazetteer was a third of the start-up).
    private static PlaceGazetteer Load()
    {
        string text;
        using (var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded gazetteer '{ResourceName}' is missing."))
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        var entries = new List<GeoEntry>(52_000);
        var byName = new Dictionary<string, int[]>(64_000, StringComparer.Ordinal);
        var keys = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var adjectives = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        Span<Range> f = stackalloc Range[9];
        foreach (var lineRange in text.AsSpan().EnumerateLines())
        {
            var line = lineRange;
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Split(f, '\t') != 8)
            {
                throw new InvalidDataException($"The gazetteer line '{line}' does not have 8 fields.");
            }

            var names = line[f[7]];
            string? cc = line[f[2]].IsEmpty ? null : Shared(codes, line[f[2]]);
            var type = line[f[0]];
            if (type is "D")
            {
                foreach (var n in names.Split('|'))
                {
                    adjectives[names[n].ToString()] = cc!;
                }

                continue;
            }

            var (kind, rank) = type switch
            {
                "K" => (GeoKind.Continent, PlaceRank.None),
                "C" => (GeoKind.Country, PlaceRank.None),
                "R" => (GeoKind.Region, PlaceRank.None),
                "PC" => (GeoKind.City, PlaceRank.Capital),
                "PA" => (GeoKind.City, PlaceRank.RegionalSeat),
                _ => (GeoKind.City, PlaceRank.None),
            };
            int index = entries.Count;
            int bar = names.IndexOf('|');
            entries.Add(new GeoEntry(
                (bar < 0 ? names : names[..bar]).ToString(),
                line[f[1]].IsEmpty ? 0 : int.Parse(line[f[1]], NumberStyles.Integer, CultureInfo.InvariantCulture),
                cc,
                Shared(codes, line[f[3]]),
                kind,
                rank,
                double.Parse(line[f[4]], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
                double.Parse(line[f[5]], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
                long.Parse(line[f[6]], NumberStyles.Integer, CultureInfo.InvariantCulture)));
            if (kind == GeoKind.Country)
            {
                countries[cc!] = index;
            }

            foreach (var n in names.Split('|'))
            {
                var name = names[n];
                ReadOnlySpan<char> key = Ascii.IsValid(name) && name.Length <= buffer.Length ? KeyChars(name, buffer) : Key(name.ToString());
                if (!keys.TryGetValue(key, out var list))
                {
                    keys[key] = [index];
                }
                else if (list[^1] != index)
                {
                    keys[key] = [.. list, index];
                }
            }
        }

        return new PlaceGazetteer(
            entries.ToArray(),
            byName,
            adjectives.ToFrozenDictionary(StringComparer.Ordinal),
            countries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    // One string per distinct country or region code, shared by every place that has it.
    private static string Shared(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, ReadOnlySpan<char> code)
    {
        if (!codes.TryGetValue(code, out var shared))
        {
            shared = code.ToString();
            codes[code] = shared;
        }

        return shared;
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

/// <summary>One place of the gazetteer.</summary>
/// <param name="Name">Its main name.</param>
/// <param name="GeonameId">Its GeoNames id, or 0 when the source gives none.</param>
/// <param name="CountryCode">Its ISO 3166-1 alpha-2 country, or null for a continent.</param>
/// <param name="Admin">Its first-level region's GeoNames admin1 code (for a country: its continent's code).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Rank">For a city, its administrative role.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Population">Its population (for countries, regions and continents: the sum over their cities).</param>
internal readonly record struct GeoEntry(string Name, int GeonameId, string? CountryCode, string Admin, GeoKind Kind, PlaceRank Rank, double Latitude, double Longitude, long Population);
