using EntityExtract.Tests.Infrastructure;
using EntityExtract.Serialization;

namespace EntityExtract.Tests.Robustness;

/// <summary>One shared extractor used from many threads gives the same results as sequential use.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Parallel_extraction_equals_sequential_extraction()
    {
        string seed = TestFiles.SeedText;
        var texts = Enumerable.Range(0, 48).Select(i => i % 3 == 0 ? seed : seed[(i * 37 % seed.Length)..] + "\n\n" + seed[..(i * 53 % seed.Length)]).ToArray();
        var expected = texts.Select(t => ExtractionJson.Serialize(EntityExtractor.Extract(t))).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int k = i % texts.Length;
            actual[k] = ExtractionJson.Serialize(EntityExtractor.Extract(texts[k]));
        });
        Assert.Equal(expected, actual);
    }
}
