using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tools;

namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The PolNeAR dev figures of <c>eval-attributions</c> (all attributions, direct, mixed and indirect; 30%
/// criterion) must not fall below those reached, minus 0.005 (docs/quotes.md records them). Raise the floors
/// when the figures improve.
/// </summary>
public class ReportedSpeechEvaluationFloor
{
    // attr11 (a passive that names no source states whatever the cue model's score): F1 0.760 -> 0.761, 0.761 - 0.005.
    // attr13 (the participle's subject without tags, the cue model retrained): F1 0.761 -> 0.763, 0.763 - 0.005;
    // then a source before a long aside: 0.763 -> 0.765, 0.765 - 0.005.
    private const double F1Floor = 0.760;
    // Lowered from 0.557 by branch attr6: main's shipped cue model no longer matched train-attributions (67,504 training
    // candidates in its header, 67,502 from the command after the entity changes; retrained on main, seed 0 gave
    // indirect recall 0.557, F1 0.756). attr6's model, rebuilt by the command, gives 0.555 (F1 0.757); over four shuffles
    // indirect recall went 0.556 -> 0.559 and F1 0.7567 -> 0.7588 against main's code retrained. 0.555 - 0.005.
    // attr9 (a frame after a dash or semicolon starts a statement): indirect recall 0.556 -> 0.557 (817/1467), 0.557 - 0.005.
    // attr11: indirect recall 0.557 -> 0.560 (821/1467; sourceless passives and "reportedly"), 0.560 - 0.005.
    // attr13: indirect recall 0.560 -> 0.564 (827/1467), then 0.569 (834/1467; a source before a long aside), 0.569 - 0.005.
    // Merged with nership5 and the cue model retrained (stop 31, lead): 0.566 (830/1467); the floor stays.
    private const double IndirectRecallFloor = 0.564;
    // attr8 (a source takes the head before a locating preposition): speaker accuracy 0.884 -> 0.885, 0.885 - 0.005.
    // attr9: 0.884 -> 0.886 (1324/1495), 0.886 - 0.005.
    // attr12 (British spellings, the cue model retrained; ", with X -ing"): 0.885 -> 0.888 (1328/1496), 0.888 - 0.005.
    // Lowered by nership5 (stop 31): the structured entity model ships, and the cue model retrained on its output
    // (train-attributions, seed 0, byte for byte) gives 0.883 (1318/1493); seeds 1 and 2 give 0.884 and 0.886, the old
    // cue model with the new entities 0.889, so the drop is the shuffle's noise, not the entities. 0.883 - 0.005.
    // Merged with attr13 and the cue model retrained (stop 31, lead): 0.888 (1340/1509), 0.888 - 0.005.
    private const double SpeakerFloor = 0.883;

    [SharedDataFact("polnear/dev")]
    public void Dev_scores_stay_at_the_floor()
    {
        var scores = AttributionEvaluation.Evaluate(SharedData.PathTo("polnear/dev")!).Loose;
        Assert.True(scores.F1 >= F1Floor, $"attribution F1 {scores.F1:0.000} < {F1Floor}");
        Assert.True(scores.RecallOf(2) >= IndirectRecallFloor, $"indirect recall {scores.RecallOf(2):0.000} < {IndirectRecallFloor}");
        Assert.True(scores.SpeakerAccuracy >= SpeakerFloor, $"speaker accuracy {scores.SpeakerAccuracy:0.000} < {SpeakerFloor}");
    }
}
