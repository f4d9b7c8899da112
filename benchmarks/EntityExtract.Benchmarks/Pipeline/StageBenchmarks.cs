using BenchmarkDotNet.Attributes;
using EntityExtract.Pipeline;

namespace EntityExtract.Benchmarks.Pipeline;

/// <summary>
/// Where the pipeline's time goes: the ~1 MB corpus, one thread, through pipelines that add one default stage
/// at a time (tokenizing and sentence splitting alone, then entities, resolution, dates and quotes). The
/// difference between two rows is the cost of the stage that the second adds.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2025, 12, 11) };

    private ExtractionPipeline _pipeline = ExtractionPipelineBuilder.CreateDefault().Build();

    /// <summary>How many of the default stages run, in their order: 0 is tokens and sentences only, 4 the full pipeline.</summary>
    [Params(0, 1, 2, 3, 4)]
    public int Stages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = ExtractionPipelineBuilder.CreateDefault();
        while (builder.Stages.Count > Stages)
        {
            builder.Stages.RemoveAt(builder.Stages.Count - 1);
        }

        _pipeline = builder.Build();
        _pipeline.Extract(Corpus.Seed, Options);
    }

    [Benchmark]
    public int OneMegabyte()
    {
        int total = 0;
        foreach (string article in Corpus.Articles)
        {
            total += _pipeline.Extract(article, Options).Mentions.Count;
        }

        return total;
    }
}
