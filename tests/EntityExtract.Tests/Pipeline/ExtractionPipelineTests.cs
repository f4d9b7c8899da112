using EntityExtract.Pipeline;

namespace EntityExtract.Tests.Pipeline;

public class ExtractionPipelineTests
{
    [Fact]
    public void A_weekday_inside_a_persons_full_name_is_not_a_date()
    {
        const string Text = "England have the ability to win, said England sevens coach Mike Friday on Friday.";
        var result = EntityExtractor.Extract(Text, new ExtractionOptions { ReferenceDate = new DateOnly(2005, 1, 10) });
        Assert.Contains(result.People, p => p.Name == "Mike Friday");
        var date = Assert.Single(result.Dates);
        Assert.Equal("2005-01-07", date.Value);
        Assert.Equal(Text.LastIndexOf("Friday", StringComparison.Ordinal), date.Start);
    }

    [Fact]
    public void Null_text_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => EntityExtractor.Extract(null!));
    }

    [Fact]
    public void Empty_text_gives_an_empty_result()
    {
        var result = EntityExtractor.Extract("");
        Assert.Empty(result.Mentions);
        Assert.Empty(result.Quotes);
        Assert.Empty(result.People);
        Assert.Null(result.ReferenceDate);
    }

    [Fact]
    public void A_cancelled_token_throws_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EntityExtractor.Extract("Some text.", null, cts.Token));
    }

    [Fact]
    public void Default_pipeline_runs_the_built_in_stages_in_order()
    {
        Assert.Equal(["entities", "resolution", "dates", "mention-confidence", "lexicons", "geocoding", "quotes", "quote-confidence"], ExtractionPipeline.Default.Stages.Select(s => s.Name));
    }

    [Fact]
    public void A_custom_stage_adds_mentions_through_the_same_mechanism()
    {
        var builder = ExtractionPipelineBuilder.CreateDefault();
        builder.Stages.Add(new HashtagStage());
        var pipeline = builder.Build();
        var result = pipeline.Extract("Follow #Korea and #Seoul now.");
        Assert.Equal(["#Korea", "#Seoul"], result.Organizations.Select(o => o.Name).Where(n => n.StartsWith('#')));
    }

    [Fact]
    public void Replace_swaps_a_stage_and_rejects_a_missing_one()
    {
        var builder = ExtractionPipelineBuilder.CreateDefault().Replace<EntityExtract.Dates.DateRecognitionStage>(new HashtagStage());
        Assert.Contains(builder.Stages, s => s is HashtagStage);
        Assert.DoesNotContain(builder.Stages, s => s is EntityExtract.Dates.DateRecognitionStage);
        Assert.Throws<InvalidOperationException>(() => builder.Replace<EntityExtract.Dates.DateRecognitionStage>(new HashtagStage()));
    }

    [Fact]
    public void Spans_that_do_not_match_the_text_never_reach_the_caller()
    {
        var builder = new ExtractionPipelineBuilder();
        builder.Stages.Add(new BrokenStage());
        var result = builder.Build().Extract("Alpha beta gamma.");
        var only = Assert.Single(result.Mentions);
        Assert.Equal("beta", only.Text);
    }

    [Fact]
    public void A_name_inside_a_date_belongs_to_the_date()
    {
        var builder = new ExtractionPipelineBuilder();
        builder.Stages.Add(new FixedStage(
            new Mention(MentionType.Person, 10, 18, "December"),
            new Mention(MentionType.Date, 0, 27, "Thursday, December 11, 2025", null, "2025-12-11"),
            new Mention(MentionType.Person, 29, 37, "December"),
            new Mention(MentionType.Date, 29, 40, "December 12", null, "2025-12-12"),
            new Mention(MentionType.Person, 45, 48, "Kim")));
        var result = builder.Build().Extract("Thursday, December 11, 2025. December 12 and Kim.");
        Assert.Equal(["Thursday, December 11, 2025", "December 12", "Kim"], result.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("\"We will win,\" Mary Smith said.", new[] { "We will win," })]
    [InlineData("\"Never.\" \"Not today.\"", new string[0])]
    public void A_custom_stage_after_the_quote_stages_replaces_the_quotes(string text, string[] kept)
    {
        // ReplaceQuotes is the quotes' counterpart of ReplaceMentions: here a stage keeps only attributed quotes.
        var builder = ExtractionPipelineBuilder.CreateDefault();
        builder.Stages.Add(new AttributedOnlyStage());
        var result = builder.Build().Extract(text);
        Assert.Equal(kept, result.Quotes.Select(q => q.Text));
        Assert.All(result.Quotes, q => Assert.NotNull(q.Speaker));
    }

    [Fact]
    public void A_stage_reads_segments_headlines_and_datelines_included()
    {
        var stage = new SegmentCountStage();
        var builder = new ExtractionPipelineBuilder();
        builder.Stages.Add(stage);
        builder.Build().Extract("SEOUL, Dec 11 (Reuters) -\n\nKim spoke. He left.");
        Assert.Equal(3, stage.Count);
    }

    [Fact]
    public void The_option_reference_date_wins_over_the_dateline()
    {
        const string text = "Thursday, December 11, 2025\n\nThe story.";
        Assert.Equal(new DateOnly(2025, 12, 11), EntityExtractor.Extract(text).ReferenceDate);
        Assert.Equal(new DateOnly(2020, 1, 2), EntityExtractor.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2020, 1, 2) }).ReferenceDate);
    }

    private sealed class HashtagStage : IExtractionStage
    {
        public string Name => "hashtags";

        public void Process(ExtractionContext context)
        {
            foreach (var token in context.Tokens)
            {
                if (token.Kind == EntityExtract.Tokenization.TokenKind.Handle && context.Text[token.Start] == '#')
                {
                    string text = context.Text.Substring(token.Start, token.Length);
                    context.AddMention(new Mention(MentionType.Organization, token.Start, token.End, text, text));
                }
            }
        }
    }

    private sealed class AttributedOnlyStage : IExtractionStage
    {
        public string Name => "attributed-only";

        public void Process(ExtractionContext context) => context.ReplaceQuotes(context.Quotes.Where(q => q.Speaker is not null));
    }

    private sealed class SegmentCountStage : IExtractionStage
    {
        public string Name => "segment-count";

        public int Count { get; private set; }

        public void Process(ExtractionContext context) => Count = context.Segments.Length;
    }

    private sealed class FixedStage(params Mention[] mentions) : IExtractionStage
    {
        public string Name => "fixed";

        public void Process(ExtractionContext context)
        {
            foreach (var m in mentions)
            {
                context.AddMention(m);
            }
        }
    }

    private sealed class BrokenStage : IExtractionStage
    {
        public string Name => "broken";

        public void Process(ExtractionContext context)
        {
            context.AddMention(new Mention(MentionType.Person, 6, 10, "beta"));
            context.AddMention(new Mention(MentionType.Person, 6, 10, "beta"));
            context.AddMention(new Mention(MentionType.Person, 0, 5, "Gamma"));
            context.AddMention(new Mention(MentionType.Person, 10, 500, "x"));
        }
    }
}

public class LongDocumentTests
{
    [Fact]
    public void A_text_longer_than_one_window_is_read_window_by_window_with_exact_offsets()
    {
        string seed = EntityExtract.Tests.Infrastructure.TestFiles.SeedText;
        string text = seed + "\n\n" + seed;
        var whole = EntityExtractor.Extract(seed);
        var windowed = EntityExtractor.Extract(text, new ExtractionOptions { MaxDocumentLength = seed.Length + 2 });

        int shift = seed.Length + 2;
        var expected = whole.Mentions.Select(m => (m.Type, m.Start, m.End, m.Canonical, m.Value))
            .Concat(whole.Mentions.Select(m => (m.Type, m.Start + shift, m.End + shift, m.Canonical, m.Value)));
        Assert.Equal(expected, windowed.Mentions.Select(m => (m.Type, m.Start, m.End, m.Canonical, m.Value)));
        Assert.Equal(2 * whole.Quotes.Count, windowed.Quotes.Count);
        Assert.Equal(whole.Quotes[0].SpeakerStart + shift, windowed.Quotes[whole.Quotes.Count].SpeakerStart);
        EntityExtract.Tests.Robustness.Invariants.AssertHold(text, windowed);
    }

    [Fact]
    public void Windows_never_split_a_surrogate_pair_or_lose_text()
    {
        string text = string.Concat(Enumerable.Repeat("😀", 5_000)) + " Kim Jong Un said \"hello there friends\" on Tuesday.";
        var result = EntityExtractor.Extract(text, new ExtractionOptions { MaxDocumentLength = 1_001, ReferenceDate = new DateOnly(2025, 12, 11) });
        EntityExtract.Tests.Robustness.Invariants.AssertHold(text, result);
        Assert.Contains(result.Dates, d => d.Text == "Tuesday");
    }
}
