using EntityExtract.Reporting;
using EntityExtract.Tests.Infrastructure;

namespace EntityExtract.Tests.Reporting;

/// <summary>
/// The article page, read back with an HTML5 parser: every mention and quote is marked at its exact
/// characters, elements nest whatever the spans do, and the article's text is the input, unchanged.
/// </summary>
public class ArticlePageTests
{
    private static readonly string SeedText = TestFiles.SeedText;
    private static readonly ExtractionResult SeedResult = EntityExtractor.Extract(SeedText);
    private static readonly ReportDom SeedPage = new(HtmlReport.Article(SeedText, SeedResult, new ArticleReportOptions { Title = "seed" }));

    [Fact]
    public void The_seed_article_text_round_trips_exactly()
    {
        Assert.Equal(SeedText, SeedPage.Article.TextContent);
    }

    [Fact]
    public void Every_seed_mention_is_marked_at_its_characters_with_its_type()
    {
        Assert.NotEmpty(SeedResult.Mentions);
        for (int i = 0; i < SeedResult.Mentions.Count; i++)
        {
            var m = SeedResult.Mentions[i];
            string id = "m-" + i;
            var element = SeedPage.Document.GetElementById(id);
            Assert.NotNull(element);
            Assert.Equal("MARK", element.TagName);
            Assert.Contains("ent-" + m.Type.ToString().ToLowerInvariant(), element.ClassList);
            Assert.Equal((m.Start, m.End), SeedPage.CoveredBy(id));
            Assert.Equal("0", element.GetAttribute("tabindex"));
            Assert.False(string.IsNullOrEmpty(element.GetAttribute("title")));
            if (m.Type == MentionType.Date)
            {
                Assert.Equal(m.Value, element.GetAttribute("data-value"));
                Assert.Contains(m.Value ?? "?", SeedPage.Fragments(id)[^1].GetAttribute("data-label"));
            }
            else
            {
                Assert.Equal(m.Canonical ?? m.Text, element.GetAttribute("data-canonical"));
            }
        }

        // Nothing else is marked as an entity.
        Assert.Equal(SeedResult.Mentions.Count, SeedPage.Article.QuerySelectorAll("mark.ent[id]").Length);
    }

    [Fact]
    public void Every_seed_quote_is_marked_by_kind_with_its_speaker_linked_to_it()
    {
        Assert.NotEmpty(SeedResult.Quotes);
        for (int i = 0; i < SeedResult.Quotes.Count; i++)
        {
            var q = SeedResult.Quotes[i];
            string id = "q-" + i;
            var element = SeedPage.Document.GetElementById(id);
            Assert.NotNull(element);
            Assert.Equal((q.Start, q.End), SeedPage.CoveredBy(id));
            Assert.Equal(q.Kind.ToString().ToLowerInvariant(), element.GetAttribute("data-kind"));
            Assert.Contains("quote-" + q.Kind.ToString().ToLowerInvariant(), element.ClassList);
            Assert.Equal(q.Speaker, element.GetAttribute("data-speaker"));
            if (q.SpeakerStart is { } s && q.SpeakerEnd is { } e)
            {
                // The speaker's mention is a link whose list of quotes names this one.
                var link = SeedPage.Article.QuerySelectorAll("a.speaker[id]").SingleOrDefault(a => SeedPage.CoveredBy(a.Id!) == (s, e));
                Assert.True(link is not null, $"no speaker link covers {s}-{e} for quote {id} ({q.Kind}, {q.Cue}): links cover " + string.Join(", ", SeedPage.Article.QuerySelectorAll("a.speaker[id]").Select(a => SeedPage.CoveredBy(a.Id!))));
                Assert.Contains(id, link.GetAttribute("data-quotes")!.Split(' '));
                Assert.StartsWith("#q-", link.GetAttribute("href"));
                Assert.NotNull(SeedPage.Document.GetElementById(link.GetAttribute("href")![1..]));
            }
        }
    }

    [Fact]
    public void The_side_list_groups_entities_by_canonical_name_with_counts()
    {
        var people = SeedPage.Document.QuerySelectorAll("aside ul.t-person > li");
        Assert.Equal(SeedResult.People.Count, people.Length);
        foreach (var person in SeedResult.People)
        {
            var item = people.Single(li => li.QuerySelector("a")?.TextContent == person.Name);
            Assert.Equal(person.Mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), item.QuerySelector(".count")!.TextContent);
        }

        Assert.Equal(SeedResult.Quotes.Count, SeedPage.Document.QuerySelectorAll("aside ol.quotes > li").Length);
    }

    [Fact]
    public void Every_link_in_the_page_points_at_an_element_of_the_page_and_ids_are_unique()
    {
        AssertLinksResolve(SeedPage);
    }

    internal static void AssertLinksResolve(ReportDom page)
    {
        var ids = page.Document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var set = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var a in page.Document.QuerySelectorAll("a[href]"))
        {
            string href = a.GetAttribute("href")!;
            Assert.StartsWith("#", href);
            Assert.Contains(href[1..], set);
        }
    }

    /// <summary>
    /// Spans as a text can have them, written as (type, start, end). Each case must parse back to the
    /// same text, with each span covered exactly by its element and its fragments, however the spans overlap.
    /// </summary>
    public static TheoryData<string, string, (char Type, int Start, int End)[]> Overlaps => new()
    {
        // name, text, spans: q = quote (a following s is its speaker), p/l/o/d = person/place/organization/date
        { "no spans", "Nothing to mark here.", [] },
        { "entity inside a quote", "Lee said: \"Kim met Moon.\"", [('q', 11, 24), ('s', 0, 3), ('p', 11, 14), ('p', 19, 23), ('p', 0, 3)] },
        { "entity at both quote edges", "\"Kim met Moon\" said Lee", [('q', 1, 13), ('s', 20, 23), ('p', 1, 4), ('p', 9, 13), ('p', 20, 23)] },
        { "entity crossing the quote's start", "Said Kim Jong Un's aide: \"Jong Un is firm.\"", [('p', 5, 16), ('q', 14, 43)] },
        { "entity crossing the quote's end", "\"Trust Kim Jong\" Un said.", [('q', 1, 15), ('p', 7, 19)] },
        { "quote inside a quote", "\"He said 'no' twice,\" she said.", [('q', 1, 20), ('q', 10, 12)] },
        { "overlapping quotes", "abcdefghij", [('q', 1, 6), ('q', 4, 9)] },
        { "overlapping entities", "New York Times Square", [('l', 0, 8), ('o', 0, 14), ('l', 9, 21)] },
        { "span at the very start and end", "Kim", [('q', 0, 3), ('s', 0, 3), ('p', 0, 3)] },
        { "empty and out-of-range spans", "Kim left.", [('p', 4, 4), ('p', 7, 50), ('q', 20, 30)] },
        { "speaker pronoun without a mention", "\"Yes,\" he said.", [('q', 1, 5), ('s', 7, 9)] },
        { "overlapping speaker spans", "Kim Jong said it.", [('q', 12, 14), ('s', 0, 8), ('q', 15, 16), ('s', 4, 12)] },
        { "line breaks: LF, CR LF, lone CR, leading newline", "\nA\r\nB\rC \"D\r\nE\" F\n", [('q', 9, 13), ('p', 1, 2)] },
        { "surrogate pairs", "Emoji 😀 by Kim 😀", [('p', 12, 15), ('q', 6, 18)] },
    };

    [Theory]
    [MemberData(nameof(Overlaps))]
    public void Overlapping_spans_nest_and_the_text_round_trips(string name, string text, (char Type, int Start, int End)[] spans)
    {
        _ = name;
        var (result, marked) = Build(text, spans);
        var page = new ReportDom(HtmlReport.Article(text, result));

        Assert.Equal(text, page.Article.TextContent);
        foreach (var (id, start, end) in marked)
        {
            Assert.Equal((start, end), page.CoveredBy(id));
        }

        AssertLinksResolve(page);
    }

    [Fact]
    public void A_span_edge_inside_a_surrogate_pair_moves_past_the_pair()
    {
        string text = "😀Kim";
        var result = new ExtractionResult([], [new Quote(1, 5, text[1..5], QuoteKind.Partial)], null);
        var page = new ReportDom(HtmlReport.Article(text, result));

        Assert.Equal(text, page.Article.TextContent);
        Assert.Equal((2, 5), page.CoveredBy("q-0"));
    }

    [Theory]
    [InlineData(QuoteKind.Direct, "direct")]
    [InlineData(QuoteKind.Partial, "partial")]
    [InlineData((QuoteKind)42, "kind-42")]
    public void Any_quote_kind_is_marked_by_name_even_one_this_version_does_not_define(QuoteKind kind, string expected)
    {
        string text = "\"Words,\" Kim said.";
        var result = new ExtractionResult([], [new Quote(1, 7, "Words,", kind, "Kim", 9, 12, "said")], null);
        var page = new ReportDom(HtmlReport.Article(text, result));

        var quote = page.Document.GetElementById("q-0")!;
        Assert.Equal(expected, quote.GetAttribute("data-kind"));
        Assert.Contains("quote-" + expected, quote.ClassList);
        Assert.Equal(expected + " · Kim", quote.GetAttribute("data-label"));
    }

    [Fact]
    public void Every_kind_the_library_defines_has_its_own_style()
    {
        string html = HtmlReport.Article("x", ExtractionResult.Empty);
        foreach (var kind in Enum.GetValues<QuoteKind>())
        {
            Assert.Contains(".quote-" + kind.ToString().ToLowerInvariant() + "{", html);
        }
    }

    [Fact]
    public void A_place_description_function_adds_its_words()
    {
        string text = "Kim flew to Seoul.";
        var result = new ExtractionResult([new Mention(MentionType.Person, 0, 3, "Kim", "Kim"), new Mention(MentionType.Place, 12, 17, "Seoul", "Seoul")], [], null);

        var with = new ReportDom(HtmlReport.Article(text, result, new ArticleReportOptions { DescribePlace = e => e.Name == "Seoul" ? "South Korea" : null }));
        Assert.Contains("South Korea", with.Document.GetElementById("m-1")!.GetAttribute("title"));
        Assert.Equal("South Korea", with.Document.QuerySelector("aside ul.t-place .geo")!.TextContent);
        Assert.Equal(text, with.Article.TextContent);

        // Built by hand, the result has no locations: the built-in words say nothing rather than guess.
        var without = new ReportDom(HtmlReport.Article(text, result));
        Assert.Null(without.Document.QuerySelector(".geo"));
    }

    [Fact]
    public void Every_resolved_place_shows_its_kind_and_country_and_carries_its_codes()
    {
        var places = SeedResult.Places.Where(p => p.Geo is not null).ToList();
        Assert.NotEmpty(places);
        foreach (var place in places)
        {
            var geo = place.Geo!;
            string words = geo.Kind.ToString().ToLowerInvariant() + (geo.CountryName is null || geo.Kind == EntityExtract.Places.GeoKind.Country ? "" : " · " + geo.CountryName);
            var item = SeedPage.Document.QuerySelectorAll("aside ul.t-place li").Single(li => li.QuerySelector("a")!.TextContent == place.Name);
            Assert.Equal(words, item.QuerySelector(".geo")!.TextContent);
            foreach (var mention in place.Mentions)
            {
                var mark = SeedPage.Document.GetElementById("m-" + IndexOf(SeedResult.Mentions, mention))!;
                Assert.Equal(mention.Geo?.CountryCode, mark.GetAttribute("data-country"));
                Assert.Equal(mention.Geo?.GeonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture), mark.GetAttribute("data-geonameid"));
                Assert.Contains(words, mark.GetAttribute("title"));
            }
        }

        // Pyongyang is a city in North Korea (GeoNames 1871859), as the geocoding specs pin.
        var pyongyang = SeedPage.Document.QuerySelector("mark.ent-place[data-canonical='Pyongyang']")!;
        Assert.Equal("KP", pyongyang.GetAttribute("data-country"));
        Assert.Equal("1871859", pyongyang.GetAttribute("data-geonameid"));

        // A function replaces the built-in words, and one that answers nothing turns them off.
        var off = new ReportDom(HtmlReport.Article(SeedText, SeedResult, new ArticleReportOptions { DescribePlace = _ => null }));
        Assert.Null(off.Document.QuerySelector(".geo"));
        Assert.NotNull(off.Document.QuerySelector("mark[data-country='KP']"));
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

    /// <summary>A result from a table of spans, and the ids of those that can be marked with the span each must cover.</summary>
    private static (ExtractionResult Result, List<(string Id, int Start, int End)> Marked) Build(string text, (char Type, int Start, int End)[] spans)
    {
        var mentions = new List<Mention>();
        var quotes = new List<Quote>();
        var marked = new List<(string Id, int Start, int End)>();
        bool Valid(int s, int e) => s >= 0 && e <= text.Length && s < e;
        for (int i = 0; i < spans.Length; i++)
        {
            var (type, start, end) = spans[i];
            string sub = Valid(start, end) ? text[start..end] : "";
            switch (type)
            {
                case 'q':
                    // The next 's' entry, if any, is this quote's speaker.
                    var speaker = i + 1 < spans.Length && spans[i + 1].Type == 's' ? spans[i + 1] : default;
                    if (Valid(start, end))
                    {
                        marked.Add(("q-" + quotes.Count, start, end));
                    }

                    quotes.Add(speaker.Type == 's'
                        ? new Quote(start, end, sub, QuoteKind.Direct, text[speaker.Start..speaker.End], speaker.Start, speaker.End, "said")
                        : new Quote(start, end, sub, QuoteKind.Partial));
                    break;
                case 's':
                    break;
                default:
                    var mentionType = type switch { 'p' => MentionType.Person, 'l' => MentionType.Place, 'o' => MentionType.Organization, _ => MentionType.Date };
                    if (Valid(start, end))
                    {
                        marked.Add(("m-" + mentions.Count, start, end));
                    }

                    mentions.Add(new Mention(mentionType, start, end, sub, mentionType == MentionType.Date ? null : sub, mentionType == MentionType.Date ? "2025" : null));
                    break;
            }
        }

        return (new ExtractionResult(mentions, quotes, null), marked);
    }
}
