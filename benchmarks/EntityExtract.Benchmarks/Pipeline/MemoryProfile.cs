using System.Diagnostics;
using EntityExtract.Entities;
using EntityExtract.Places;
using EntityExtract.Quotes;

namespace EntityExtract.Benchmarks.Pipeline;

/// <summary>
/// What the embedded models cost in memory: the managed heap and the process's resident set after each loads
/// (<c>dotnet run -c Release --project benchmarks/EntityExtract.Benchmarks -- memory</c>). Run in a fresh process:
/// a model loads once.
/// </summary>
public static class MemoryProfile
{
    public static void Run()
    {
        Report("start");
        Measure("entity model (NerModel)", () => NerModel.Default);
        Measure("place gazetteer (PlaceGazetteer)", () => PlaceGazetteer.Default);
        Measure("reported-speech cue model (CueModel)", () => CueModel.Default);
        Measure("default pipeline on the seed (everything else)", () => EntityExtractor.Extract(Corpus.Seed));
    }

    private static void Measure(string name, Func<object> load)
    {
        load();
        Report(name);
    }

    private static void Report(string name)
    {
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{name,-50} managed heap {heap / 1048576.0,7:F1} MB   working set {process.WorkingSet64 / 1048576.0,7:F1} MB   peak {process.PeakWorkingSet64 / 1048576.0,7:F1} MB");
    }
}
