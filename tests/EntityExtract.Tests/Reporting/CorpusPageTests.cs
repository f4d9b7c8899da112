using System.Globalization;
using EntityExtract.Reporting;
using EntityExtract.Tests.Infrastructure;

namespace EntityExtract.Tests.Reporting;

/// <summary>The corpus page: who is quoted and how, what is mentioned most, and each article marked up in its own section.</summary>
public class CorpusPageTests
{
    private const string Second = "\"We will win,\" said Kim Jong Un in Pyongyang. Moon Jae-in said \"never\" in Seoul. Kim said \"again\".";

    private static readonly (string Id, string Text, ExtractionResult Result)[] Articles =
    [
        ("seed.txt", TestFiles.SeedText, EntityExtractor.Extract(TestFiles.SeedText)),
        ("second.txt", Second, EntityExtractor.Extract(Second)),
        ("empty.txt", "", EntityExtractor.Extract("")),
    ];

    private static readonly ReportDom Page = new(HtmlReport.Corpus(Articles, new CorpusReportOptions { Title = "Test corpus" }), "#a0-text");

    [Fact]
    public void Each_article_has_its_own_section_with_its_text_round_tripping()
    {
        for (int i = 0; i < Articles.Length; i++)
        {
            var section = Page.Document.GetElementById($"a{i}-article");
            Assert.NotNull(section);
            Assert.Equal(Articles[i].Id, section.QuerySelector("h2")!.TextContent);
            Assert.Equal(Articles[i].Text, Page.Document.GetElementById($"a{i}-text")!.TextContent);
            Assert.Equal(Articles[i].Result.Mentions.Count, section.QuerySelectorAll("article mark.ent[id]").Length);
            Assert.Equal(Articles[i].Result.Quotes.Count, section.QuerySelectorAll("article .quote[id]").Length);
        }
    }

    [Fact]
    public void The_most_quoted_speakers_table_counts_quotes_by_kind_across_articles()
    {
        var expected = Articles.SelectMany(a => a.Result.Quotes).Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var table = Page.Document.QuerySelectorAll(".card").Single(c => c.QuerySelector("h2")?.TextContent == "Most quoted speakers");
        var headers = table.QuerySelectorAll("th").Select(th => th.TextContent).ToList();
        foreach (var kind in Enum.GetValues<QuoteKind>())
        {
            Assert.Contains(kind.ToString().ToLowerInvariant(), headers);
        }

        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(expected.Count, rows.Length);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
            var quotes = expected[cells[0]];
            Assert.Equal(quotes.Count.ToString(CultureInfo.InvariantCulture), cells[headers.IndexOf("Quotes")]);
            foreach (var kind in Enum.GetValues<QuoteKind>())
            {
                Assert.Equal(quotes.Count(q => q.Kind == kind).ToString(CultureInfo.InvariantCulture), cells[headers.IndexOf(kind.ToString().ToLowerInvariant())]);
            }
        }

        // Sorted by quotes, most first.
        var counts = rows.Select(r => int.Parse(r.QuerySelectorAll("td")[1].TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderByDescending(n => n), counts);
    }

    [Theory]
    [InlineData(MentionType.Person, "Most mentioned people")]
    [InlineData(MentionType.Place, "Most mentioned places")]
    [InlineData(MentionType.Organization, "Most mentioned organizations")]
    public void The_most_mentioned_tables_sum_mentions_by_canonical_name(MentionType type, string heading)
    {
        var expected = Articles.SelectMany(a => a.Result.Mentions).Where(m => m.Type == type)
            .GroupBy(m => m.Canonical ?? m.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var card = Page.Document.QuerySelectorAll(".card").Single(c => c.QuerySelector("h2")?.TextContent == heading);
        var rows = card.QuerySelectorAll("tbody tr");
        Assert.Equal(Math.Min(20, expected.Count), rows.Length);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td");
            Assert.Equal(expected[cells[0].QuerySelector("a")!.TextContent].ToString(CultureInfo.InvariantCulture), cells[1].TextContent);
        }
    }

    [Fact]
    public void Quotes_per_article_links_to_each_article_and_every_link_resolves()
    {
        var card = Page.Document.QuerySelectorAll(".card").Single(c => c.QuerySelector("h2")?.TextContent == "Quotes per article");
        var rows = card.QuerySelectorAll("tbody tr");
        Assert.Equal(Articles.Length, rows.Length);
        for (int i = 0; i < Articles.Length; i++)
        {
            var link = rows[i].QuerySelector("a")!;
            Assert.Equal($"#a{i}-article", link.GetAttribute("href"));
            Assert.Equal(Articles[i].Id, link.TextContent);
            Assert.Equal(Articles[i].Result.Quotes.Count.ToString(CultureInfo.InvariantCulture), rows[i].QuerySelectorAll("td")[1].TextContent);
        }

        ArticlePageTests.AssertLinksResolve(Page);
        EscapingTests.AssertNothingExecutable(Page);
    }

    [Fact]
    public void An_empty_corpus_gives_a_page_that_says_so()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(HtmlReport.Corpus([]));
        Assert.Contains("0 articles", page.QuerySelector("#summary")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("section.article"));
    }

    [Fact]
    public void The_countries_table_counts_resolved_places_by_country_across_articles()
    {
        var expected = Articles.SelectMany((a, i) => a.Result.Places.Where(p => p.Geo?.CountryCode is not null).Select(p => (Article: i, Place: p)))
            .GroupBy(x => x.Place.Geo!.CountryCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.First().Place.Geo!.CountryName!, g => (Mentions: g.Sum(x => x.Place.Mentions.Count), Articles: g.Select(x => x.Article).Distinct().Count()), StringComparer.Ordinal);
        Assert.Contains("North Korea", expected.Keys);
        Assert.Equal(2, expected["North Korea"].Articles);

        var table = Page.Document.QuerySelectorAll(".card").Single(c => c.QuerySelector("h2")?.TextContent == "Countries");
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(expected.Count, rows.Length);
        int previous = int.MaxValue;
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").ToList();
            string name = cells[0].QuerySelector("a")!.TextContent;
            Assert.Equal(expected[name].Mentions.ToString(CultureInfo.InvariantCulture), cells[1].TextContent);
            Assert.Equal(expected[name].Articles.ToString(CultureInfo.InvariantCulture), cells[2].TextContent);
            Assert.True(expected[name].Mentions <= previous, "rows are sorted by mentions, most first");
            previous = expected[name].Mentions;

            // The link goes to a place in that country.
            string target = cells[0].QuerySelector("a")!.GetAttribute("href")!.TrimStart('#');
            Assert.Equal(Articles.SelectMany(a => a.Result.Places).First(p => p.Geo?.CountryName == name).Geo!.CountryCode,
                Page.Document.GetElementById(target)!.GetAttribute("data-country"));
        }

        var korea = rows.Single(r => r.QuerySelector("a")!.TextContent == "North Korea");
        Assert.StartsWith("KP · ", korea.QuerySelector(".geo")!.TextContent);
        Assert.Contains("Pyongyang", korea.QuerySelector(".geo")!.TextContent);
    }
}
