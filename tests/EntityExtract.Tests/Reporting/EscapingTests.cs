using AngleSharp.Dom;
using EntityExtract.Reporting;
using EntityExtract.Reporting.Internal;

namespace EntityExtract.Tests.Reporting;

/// <summary>
/// Hostile text shows as text and runs nothing: whatever an article, a name, a cue or a title contains,
/// the parsed page has the report's one script, no event handler, no element the report did not write,
/// and every string reads back exactly (NULs and lone surrogates as U+FFFD).
/// </summary>
public class EscapingTests
{
    public static TheoryData<string, string> HostileTexts => new()
    {
        { "script element", "Kim said <script>alert(1)</script> in Seoul." },
        { "closing the article", "Kim</article></div><script>alert(1)</script><article>" },
        { "entities and ampersands", "AT&T and &amp; &lt;b&gt; &#60;script&#62; &copy &" },
        { "attribute breakout", "Lee \" onmouseover=\"alert(1)\" ' onfocus='alert(2)' said." },
        { "comment and CDATA", "<!-- x --> <![CDATA[ y ]]> --> <!" },
        { "raw-text elements", "<style>*{}</style><textarea></textarea><title>t</title><iframe src=x></iframe><img src=x onerror=alert(1)>" },
        { "svg and math", "<svg onload=alert(1)><math><mi>x</mi></math>" },
        { "lone surrogates", "a\uD800b\uDC00c\uDBFF" },
        { "NUL and controls", "a\0b\u0001c\u007Fd\u0085e\u009Ff" },
        { "line breaks", "a\r\nb\rc\nd" },
        { "javascript URL", "javascript:alert(1) <a href=\"javascript:alert(1)\">x</a>" },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_article_text_is_shown_as_text_and_runs_nothing(string name, string text)
    {
        _ = name;

        // Marks on every third character, so hostile text sits inside, between and across elements.
        var mentions = new List<Mention>();
        for (int i = 0; i + 2 <= text.Length; i += 3)
        {
            mentions.Add(new Mention(MentionType.Person, i, i + 2, text[i..(i + 2)], text[i..(i + 2)]));
        }

        var quotes = text.Length >= 4 ? new[] { new Quote(1, text.Length - 1, text[1..^1], QuoteKind.Direct, text, 0, 1, text) } : [];
        var result = new ExtractionResult(mentions, quotes, null);
        var page = new ReportDom(HtmlReport.Article(text, result, new ArticleReportOptions { Title = text }));

        Assert.Equal(HtmlText.Displayed(text), page.Article.TextContent);
        AssertNothingExecutable(page);
        Assert.Equal(HtmlText.Displayed(text), page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(HtmlText.Displayed(text), page.Document.QuerySelector("title")!.TextContent);
        if (quotes.Length > 0)
        {
            Assert.Equal(HtmlText.Displayed(text), page.Document.GetElementById("q-0")!.GetAttribute("data-speaker"));
        }
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_through_the_extractor_and_the_corpus_page_runs_nothing(string name, string text)
    {
        _ = name;
        string article = "Kim Jong Un said \"" + text + "\" in Seoul on Tuesday, reporters from Reuters said.";
        var result = EntityExtractor.Extract(article);
        var page = new ReportDom(HtmlReport.Corpus([(text, article, result)], new CorpusReportOptions { Title = text }), "#a0-text");

        Assert.Equal(HtmlText.Displayed(article), page.Article.TextContent);
        Assert.Equal(HtmlText.Displayed(text), page.Document.QuerySelector("#a0-heading")!.TextContent);
        AssertNothingExecutable(page);
    }

    [Fact]
    public void A_name_with_quotes_reads_back_exactly_from_its_attribute()
    {
        string name = "O'Brien \"The Boss\" <b>&amp;</b>";
        string text = name + " spoke.";
        var result = new ExtractionResult([new Mention(MentionType.Person, 0, name.Length, name, name)], [], null);
        var page = new ReportDom(HtmlReport.Article(text, result));

        var mark = page.Document.GetElementById("m-0")!;
        Assert.Equal(name, mark.GetAttribute("data-canonical"));
        Assert.Contains(name, mark.GetAttribute("title"));
        Assert.Equal(text, page.Article.TextContent);
    }

    /// <summary>The page's only script is the report's own, and no element carries an event handler or a script URL.</summary>
    internal static void AssertNothingExecutable(ReportDom page)
    {
        var scripts = page.Document.QuerySelectorAll("script");
        Assert.Single(scripts);
        Assert.Equal(Page.Script, scripts[0].TextContent);
        Assert.Single(page.Document.QuerySelectorAll("style"));
        Assert.Empty(page.Document.QuerySelectorAll("iframe, img, svg, math, object, embed, textarea, form, base, link"));
        foreach (var element in page.Document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}>");
                if (attribute.Name is "href" or "src")
                {
                    Assert.StartsWith("#", attribute.Value);
                }
            }
        }

        // Inside the article only the report's own elements appear.
        Assert.All(page.Article.Descendants<IElement>(), e => Assert.Contains(e.LocalName, new[] { "mark", "span", "a" }));
    }
}
