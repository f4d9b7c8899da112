namespace EntityExtract.Tests.Quotes;

/// <summary>The seed article: a sanity check of the whole stage, not a tuning target.</summary>
public class QuoteSeedSpecs
{
    private static readonly string Text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_cd29c6cbbf7a37ba.txt"));

    private static Quote? Find(string words) => EntityExtractor.Extract(Text).Quotes.FirstOrDefault(q => q.Text.StartsWith(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("Kim's rhetoric signals")]
    [InlineData("They are likely positioning")]
    public void Ahn_Chan_il_is_quoted(string words)
    {
        var quote = Find(words);
        Assert.NotNull(quote);
        Assert.Equal("Ahn Chan-il", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    [InlineData("wrong ideological viewpoints")]
    [InlineData("inactive and irresponsible work attitudes")]
    [InlineData("evils")]
    [InlineData("global geopolitical changes")]
    [InlineData("prestige of our army")]
    [InlineData("genuine protector of international justice")]
    [InlineData("modernize")]
    public void Kim_is_quoted(string words)
    {
        var quote = Find(words);
        Assert.NotNull(quote);
        Assert.Equal("Kim Jong Un", quote.Speaker);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
    }

    [Fact]
    public void Trump_claimed_to_be_in_love()
    {
        var quote = Find("in love");
        Assert.NotNull(quote);
        Assert.Equal("Donald Trump", quote.Speaker);
    }

    [Fact]
    public void The_report_cites_deviations_in_its_own_words_not_a_guessed_name()
    {
        // The source names no entity, so its words are the speaker, as for the statement around the fragment
        // (issue 12), never a person guessed from nearby text.
        var quote = Find("deviations in discipline");
        Assert.NotNull(quote);
        Assert.Equal("cited", quote.Cue);
        Assert.Equal("The report", quote.Speaker);
    }

    [Theory]
    [InlineData("Evil")]
    [InlineData("Heroes")]
    [InlineData("Deviations")]
    [InlineData("Ever-Victorious")]
    [InlineData("field guidance")]
    public void Headlines_labels_and_scare_quotes_are_not_quotes(string words)
    {
        Assert.DoesNotContain(EntityExtractor.Extract(Text).Quotes, q => q.Text.StartsWith(words, StringComparison.Ordinal));
    }
}
