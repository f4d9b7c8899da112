using AngleSharp.Html.Parser;
using EntityExtract.Reporting;
using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tools;
using Xunit.Abstractions;

namespace EntityExtract.Tests.Reporting;

/// <summary>
/// The pages in a real browser: headless Chromium loads the seed article's page and a corpus page (a few
/// BBC articles when ../shared/data is there, else the seed alone), the rendered DOM still has every
/// marked span, the page's script ran under its Content-Security-Policy, nothing was logged to the
/// console (no error, no blocked script), and a screenshot is taken. Set REPORT_SCREENSHOTS to a folder to
/// keep the screenshots (docs/images/seed-report.png is made this way).
/// </summary>
public class BrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public void The_seed_page_and_a_corpus_page_render_in_Chromium_with_every_mark_and_no_console_message()
    {
        string folder = Path.Combine(Path.GetTempPath(), "entityextract-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string seedText = TestFiles.SeedText;
            var seed = EntityExtractor.Extract(seedText);
            var corpus = new List<(string Id, string Text, ExtractionResult Result)>();
            if (SharedData.PathTo("bbc-news") is { } bbc)
            {
                foreach (string file in Directory.GetFiles(Path.Combine(bbc, "politics"), "*.txt").Order(StringComparer.Ordinal).Take(4))
                {
                    string text = File.ReadAllText(file);
                    corpus.Add(("bbc-news/politics/" + Path.GetFileName(file), text, EntityExtractor.Extract(text)));
                }
            }

            corpus.Insert(0, ("seeds/000_cd29c6cbbf7a37ba.txt", seedText, seed));

            string seedPage = Path.Combine(folder, "seed.html");
            string corpusPage = Path.Combine(folder, "corpus.html");
            File.WriteAllText(seedPage, HtmlReport.Article(seedText, seed, new ArticleReportOptions { Title = "000_cd29c6cbbf7a37ba.txt" }));
            File.WriteAllText(corpusPage, HtmlReport.Corpus(corpus, new CorpusReportOptions { Title = "Corpus: " + corpus.Count + " articles" }));

            CheckRendered(folder, seedPage, [("", seedText, seed)]);
            CheckRendered(folder, corpusPage, corpus.Select((a, i) => ($"a{i}-", a.Text, a.Result)).ToList());

            Screenshot(folder, seedPage, "seed-report.png", 1200, 1400);
            Screenshot(folder, corpusPage, "corpus-report.png", 1200, 1500);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void CheckRendered(string folder, string page, IReadOnlyList<(string Prefix, string Text, ExtractionResult Result)> articles)
    {
        var (dom, log) = Chromium.Run(folder, "--dump-dom", new Uri(page).AbsoluteUri);
        var document = new HtmlParser().ParseDocument(dom);

        // Console messages (errors, uncaught exceptions, blocked scripts) are logged as "...:CONSOLE..." lines.
        var console = log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToList();
        Assert.True(console.Count == 0, "console messages:\n" + string.Join('\n', console));
        Assert.Equal("ready", document.DocumentElement.GetAttribute("data-script"));

        foreach (var (prefix, text, result) in articles)
        {
            var article = document.GetElementById(prefix + "text");
            Assert.NotNull(article);
            Assert.Equal(text, article.TextContent);
            for (int i = 0; i < result.Mentions.Count; i++)
            {
                var mark = document.GetElementById($"{prefix}m-{i}");
                Assert.NotNull(mark);
                Assert.StartsWith(result.Mentions[i].Text[..Math.Min(3, result.Mentions[i].Text.Length)], mark.TextContent, StringComparison.Ordinal);
            }

            for (int i = 0; i < result.Quotes.Count; i++)
            {
                Assert.NotNull(document.GetElementById($"{prefix}q-{i}"));
            }
        }

        output.WriteLine($"{Path.GetFileName(page)}: rendered, {articles.Sum(a => a.Result.Mentions.Count)} mentions and {articles.Sum(a => a.Result.Quotes.Count)} quotes present, no console message");
    }

    private void Screenshot(string folder, string page, string name, int width, int height)
    {
        string png = Path.Combine(folder, name);
        Chromium.Run(folder, $"--window-size={width},{height}", "--screenshot=" + png, new Uri(page).AbsoluteUri);
        Assert.True(File.Exists(png), "no screenshot");
        Assert.True(new FileInfo(png).Length > 20_000, "the screenshot is nearly empty");
        if (Environment.GetEnvironmentVariable("REPORT_SCREENSHOTS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(png, Path.Combine(keep, name), overwrite: true);
            output.WriteLine($"screenshot kept: {Path.Combine(keep, name)}");
        }
    }
}
