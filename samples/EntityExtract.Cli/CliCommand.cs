using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Reflection;

namespace EntityExtract.Cli;

/// <summary>
/// The command line, defined with System.CommandLine: every option, its help text, how its value is
/// checked and where it lands in <see cref="CliOptions"/>, in one list. Adding an option is one
/// <c>Add(...)</c> line in the constructor (and the <see cref="CliOptions"/> property it sets); <c>--help</c>
/// lists it from there. A new instance per parse: definitions are not shared between threads.
/// </summary>
internal sealed class CliCommand
{
    /// <summary>What <c>--help</c> says after the options: the modes, how files are read, the exit codes.</summary>
    public const string Notes = """
        Modes:
          entity-extract [options] FILE...        a readable report for each file
          entity-extract --format json FILE       the result as JSON (output-schema.md)
          entity-extract --jsonl [options]        batch mode: JSON Lines in, JSON Lines out
          entity-extract --format html FILE...    one HTML page: the article marked up, or a corpus page
          entity-extract --format conllu FILE     the words with lemmas and tags as CoNLL-U

        Files are read as UTF-8, or as UTF-16/UTF-8 when they start with a byte order mark; a file that is
        not valid UTF-8 is read as Windows-1252, with a notice. Binary files are reported and skipped.

        Exit codes: 0 all processed; 1 some files or lines failed (each is reported by name or line);
        2 bad command line; 130 cancelled (Ctrl+C).
        """;

    private readonly RootCommand _root = new("entity-extract: people, places, organizations, dates and quotes from English news text.");
    private readonly List<Action<ParseResult, CliOptions>> _bindings = [];

    public CliCommand()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The articles to read (not with --jsonl).",
            Arity = ArgumentArity.ZeroOrMore,
        };

        // An unknown option would otherwise be taken for a file name.
        files.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] == '-') is { } unknown)
            {
                result.AddError($"Unknown option '{unknown.Value}'. Run with --help for the options.");
            }
        });
        _root.Arguments.Add(files);
        _bindings.Add((parse, o) => o.Files = parse.GetValue(files) ?? []);

        string formats = string.Join('|', ReportFormats.All.Select(f => f.Name));
        var format = new Option<IReportFormat?>("--format")
        {
            HelpName = formats,
            Description = "Report format for files: " + string.Join("; ", ReportFormats.All.Select(f => $"{f.Name}, {f.Description}")) + ".",
            CustomParser = ParseFormat,
        };
        format.CompletionSources.Add(ReportFormats.All.Select(f => f.Name).ToArray());
        Add(format, (o, v) => o.Format = v ?? ReportFormats.Default);

        Add(
            new Option<DateOnly?>("--date")
            {
                HelpName = "YYYY-MM-DD",
                Description = "Publication date for relative dates (\"on Tuesday\", \"last month\"). Without it, the article's dateline is used when it has one. In --jsonl mode it is the default for lines without a \"date\".",
                CustomParser = ParseDate,
            },
            (o, v) => o.Date = v);
        Add(Flag("--day-first", "Read 04/05/2025 as 4 May (default: month first, US style)."), (o, v) => o.Order = v ? DateOrder.DayFirst : DateOrder.MonthFirst);
        Add(
            Flag("--jsonl", "Batch mode. Each input line is {\"id\": ..., \"text\": \"...\", \"date\": \"YYYY-MM-DD\"} (\"date\" optional); each output line is {\"id\": ..., \"entities\": [...], \"quotes\": [...]} or {\"id\": ..., \"error\": \"...\"}, one per input line, in order."),
            (o, v) => o.Jsonl = v);
        Add(new Option<string?>("--input") { HelpName = "PATH", Description = "Batch input file (default: standard input)." }, (o, v) => o.Input = v);
        Add(
            new Option<string?>("--output")
            {
                HelpName = "PATH",
                Description = "Batch output file (default: standard output). Written to a temporary name and renamed when complete, so a partial file never looks finished.",
            },
            (o, v) => o.Output = v);
        Add(
            new Option<int?>("--threads")
            {
                HelpName = "N",
                Description = "Worker threads for batch mode (default: all cores).",
                CustomParser = ParseThreads,
            },
            (o, v) => o.Threads = v ?? Environment.ProcessorCount);
        Add(
            new Option<(int Index, int Count)?>("--shard")
            {
                HelpName = "I/N",
                Description = "Process only lines with zero-based index i where i mod N == I, so that N machines can split one corpus (I from 0 to N-1).",
                CustomParser = ParseShard,
            },
            (o, v) => (o.ShardIndex, o.ShardCount) = v ?? (0, 1));

        Add(
            new Option<string[]>("--lexicon")
            {
                HelpName = "FILE",
                Description = "Your own names, trusted over the model (repeatable): JSON Lines, one entry a line, {\"type\": \"organization\", \"name\": \"Acme Holdings\", \"aliases\": [\"Acme\"], \"ignoreCase\": false}. A malformed line stops the run with FILE:LINE and exit code 2.",
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = false,
                CustomParser = static result => result.Tokens.Select(t => t.Value).ToArray(),
            },
            (o, v) => o.LexiconPaths = v ?? []);
        Add(
            new Option<double?>("--min-confidence")
            {
                HelpName = "P",
                Description = "Leave out mentions and quotes whose calibrated confidence is below P, from 0 to 1 (default 0: keep everything).",
                CustomParser = ParseConfidence,
            },
            (o, v) => o.MinimumConfidence = v ?? 0);

        // -h, -? and --help, but not System.CommandLine's /h and /?, which are paths on Unix.
        _root.Options.Remove(_root.Options.OfType<HelpOption>().Single());
        _root.Options.Add(new HelpOption("--help", "-h", "-?") { Action = new HelpWithNotes() });

        // The console's own version (MinVer, from git tags), not the version of whatever process hosts it.
        _root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();
    }

    /// <summary>Every option, for tests that check the help.</summary>
    public IEnumerable<Option> Options => _root.Options;

    /// <summary>The console's version: the informational version of this assembly.</summary>
    public static string Version { get; } =
        typeof(CliCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Parses a command line: options to run with, a built-in action (help, version) to invoke, or an error.</summary>
    public CliParse Parse(IReadOnlyList<string> args)
    {
        // No response files: "@name" is a file to read, as it always was.
        var parse = _root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            return new CliParse(null, null, parse.Errors[0].Message);
        }

        if (parse.Action is not null)
        {
            return new CliParse(null, parse, null);
        }

        var options = new CliOptions();
        foreach (var bind in _bindings)
        {
            bind(parse, options);
        }

        return options.Validate() is { } error ? new CliParse(null, null, error) : new CliParse(options, null, null);
    }

    private void Add<T>(Option<T> option, Action<CliOptions, T> bind)
    {
        _root.Options.Add(option);
        _bindings.Add((parse, o) => bind(o, parse.GetValue(option)!));
    }

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.Zero };

    // Custom parsers keep the console's own messages, which say what a good value looks like.
    private static IReportFormat? ParseFormat(ArgumentResult result)
    {
        string name = result.Tokens[0].Value;
        if (ReportFormats.Find(name) is { } format)
        {
            return format;
        }

        var names = ReportFormats.All.Select(f => $"'{f.Name}'").ToList();
        string choices = names.Count == 1 ? names[0] : string.Join(", ", names.SkipLast(1)) + " or " + names[^1];
        result.AddError($"--format must be {choices}, not '{name}'.");
        return null;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        string date = result.Tokens[0].Value;
        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        result.AddError($"--date must be a date written YYYY-MM-DD, not '{date}'.");
        return null;
    }

    private static int? ParseThreads(ArgumentResult result)
    {
        string threads = result.Tokens[0].Value;
        if (int.TryParse(threads, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 1024)
        {
            return n;
        }

        result.AddError($"--threads must be a whole number from 1 to 1024, not '{threads}'.");
        return null;
    }

    private static double? ParseConfidence(ArgumentResult result)
    {
        string value = result.Tokens[0].Value;
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double p) && p is >= 0 and <= 1)
        {
            return p;
        }

        result.AddError($"--min-confidence must be a number from 0 to 1, such as 0.9, not '{value}'.");
        return null;
    }

    private static (int Index, int Count)? ParseShard(ArgumentResult result)
    {
        string shard = result.Tokens[0].Value;
        int slash = shard.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && int.TryParse(shard.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(shard.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count >= 1 && index < count)
        {
            return (index, count);
        }

        result.AddError($"--shard must be I/N with 0 <= I < N, such as 0/4, not '{shard}'.");
        return null;
    }

    /// <summary>System.CommandLine's help (usage, arguments, every option), then <see cref="Notes"/>.</summary>
    private sealed class HelpWithNotes : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            // A fixed width, so that the help reads the same in a terminal, a pipe and a test.
            new HelpAction { MaxWidth = 100 }.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(Notes);
            return CliApp.ExitOk;
        }
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return CliApp.ExitOk;
        }
    }
}

/// <summary>What a command line asks for: to run with <see cref="Options"/>, to invoke <see cref="Builtin"/> (help, version), or nothing but <see cref="Error"/>.</summary>
internal sealed record CliParse(CliOptions? Options, ParseResult? Builtin, string? Error);
