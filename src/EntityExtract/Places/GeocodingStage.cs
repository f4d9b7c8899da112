using EntityExtract.Internal;
using EntityExtract.Pipeline;

namespace EntityExtract.Places;

/// <summary>
/// Resolves every place entity to a location of the built-in gazetteer (<see cref="Mention.Geo"/>): one choice per
/// canonical name, applied to all its mentions, made from the document's own evidence. Runs after entity resolution
/// (it reads canonical names and final types). Thread-safe: all working memory belongs to the call.
/// </summary>
/// <remarks>
/// <para>The design follows the news geoparsers: CLIFF-CLAVIN (D'Ignazio et al. 2014) picks, among the gazetteer
/// entries of a name, the one in the article's "focus" countries, then the most populous; Mordecai (Halterman 2017)
/// and the Edinburgh Geoparser (Grover et al. 2010) weigh the same kinds of evidence: a qualifier written beside the
/// name ("Paris, Texas"), the dateline, the other places of the article, nationality adjectives, then population.</para>
/// <para>Each candidate scores a prior (countries and continents above regions above cities; a city by the logarithm of
/// its population, capitals and regional seats a little more) plus the document's support for its country and region.
/// Support is counted in a first pass (each place entity's best candidate by prior alone, plus nationality adjectives
/// and the dateline) and used in a second pass, where an entity's own vote does not count for itself. A name the
/// gazetteer does not hold gets no location: nothing is guessed from nothing. Work is linear in the mentions and
/// tokens times the (small) number of gazetteer entries per name.</para>
/// </remarks>
public sealed class GeocodingStage : IExtractionStage
{
    // Weights, set by the spec tables of GeocodingSpecs and the hand-checked BBC sample (docs/places.md).
    private const double CountryPrior = 14.0;
    private const double ContinentPrior = 13.0;
    private const double RegionPrior = 10.0;
    private const double PopulationWeight = 1.5;
    private const double CapitalBonus = 3.0;
    private const double RegionalSeatBonus = 0.5;
    private const double CountrySupportWeight = 6.0;
    private const long SmallCity = 100_000;
    private const double RegionSupportBonus = 4.0;
    private const double StateWordBonus = 6.0;
    private const double DatelineVotes = 3.0;
    private const double AdjectiveVote = 0.5;
    private const double AdjectiveVotesCap = 2.0;

    // "White House", "Downing Street": a building or street, not the town of the same name.
    private static readonly WordSet FacilityHeads = WordList.Load("facility-head-nouns");

    /// <inheritdoc />
    public string Name => "geocoding";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = context.Mentions;
        var entityIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var entityOf = new int[mentions.Count];
        var firstMention = new List<int>();
        for (int i = 0; i < mentions.Count; i++)
        {
            entityOf[i] = -1;
            var m = mentions[i];
            if (m.Type != MentionType.Place)
            {
                continue;
            }

            string name = m.Canonical ?? m.Text;
            if (!entityIds.TryGetValue(name, out int id))
            {
                id = entityIds.Count;
                entityIds.Add(name, id);
                firstMention.Add(i);
            }

            entityOf[i] = id;
        }

        int count = entityIds.Count;
        if (count == 0)
        {
            return;
        }

        var gazetteer = PlaceGazetteer.Default;
        var candidates = new int[count][];
        foreach (var (name, id) in entityIds)
        {
            candidates[id] = IsFacility(name) ? [] : gazetteer.Find(name).ToArray();
        }

        // A mention's own spelling when the canonical name is unknown ("U.S." under a canonical the list lacks).
        for (int i = 0; i < mentions.Count; i++)
        {
            if (entityOf[i] >= 0 && candidates[entityOf[i]].Length == 0 && !IsFacility(mentions[i].Text))
            {
                candidates[entityOf[i]] = gazetteer.Find(mentions[i].Text).ToArray();
            }
        }

        var text = context.Text;
        var stateWord = new bool[count];
        var allowed = new HashSet<int>?[count];
        int datelineEntity = -1;
        for (int i = 0; i < mentions.Count; i++)
        {
            int e = entityOf[i];
            if (e < 0)
            {
                continue;
            }

            var m = mentions[i];
            stateWord[e] |= FollowedByStateWord(text, m.End);

            // "Paris, Texas", "Athens, Georgia", "Cardiff, Wales": a place followed by a comma and a region or
            // country that contains one of its candidates narrows both names to the compatible pairs.
            int next = NextPlace(mentions, i + 1);
            if (next >= 0 && IsCommaGap(text, m.End, mentions[next].Start))
            {
                Qualify(gazetteer, candidates, allowed, e, entityOf[next], explicitContainment: false);
            }
            else if (next >= 0 && IsInGap(text, m.End, mentions[next].Start))
            {
                Qualify(gazetteer, candidates, allowed, e, entityOf[next], explicitContainment: true);
            }

            // The dateline: the first place of the text, opening its line, before "(Reuters)", a dash or a colon
            // ("SEOUL (Reuters) -", "PARIS, Texas —").
            if (datelineEntity < 0 && firstMention[e] == i && i == FirstPlace(entityOf) && OpensLine(text, m.Start))
            {
                int end = next >= 0 && IsCommaGap(text, m.End, mentions[next].Start) ? mentions[next].End : m.End;
                if (IsDatelineEnd(text, end))
                {
                    datelineEntity = e;
                }
            }
        }

        // First pass: each entity's best candidate by its prior (and any qualifier) alone.
        var countryVotes = new Dictionary<string, double>(StringComparer.Ordinal);
        var regionVotes = new Dictionary<(string Country, string Admin), double>();
        var ownCountry = new (string? Country, double Weight)[count];
        var ownRegion = new ((string Country, string Admin)? Region, double Weight)[count];
        for (int e = 0; e < count; e++)
        {
            int best = Best(gazetteer, candidates[e], allowed[e], stateWord[e], null, null, default, default, out double margin);
            if (best < 0)
            {
                continue;
            }

            // A small town chosen by its name alone is the weakest reading (in a team sheet, "Foley" and
            // "Sherman" are players), so it casts no vote; capitals, cities of 100,000+, regions and countries do.
            ref readonly var entry = ref gazetteer[best];
            if (entry.CountryCode is null || (entry.Kind == GeoKind.City && entry.Rank != PlaceRank.Capital && entry.Population < SmallCity))
            {
                continue;
            }

            double weight = candidates[e].Length == 1 || entry.Kind is GeoKind.Country || margin >= 2.0 ? 1.0 : 0.5;
            if (e == datelineEntity)
            {
                weight += DatelineVotes;
            }

            ownCountry[e] = (entry.CountryCode, weight);
            countryVotes[entry.CountryCode] = countryVotes.GetValueOrDefault(entry.CountryCode) + weight;
            if (entry.Kind is GeoKind.City or GeoKind.Region)
            {
                var region = (entry.CountryCode, entry.Admin);
                ownRegion[e] = (region, weight);
                regionVotes[region] = regionVotes.GetValueOrDefault(region) + weight;
            }
        }

        CountAdjectives(context, gazetteer, countryVotes);

        // Second pass: prior plus the document's support for each candidate's country and region.
        var locations = new GeoLocation?[count];
        for (int e = 0; e < count; e++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            int best = Best(gazetteer, candidates[e], allowed[e], stateWord[e], countryVotes, regionVotes, ownCountry[e], ownRegion[e], out _);
            if (best >= 0)
            {
                locations[e] = gazetteer.ToLocation(best);
            }
        }

        var result = new Mention[mentions.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = entityOf[i] >= 0 && locations[entityOf[i]] is { } geo ? mentions[i].WithGeo(geo) : mentions[i];
        }

        context.ReplaceMentions(result);
    }

    private static int Best(
        PlaceGazetteer gazetteer,
        int[] candidates,
        HashSet<int>? allowed,
        bool stateWord,
        Dictionary<string, double>? countryVotes,
        Dictionary<(string Country, string Admin), double>? regionVotes,
        (string? Country, double Weight) ownCountry,
        ((string Country, string Admin)? Region, double Weight) ownRegion,
        out double margin)
    {
        int best = -1;
        double bestScore = double.NegativeInfinity;
        double second = double.NegativeInfinity;
        double total = 0;
        if (countryVotes is not null)
        {
            foreach (var v in countryVotes.Values)
            {
                total += v;
            }

            total -= ownCountry.Weight;
        }

        foreach (int c in candidates)
        {
            if (allowed is not null && !allowed.Contains(c))
            {
                continue;
            }

            ref readonly var entry = ref gazetteer[c];
            double score = Prior(entry);
            if (stateWord && entry.Kind == GeoKind.Region)
            {
                score += StateWordBonus;
            }

            if (countryVotes is not null && entry.CountryCode is { } cc)
            {
                // Support is the country's share of the document's votes (its "focus", CLIFF), the entity's own
                // vote left out. A town of under 100,000 people that is no capital, in a country the document
                // gives no other support, is a namesake guess ("West End", Canada, in a London theatre story;
                // "Heathrow", Florida): it is not taken.
                double votes = countryVotes.GetValueOrDefault(cc) - (ownCountry.Country == cc ? ownCountry.Weight : 0.0);
                double share = total > 0 ? Math.Max(0.0, votes) / total : 0.0;
                if (share <= 0 && entry.Kind == GeoKind.City && entry.Rank != PlaceRank.Capital && entry.Population < SmallCity)
                {
                    continue;
                }

                score += CountrySupportWeight * share;

                if (regionVotes is not null && entry.Kind is GeoKind.City or GeoKind.Region)
                {
                    var region = (cc, entry.Admin);
                    double regional = regionVotes.GetValueOrDefault(region) - (ownRegion.Region == region ? ownRegion.Weight : 0.0);
                    if (regional > 0)
                    {
                        score += RegionSupportBonus;
                    }
                }
            }

            if (score > bestScore)
            {
                second = bestScore;
                bestScore = score;
                best = c;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        margin = bestScore - second;
        return best;
    }

    private static double Prior(in GeoEntry entry) => entry.Kind switch
    {
        GeoKind.Country => CountryPrior,
        GeoKind.Continent => ContinentPrior,
        GeoKind.Region => RegionPrior,
        _ => (PopulationWeight * Math.Log10(Math.Max(1000, entry.Population)))
            + (entry.Rank == PlaceRank.Capital ? CapitalBonus : entry.Rank == PlaceRank.RegionalSeat ? RegionalSeatBonus : 0.0),
    };

    // Narrows a place and its qualifier to the candidate pairs where the qualifier (a country or region) contains
    // the place. When no pair fits, a comma is read as a list ("France, Germany", "London, Scotland and Wales")
    // and both are left alone; "in" states containment, so a city with no namesake inside gets no location.
    private static void Qualify(PlaceGazetteer gazetteer, int[][] candidates, HashSet<int>?[] allowed, int place, int qualifier, bool explicitContainment)
    {
        if (place == qualifier)
        {
            return;
        }

        HashSet<int>? places = null;
        HashSet<int>? qualifiers = null;
        foreach (int c in candidates[place])
        {
            ref readonly var inner = ref gazetteer[c];
            if (inner.Kind is not (GeoKind.City or GeoKind.Region))
            {
                continue;
            }

            foreach (int q in candidates[qualifier])
            {
                ref readonly var outer = ref gazetteer[q];
                bool contains = outer.CountryCode == inner.CountryCode
                    && (outer.Kind == GeoKind.Country || (outer.Kind == GeoKind.Region && inner.Kind == GeoKind.City && outer.Admin == inner.Admin));
                if (contains)
                {
                    (places ??= []).Add(c);
                    (qualifiers ??= []).Add(q);
                }
            }
        }

        if (places is null || qualifiers is null)
        {
            // "Ontario in Canada" when the gazetteer holds no Ontario in Canada: the place is somewhere the
            // gazetteer does not know, so it stays unresolved rather than taking a namesake elsewhere.
            if (explicitContainment && candidates[qualifier].Length > 0 && AllCities(gazetteer, candidates[place]) && AllContainers(gazetteer, candidates[qualifier]))
            {
                allowed[place] = [];
            }

            return;
        }

        allowed[place] = allowed[place] is { } p ? Intersect(p, places) : places;
        allowed[qualifier] = allowed[qualifier] is { } q2 ? Intersect(q2, qualifiers) : qualifiers;
    }

    private static bool AllCities(PlaceGazetteer gazetteer, int[] candidates)
    {
        foreach (int c in candidates)
        {
            if (gazetteer[c].Kind != GeoKind.City)
            {
                return false;
            }
        }

        return candidates.Length > 0;
    }

    private static bool AllContainers(PlaceGazetteer gazetteer, int[] candidates)
    {
        foreach (int q in candidates)
        {
            if (gazetteer[q].Kind is not (GeoKind.Country or GeoKind.Region))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<int> Intersect(HashSet<int> a, HashSet<int> b)
    {
        var both = new HashSet<int>(a);
        both.IntersectWith(b);
        return both.Count > 0 ? both : a;
    }

    // Nationality adjectives ("North Korean", "Dutch") count for their country: half a vote each, at most two per
    // country, so that a few adjectives tip a close call without outweighing the places themselves.
    private static void CountAdjectives(ExtractionContext context, PlaceGazetteer gazetteer, Dictionary<string, double> countryVotes)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var added = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Length < 3 || !char.IsUpper(text[token.Start]))
            {
                continue;
            }

            string? cc = null;
            if (i + 1 < tokens.Length && tokens[i + 1].Start == token.End + 1 && text[token.End] == ' ' && char.IsUpper(text[tokens[i + 1].Start]))
            {
                cc = gazetteer.CountryOfAdjective(text.AsSpan(token.Start, tokens[i + 1].End - token.Start));
                if (cc is not null)
                {
                    i++;
                }
            }

            cc ??= gazetteer.CountryOfAdjective(text.AsSpan(token.Start, token.Length));
            if (cc is null)
            {
                continue;
            }

            double sum = added.GetValueOrDefault(cc);
            if (sum < AdjectiveVotesCap)
            {
                added[cc] = sum + AdjectiveVote;
                countryVotes[cc] = countryVotes.GetValueOrDefault(cc) + AdjectiveVote;
            }
        }
    }

    private static bool IsFacility(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && FacilityHeads.Contains(name.AsSpan(space + 1));
    }

    private static int NextPlace(IReadOnlyList<Mention> mentions, int from)
    {
        for (int j = from; j < mentions.Count; j++)
        {
            if (mentions[j].Type == MentionType.Place)
            {
                return j;
            }

            if (mentions[j].Type != MentionType.Date)
            {
                return -1;
            }
        }

        return -1;
    }

    private static int FirstPlace(int[] entityOf)
    {
        for (int i = 0; i < entityOf.Length; i++)
        {
            if (entityOf[i] >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    // ", " between two names (a comma and white space only, no line break).
    private static bool IsCommaGap(string text, int end, int start)
    {
        if (start <= end + 1 || start - end > 3 || text[end] != ',')
        {
            return false;
        }

        for (int k = end + 1; k < start; k++)
        {
            if (text[k] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // " in " between two names ("Ontario in Canada", "Santa Maria in California").
    private static bool IsInGap(string text, int end, int start) =>
        start - end == 4 && text.AsSpan(end, 4).SequenceEqual(" in ");

    private static bool OpensLine(string text, int start)
    {
        for (int k = start - 1; k >= 0; k--)
        {
            char ch = text[k];
            if (ch == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDatelineEnd(string text, int end)
    {
        int k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && k > end - 1 && text[k] is '(' or '-' or '\u2013' or '\u2014' or ':';
    }

    // "Washington state", "New York State": the region, not the city.
    private static bool FollowedByStateWord(string text, int end) =>
        end + 6 <= text.Length && text[end] == ' ' && text.AsSpan(end + 1, 5).Equals("state", StringComparison.OrdinalIgnoreCase)
        && (end + 6 == text.Length || !char.IsLetter(text[end + 6]));
}
