using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityExtract.Pipeline;

namespace EntityExtract.Benchmarks.Pipeline;

/// <summary>
/// Where the pipeline's time goes: the ~1 MB corpus (the Corpus column names it), one thread, through
/// pipelines that add one default stage at a time in their default order. Each row runs the default stages
/// up to and including the one it is named after; the ratio is against tokens and sentences alone, and the
/// difference between two rows is the cost of the stage the second adds. For a per-stage split of one run
/// over every BBC article, see <c>profile</c> (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class StageBenchmarks
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2025, 12, 11) };
    private readonly ExtractionPipeline[] _pipelines = new ExtractionPipeline[ExtractionPipelineBuilder.CreateDefault().Stages.Count + 1];

    [GlobalSetup]
    public void Setup()
    {
        for (int count = 0; count < _pipelines.Length; count++)
        {
            _pipelines[count] = Prefix(count);
            _pipelines[count].Extract(Corpus.Seed, Options);
        }
    }

    [Benchmark(Baseline = true)]
    public int Tokens() => Run(0);

    [Benchmark]
    public int Entities() => Run(1);

    [Benchmark]
    public int Resolution() => Run(2);

    [Benchmark]
    public int Dates() => Run(3);

    [Benchmark]
    public int MentionConfidence() => Run(4);

    [Benchmark]
    public int Lexicons() => Run(5);

    [Benchmark]
    public int Geocoding() => Run(6);

    [Benchmark]
    public int Quotes() => Run(7);

    [Benchmark]
    public int QuoteConfidence() => Run(8);

    private static ExtractionPipeline Prefix(int count)
    {
        var builder = ExtractionPipelineBuilder.CreateDefault();
        while (builder.Stages.Count > count)
        {
            builder.Stages.RemoveAt(builder.Stages.Count - 1);
        }

        return builder.Build();
    }

    private int Run(int count)
    {
        int total = 0;
        foreach (string article in Corpus.Articles)
        {
            total += _pipelines[count].Extract(article, Options).Mentions.Count;
        }

        return total;
    }

    private sealed class Config : ManualConfig
    {
        private static readonly string[] Methods = [nameof(Tokens), nameof(Entities), nameof(Resolution), nameof(Dates), nameof(MentionConfidence), nameof(Lexicons), nameof(Geocoding), nameof(Quotes), nameof(QuoteConfidence)];

        public Config()
        {
            AddColumn(new InfoColumn("Corpus", _ => Corpus.Describe));
            AddColumn(new InfoColumn("Stages", c =>
            {
                int count = Array.IndexOf(Methods, c.Descriptor.WorkloadMethod.Name);
                var names = ExtractionPipelineBuilder.CreateDefault().Stages.Take(count).Select(s => s.Name);
                return count == 0 ? "tokens, sentences" : "… + " + names.Last();
            }));
        }
    }
}
