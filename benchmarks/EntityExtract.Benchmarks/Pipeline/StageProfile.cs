using System.Diagnostics;
using System.Globalization;
using System.Text;
using EntityExtract.Pipeline;
using EntityExtract.Serialization;

namespace EntityExtract.Benchmarks.Pipeline;

/// <summary>
/// A Stopwatch profile of the default pipeline, stage by stage, over every BBC News article (or the ~1 MB
/// corpus when the data folder is absent): each stage is wrapped in a timer that also reads the thread's
/// allocated bytes, which are exact and repeat from run to run, unlike times on a shared machine.
/// <c>dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- profile [rounds]</c>.
/// </summary>
public static class StageProfile
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2025, 12, 11) };

    public static void Run(int rounds)
    {
        var articles = Corpus.AllArticles;
        double megabytes = articles.Sum(a => (double)Encoding.UTF8.GetByteCount(a)) / 1e6;
        var builder = ExtractionPipelineBuilder.CreateDefault();
        var timed = builder.Stages.Select(s => new TimedStage(s)).ToList();
        var pipeline = new ExtractionPipelineBuilder();
        foreach (var stage in timed)
        {
            pipeline.Stages.Add(stage);
        }

        var full = pipeline.Build();
        var bare = new ExtractionPipelineBuilder().Build();
        Console.WriteLine($"corpus: {Corpus.DescribeAll}, {articles.Count} articles, {megabytes:F2} MB of UTF-8; stages: {string.Join(", ", builder.Stages.Select(s => s.Name))}; {rounds} timed rounds after one warm-up");

        // Rounds: the first warms up (models load, code compiles) and is not counted.
        var rows = new Dictionary<string, (long Ticks, long Bytes)>();
        var cpu = new List<double>();
        for (int round = 0; round <= rounds; round++)
        {
            long cpu0 = ThreadCpuNanoseconds();
            foreach (var t in timed)
            {
                t.Reset();
            }

            long bareTicks = 0, bareBytes = 0, fullTicks = 0, fullBytes = 0, jsonTicks = 0, jsonBytes = 0;
            foreach (string article in articles)
            {
                long b0 = GC.GetAllocatedBytesForCurrentThread();
                long t0 = Stopwatch.GetTimestamp();
                bare.Extract(article, Options);
                long t1 = Stopwatch.GetTimestamp();
                long b1 = GC.GetAllocatedBytesForCurrentThread();
                var result = full.Extract(article, Options);
                long t2 = Stopwatch.GetTimestamp();
                long b2 = GC.GetAllocatedBytesForCurrentThread();
                ExtractionJson.Serialize(result);
                long t3 = Stopwatch.GetTimestamp();
                long b3 = GC.GetAllocatedBytesForCurrentThread();
                bareTicks += t1 - t0;
                bareBytes += b1 - b0;
                fullTicks += t2 - t1;
                fullBytes += b2 - b1;
                jsonTicks += t3 - t2;
                jsonBytes += b3 - b2;
            }

            long cpu1 = ThreadCpuNanoseconds();
            if (round == 0)
            {
                continue;
            }

            if (cpu0 >= 0 && cpu1 >= 0)
            {
                cpu.Add((cpu1 - cpu0) / 1e6 / megabytes);
            }

            Add(rows, "tokens + sentences + dateline", bareTicks, bareBytes);
            long staged = 0, stagedBytes = 0;
            foreach (var t in timed)
            {
                Add(rows, t.Name, t.Ticks, t.Bytes);
                staged += t.Ticks;
                stagedBytes += t.Bytes;
            }

            Add(rows, "pipeline overhead (cleaning, settling)", fullTicks - bareTicks - staged, fullBytes - bareBytes - stagedBytes);
            Add(rows, "JSON (ExtractionJson.Serialize)", jsonTicks, jsonBytes);
            Add(rows, "= extraction (full pipeline)", fullTicks, fullBytes);
        }

        Console.WriteLine("| stage | ms per MB | share of extraction | MB/s alone | KB allocated per MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        double fullMs = rows["= extraction (full pipeline)"].Ticks * 1000.0 / Stopwatch.Frequency / rounds / megabytes;
        foreach (var (name, (ticks, bytes)) in rows)
        {
            double ms = ticks * 1000.0 / Stopwatch.Frequency / rounds / megabytes;
            double kb = bytes / 1024.0 / rounds / megabytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ms:F1} | {100 * ms / fullMs:F1}% | {1000 / ms:F1} | {kb:F0} |"));
        }

        if (cpu.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"thread CPU per round (tokens, full pipeline and JSON together), ms per MB: {string.Join(" / ", cpu.Select(c => c.ToString("F1", CultureInfo.InvariantCulture)))}; min {cpu.Min():F1}"));
        }
    }

    // The processor time this thread has run, in nanoseconds (Linux: /proc/thread-self/schedstat), or -1. On a shared
    // machine it leaves out the time other processes held the core, which the Stopwatch figures include.
    private static long ThreadCpuNanoseconds()
    {
        try
        {
            string line = File.ReadAllText("/proc/thread-self/schedstat");
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            return long.Parse(space < 0 ? line : line[..space], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
        catch (UnauthorizedAccessException)
        {
            return -1;
        }
    }

    private static void Add(Dictionary<string, (long Ticks, long Bytes)> rows, string name, long ticks, long bytes)
    {
        rows.TryGetValue(name, out var row);
        rows[name] = (row.Ticks + ticks, row.Bytes + bytes);
    }

    /// <summary>A stage that times the stage it wraps.</summary>
    private sealed class TimedStage(IExtractionStage inner) : IExtractionStage
    {
        public string Name => inner.Name;

        public long Ticks { get; private set; }

        public long Bytes { get; private set; }

        public void Reset() => (Ticks, Bytes) = (0, 0);

        public void Process(ExtractionContext context)
        {
            long b0 = GC.GetAllocatedBytesForCurrentThread();
            long t0 = Stopwatch.GetTimestamp();
            inner.Process(context);
            Ticks += Stopwatch.GetTimestamp() - t0;
            Bytes += GC.GetAllocatedBytesForCurrentThread() - b0;
        }
    }
}
