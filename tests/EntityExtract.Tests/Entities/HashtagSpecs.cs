using EntityExtract.Entities;
using EntityExtract.Entities.Typing;
using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// Hashtags in posts that share news: a hashtag that names a person, place or organization is that name, '#'
/// included, as the Broad Twitter Corpus marks it; a tag of common words names a topic and is no name.
/// </summary>
public class HashtagSpecs
{
    [Theory]
    [InlineData("#BreakingNews", true)]
    [InlineData("#BREAKING", true)]
    [InlineData("#OnTheJob", true)]
    [InlineData("#IStandWithAhmed", true)]
    [InlineData("#LukeBatty", false)]
    [InlineData("#TeamAustralia", false)]
    [InlineData("#Cannes2013", false)]
    [InlineData("#Ebola", false)]
    [InlineData("#2013", false)]
    public void A_hashtag_of_common_words_is_a_topic(string hashtag, bool topic)
        => Assert.Equal(topic, Hashtags.IsTopic(NerModel.Default, hashtag));

    [Theory]
    [InlineData("AlexFerguson", true)]
    [InlineData("MichaelBrown", true)]
    [InlineData("Ferguson", false)]
    [InlineData("BreakingNews", false)]
    public void A_camel_case_hashtag_that_runs_a_known_name_together_is_found_in_the_gazetteer(string body, bool known)
        => Assert.Equal(known, Hashtags.KnownName(NerModel.Default, body) != 0);

    [Theory]
    [InlineData("news on #Pistorius today", "#Pistorius", true)]
    [InlineData("#Sydney", "#Sydney", true)]
    [InlineData("issue #244 of the magazine", "#244", false)]
    [InlineData("Bryn F&#244;n sang", "#244", false)]
    [InlineData("write to @Reuters", "@Reuters", false)]
    public void A_hashtag_is_a_tag_that_starts_with_a_letter_and_stands_apart(string text, string token, bool hashtag)
        => Assert.Equal(hashtag, Hashtags.IsHashtag(HandleSpecs.TokenOf(text, token), text));

    [Theory]
    [InlineData("Floods cut roads across #Queensland as #Brisbane braces for more rain.", "Place:#Queensland|Place:#Brisbane")]
    [InlineData("Watch live as #Obama speaks in Berlin. #OnTheJob", "Person:#Obama|Place:Berlin")]
    [InlineData("#BREAKING: Police in Sydney charge a man over the attack.", "Place:Sydney")]
    [InlineData("Lunch with #NHS staff in #Leeds today. #IStandWithAhmed", "Organization:#NHS|Place:#Leeds")]
    [InlineData("Sir #AlexFerguson is to retire from Manchester United in May.", "Person:#AlexFerguson|Organization:Manchester United")]
    public void A_hashtag_that_names_something_is_a_mention(string post, string expected)
        => Assert.Equal(expected, EntityRecognitionSpecs.Describe(EntityExtractor.Extract(post)));

    [Fact(Skip = SkipReason.StructuredModel)]
    public void A_hashtag_is_a_name_of_its_own_and_never_part_of_the_words_before_it()
    {
        var result = EntityExtractor.Extract("Fans gather at Tyabb Oval #LukeBatty");
        Assert.Contains(result.Mentions, static m => m.Text == "Tyabb Oval");
        Assert.Contains(result.Mentions, static m => m.Text == "#LukeBatty");
    }

    [Fact]
    public void An_html_character_reference_in_scraped_text_is_no_hashtag()
        => Assert.DoesNotContain(EntityExtractor.Extract("The singer Bryn F&#244;n opened the festival in Cardiff.").Mentions, static m => m.Text.StartsWith('#'));

    [Fact]
    public void A_hashtag_and_its_plain_name_are_one_entity_named_without_the_mark()
    {
        var result = EntityExtractor.Extract("Floods cut roads across #Queensland as #Brisbane braces for more rain. Police in Brisbane closed the highway.");
        var place = Assert.Single(result.Places, static p => p.Name == "Brisbane");
        Assert.Equal("Brisbane", place.Name);
        Assert.Equal(2, place.Mentions.Count);
        Assert.Equal("#Brisbane", place.Mentions[0].Text);
        Assert.Equal("AU", place.Geo?.CountryCode);
    }
}
