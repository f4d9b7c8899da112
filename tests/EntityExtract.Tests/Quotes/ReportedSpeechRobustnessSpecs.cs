namespace EntityExtract.Tests.Quotes;

/// <summary>Reported speech stays safe and bounded on odd input (issue 12: fifty "said" in one sentence).</summary>
public class ReportedSpeechRobustnessSpecs
{
    public static TheoryData<string> Inputs => new()
    {
        string.Concat(Enumerable.Repeat("He said ", 50)) + "it rained.",
        string.Concat(Enumerable.Repeat("said, ", 300)),
        string.Concat(Enumerable.Repeat("According to ", 100)),
        string.Concat(Enumerable.Repeat("Maria Lopez's claim that ", 80)) + "x.",
        "said",
        ", said .",
        "According to",
        "(((( ) said that",
        "The report was released by",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Never_throws_and_spans_match_their_text(string input)
    {
        var result = EntityExtractor.Extract(input);
        foreach (var q in result.Quotes)
        {
            Assert.InRange(q.Start, 0, input.Length);
            Assert.InRange(q.End, q.Start, input.Length);
            Assert.Equal(input[q.Start..q.End], q.Text);
            if (q.SpeakerStart is int s)
            {
                Assert.InRange(s, 0, q.SpeakerEnd!.Value);
                Assert.InRange(q.SpeakerEnd.Value, s, input.Length);
            }
        }
    }

    [Fact]
    public void Fifty_said_in_one_sentence_give_at_most_one_statement_each()
    {
        string input = string.Concat(Enumerable.Repeat("He said ", 50)) + "it rained.";
        var indirect = EntityExtractor.Extract(input).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();
        Assert.InRange(indirect.Count, 1, 50);
    }
}
