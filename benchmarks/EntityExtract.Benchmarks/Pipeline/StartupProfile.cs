using System.Diagnostics;
using System.Runtime;
using EntityExtract.Calibration;
using EntityExtract.Entities;
using EntityExtract.PartsOfSpeech;
using EntityExtract.Places;
using EntityExtract.Quotes;

namespace EntityExtract.Benchmarks.Pipeline;

/// <summary>
/// Where start-up goes: wall-clock and CPU time of each embedded resource's first load, then of the first and the
/// second extraction of a short article, in a fresh process
/// (<c>dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- startup [file]</c>). Each resource loads
/// once per process, so the steps run in the order the pipeline first needs them; run it several times and read the
/// CPU column on a loaded machine. <c>DOTNET_TieredCompilation=0</c> reproduces the console's JIT setting.
/// Native AOT figures (docs/performance.md) come from a small console of its own that calls <see cref="Run"/>,
/// published with <c>-p:PublishAot=true</c>: BenchmarkDotNet, which this project also holds, is not AOT-safe.
/// </summary>
public static class StartupProfile
{
    public static void Run(string? file)
    {
        string text = file is null ? Corpus.Seed[..Math.Min(600, Corpus.Seed.Length)] : File.ReadAllText(file);
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        string tiered = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? "default";
        Console.WriteLine($"DOTNET_TieredCompilation={tiered}, GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {text.Length} characters");
        Console.WriteLine($"{"step",-44} {"wall ms",8} {"CPU ms",8}");
        Console.WriteLine($"{"process start to Main",-44} {sinceStart.TotalMilliseconds,8:F0} {process.TotalProcessorTime.TotalMilliseconds,8:F0}");
        var total = Stopwatch.StartNew();
        var cpu0 = CpuNow();
        Step("entity model (NerModel)", () => NerModel.Default);
        Step("place gazetteer (PlaceGazetteer)", () => PlaceGazetteer.Default);
        Step("reported-speech cue model (CueModel)", () => CueModel.Default);
        Step("calibration (ConfidenceModel)", () => ConfidenceModel.Default);
        Step("first extraction (word lists, JIT)", () => EntityExtractor.Extract(text));
        Step("second extraction", () => EntityExtractor.Extract(text));
        Step("part-of-speech model (not in the default)", () => PosModel.Default);
        Console.WriteLine($"{"total since Main",-44} {total.Elapsed.TotalMilliseconds,8:F0} {(CpuNow() - cpu0).TotalMilliseconds,8:F0}");
    }

    private static void Step(string name, Func<object> step)
    {
        var cpu = CpuNow();
        var watch = Stopwatch.StartNew();
        step();
        Console.WriteLine($"{name,-44} {watch.Elapsed.TotalMilliseconds,8:F1} {(CpuNow() - cpu).TotalMilliseconds,8:F1}");
    }

    private static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
