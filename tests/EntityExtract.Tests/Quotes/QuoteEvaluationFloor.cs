using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tools;

namespace EntityExtract.Tests.Quotes;

/// <summary>The PolNeAR dev figures must not fall below the best reached (minus 0.005); see docs/quotes.md.</summary>
public class QuoteEvaluationFloor
{
    [SharedDataFact("polnear/dev")]
    public void Dev_scores_stay_at_the_floor()
    {
        var scores = QuoteEvaluation.Evaluate(SharedData.PathTo("polnear/dev")!);
        Assert.True(scores.F1 >= 0.80, $"quote F1 {scores.F1:0.000}");
        Assert.True(scores.SpeakerAccuracy >= 0.75, $"speaker accuracy {scores.SpeakerAccuracy:0.000}");
    }
}
