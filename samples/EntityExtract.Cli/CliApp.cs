using System.CommandLine;
using System.Text;

namespace EntityExtract.Cli;

/// <summary>The console's logic, with its streams passed in so that tests can run it.</summary>
internal static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitSomeFailed = 1;
    public const int ExitBadArguments = 2;
    public const int ExitCancelled = 130;

    public static int Run(string[] args, Func<Stream> openStdin, Func<Stream> openStdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var parsed = new CliCommand().Parse(args);
        if (parsed.Builtin is { } builtin)
        {
            // --help or --version: to standard output, as UTF-8 without a byte order mark.
            using var output = new StreamWriter(openStdout(), new UTF8Encoding(false)) { NewLine = "\n" };
            return builtin.Invoke(new InvocationConfiguration { Output = output, Error = stderr, EnableDefaultExceptionHandler = false });
        }

        if (parsed.Options is not { } options)
        {
            stderr.WriteLine($"entity-extract: {parsed.Error}");
            return ExitBadArguments;
        }

        // Lexicons are read before any text, and a bad one stops the run: its entries would otherwise be
        // silently missing from every result (issue 18: "FILE:LINE: what is wrong", exit code 2).
        var lexicons = new List<Lexicons.EntityLexicon>();
        foreach (string path in options.LexiconPaths)
        {
            try
            {
                lexicons.Add(Lexicons.EntityLexicon.Load(path));
            }
            catch (Lexicons.LexiconFormatException e)
            {
                stderr.WriteLine($"entity-extract: {e.Message}");
                return ExitBadArguments;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"entity-extract: {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
                return ExitBadArguments;
            }
        }

        options.Lexicons = lexicons;
        try
        {
            if (options.Format.IsPage)
            {
                return RunPage(options, openStdin, openStdout, stderr, cancellationToken);
            }

            return options.Jsonl
                ? BatchRunner.Run(options, openStdin, openStdout, stderr, cancellationToken)
                : RunFiles(options, openStdout, stderr, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("entity-extract: cancelled.");
            return ExitCancelled;
        }
    }

    private static int RunFiles(CliOptions options, Func<Stream> openStdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var extraction = options.Extraction(options.Date);
        using var stdout = new StreamWriter(openStdout(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
        int failed = 0;
        foreach (string path in options.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!TryReadText(path, out string? text, out string? notice, out string? problem))
            {
                stderr.WriteLine($"entity-extract: {path}: {problem}");
                failed++;
                continue;
            }

            if (notice is not null)
            {
                stderr.WriteLine($"entity-extract: {path}: {notice}");
            }

            var result = EntityExtractor.Extract(text, extraction, cancellationToken);
            options.Format.Write(stdout, path, text, result, options);
            stdout.Flush();
        }

        if (failed > 0)
        {
            stderr.WriteLine($"entity-extract: {failed} of {options.Files.Count} files could not be read.");
        }

        return failed == 0 ? ExitOk : ExitSomeFailed;
    }

    // --format html: one page for the run (docs/report.md): one file gives its article page; several files or
    // --jsonl give a corpus page. Written to --output (under a temporary name, renamed when complete) or stdout.
    private static int RunPage(CliOptions options, Func<Stream> openStdin, Func<Stream> openStdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var extraction = options.Extraction(options.Date);
        return HtmlOutput.ToOutput(options.Output, openStdout, stderr, writer =>
        {
            if (!options.Jsonl)
            {
                return HtmlOutput.WriteFiles(options.Files, extraction, writer, stderr, cancellationToken);
            }

            Stream input;
            if (options.Input is null)
            {
                input = openStdin();
            }
            else if (!TryOpen(options.Input, out var stream, out var problem))
            {
                stderr.WriteLine($"entity-extract: {options.Input}: {problem}");
                return ExitSomeFailed;
            }
            else
            {
                input = stream;
            }

            using (input)
            {
                return HtmlOutput.WriteJsonl(input, extraction, writer, stderr, cancellationToken);
            }
        });
    }

    /// <summary>Opens a file for reading, describing any problem in words.</summary>
    public static bool TryOpen(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Stream? stream, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        stream = null;
        problem = null;
        try
        {
            if (Directory.Exists(path))
            {
                problem = "is a directory, not a file";
                return false;
            }

            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return true;
        }
        catch (FileNotFoundException)
        {
            problem = "no such file";
        }
        catch (DirectoryNotFoundException)
        {
            problem = "no such file";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "permission denied";
        }
        catch (IOException e)
        {
            problem = $"could not be read ({e.Message})";
        }

        return false;
    }

    /// <summary>
    /// Reads a whole file as text (<see cref="TextFileDecoder"/>: byte order mark, else UTF-8, else Windows-1252),
    /// describing any problem in words; <paramref name="notice"/> says when it was not read as UTF-8.
    /// </summary>
    public static bool TryReadText(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text, out string? notice, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        text = null;
        notice = null;
        try
        {
            if (Directory.Exists(path))
            {
                problem = "is a directory, not a file";
                return false;
            }

            if (!File.Exists(path))
            {
                problem = "no such file";
                return false;
            }

            return TextFileDecoder.TryDecode(File.ReadAllBytes(path), out text, out notice, out problem);
        }
        catch (UnauthorizedAccessException)
        {
            problem = "permission denied";
        }
        catch (IOException e)
        {
            problem = $"could not be read ({e.Message})";
        }

        return false;
    }
}
