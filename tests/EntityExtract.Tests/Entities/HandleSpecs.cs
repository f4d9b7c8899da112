using EntityExtract.Entities;
using EntityExtract.Entities.Typing;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// @-handles in posts that share news: a handle names an account, a person's or an organization's, and is that
/// name, '@' included, as the Broad Twitter Corpus marks it; its type comes from the words its body runs
/// together. An e-mail address, whole or half hidden, and a lone '@' are no handles.
/// </summary>
public class HandleSpecs
{
    [Theory]
    [InlineData("news from @BBCBreaking today", "@BBCBreaking", true)]
    [InlineData("@4corners has the story", "@4corners", true)]
    [InlineData(".@Sobeys is closing 50 stores", "@Sobeys", true)]
    [InlineData("(via @dj_friend)", "@dj_friend", true)]
    [InlineData("follow @Reuters.", "@Reuters", true)]
    [InlineData("write me at franz371...@gmail.com today", "@gmail", false)]
    [InlineData("first name plus @paulhastings.com", "@paulhastings", false)]
    [InlineData("Traci Warner@ENRON on Monday", "@ENRON", false)]
    [InlineData("call @2020 now", "@2020", false)]
    [InlineData("news on #Pistorius today", "#Pistorius", false)]
    public void A_handle_is_a_user_name_that_stands_apart_from_any_address(string text, string token, bool handle)
        => Assert.Equal(handle, Handles.IsHandle(TokenOf(text, token), text));

    /// <summary>The one token of <paramref name="text"/> that reads <paramref name="token"/>.</summary>
    internal static TextToken TokenOf(string text, string token)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        return tokens.Single(t => t.GetText(text).SequenceEqual(token));
    }

    [Theory]
    [InlineData("jane.doe@example.com")]
    [InlineData("Write to jane.doe@example.com or press@bbc.co.uk for details.")]
    [InlineData("Doors open @ 5pm at the town hall.")]
    public void An_email_address_or_a_lone_at_sign_is_no_name(string text)
        => Assert.DoesNotContain(EntityExtractor.Extract(text).Mentions, static m => m.Text.Contains('@', StringComparison.Ordinal));

    [Theory]
    [InlineData("BBCBreaking", MentionType.Organization)]
    [InlineData("SkyNewsBreak", MentionType.Organization)]
    [InlineData("VictoriaPolice", MentionType.Organization)]
    [InlineData("itvnews", MentionType.Organization)]
    [InlineData("BarackObama", MentionType.Person)]
    [InlineData("David_Speers", MentionType.Person)]
    [InlineData("liztilley84", MentionType.Person)]
    public void A_handle_is_typed_by_the_words_its_body_runs_together(string body, MentionType type)
        => Assert.Equal(type, Handles.TypeOf(NerModel.Default, body, tagged: null));

    // One common word names a title's or a brand's account, whatever the tagger read in the sentence; a name or an
    // unknown word keeps the tagger's type.
    [Theory]
    [InlineData("Independent", MentionType.Person, MentionType.Organization)]
    [InlineData("standard", MentionType.Person, MentionType.Organization)]
    [InlineData("Independent", null, MentionType.Organization)]
    [InlineData("Rudd", MentionType.Person, MentionType.Person)]
    [InlineData("timhudak", MentionType.Place, MentionType.Place)]
    [InlineData("Go", MentionType.Person, MentionType.Person)]
    public void A_handle_of_one_common_word_is_an_organization(string body, MentionType? tagged, MentionType type)
        => Assert.Equal(type, Handles.TypeOf(NerModel.Default, body, tagged));

    [Theory]
    [InlineData("Breaking: fire at the station, says @BBCBreaking", "Organization:@BBCBreaking")]
    [InlineData("Watch @BarackObama speak in Berlin tonight.", "Person:@BarackObama|Place:Berlin")]
    [InlineData("Composer @TimMinchin says the show has been the most incredible thing in his life", "Person:@TimMinchin")]
    public void A_handle_is_a_mention_of_its_account(string post, string expected)
        => Assert.Equal(expected, EntityRecognitionSpecs.Describe(EntityExtractor.Extract(post)));

    // A handle is a name on its own: the span code that takes a short syllable into a person name ("Kim Jong Un")
    // and the ampersand join of firms ("Marks & Spencer") leave it alone (the Broad Twitter Corpus: 24 replies
    // "@riggwelter Hi!", 7 pairs "@A & @B").
    [Theory]
    [InlineData("@riggwelter Hi! We've changed our username to @Independent. Thanks!", "@riggwelter|@Independent")]
    [InlineData("@jamaledwards Hi! We've changed our username to @Independent. Thanks!", "@jamaledwards|@Independent")]
    [InlineData("Watch @SenJohnMcCain & @JayCarney on the show tonight.", "@SenJohnMcCain|@JayCarney")]
    public void A_handle_takes_no_word_and_no_other_handle_into_its_span(string post, string handles)
        => Assert.Equal(
            handles,
            string.Join('|', EntityExtractor.Extract(post).Mentions.Where(static m => m.Text.Contains('@', StringComparison.Ordinal)).Select(static m => m.Text)));

    [Fact]
    public void A_handle_and_its_plain_name_are_one_entity_named_without_the_mark()
    {
        var result = EntityExtractor.Extract("Reuters reports the deal is done, @Reuters says.");
        var organization = Assert.Single(result.Organizations, static o => o.Name == "Reuters");
        Assert.Equal(2, organization.Mentions.Count);
    }
}
