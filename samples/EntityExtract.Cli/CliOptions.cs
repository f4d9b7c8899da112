using System.Globalization;

namespace EntityExtract.Cli;

/// <summary>The parsed command line. Parsing never throws: a bad command line gives <see cref="Error"/>.</summary>
internal sealed class CliOptions
{
    public const string HelpText = """
        entity-extract: people, places, organizations, dates and quotes from English news text.

        Usage:
          entity-extract [options] FILE...            a readable report for each file
          entity-extract --format json FILE           the result as JSON (output-schema.md)
          entity-extract --jsonl [options]            batch mode: JSON Lines in, JSON Lines out

        Options:
          --format text|json   Report format for files (default: text). With several files, json
                               prints one batch-form line per file, with the file path as its id.
          --date YYYY-MM-DD    Publication date for relative dates ("on Tuesday", "last month").
                               Without it, the article's dateline is used when it has one. In
                               --jsonl mode it is the default for lines without a "date".
          --day-first          Read 04/05/2025 as 4 May (default: month first, US style).
          --jsonl              Batch mode. Each input line is {"id": ..., "text": "...", "date": "YYYY-MM-DD"}
                               ("date" optional); each output line is {"id": ..., "entities": [...],
                               "quotes": [...]} or {"id": ..., "error": "..."}, one per input line, in order.
          --input PATH         Batch input file (default: standard input).
          --output PATH        Batch output file (default: standard output). Written to a temporary
                               name and renamed when complete, so a partial file never looks finished.
          --threads N          Worker threads for batch mode (default: all cores).
          --shard I/N          Process only lines with zero-based index i where i mod N == I, so that
                               N machines can split one corpus (I from 0 to N-1).
          -h, --help           Show this help.

        Files are read as UTF-8, or as UTF-16/UTF-8 when they start with a byte order mark; a file that is
        not valid UTF-8 is read as Windows-1252, with a notice. Binary files are reported and skipped.

        Exit codes: 0 all processed; 1 some files or lines failed (each is reported by name or line);
        2 bad command line; 130 cancelled (Ctrl+C).
        """;

    public List<string> Files { get; } = [];

    public bool Json { get; private set; }

    public bool Jsonl { get; private set; }

    public bool Help { get; private set; }

    public DateOnly? Date { get; private set; }

    public DateOrder Order { get; private set; } = DateOrder.MonthFirst;

    public string? Input { get; private set; }

    public string? Output { get; private set; }

    public int Threads { get; private set; } = Environment.ProcessorCount;

    public int ShardIndex { get; private set; }

    public int ShardCount { get; private set; } = 1;

    public string? Error { get; private set; }

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var o = new CliOptions();
        for (int i = 0; i < args.Count && o.Error is null; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "-h":
                case "--help":
                case "-?":
                    o.Help = true;
                    break;
                case "--jsonl":
                    o.Jsonl = true;
                    break;
                case "--day-first":
                    o.Order = DateOrder.DayFirst;
                    break;
                case "--format":
                    if (Value(args, ref i, o) is { } format)
                    {
                        if (format is "json")
                        {
                            o.Json = true;
                        }
                        else if (format is not "text")
                        {
                            o.Error = $"--format must be 'text' or 'json', not '{format}'.";
                        }
                    }

                    break;
                case "--date":
                    if (Value(args, ref i, o) is { } date)
                    {
                        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        {
                            o.Date = d;
                        }
                        else
                        {
                            o.Error = $"--date must be a date written YYYY-MM-DD, not '{date}'.";
                        }
                    }

                    break;
                case "--input":
                    o.Input = Value(args, ref i, o);
                    break;
                case "--output":
                    o.Output = Value(args, ref i, o);
                    break;
                case "--threads":
                    if (Value(args, ref i, o) is { } threads)
                    {
                        if (int.TryParse(threads, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 1024)
                        {
                            o.Threads = n;
                        }
                        else
                        {
                            o.Error = $"--threads must be a whole number from 1 to 1024, not '{threads}'.";
                        }
                    }

                    break;
                case "--shard":
                    if (Value(args, ref i, o) is { } shard)
                    {
                        int slash = shard.IndexOf('/', StringComparison.Ordinal);
                        if (slash > 0 && int.TryParse(shard.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int si)
                            && int.TryParse(shard.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int sn) && sn >= 1 && si < sn)
                        {
                            o.ShardIndex = si;
                            o.ShardCount = sn;
                        }
                        else
                        {
                            o.Error = $"--shard must be I/N with 0 <= I < N, such as 0/4, not '{shard}'.";
                        }
                    }

                    break;
                default:
                    if (a.StartsWith('-') && a.Length > 1)
                    {
                        o.Error = $"Unknown option '{a}'. Run with --help for the options.";
                    }
                    else
                    {
                        o.Files.Add(a);
                    }

                    break;
            }
        }

        if (o.Error is null && !o.Help)
        {
            if (o.Jsonl && o.Files.Count > 0)
            {
                o.Error = "--jsonl reads --input or standard input; give no FILE arguments with it.";
            }
            else if (!o.Jsonl && o.Files.Count == 0)
            {
                o.Error = "Give at least one FILE, or --jsonl. Run with --help for usage.";
            }
            else if (!o.Jsonl && (o.Input is not null || o.Output is not null || o.ShardCount != 1))
            {
                o.Error = "--input, --output and --shard belong to --jsonl mode.";
            }
        }

        return o;
    }

    private static string? Value(IReadOnlyList<string> args, ref int i, CliOptions o)
    {
        if (i + 1 >= args.Count)
        {
            o.Error = $"{args[i]} needs a value.";
            return null;
        }

        return args[++i];
    }
}
