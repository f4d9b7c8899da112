using System.Globalization;
using System.Text;
using System.Text.Json;
using EntityExtract.Reporting;

namespace EntityExtract.Cli;

/// <summary>
/// <c>--format html</c>: one self-contained page per run (issue 15). One file gives the article's page;
/// several files, or <c>--jsonl</c> input, give a corpus page with every article in it. It takes plain
/// values rather than the parsed options, so that the argument parser can change without touching it.
/// </summary>
internal static class HtmlOutput
{
    /// <summary>
    /// Reads the files and writes the page: one readable file gives its article page, more give a corpus
    /// page. A file that cannot be read is reported on <paramref name="stderr"/> and left out.
    /// </summary>
    /// <returns><see cref="CliApp.ExitOk"/>, or <see cref="CliApp.ExitSomeFailed"/> when a file could not be read.</returns>
    public static int WriteFiles(IReadOnlyList<string> files, ExtractionOptions extraction, TextWriter output, TextWriter stderr, CancellationToken cancellationToken)
    {
        var articles = new List<(string Id, string Text, ExtractionResult Result)>();
        int failed = 0;
        foreach (string path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!CliApp.TryReadText(path, out string? text, out string? notice, out string? problem))
            {
                stderr.WriteLine($"entity-extract: {path}: {problem}");
                failed++;
                continue;
            }

            if (notice is not null)
            {
                stderr.WriteLine($"entity-extract: {path}: {notice}");
            }

            articles.Add((path, text, EntityExtractor.Extract(text, extraction, cancellationToken)));
        }

        if (files.Count == 1 && articles.Count == 1)
        {
            HtmlReport.WriteArticle(output, articles[0].Text, articles[0].Result, new ArticleReportOptions { Title = articles[0].Id });
        }
        else
        {
            HtmlReport.WriteCorpus(output, articles, new CorpusReportOptions { Title = CorpusTitle(articles.Count) });
        }

        if (failed > 0)
        {
            stderr.WriteLine($"entity-extract: {failed} of {files.Count} files could not be read.");
        }

        return failed == 0 ? CliApp.ExitOk : CliApp.ExitSomeFailed;
    }

    /// <summary>
    /// Reads JSON Lines (<c>{"id": ..., "text": "...", "date": "YYYY-MM-DD"}</c>, as batch mode does) and writes
    /// a corpus page. A bad line is reported on <paramref name="stderr"/> with its line number and left out.
    /// Unlike batch mode this holds every article until the page is written, since the summary comes first.
    /// </summary>
    /// <returns><see cref="CliApp.ExitOk"/>, or <see cref="CliApp.ExitSomeFailed"/> when a line was bad.</returns>
    public static int WriteJsonl(Stream input, ExtractionOptions extraction, TextWriter output, TextWriter stderr, CancellationToken cancellationToken)
    {
        var articles = new List<(string Id, string Text, ExtractionResult Result)>();
        int failed = 0;
        int number = 0;
        var reader = new LineReader(input);
        while (reader.TryReadLine(out byte[]? line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (line.AsSpan().Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            if (TryRead(line, number, extraction, out string? id, out string? text, out var options, out string? problem))
            {
                articles.Add((id, text, EntityExtractor.Extract(text, options, cancellationToken)));
            }
            else
            {
                stderr.WriteLine($"entity-extract: line {number.ToString(CultureInfo.InvariantCulture)}: {problem}");
                failed++;
            }
        }

        HtmlReport.WriteCorpus(output, articles, new CorpusReportOptions { Title = CorpusTitle(articles.Count) });
        return failed == 0 ? CliApp.ExitOk : CliApp.ExitSomeFailed;
    }

    /// <summary>
    /// Runs <paramref name="write"/> on standard output, or on the file <paramref name="outputPath"/> written under
    /// a temporary name and renamed when complete (as batch mode does), so a half-written page never passes for a whole one.
    /// </summary>
    public static int ToOutput(string? outputPath, Func<Stream> openStdout, TextWriter stderr, Func<TextWriter, int> write)
    {
        if (outputPath is null)
        {
            using var stdout = new StreamWriter(openStdout(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            return write(stdout);
        }

        string full = Path.GetFullPath(outputPath);
        string temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".partial");
        int code;
        try
        {
            using (var file = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
            {
                code = write(file);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            stderr.WriteLine($"entity-extract: {outputPath}: cannot write ({e.Message})");
            return CliApp.ExitSomeFailed;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        return code;
    }

    private static string CorpusTitle(int count) => "EntityExtract: " + (count == 1 ? "1 article" : count.ToString(CultureInfo.InvariantCulture) + " articles");

    private static bool TryRead(byte[] line, int number, ExtractionOptions extraction,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? id,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text,
        out ExtractionOptions options,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        id = null;
        text = null;
        options = extraction;
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON ({e.Message})";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problem = "expected an object with a string \"text\"";
                return false;
            }

            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                if (dateElement.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problem = "\"date\" must be a string written YYYY-MM-DD";
                    return false;
                }

                options = extraction with { ReferenceDate = date };
            }

            id = root.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() ?? "" : idElement.GetRawText()
                : "line " + number.ToString(CultureInfo.InvariantCulture);
            text = JsonStrings.Read(textElement);
            return true;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover ".partial" file is named so that it never passes for finished output.
        }
    }
}
