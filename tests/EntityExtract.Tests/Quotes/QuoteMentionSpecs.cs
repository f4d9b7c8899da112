using EntityExtract.Entities;
using EntityExtract.Pipeline;

namespace EntityExtract.Tests.Quotes;

/// <summary>When the entity stages supply mentions, speakers take the mention's canonical name and span.</summary>
public class QuoteMentionSpecs
{
    private sealed class FixedMentions(params (MentionType Type, string Text, string Canonical)[] mentions) : IExtractionStage
    {
        public string Name => "fixed mentions";

        public void Process(ExtractionContext context)
        {
            foreach (var (type, text, canonical) in mentions)
            {
                int at = 0;
                while ((at = context.Text.IndexOf(text, at, StringComparison.Ordinal)) >= 0)
                {
                    context.AddMention(new Mention(type, at, at + text.Length, text, canonical));
                    at += text.Length;
                }
            }
        }
    }

    // The stand-in recognizer gives its own canonical names, so the resolution stage is left out.
    private static ExtractionPipeline With(params (MentionType, string, string)[] mentions)
    {
        var builder = ExtractionPipelineBuilder.CreateDefault().Replace<EntityRecognitionStage>(new FixedMentions(mentions));
        builder.Stages.Remove(builder.Stages.Single(s => s is EntityResolutionStage));
        return builder.Build();
    }

    [Fact]
    public void Speaker_takes_the_mention_canonical_name()
    {
        const string text = "Maria Lopez runs the agency. “The plan is dead,” Lopez said.";
        var pipeline = With((MentionType.Person, "Lopez", "Dr. Maria Lopez-Grant"));
        var quote = Assert.Single(pipeline.Extract(text).Quotes);
        Assert.Equal("Dr. Maria Lopez-Grant", quote.Speaker);
        Assert.Equal("Lopez", text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
    }

    [Fact]
    public void Pronoun_speaker_takes_the_antecedent_mention_canonical_name()
    {
        const string text = "Lopez runs the agency.\n\n“The plan is dead,” she said.";
        var pipeline = With((MentionType.Person, "Lopez", "Maria Lopez"));
        var quote = Assert.Single(pipeline.Extract(text).Quotes);
        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.Equal("she", text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
    }

    [Theory]
    [InlineData("Collins ran in Birmingham at the 2003 World Indoor Championships. “I got a great reception,” he said.", MentionType.Person, "Collins", "Kim Collins", "Kim Collins")]
    [InlineData("Clinton wrote about it in her book, Living History. “It was frightening,” she said.", MentionType.Person, "Clinton", "Hillary Clinton", "Hillary Clinton")]
    [InlineData("Mr. Hale spoke in Leeds before the vote. “We are ready,” he said.", MentionType.Place, "Leeds", "Leeds", "Hale")]
    public void Pronouns_skip_capitalized_runs_the_recognizer_left_untagged(string text, MentionType type, string mention, string canonical, string speaker)
    {
        // The recognizer supplies one mention; an untagged capitalized run is an antecedent only with a title
        // or a known first name ("Mr. Hale", untagged, still is).
        var quote = Assert.Single(With((type, mention, canonical)).Extract(text).Quotes, q => q.Kind != QuoteKind.Indirect);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Pronouns_skip_names_the_recognizer_calls_places()
    {
        const string text = "Peter Grant flew to Georgia Avenue on Monday. “We will win,” he said.";
        var pipeline = With((MentionType.Person, "Peter Grant", "Peter Grant"), (MentionType.Place, "Georgia Avenue", "Georgia Avenue"));
        var quote = Assert.Single(pipeline.Extract(text).Quotes);
        Assert.Equal("Peter Grant", quote.Speaker);
        Assert.Equal("he", text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
    }
}
