using System.Text;
using EntityExtract.Cli;
using EntityExtract.Tests.Infrastructure;

namespace EntityExtract.Tests.Reporting;

/// <summary>The console's glue for <c>--format html</c>: one file gives an article page, several files or JSON Lines a corpus page.</summary>
public class HtmlOutputTests
{
    [Fact]
    public void One_file_gives_the_article_page_titled_by_its_path()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = HtmlOutput.WriteFiles([TestFiles.SeedPath], new ExtractionOptions(), output, errors, CancellationToken.None);

        var page = new ReportDom(output.ToString());
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Equal(TestFiles.SeedPath, page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(TestFiles.SeedText, page.Article.TextContent);
        Assert.Null(page.Document.GetElementById("summary"));
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public void Several_files_give_a_corpus_page_and_an_unreadable_one_is_reported_and_left_out()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        string missing = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".txt");
        int code = HtmlOutput.WriteFiles([TestFiles.SeedPath, missing], new ExtractionOptions(), output, errors, CancellationToken.None);

        var page = new ReportDom(output.ToString(), "#a0-text");
        Assert.Equal(CliApp.ExitSomeFailed, code);
        Assert.NotNull(page.Document.GetElementById("summary"));
        Assert.Single(page.Document.QuerySelectorAll("section.article"));
        Assert.Contains(missing + ": no such file", errors.ToString());
    }

    [Fact]
    public void Json_lines_give_a_corpus_page_with_each_line_as_an_article_and_bad_lines_reported()
    {
        string jsonl = """
            {"id": "first", "text": "Kim Jong Un said \"yes\" in Seoul on Tuesday.", "date": "2025-12-11"}
            not json
            {"id": 7, "text": "Moon Jae-in visited Tokyo."}

            {"text": "No id here.", "date": "11/12/2025"}
            {"text": "No id here either."}
            """;
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = HtmlOutput.WriteJsonl(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), new ExtractionOptions(), output, errors, CancellationToken.None);

        var page = new ReportDom(output.ToString(), "#a0-text");
        Assert.Equal(CliApp.ExitSomeFailed, code);
        Assert.Equal(["first", "7", "line 6"], page.Document.QuerySelectorAll("section.article h2").Select(h => h.TextContent).ToArray());
        Assert.Contains("2025-12-09", page.Document.GetElementById("a0-text")!.InnerHtml);
        Assert.Contains("line 2: not valid JSON", errors.ToString());
        Assert.Contains("line 5: \"date\" must be a string written YYYY-MM-DD", errors.ToString());
    }

    [Fact]
    public void An_output_file_is_written_whole_and_no_partial_file_is_left()
    {
        string folder = Path.Combine(Path.GetTempPath(), "entityextract-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string target = Path.Combine(folder, "report.html");
            int code = HtmlOutput.ToOutput(target, () => throw new InvalidOperationException("not stdout"), TextWriter.Null, w =>
            {
                w.Write("<!DOCTYPE html>");
                return CliApp.ExitOk;
            });

            Assert.Equal(CliApp.ExitOk, code);
            Assert.Equal("<!DOCTYPE html>", File.ReadAllText(target));
            Assert.Equal([target], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
