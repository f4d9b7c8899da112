using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tools;

namespace EntityExtract.Tests.Entities;

public class NerEvaluationSpecs
{
    // The dev figure of the committed model (docs/entities.md), minus 0.1 for noise. Raise it when the model improves.
    private const double MicroF1Floor = 93.43;

    [SharedDataFact("conll2003/eng.testa")]
    public void Dev_micro_F1_does_not_regress()
    {
        var scores = NerEvaluation.Evaluate(SharedData.PathTo("conll2003/eng.testa")!);
        Assert.True(scores.Micro.F1 >= MicroF1Floor, scores.ToTable());
    }
}
