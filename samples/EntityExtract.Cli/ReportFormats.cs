using System.Text.Json;
using EntityExtract.Serialization;

namespace EntityExtract.Cli;

/// <summary>One way to report a file's result: a value of <c>--format</c>.</summary>
internal interface IReportFormat
{
    /// <summary>The name given to <c>--format</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>True for a format that writes one page for the whole run (html), not a report per file.</summary>
    bool IsPage => false;

    /// <summary>True when the format needs the words' parts of speech and lemmas (conllu).</summary>
    bool NeedsPartsOfSpeech => false;

    /// <summary>Writes the report of one file to <paramref name="output"/>.</summary>
    void Write(TextWriter output, string path, string text, ExtractionResult result, CliOptions options);
}

/// <summary>
/// Every report format, in the order <c>--help</c> lists them; the first is the default. A new format is
/// a class and one line in <see cref="All"/>: <c>--format</c> accepts it, completes it and documents it.
/// </summary>
internal static class ReportFormats
{
    public static IReadOnlyList<IReportFormat> All { get; } = [new TextFormat(), new JsonFormat(), new HtmlFormat(), new ConlluFormat()];

    public static IReportFormat Default => All[0];

    public static IReportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The readable report: tables of people, places, organizations, dates and quotes.</summary>
    private sealed class TextFormat : IReportFormat
    {
        public string Name => "text";

        public string Description => "a readable report for each file (the default)";

        public void Write(TextWriter output, string path, string text, ExtractionResult result, CliOptions options) => TextReport.Write(output, path, result);
    }

    /// <summary>The schema JSON (output-schema.md); with several files, one batch-form line per file with its path as the id.</summary>
    private sealed class JsonFormat : IReportFormat
    {
        public string Name => "json";

        public string Description => "the result as JSON (output-schema.md); with several files, one batch-form line per file, the file path as its id";

        public void Write(TextWriter output, string path, string text, ExtractionResult result, CliOptions options) => output.WriteLine(options.Files.Count > 1
            ? BatchJson.Line(JsonSerializer.SerializeToElement(path, CliJsonContext.Default.String), result)
            : ExtractionJson.Serialize(result, indented: true));
    }

    /// <summary>One self-contained HTML page for the whole run (docs/report.md): an article page, or a corpus page.</summary>
    private sealed class HtmlFormat : IReportFormat
    {
        public string Name => "html";

        public string Description => "one self-contained HTML page: the article marked up, or with several files or --jsonl a corpus page (docs/report.md)";

        public bool IsPage => true;

        // CliApp writes the page for the whole run (HtmlOutput); a page is never written file by file.
        public void Write(TextWriter output, string path, string text, ExtractionResult result, CliOptions options) =>
            throw new InvalidOperationException("The html format writes one page per run.");
    }

    /// <summary>The words as CoNLL-U (docs/parts-of-speech.md): one block per sentence, UD English words, lemmas and tags.</summary>
    private sealed class ConlluFormat : IReportFormat
    {
        public string Name => "conllu";

        public string Description => "the words with lemmas and part-of-speech tags as CoNLL-U, TokenRange offsets in MISC";

        public bool NeedsPartsOfSpeech => true;

        public void Write(TextWriter output, string path, string text, ExtractionResult result, CliOptions options) =>
            ConlluWriter.Write(output, text, result.Tokens);
    }
}
