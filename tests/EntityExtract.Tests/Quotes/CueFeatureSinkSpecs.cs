using EntityExtract.Pipeline;
using EntityExtract.Quotes;
using EntityExtract.Tools;

namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The library scores cue candidates without building their feature strings (<see cref="CueFeatureSink"/>);
/// <c>train-attributions</c> builds the strings. Both must give the cue model the same features, so every
/// candidate's score is the same number either way.
/// </summary>
public class CueFeatureSinkSpecs
{
    public static TheoryData<string> Texts() => new()
    {
        "Officials warned that prices could rise. The minister said the talks would resume in May.",
        "According to police, the driver fled. The company denied wrongdoing, a spokesman told reporters.",
        "\"It is over,\" Smith said. Analysts believe the plan, which critics called dead, will fail.",
        "His aides say Sen. David Perdue (R-Ga.) sent a letter. @BBCBreaking reported the claim that #Brexit stalled.",
        ") said that.",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Scoring_without_strings_gives_the_score_of_the_strings(string text)
    {
        var capture = new CaptureStage();
        var builder = ExtractionPipelineBuilder.CreateDefault();
        builder.Stages.Add(capture);
        builder.Build().Extract(text);
        var context = capture.Last!;
        var doc = ReportedDocument.Of(context);
        var strings = new List<string>();
        var scoring = new CueFeatureSink(CueModel.Default);
        int candidates = 0;
        foreach (var (s, t) in ReportedSpeechFinder.Candidates(doc))
        {
            ReportedSpeechFinder.Features(doc, t, doc.Sentences[s], strings);
            ReportedSpeechFinder.Features(doc, t, doc.Sentences[s], scoring);
            Assert.Equal(CueModel.Default.Score(strings), scoring.Score);
            Assert.NotEmpty(strings);
            candidates++;
        }

        // The texts with words hold at least one candidate, so the comparison above ran.
        Assert.True(text.Length < 20 || candidates > 0, "no candidate was compared");
    }

    [Fact]
    public void A_sink_kept_for_the_thread_is_handed_out_once_and_scores_as_a_new_one()
    {
        var first = CueFeatureSink.Take(CueModel.Default);
        var nested = CueFeatureSink.Take(CueModel.Default);
        Assert.NotSame(first, nested);

        var fresh = new CueFeatureSink(CueModel.Default);
        foreach (var sink in new[] { first, fresh })
        {
            sink.Add("b");
            sink.Add("w=", "said");
            sink.Add("w|that=", "said", "|", "1");
        }

        double expected = fresh.Score;
        Assert.Equal(expected, first.Score);
        CueFeatureSink.Return(first);

        // The kept sink comes back cleared: what the last document added is not in the next one's score.
        var again = CueFeatureSink.Take(CueModel.Default);
        Assert.Same(first, again);
        Assert.Equal(0, again.Score);
        again.Add("b");
        again.Add("w=", "said");
        again.Add("w|that=", "said", "|", "1");
        Assert.Equal(expected, again.Score);

        // Taken, it is not the thread's any more: the next take is another sink.
        Assert.NotSame(again, CueFeatureSink.Take(CueModel.Default));
        CueFeatureSink.Return(again);
        CueFeatureSink.Return(nested);
    }

    [Theory]
    [InlineData("contended", "contend")]
    [InlineData("contends", "contend")]
    [InlineData("decide", "decid")]
    [InlineData("decided", "decid")]
    [InlineData("decides", "decid")]
    [InlineData("deciding", "decid")]
    [InlineData("denies", "den")]
    [InlineData("denying", "den")]
    [InlineData("admitted", "admit")]
    [InlineData("pushes", "push")]
    [InlineData("says", "says")]
    [InlineData("", "")]
    public void The_stem_feature_joins_the_forms_of_a_verb(string word, string stem) =>
        Assert.Equal(stem, ReportedDocument.Stem(word).ToString());
}
