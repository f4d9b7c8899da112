using BenchmarkDotNet.Attributes;

namespace EntityExtract.Benchmarks.Pipeline;

/// <summary>The full pipeline (tokens, entities, resolution, dates, quotes), one article at a time and as a batch on 1 and 2 threads.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2025, 12, 11) };

    [Params(1, 2)]
    public int Threads { get; set; } = 1;

    [GlobalSetup]
    public void Setup() => EntityExtractor.Extract(Corpus.Seed, Options);

    [Benchmark]
    public int Seed() => EntityExtractor.Extract(Corpus.Seed, Options).Mentions.Count;

    /// <summary>The ~1 MB corpus as a batch of articles: MB/s is 1 / (mean seconds).</summary>
    [Benchmark]
    public int OneMegabyteBatch()
    {
        int total = 0;
        Parallel.ForEach(Corpus.Articles, new ParallelOptions { MaxDegreeOfParallelism = Threads }, article =>
        {
            Interlocked.Add(ref total, EntityExtractor.Extract(article, Options).Mentions.Count);
        });
        return total;
    }
}
