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
    private readonly FrozenDictionary<string, string> _adjectives;
    private readonly FrozenDictionary<string, int> _countries;

    private PlaceGazetteer(GeoEntry[] entries, Dictionary<string, int[]> byName, FrozenDictionary<string, string> adjectives, FrozenDictionary<string, int> countries)
    {
        _entries = entries;
        _byName = byName;
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
        var key = Key(name);
        return key.Length > 0 && _byName.TryGetValue(key, out var list) ? list : default;
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
        var sb = new StringBuilder(decomposed.Length);
        bool space = false;
        foreach (char ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '.' or ',')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch is '-' or '\u2010' or '\u2011' or '\u2013')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(ch));
        }

        var key = sb.ToString();
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        if (key.StartsWith("saint ", StringComparison.Ordinal))
        {
            key = "st " + key[6..];
        }

        return key;
    }

    private static PlaceGazetteer Load()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded gazetteer '{ResourceName}' is missing.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var entries = new List<GeoEntry>(52_000);
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var adjectives = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length != 8)
            {
                throw new InvalidDataException($"The gazetteer line '{line}' does not have 8 fields.");
            }

            var names = f[7].Split('|');
            string? cc = f[2].Length == 0 ? null : (codes.TryGetValue(f[2], out var shared) ? shared : codes[f[2]] = f[2]);
            if (f[0] == "D")
            {
                foreach (var n in names)
                {
                    adjectives[n] = cc!;
                }

                continue;
            }

            var (kind, rank) = f[0] switch
            {
                "K" => (GeoKind.Continent, PlaceRank.None),
                "C" => (GeoKind.Country, PlaceRank.None),
                "R" => (GeoKind.Region, PlaceRank.None),
                "PC" => (GeoKind.City, PlaceRank.Capital),
                "PA" => (GeoKind.City, PlaceRank.RegionalSeat),
                _ => (GeoKind.City, PlaceRank.None),
            };
            int index = entries.Count;
            entries.Add(new GeoEntry(
                names[0],
                f[1].Length == 0 ? 0 : int.Parse(f[1], CultureInfo.InvariantCulture),
                cc,
                f[3],
                kind,
                rank,
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                long.Parse(f[6], CultureInfo.InvariantCulture)));
            if (kind == GeoKind.Country)
            {
                countries[cc!] = index;
            }

            foreach (var n in names)
            {
                var key = Key(n);
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != index)
                {
                    list.Add(index);
                }
            }
        }

        return new PlaceGazetteer(
            entries.ToArray(),
            byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            adjectives.ToFrozenDictionary(StringComparer.Ordinal),
            countries.ToFrozenDictionary(StringComparer.Ordinal));
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
