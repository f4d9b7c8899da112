namespace EntityExtract.Tests.Robustness;

public class CancellationTests
{
    [Fact]
    public void Cancellation_stops_a_long_extraction_part_way()
    {
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_cd29c6cbbf7a37ba.txt"));
        string huge = string.Concat(Enumerable.Repeat(seed + "\n\n", 5_000)); // about 21 MB
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.ThrowsAny<OperationCanceledException>(() => EntityExtractor.Extract(huge, null, cts.Token));
    }
}
