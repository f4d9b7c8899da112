using EntityExtract.Tests.Infrastructure;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// The recognition rules of Entities/Rules (headline trimming, nationality adjectives, acronyms of
/// common nouns, capitals standing for governments), on short articles written for these tests.
/// </summary>
public class EntityRuleSpecs
{
    [Fact]
    public void A_title_case_headline_does_not_run_a_known_name_into_the_words_after_it()
    {
        const string text = "Angela Merkel Tightens Grip\n\nAngela Merkel told reporters in Berlin on Monday that the coalition would hold.";
        var names = EntityExtractor.Extract(text).Mentions.Where(static m => m.Start < 30).ToList();
        Assert.DoesNotContain(names, static m => m.Text.Contains("Tightens", StringComparison.Ordinal));
        Assert.All(names, static m => Assert.Equal(MentionType.Person, m.Type));
    }

    [Fact]
    public void A_title_case_heading_trims_a_capitalized_verb_before_a_known_name()
    {
        const string text = "Emmanuel Macron spoke in Paris on Monday. Macron said talks would continue.\n\nSnubbing Macron and Scholz\n\nThe chancellor did not attend.";
        var heading = EntityExtractor.Extract(text).Mentions.Where(static m => m.Start >= text.IndexOf("Snubbing", StringComparison.Ordinal) && m.Start < text.IndexOf("The chancellor", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(heading, static m => m.Text.Contains("Snubbing", StringComparison.Ordinal));
        Assert.Contains(heading, static m => m.Text == "Macron" && m.Type == MentionType.Person);
    }

    [Theory]
    [InlineData("Officials said Canadian intelligence estimates were too high.", "Canadian")]
    [InlineData("The talks were confirmed by North Korean state media on Friday.", "North Korean")]
    public void A_nationality_adjective_is_not_a_name(string sentence, string adjective)
        => Assert.DoesNotContain(EntityExtractor.Extract(sentence).Mentions, m => m.Text == adjective && m.Type is MentionType.Person or MentionType.Place or MentionType.Organization);

    [Theory]
    [InlineData("Hey Vladi,\nThe figures for Friday are attached.", "Vladi")]
    [InlineData("Dear Nina,\nThank you for the draft; I will send comments tomorrow.", "Nina")]
    [InlineData("@stephen_millard Hi Stephen, we are aware of a bug with some browsers.", "Stephen")]
    public void A_greeting_opening_a_letter_is_not_part_of_the_name(string text, string name)
    {
        var mentions = EntityExtractor.Extract(text).Mentions;
        Assert.Contains(mentions, m => m.Text == name);
        Assert.DoesNotContain(mentions, static m => m.Text.StartsWith("Hey", StringComparison.Ordinal) || m.Text.StartsWith("Hi ", StringComparison.Ordinal) || m.Text.StartsWith("Dear", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("@Earth_News Hi! We've changed our username to @Independent. Thanks!", "Hi")]
    [InlineData("Dear All,\nThe office will be closed on Monday.", "All")]
    public void A_greeting_alone_is_no_name(string text, string greetingWord)
        => Assert.DoesNotContain(EntityExtractor.Extract(text).Mentions, m => m.Text.Contains(greetingWord, StringComparison.Ordinal));

    [Theory]
    [InlineData("The 62-year-old sang Hey Jude and other Beatles songs in a 12-minute set.", "Jude")]
    [InlineData("The report, carried out by consultants Booz Allen Hamilton and HI Europe, placed the UK third.", "Europe")]
    public void A_greeting_word_inside_a_sentence_or_in_capitals_is_left_alone(string text, string rest)
        => Assert.DoesNotContain(EntityExtractor.Extract(text).Mentions, m => m.Text.StartsWith(rest, StringComparison.Ordinal));

    [Theory]
    [InlineData("Nominees include Maroon5, OutKast, Kanye West, R Kelly and Gretchen Wilson.", "R Kelly")]
    [InlineData("Wales: G Thomas (capt); K Morgan, T Shanklin, G Henson, S Williams.", "G Henson")]
    public void An_initial_without_its_stop_is_part_of_the_name(string text, string name)
        => Assert.Contains(EntityExtractor.Extract(text).Mentions, m => m.Text == name && m.Type == MentionType.Person);

    [Theory]
    [InlineData("The Pacific Standard bar is co-owned by Jonathan M. Stan and a partner.", "Jonathan M. Stan")]
    [InlineData("The former president, George W Bush, said on Monday that he would not attend.", "George W Bush")]
    public void A_middle_initial_keeps_the_name_whole(string text, string name)
        => Assert.Contains(EntityExtractor.Extract(text).Mentions, m => m.Text == name && m.Type == MentionType.Person);

    [Theory]
    [InlineData("The report was written by A Smith Consulting for the council.", "A Smith")]
    [InlineData("Last year I Kelly won the award.", "I Kelly")]
    public void A_and_I_are_words_not_initials(string text, string notName)
        => Assert.DoesNotContain(EntityExtractor.Extract(text).Mentions, m => m.Text.StartsWith(notName, StringComparison.Ordinal));

    [Fact]
    public void A_given_name_signing_a_letter_is_the_person_the_letter_names_in_full()
    {
        const string text = "Renee,\nI would like to have a meeting to go over the payment methodology.\nPlease let me know what time we could meet.\nThank you,\nPhillip\n"
            + "Renee,\nThank you for digging in to the issue of the stock units.\nCan you help me work through the numbers on my account?\nThank you,\nPhillip Allen";
        var phillip = EntityExtractor.Extract(text).Mentions.Where(static m => m.Text.StartsWith("Phillip", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Phillip", "Phillip Allen"], phillip.Select(static m => m.Text));
        Assert.All(phillip, static m => Assert.Equal(MentionType.Person, m.Type));
    }

    [Fact]
    public void An_acronym_of_a_lower_case_phrase_is_not_an_organization()
    {
        const string text = "The army tested a new unmanned aerial vehicle (UAV) near the border. The UAV flew for an hour.";
        Assert.DoesNotContain(EntityExtractor.Extract(text).Mentions, static m => m.Text == "UAV");
    }

    [Fact]
    public void An_acronym_of_a_name_is_still_an_organization()
    {
        const string text = "The World Health Organization (WHO) said on Monday that the WHO would send experts.";
        Assert.Contains(EntityExtractor.Extract(text).Mentions, static m => m.Text == "WHO" && m.Type == MentionType.Organization);
    }

    [Theory]
    [InlineData("Tehran has rejected the offer, and Tehran's envoy left the talks early.", "Tehran")]
    [InlineData("Moscow has ignored the proposal for a week.", "Moscow")]
    public void A_capital_standing_for_its_government_is_a_place(string sentence, string capital)
    {
        var mentions = EntityExtractor.Extract(sentence).Mentions.Where(m => m.Text == capital).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, static m => Assert.Equal(MentionType.Place, m.Type));
    }

    [Fact]
    public void A_camel_case_outlet_naming_the_source_is_an_organization()
    {
        const string text = "DailyWire (03/04/2024): Officials in Ottawa announced a new budget on Monday.\n\nThe plan was welcomed.\n\nDailyWire.com";
        var outlets = EntityExtractor.Extract(text).Mentions.Where(static m => m.Text.StartsWith("DailyWire", StringComparison.Ordinal)).ToList();
        Assert.Equal(["DailyWire", "DailyWire.com"], outlets.Select(static m => m.Text));
        Assert.All(outlets, static m => Assert.Equal(MentionType.Organization, m.Type));
    }

    [Fact]
    public void A_camel_case_surname_in_running_text_is_left_to_the_tagger()
    {
        const string text = "McDonald: the coach said the team would improve.";
        Assert.DoesNotContain(EntityExtractor.Extract(text).Mentions, static m => m.Text == "McDonald" && m.Type == MentionType.Organization);
    }

    [Theory]
    [InlineData("Shares of Halvorsen Holdings rose after the results.", "Halvorsen Holdings")]
    [InlineData("The tournament is run by the Riverside Tennis Club every summer.", "Riverside Tennis Club")]
    public void A_name_ending_in_an_organization_noun_is_an_organization(string sentence, string name)
    {
        var mention = Assert.Single(EntityExtractor.Extract(sentence).Mentions, m => m.Text == name);
        Assert.Equal(MentionType.Organization, mention.Type);
    }

    /// <summary>
    /// The spec table of the span and type rules: each row is a text, the mentions it must give
    /// ("Type:Text", separated by "|") and the mention texts it must not give.
    /// </summary>
    [Theory]
    // A title separates the organization before it from the person after it, and belongs to neither.
    [InlineData("Federal Reserve Governor Lawrence Lindsey said on Friday that rates would stay.", "Organization:Federal Reserve|Person:Lawrence Lindsey", "Governor")]
    [InlineData("The leadership will support Mr Massoud Barzani and his comrades.", "Person:Massoud Barzani", "Mr Massoud Barzani")]
    // A one-word name the labelled names hold only as a person is that person, not the town of the world place list,
    // unless a preposition of place comes first (Rules/KnownPersonRule).
    [InlineData("Cameron dismisses Johnson's terror plan", "Person:Cameron", "")]
    [InlineData("They can play Rui Costa and play Kaka forward.", "Person:Rui Costa|Person:Kaka", "")]
    [InlineData("The plant in Cameron will close next year.", "Place:Cameron", "")]
    // A one-word name right before a publication noun is the publication; a person's possessive is not (OrganizationNames.HasContext).
    [InlineData("Economy minister German Gref told the Kommersant newspaper that state involvement in oil was unjustified.", "Person:German Gref|Organization:Kommersant", "")]
    [InlineData("The judge overturned a decision to shut down Vipheak's newspaper.", "Person:Vipheak", "")]
    // Abbreviated titles; words before a title in what the tagger read as one person are no person.
    [InlineData("The Tory MP Boris Johnson said the plan was wrong.", "Person:Boris Johnson", "Tory|Tory MP Boris|MP")]
    [InlineData("However, Democratic Senator Kent Conrad said the proposals exposed the country to huge financial risks.", "Person:Kent Conrad", "Democratic", Skip = SkipReason.StructuredModel)]
    [InlineData("GM CEO Mary Barra said the recall would widen.", "Person:Mary Barra", "CEO Mary Barra|GM CEO Mary Barra")]
    // A person's name stops at "of": the place after it is a mention of its own.
    [InlineData("Security Council President Tono Eitel of Germany said members would meet.", "Organization:Security Council|Person:Tono Eitel|Place:Germany", "Tono Eitel of Germany")]
    // A weekday or month at the edge of a longer name is the date next to it.
    [InlineData("In an interview on the network CNBC Friday, he said prices rose.", "Organization:CNBC", "CNBC Friday", Skip = SkipReason.StructuredModel)]
    // The plural of a nationality, an ordinal, a participle built on a name and a letter-hyphen noun are not names.
    [InlineData("Libyans are dressing up their capital for the celebrations.", "", "Libyans")]
    [InlineData("June 19-23 Second test at the Oval", "", "Second")]
    [InlineData("\" Little did I know I was dealing with robbers, \" the corporal said.", "", "Little")]
    [InlineData("Pirelli is linking with Hong Kong-based group CITIC Pacific in a venture.", "Organization:CITIC Pacific", "Hong Kong-based")]
    [InlineData("However, December T-bonds ended below a major trendline.", "", "T-bonds|December T-bonds")]
    // A regnal number belongs to the name before it (the model's call since the rule for it went: issue 13).
    [InlineData("Daughter of Henry VIII and his second wife Anne Boleyn, she was queen of England.", "Person:Henry VIII|Person:Anne Boleyn", "Henry")]
    // A possessive that no noun follows is part of the name; a person keeps it out unless a preposition of place comes first.
    [InlineData("England play the second test at Lord's.", "Place:Lord's", "Lord")]
    [InlineData("The final vote was Kim's.", "Person:Kim", "Kim's")]
    [InlineData("Kim's decision surprised Seoul.", "Person:Kim|Place:Seoul", "Kim's")]
    // A rare given name left out of the person after it joins it; a nationality, a title or a hyphenated word does not.
    [InlineData("Romania - Cosmin Contra (31st), Mihai Tararache (75th)", "Person:Cosmin Contra|Person:Mihai Tararache", "Contra")]
    [InlineData("Australian Tom Moody took six for 82 on Friday.", "Person:Tom Moody", "Australian Tom Moody")]
    [InlineData("1913 - Sir Anthony Quayle born.", "Person:Anthony Quayle", "Sir Anthony Quayle")]
    [InlineData("From January to June Comelf exported 59 percent of its output.", "", "June Comelf")]
    [InlineData("Ex-Yankee Randy Velarde hit his 11th homer.", "Person:Randy Velarde", "Ex-Yankee Randy Velarde")]
    // A closing bracket without its opening one ends the name before it, numbers included.
    [InlineData("France - 1 - Bernard Lama; 9 - Florian Maurice 64th)", "Person:Florian Maurice", "Florian Maurice 64th)")]
    // Two names run together by "and" are split on evidence of two names; a name containing "and" stays whole.
    [InlineData("Next week Osaka Gas Supply Co and Osaka Metro Railway Co are likely to launch dollar deals.", "Organization:Osaka Gas Supply Co|Organization:Osaka Metro Railway Co", "Osaka Gas Supply Co and Osaka Metro Railway Co")]
    [InlineData("Brokers said blue chips like IDLC, Bangladesh Lamps, Dhaka Cement and Atlas Bangladesh were expected to rise.", "Organization:Dhaka Cement|Organization:Atlas Bangladesh", "Dhaka Cement and Atlas Bangladesh")]
    [InlineData("The Securities and Exchange Commission said on Monday it would review the rule.", "Organization:Securities and Exchange Commission", "Exchange Commission")]
    // The ALL CAPS words that open a dateline are the place the story was filed from, article included.
    [InlineData("Police find girl.\nTHE HAGUE 1996-08-30\nDutch police said on Friday they had found the girl.", "Place:THE HAGUE", "HAGUE")]
    [InlineData("Deportivo held.\nLA CORUNA, Spain 1996-08-31\nReal drew 1-1 on Saturday.", "Place:LA CORUNA|Place:Spain", "")]
    // A wire credit needs its dash; an ALL CAPS heading before a parenthesis is no dateline (BBC fact boxes).
    [InlineData("Oil prices rise on supply fears\n\nNEW YORK (AP) - Oil prices rose on Monday as traders worried.", "Place:NEW YORK", "")]
    [InlineData("Burnley and Blackburn are both founder members of the Football League. HEAD TO HEAD\n\n16th PREM\n\nWINNERS (six times)\n\n13th Championship\n\nWINNERS (once)", "", "WINNERS")]
    // A club and its country are two mentions; a name headed by a common noun with "of" is one.
    [InlineData("UEFA fined Karlsruhe of Germany on Friday.", "Organization:Karlsruhe|Place:Germany", "Karlsruhe of Germany")]
    [InlineData("The Bank of Canada said on Friday that reserves fell.", "Organization:Bank of Canada", "Canada")]
    // Quoted speech keeps its names.
    [InlineData("\" We will meet Kim in Seoul soon, \" Lee said.", "Place:Seoul", "")]
    // A line of a name, a score, a name and a score reports a match: the names are teams.
    [InlineData("Rugby results on Saturday:\nSale 31 Wasps 33\nOrrell 13 Bath 56", "Organization:Sale|Organization:Wasps|Organization:Orrell|Organization:Bath", "")]
    // A name ending in an event noun, or followed by one, names the event, not a place or organization.
    [InlineData("Jansher, bidding for an eighth Hong Kong Open title, plays Rodney Eyles in the final.", "", "Hong Kong|Hong Kong Open")]
    [InlineData("ATHLETICS - BERLIN GRAND PRIX RESULTS.", "", "BERLIN")]
    [InlineData("The film opens at the Venice Film Festival on Friday.", "", "Venice Film Festival|Venice")]
    public void Spec_table(string text, string expected, string forbidden)
    {
        var mentions = EntityExtractor.Extract(text).Mentions
            .Where(static m => m.Type is MentionType.Person or MentionType.Place or MentionType.Organization)
            .Select(static m => $"{m.Type}:{m.Text}")
            .ToList();
        foreach (string want in expected.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(want, mentions);
        }

        foreach (string text2 in forbidden.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotContain(mentions, m => m.EndsWith(":" + text2, StringComparison.Ordinal));
        }
    }
}
