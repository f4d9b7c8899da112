using System.Text;
using CsCheck;
using EntityExtract.Pipeline;

namespace EntityExtract.Tests.Quotes;

/// <summary>Invariants on any input: no exception, spans inside the text, linear time on hostile input.</summary>
public class QuoteRobustnessSpecs
{
    [Fact]
    public void Never_throws_and_spans_match_their_text()
    {
        Gen.String[Gen.Char["\"“”‘’'«» abcXYZ.,:\n"], 0, 200].Sample(text =>
        {
            var result = EntityExtractor.Extract(text);
            foreach (var q in result.Quotes)
            {
                Assert.Equal(text[q.Start..q.End], q.Text);
                if (q.SpeakerStart is int s)
                {
                    Assert.InRange(q.SpeakerEnd!.Value, s, text.Length);
                }
            }
        }, iter: 2000);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("” ")]
    [InlineData("'")]
    [InlineData("“a ")]
    [InlineData("\"Ab,\" Cd said. ")]
    public void A_million_marks_never_make_an_overlong_quote(string unit)
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append(unit);
        }

        // Speed belongs to the benchmarks; here the point is that no mark pairing swallows the text.
        var result = EntityExtractor.Extract(sb.ToString());
        Assert.All(result.Quotes, q => Assert.True(q.End - q.Start <= ExtractionOptions.Default.MaxQuoteLength));
    }

    [Fact]
    public void Stray_mark_does_not_swallow_the_article()
    {
        var text = "He said “we will see.\n\n" + string.Concat(Enumerable.Repeat("The vote is on Monday. ", 50)) + "\n\n“We will win,” Maria Lopez said.";
        var quote = Assert.Single(EntityExtractor.Extract(text).Quotes, q => q.Kind != QuoteKind.Indirect);
        Assert.Equal("We will win,", quote.Text);
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EntityExtractor.Extract("“a,” b said.", null, cts.Token));
    }

    [Fact]
    public void Stage_is_safe_to_share_between_threads()
    {
        const string text = "“The plan is dead,” Maria Lopez said. Peter Grant accused her of “wasting public money” on it.";
        var expected = QuoteSpecs.Describe(EntityExtractor.Extract(text));
        Parallel.For(0, 64, _ => Assert.Equal(expected, QuoteSpecs.Describe(ExtractionPipeline.Default.Extract(text))));
    }
}
