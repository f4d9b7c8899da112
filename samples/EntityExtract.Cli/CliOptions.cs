namespace EntityExtract.Cli;

/// <summary>
/// What the command line asked for, as <see cref="CliCommand"/> parsed it. Each property is set by the one
/// option that owns it; the rules between options are in <see cref="Validate"/>.
/// </summary>
internal sealed class CliOptions
{
    public IReadOnlyList<string> Files { get; set; } = [];

    public IReportFormat Format { get; set; } = ReportFormats.Default;

    public bool Jsonl { get; set; }

    public DateOnly? Date { get; set; }

    public DateOrder Order { get; set; } = DateOrder.MonthFirst;

    public string? Input { get; set; }

    public string? Output { get; set; }

    public int Threads { get; set; } = Environment.ProcessorCount;

    public int ShardIndex { get; set; }

    public int ShardCount { get; set; } = 1;

    /// <summary>The <c>--lexicon</c> files, in the order given.</summary>
    public IReadOnlyList<string> LexiconPaths { get; set; } = [];

    /// <summary>The lexicons read from <see cref="LexiconPaths"/> (by <see cref="CliApp"/>, before any text is read).</summary>
    public IReadOnlyList<Lexicons.EntityLexicon> Lexicons { get; set; } = [];

    public double MinimumConfidence { get; set; }

    /// <summary>
    /// The library's options for one text. Every console option that changes extraction lands here, so
    /// that files and batch lines are read the same way.
    /// </summary>
    /// <param name="referenceDate">The text's publication date: <c>--date</c>, or a batch line's own <c>"date"</c>.</param>
    public ExtractionOptions Extraction(DateOnly? referenceDate) => new()
    {
        ReferenceDate = referenceDate,
        NumericDateOrder = Order,
        Lexicons = Lexicons,
        MinimumConfidence = MinimumConfidence,
        IncludePartsOfSpeech = Format.NeedsPartsOfSpeech,
    };

    /// <summary>The rules between options, checked once every option is read; <see langword="null"/> when they hold.</summary>
    public string? Validate()
    {
        if (Jsonl && Files.Count > 0)
        {
            return "--jsonl reads --input or standard input; give no FILE arguments with it.";
        }

        if (!Jsonl && Files.Count == 0)
        {
            return "Give at least one FILE, or --jsonl. Run with --help for usage.";
        }

        if (!Jsonl && (Input is not null || ShardCount != 1))
        {
            return "--input and --shard belong to --jsonl mode.";
        }

        if (!Jsonl && Output is not null && !Format.IsPage)
        {
            return "--output belongs to --jsonl mode and to --format html.";
        }

        if (Jsonl && Format.NeedsPartsOfSpeech)
        {
            return "--format conllu reads FILE arguments, not --jsonl.";
        }

        return null;
    }
}
