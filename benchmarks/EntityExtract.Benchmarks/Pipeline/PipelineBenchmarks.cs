using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityExtract.Pipeline;

namespace EntityExtract.Benchmarks.Pipeline;

/// <summary>
/// The full default pipeline (every stage <c>ExtractionPipelineBuilder.CreateDefault()</c> runs: the Stages
/// column lists them) against a tokenizer-only baseline (tokens, sentences and dateline, no stage) over the
/// same articles, one article at a time on 1 or 2 threads, so that the ratio column reads the same on any
/// machine. On the ~1 MB corpus (just over 2^20 characters, nearly all ASCII), MB/s is about 1.05 / (mean seconds).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class PipelineBenchmarks
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2025, 12, 11) };
    private static readonly ExtractionPipeline TokensOnly = new ExtractionPipelineBuilder().Build();
    private IReadOnlyList<string> _articles = [];

    /// <summary>The text: <c>1MB</c> (BBC News articles, or the seed repeated without the data folder) or <c>seed</c> (the seed article once).</summary>
    [Params("1MB", "seed")]
    public string Text { get; set; } = "1MB";

    [Params(1, 2)]
    public int Threads { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        _articles = Text == "seed" ? [Corpus.Seed] : Corpus.Articles;
        ExtractionPipeline.Default.Extract(Corpus.Seed, Options);
        TokensOnly.Extract(Corpus.Seed, Options);
    }

    /// <summary>Tokens, sentences and the dateline only: the pipeline with no stage.</summary>
    [Benchmark(Baseline = true)]
    public int Tokens() => Run(TokensOnly);

    /// <summary>Every default stage.</summary>
    [Benchmark]
    public int DefaultPipeline() => Run(ExtractionPipeline.Default);

    private int Run(ExtractionPipeline pipeline)
    {
        int total = 0;
        Parallel.ForEach(_articles, new ParallelOptions { MaxDegreeOfParallelism = Threads }, article =>
        {
            Interlocked.Add(ref total, pipeline.Extract(article, Options).Mentions.Count);
        });
        return total;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new InfoColumn("Stages", c => c.Descriptor.WorkloadMethod.Name == nameof(Tokens)
                ? "tokens, sentences, dateline"
                : string.Join(" + ", ExtractionPipeline.Default.Stages.Select(s => s.Name))));
            AddColumn(new InfoColumn("Corpus", c => (string)c.Parameters["Text"] == "seed" ? "seed article" : Corpus.Describe));
        }
    }
}
