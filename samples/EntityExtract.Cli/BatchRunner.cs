using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Spectre.Console;

namespace EntityExtract.Cli;

/// <summary>
/// The <c>--jsonl</c> batch mode: a stateless mapper from JSON Lines to JSON Lines. Lines are read in
/// bounded blocks, extracted on all worker threads, and written in input order, so memory does not
/// grow with the input. Every selected input line gives exactly one output line.
/// </summary>
internal static class BatchRunner
{
    private const int LinesPerWorker = 32;
    private const long ProgressThresholdBytes = 4 << 20;

    public static int Run(CliOptions options, Func<Stream> openStdin, Func<Stream> openStdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        Stream input;
        if (options.Input is null)
        {
            input = openStdin();
        }
        else
        {
            if (!CliApp.TryOpen(options.Input, out var opened, out string? problem))
            {
                stderr.WriteLine($"entity-extract: {options.Input}: {problem}");
                return CliApp.ExitSomeFailed;
            }

            input = opened;
        }

        string? temporary = null;
        Stream output;
        if (options.Output is null)
        {
            output = openStdout();
        }
        else
        {
            string full = Path.GetFullPath(options.Output);
            temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".partial");
            try
            {
                output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"entity-extract: {options.Output}: cannot write ({e.Message})");
                input.Dispose();
                return CliApp.ExitSomeFailed;
            }
        }

        var counts = new Counts();
        bool completed = false;
        try
        {
            using (input)
            // Lines arrive as UTF-8 from the serializer and go to the stream as they are (issue 14: no string
            // per line, no second encoding pass).
            using (var writer = new BufferedStream(output, 1 << 16))
            {
                // A progress bar on stderr, when a person is watching a large input file.
                long size = input.CanSeek ? input.Length : 0;
                if (size >= ProgressThresholdBytes && stderr == Console.Error && !Console.IsErrorRedirected)
                {
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                    console.Progress().Start(ctx =>
                    {
                        var task = ctx.AddTask("extracting", maxValue: size);
                        Process(options, input, writer, counts, bytes => task.Value = bytes, cancellationToken);
                    });
                }
                else
                {
                    Process(options, input, writer, counts, null, cancellationToken);
                }

                writer.Flush();
            }

            completed = true;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"entity-extract: cancelled after {counts.Processed} lines ({counts.Failed} failed); {(temporary is null ? "output so far is complete line by line" : "no output file was written")}.");
            return CliApp.ExitCancelled;
        }
        finally
        {
            if (temporary is not null)
            {
                if (completed)
                {
                    File.Move(temporary, options.Output!, overwrite: true);
                }
                else
                {
                    TryDelete(temporary);
                }
            }
        }

        stderr.WriteLine($"entity-extract: {counts.Processed} lines processed, {counts.Processed - counts.Failed} ok, {counts.Failed} failed.");
        return counts.Failed == 0 ? CliApp.ExitOk : CliApp.ExitSomeFailed;
    }

    private static void Process(CliOptions options, Stream input, Stream writer, Counts counts, Action<long>? progress, CancellationToken cancellationToken)
    {
        // A sliding window of lines in flight, written strictly in input order as each head finishes:
        // workers never wait for the slowest line of a block, and memory holds at most `window` lines.
        int threads = Math.Max(1, options.Threads);
        int window = threads * LinesPerWorker;
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var inFlight = new Queue<Task<(ReadOnlyMemory<byte> Line, bool Failed)>>(window);
        var reader = new LineReader(input);
        long index = 0;

        void WriteHead()
        {
            var (line, failed) = inFlight.Dequeue().GetAwaiter().GetResult();
            writer.Write(line.Span);
            writer.WriteByte((byte)'\n');
            counts.Processed++;
            if (failed)
            {
                counts.Failed++;
            }

            if ((counts.Processed & 63) == 0)
            {
                progress?.Invoke(reader.BytesConsumed);
            }
        }

        try
        {
            while (reader.TryReadLine(out byte[]? line))
            {
                // --shard I/N keeps the lines whose zero-based index is I modulo N.
                if (index++ % options.ShardCount != options.ShardIndex)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                byte[] bytes = line;
                inFlight.Enqueue(Task.Factory.StartNew(
                    () => (ProcessLine(bytes, options, cancellationToken, out bool failed), failed),
                    cancellationToken,
                    TaskCreationOptions.None,
                    scheduler));
                if (inFlight.Count >= window)
                {
                    WriteHead();
                }
            }

            while (inFlight.Count > 0)
            {
                WriteHead();
            }
        }
        finally
        {
            // On cancellation, let the lines already started finish before the streams close.
            foreach (var task in inFlight)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }
        }

        progress?.Invoke(reader.BytesConsumed);
    }

    /// <summary>Turns one input line into one output line (UTF-8, no newline); never throws except on cancellation.</summary>
    internal static ReadOnlyMemory<byte> ProcessLine(byte[] line, CliOptions options, CancellationToken cancellationToken, out bool failed)
    {
        try
        {
            return ProcessLineCore(line, options, cancellationToken, out failed);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A batch never loses a line: any failure becomes that line's error, and the run goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failed = true;
            return Error(null, $"the line could not be processed ({e.GetType().Name}: {e.Message})");
        }
    }

    private static ReadOnlyMemory<byte> Error(JsonElement? id, string error) => Encoding.UTF8.GetBytes(BatchJson.Error(id, error));

    private static ReadOnlyMemory<byte> ProcessLineCore(byte[] line, CliOptions options, CancellationToken cancellationToken, out bool failed)
    {
        failed = true;

        // The line is parsed as the UTF-8 it arrived in (issue 14): no string of the whole line and no second
        // transcoding back to UTF-8 inside the parser. The same strictness as decoding it: Utf8.IsValid rejects
        // exactly what a throwing UTF8Encoding rejects (ill-formed sequences, encoded surrogates, overlongs).
        if (!Utf8.IsValid(line))
        {
            return Error(null, "the line is not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.AsMemory(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            // Only a line that does not parse can be blank (JSON has no empty value), so blankness is checked
            // here, on the rare failing line, with the same test as before: char.IsWhiteSpace over its text.
            if (string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line)))
            {
                return Error(null, "the line is empty");
            }

            return Error(null, $"the line is not valid JSON ({e.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, $"the line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            if (!root.TryGetProperty("text", out var textElement))
            {
                return Error(id, "the object has no \"text\"");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return Error(id, $"\"text\" must be a string, not a {textElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            DateOnly? date = options.Date;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                if (dateElement.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return Error(id, "\"date\" must be a string written YYYY-MM-DD");
                }

                date = parsed;
            }

            string text = JsonStrings.Read(textElement);
            try
            {
                var result = EntityExtractor.Extract(text, options.Extraction(date), cancellationToken);
                failed = false;
                return BatchJson.LineUtf8(id, result);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A batch never loses a line: any failure becomes that line's error, and the run goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                return Error(id, $"extraction failed ({e.GetType().Name}: {e.Message})");
            }
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

    private sealed class Counts
    {
        public long Processed { get; set; }

        public long Failed { get; set; }
    }
}
