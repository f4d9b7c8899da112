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

    /// <summary>Writes the report of one file to <paramref name="output"/>.</summary>
    void Write(TextWriter output, string path, ExtractionResult result, CliOptions options);
}

/// <summary>
/// Every report format, in the order <c>--help</c> lists them; the first is the default. A new format is
/// a class and one line in <see cref="All"/>: <c>--format</c> accepts it, completes it and documents it.
/// </summary>
internal static class ReportFormats
{
    public static IReadOnlyList<IReportFormat> All { get; } = [new TextFormat(), new JsonFormat()];

    public static IReportFormat Default => All[0];

    public static IReportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The readable report: tables of people, places, organizations, dates and quotes.</summary>
    private sealed class TextFormat : IReportFormat
    {
        public string Name => "text";

        public string Description => "a readable report for each file (the default)";

        public void Write(TextWriter output, string path, ExtractionResult result, CliOptions options) => TextReport.Write(output, path, result);
    }

    /// <summary>The schema JSON (output-schema.md); with several files, one batch-form line per file with its path as the id.</summary>
    private sealed class JsonFormat : IReportFormat
    {
        public string Name => "json";

        public string Description => "the result as JSON (output-schema.md); with several files, one batch-form line per file, the file path as its id";

        public void Write(TextWriter output, string path, ExtractionResult result, CliOptions options) => output.WriteLine(options.Files.Count > 1
            ? BatchJson.Line(JsonSerializer.SerializeToElement(path, CliJsonContext.Default.String), result)
            : ExtractionJson.Serialize(result, indented: true));
    }
}
