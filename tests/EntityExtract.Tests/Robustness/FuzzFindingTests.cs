using System.Runtime.InteropServices;

namespace EntityExtract.Tests.Robustness;

/// <summary>Every input that fuzzing (fuzz/run.sh) ever found to break the pipeline, replayed forever.</summary>
public class FuzzFindingTests
{
    public static TheoryData<string> Findings()
    {
        var data = new TheoryData<string>();
        string folder = Path.Combine(AppContext.BaseDirectory, "FuzzFindings");
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray() : [])
        {
            data.Add(Path.GetFileName(file));
        }

        // The fuzz seeds are replayed too, so that the harness's input format stays tested.
        data.Add("(seeds)");
        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Replays_without_breaking_an_invariant(string name)
    {
        IEnumerable<string> files = name == "(seeds)"
            ? Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "FuzzSeeds"))
            : [Path.Combine(AppContext.BaseDirectory, "FuzzFindings", name)];
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            string text = new(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1)));
            Invariants.AssertHold(text, EntityExtractor.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11) }));
        }
    }
}
