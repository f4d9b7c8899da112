namespace EntityExtract.Reporting.Internal;

/// <summary>
/// Writes the corpus summary: who is quoted and how, which people, places and organizations are
/// mentioned most, the countries their places are in, and how many quotes each article has, each row
/// linking to the article's section further down the same page. Thread-safe (stateless).
/// </summary>
internal static class CorpusView
{
    private sealed class SpeakerRow(string name)
    {
        public string Name { get; } = name;

        public int Quotes { get; set; }

        public int[] ByKind { get; } = new int[Names.Kinds.Count];

        public int Other { get; set; }

        public HashSet<int> Articles { get; } = [];

        public string FirstLink { get; set; } = "";

        /// <summary>The speaker's longest quote, as a hint of what they talk about, and its id.</summary>
        public string Example { get; set; } = "";

        public string ExampleLink { get; set; } = "";
    }

    private sealed class EntityRow(string name)
    {
        public string Name { get; } = name;

        public int Mentions { get; set; }

        public HashSet<int> Articles { get; } = [];

        public string FirstLink { get; set; } = "";

        public string? Detail { get; set; }
    }

    private sealed class CountryRow(string code, string name)
    {
        public string Code { get; } = code;

        public string Name { get; } = name;

        public int Mentions { get; set; }

        public HashSet<int> Articles { get; } = [];

        /// <summary>The places in the country by canonical name, with their mention counts.</summary>
        public Dictionary<string, int> Places { get; } = new(StringComparer.Ordinal);

        public string FirstLink { get; set; } = "";
    }

    /// <summary>The id prefix of article <paramref name="index"/>'s section and everything inside it.</summary>
    public static string Prefix(int index) => "a" + Names.Int(index) + "-";

    /// <summary>Writes the summary cards.</summary>
    public static void WriteSummary(TextWriter w, IReadOnlyList<(string Id, string Text, ExtractionResult Result)> articles, int top, Func<Entity, string?>? describePlace)
    {
        int quotes = articles.Sum(a => a.Result.Quotes.Count);
        int attributed = articles.Sum(a => a.Result.Quotes.Count(q => q.Speaker is not null));
        w.Write("<section class=\"summary\" id=\"summary\" aria-label=\"Corpus summary\">\n<div class=\"card wide\"><p class=\"meta\">");
        w.Write(Names.Count(articles.Count, "article", "articles"));
        w.Write(" · ");
        w.Write(Names.Count(quotes, "quote", "quotes"));
        w.Write(" (");
        w.Write(Names.Int(attributed));
        w.Write(" with a named speaker) · ");
        w.Write(Names.Count(articles.Sum(a => a.Result.Mentions.Count), "mention", "mentions"));
        w.Write("</p></div>\n");

        // "Who is quoted, how often, about what" (issue 15): the speakers' table spans the page.
        WriteSpeakers(w, articles, top);
        WriteEntities(w, articles, MentionType.Person, top, null);
        WriteEntities(w, articles, MentionType.Place, top, describePlace);
        WriteEntities(w, articles, MentionType.Organization, top, null);
        WriteCountries(w, articles, top);
        WriteArticles(w, articles);
        w.Write("</section>\n");
    }

    private static void WriteSpeakers(TextWriter w, IReadOnlyList<(string Id, string Text, ExtractionResult Result)> articles, int top)
    {
        var rows = new Dictionary<string, SpeakerRow>(StringComparer.Ordinal);
        var order = new List<SpeakerRow>();
        for (int a = 0; a < articles.Count; a++)
        {
            var quotes = articles[a].Result.Quotes;
            for (int i = 0; i < quotes.Count; i++)
            {
                if (quotes[i].Speaker is not { } name)
                {
                    continue;
                }

                if (!rows.TryGetValue(name, out var row))
                {
                    row = new SpeakerRow(name) { FirstLink = Prefix(a) + "q-" + Names.Int(i) };
                    rows.Add(name, row);
                    order.Add(row);
                }

                row.Quotes++;
                row.Articles.Add(a);
                if (quotes[i].Text.Length > row.Example.Length)
                {
                    row.Example = quotes[i].Text;
                    row.ExampleLink = Prefix(a) + "q-" + Names.Int(i);
                }

                int k = IndexOfKind(quotes[i].Kind);
                if (k >= 0)
                {
                    row.ByKind[k]++;
                }
                else
                {
                    row.Other++;
                }
            }
        }

        bool anyOther = order.Any(r => r.Other > 0);
        w.Write("<div class=\"card wide\"><h2>Most quoted speakers</h2>\n");
        if (order.Count == 0)
        {
            w.Write("<p>No quote has a named speaker.</p></div>\n");
            return;
        }

        w.Write("<table><thead><tr><th>Speaker</th><th class=\"n\">Quotes</th>");
        foreach (var kind in Names.Kinds)
        {
            w.Write("<th class=\"n\">");
            w.Write(Names.Of(kind));
            w.Write("</th>");
        }

        if (anyOther)
        {
            w.Write("<th class=\"n\">other</th>");
        }

        w.Write("<th class=\"n\">Articles</th><th>Longest quote</th></tr></thead><tbody>\n");
        foreach (var row in order.OrderByDescending(r => r.Quotes).Take(top))
        {
            w.Write("<tr><td><a href=\"#");
            w.Write(row.FirstLink);
            w.Write("\">");
            HtmlText.Write(w, row.Name);
            w.Write("</a></td>");
            Cell(w, row.Quotes);
            foreach (int n in row.ByKind)
            {
                Cell(w, n);
            }

            if (anyOther)
            {
                Cell(w, row.Other);
            }

            Cell(w, row.Articles.Count);
            w.Write("<td class=\"example\"><a href=\"#");
            w.Write(row.ExampleLink);
            w.Write("\">“");
            HtmlText.Write(w, HtmlText.Shorten(row.Example, 60));
            w.Write("”</a></td></tr>\n");
        }

        w.Write("</tbody></table></div>\n");
    }

    private static void WriteEntities(TextWriter w, IReadOnlyList<(string Id, string Text, ExtractionResult Result)> articles, MentionType type, int top, Func<Entity, string?>? describePlace)
    {
        var rows = new Dictionary<string, EntityRow>(StringComparer.Ordinal);
        var order = new List<EntityRow>();
        for (int a = 0; a < articles.Count; a++)
        {
            var result = articles[a].Result;
            var entities = type switch
            {
                MentionType.Person => result.People,
                MentionType.Place => result.Places,
                _ => result.Organizations,
            };
            foreach (var entity in entities)
            {
                if (!rows.TryGetValue(entity.Name, out var row))
                {
                    row = new EntityRow(entity.Name) { FirstLink = FirstMentionLink(a, result, entity) };

                    // EXTENSION POINT (geo): a place's country, when the caller can tell it.
                    row.Detail = describePlace?.Invoke(entity);
                    rows.Add(entity.Name, row);
                    order.Add(row);
                }

                row.Mentions += entity.Mentions.Count;
                row.Articles.Add(a);
            }
        }

        w.Write("<div class=\"card\"><h2>Most mentioned ");
        w.Write(Names.Plural(type).ToLowerInvariant());
        w.Write("</h2>\n");
        if (order.Count == 0)
        {
            w.Write("<p>None found.</p></div>\n");
            return;
        }

        w.Write("<table><thead><tr><th>");
        w.Write(Names.Singular(type));
        w.Write("</th><th class=\"n\">Mentions</th><th class=\"n\">Articles</th></tr></thead><tbody>\n");
        foreach (var row in order.OrderByDescending(r => r.Mentions).ThenByDescending(r => r.Articles.Count).Take(top))
        {
            w.Write("<tr><td><a href=\"#");
            w.Write(row.FirstLink);
            w.Write("\">");
            HtmlText.Write(w, row.Name);
            w.Write("</a>");
            if (!string.IsNullOrEmpty(row.Detail))
            {
                w.Write(" <span class=\"geo\">");
                HtmlText.Write(w, row.Detail);
                w.Write("</span>");
            }

            w.Write("</td>");
            Cell(w, row.Mentions);
            Cell(w, row.Articles.Count);
            w.Write("</tr>\n");
        }

        w.Write("</tbody></table></div>\n");
    }

    /// <summary>
    /// "Every article that mentions a place in Ukraine" (issue 16): the places the geocoding stage resolved,
    /// counted by the country they are in (a country, its regions and its cities together), with the places named.
    /// Continents and unresolved places have no country and are not counted.
    /// </summary>
    private static void WriteCountries(TextWriter w, IReadOnlyList<(string Id, string Text, ExtractionResult Result)> articles, int top)
    {
        var rows = new Dictionary<string, CountryRow>(StringComparer.Ordinal);
        for (int a = 0; a < articles.Count; a++)
        {
            var result = articles[a].Result;
            foreach (var place in result.Places)
            {
                if (place.Geo is not { CountryCode: { } code } geo)
                {
                    continue;
                }

                if (!rows.TryGetValue(code, out var row))
                {
                    row = new CountryRow(code, geo.CountryName ?? code) { FirstLink = FirstMentionLink(a, result, place) };
                    rows.Add(code, row);
                }

                row.Mentions += place.Mentions.Count;
                row.Articles.Add(a);
                row.Places.TryAdd(place.Name, 0);
                row.Places[place.Name] += place.Mentions.Count;
            }
        }

        w.Write("<div class=\"card\"><h2>Countries</h2>\n");
        if (rows.Count == 0)
        {
            w.Write("<p>No place resolved to a country.</p></div>\n");
            return;
        }

        w.Write("<table><thead><tr><th>Country</th><th class=\"n\">Mentions</th><th class=\"n\">Articles</th></tr></thead><tbody>\n");
        foreach (var row in rows.Values.OrderByDescending(r => r.Mentions).ThenByDescending(r => r.Articles.Count).ThenBy(r => r.Code, StringComparer.Ordinal).Take(top))
        {
            w.Write("<tr><td><a href=\"#");
            w.Write(row.FirstLink);
            w.Write("\">");
            HtmlText.Write(w, row.Name);
            w.Write("</a> <span class=\"geo\">");
            HtmlText.Write(w, row.Code + " · " + string.Join(", ", row.Places.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)));
            w.Write("</span></td>");
            Cell(w, row.Mentions);
            Cell(w, row.Articles.Count);
            w.Write("</tr>\n");
        }

        w.Write("</tbody></table></div>\n");
    }

    private static void WriteArticles(TextWriter w, IReadOnlyList<(string Id, string Text, ExtractionResult Result)> articles)
    {
        w.Write("<div class=\"card wide\"><h2>Quotes per article</h2>\n<table><thead><tr><th>Article</th><th class=\"n\">Quotes</th>");
        foreach (var kind in Names.Kinds)
        {
            w.Write("<th class=\"n\">");
            w.Write(Names.Of(kind));
            w.Write("</th>");
        }

        w.Write("<th class=\"n\">Unattributed</th><th>Speakers</th><th class=\"n\">People</th><th class=\"n\">Places</th><th class=\"n\">Organizations</th><th class=\"n\">Dates</th></tr></thead><tbody>\n");
        for (int a = 0; a < articles.Count; a++)
        {
            var result = articles[a].Result;
            w.Write("<tr><td><a href=\"#");
            w.Write(Prefix(a));
            w.Write("article\">");
            HtmlText.Write(w, articles[a].Id);
            w.Write("</a></td>");
            Cell(w, result.Quotes.Count);
            foreach (var kind in Names.Kinds)
            {
                Cell(w, result.Quotes.Count(q => q.Kind == kind));
            }

            Cell(w, result.Quotes.Count(q => q.Speaker is null));
            w.Write("<td>");
            var speakers = result.Quotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).Select(g => g.Key + " ×" + Names.Int(g.Count()));
            HtmlText.Write(w, string.Join(", ", speakers));
            w.Write("</td>");
            Cell(w, result.People.Count);
            Cell(w, result.Places.Count);
            Cell(w, result.Organizations.Count);
            Cell(w, result.Dates.Count);
            w.Write("</tr>\n");
        }

        w.Write("</tbody></table></div>\n");
    }

    private static void Cell(TextWriter w, int n)
    {
        w.Write("<td class=\"n\">");
        w.Write(Names.Int(n));
        w.Write("</td>");
    }

    private static int IndexOfKind(QuoteKind kind)
    {
        for (int i = 0; i < Names.Kinds.Count; i++)
        {
            if (Names.Kinds[i] == kind)
            {
                return i;
            }
        }

        return -1;
    }

    // The id of an entity's first mention in article a's section, or the section itself when it is not marked.
    private static string FirstMentionLink(int a, ExtractionResult result, Entity entity)
    {
        int index = entity.Mentions.Count > 0 ? IndexOf(result.Mentions, entity.Mentions[0]) : -1;
        return index >= 0 ? Prefix(a) + "m-" + Names.Int(index) : Prefix(a) + "article";
    }

    private static int IndexOf(IReadOnlyList<Mention> mentions, Mention mention)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (ReferenceEquals(mentions[i], mention))
            {
                return i;
            }
        }

        return -1;
    }
}
