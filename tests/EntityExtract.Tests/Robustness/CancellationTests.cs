using EntityExtract.Tests.Infrastructure;
namespace EntityExtract.Tests.Robustness;

public class CancellationTests
{
    [Fact]
    public void Cancellation_stops_a_long_extraction_part_way()
    {
        string seed = TestFiles.SeedText;
        string huge = string.Concat(Enumerable.Repeat(seed + "\n\n", 5_000)); // about 21 MB
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.ThrowsAny<OperationCanceledException>(() => EntityExtractor.Extract(huge, null, cts.Token));
    }
}
