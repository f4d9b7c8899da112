namespace EntityExtract.Tests.Quotes;

/// <summary>
/// Input → quotes, written as <c>quoted words | speaker | cue</c> per quote, joined by " ; ", with
/// <c>-</c> for a null speaker or cue. Every sentence is written for these tests.
/// </summary>
public class QuoteSpecs
{
    public static TheoryData<string, string> Cases => new()
    {
        // Adjacent patterns (Muzny et al. 2017, sieve 1).
        { "\"The plan is dead,\" said Maria Lopez.", "The plan is dead, | Maria Lopez | said" },
        { "“The plan is dead,” Maria Lopez said.", "The plan is dead, | Maria Lopez | said" },
        { "Maria Lopez said: “The plan is dead.”", "The plan is dead. | Maria Lopez | said" },
        { "“The plan is dead,” Maria Lopez, a city planner, told reporters.", "The plan is dead, | Maria Lopez | told" },
        { "“The plan is dead,” according to Maria Lopez.", "The plan is dead, | Maria Lopez | according to" },
        { "Maria Lopez wrote on Friday: “The plan is dead.”", "The plan is dead. | Maria Lopez | wrote" },

        // A judging verb inside the reported clause of a plain "said" leaves the quote with the outer speaker.
        { "Maria Lopez said she is certain Peter Grant will continue to be “a fine mayor.”", "a fine mayor. | Maria Lopez | said" },

        // "it" before a verb of saying keeps its span with no name; "it" elsewhere is no speaker.
        { "The council met on Monday.\n\n“The plan is dead,” it said.", "The plan is dead, | - | said" },

        // Mixed styles: an opening curly mark closed by a straight one, and the reverse.
        { "“The plan is dead,\" said Maria Lopez.", "The plan is dead, | Maria Lopez | said" },
        { "\"The plan is dead,” Maria Lopez said.", "The plan is dead, | Maria Lopez | said" },

        // Pronouns resolve to the latest compatible name; surnames map to the full name.
        { "Maria Lopez runs the office.\n\n“The plan is dead,” she said.", "The plan is dead, | Maria Lopez | said" },
        // A nationality or age noun refers back to the person just named; a team with a role before a name is the name's modifier.
        { "Martin Jol was pleased with the win. “It was a professional performance,” the Dutchman said.", "It was a professional performance, | Martin Jol | said" },
        { "Kim Collins won again. “I feel strong,” said the 29-year-old.", "I feel strong, | Kim Collins | said" },
        // A team or place inside a description is its modifier: the description refers back to the person; a spokesperson speaks for the organization.
        { "Jamie Costin won the race. “I was in a lot of pain,” says the Waterford man.", "I was in a lot of pain, | Jamie Costin | says" },
        { "Thierry Henry scored twice. “We were patient,” said the Arsenal striker.", "We were patient, | Thierry Henry | said" },
        { "Thierry Henry scored twice. “We are delighted,” said an Arsenal spokesman.", "We are delighted, | Arsenal | said" },
        { "“The figures are real,” said Credit Suisse analyst Vadim Mitroshin.", "The figures are real, | Vadim Mitroshin | said" },
        { "“We have the ability to win,” said England sevens coach Mike Friday.", "We have the ability to win, | Mike Friday | said" },
        { "Mr. Peter Grant spoke first. “We will win,” Grant added.", "We will win, | Peter Grant | added" },
        { "Maria Lopez and Peter Grant met. Mr. Grant spoke first. Then Maria Lopez and Peter Grant left.\n\n“We will win,” she said.", "We will win, | Maria Lopez | said" },

        // "he said" after a quote goes on with the speaker just quoted, unless a sentence since has another person as its subject.
        { "“We will win,” Peter Grant said. Coach Mike Friday accepted that the team had played badly. “We must do better,” he said.", "We will win, | Peter Grant | said ; We must do better, | Mike Friday | said" },
        { "“We will win,” Peter Grant said. He added that the loss to Mike Friday was bad luck. “We must do better,” he said.", "We will win, | Peter Grant | said ; We must do better, | Peter Grant | said" },

        // Asides, time adverbials, infinitives and "said of".
        { "Maria Lopez, during a town hall meeting in Columbus, Ohio, said she was “very worried about the plan” on Monday.", "very worried about the plan | Maria Lopez | said" },
        { "Maria Lopez last week said the plan was “dead on arrival” in the council.", "dead on arrival | Maria Lopez | said" },
        { "Maria Lopez was prompted to say, “We will not give up.”", "We will not give up. | Maria Lopez | say" },
        { "“We will win,” Peter Grant said of the vote.", "We will win, | Peter Grant | said" },
        { "The vote is on Monday.\n\n“We will win.” — Peter Grant, mayor.", "We will win. | Peter Grant | -" },

        // A quote that ends its sentence is not attributed by the next sentence's own statement.
        { "Peter Grant said the mayor “caused the crisis.” Maria Lopez called Grant a “liar of the first rank.”", "caused the crisis. | Peter Grant | said ; liar of the first rank. | Maria Lopez | called" },

        // Partial quotes keep the source of the reporting verb in their clause (PARC 3.0).
        { "Peter Grant accused the council of “wasting public money” on the bridge.", "wasting public money | Peter Grant | accused" },
        { "Peter Grant vowed to root out these “evils,” signaling a purge.", "evils, | Peter Grant | vowed" },

        // A fragment with a possessor and no verb of saying is the possessor's.
        { "Peter Grant runs the office. The council studied his call for “a total and complete ban” on Monday.", "a total and complete ban | Peter Grant | -" },

        // Continuation: a second quote in the paragraph and a quote-only paragraph inherit the speaker.
        { "“We will win,” Peter Grant said. “The vote is ours.”", "We will win, | Peter Grant | said ; The vote is ours. | Peter Grant | -" },
        { "“We will win,” Peter Grant said.\n\n“The vote is ours, and the city knows it.”", "We will win, | Peter Grant | said ; The vote is ours, and the city knows it. | Peter Grant | -" },

        // Multi-paragraph quotation: the open quote continues after the next paragraph's opening mark.
        { "Peter Grant said: “We will win this vote.\n\n“And then we will build the bridge.”", "We will win this vote. | Peter Grant | said ; And then we will build the bridge. | Peter Grant | -" },
        // ... and the same when the paragraph break was lost: a new opening mark after a sentence's end inside an open quote.
        { "Peter Grant said: \"We will win this vote. \"And then we will build the bridge.\" The vote is on Monday.", "We will win this vote. | Peter Grant | said ; And then we will build the bridge. | Peter Grant | -" },
        { "Peter Grant said: “We will win this vote. “And then we will build the bridge.”", "We will win this vote. | Peter Grant | said ; And then we will build the bridge. | Peter Grant | -" },
        // A continuing quote's own cue beside its closing mark names the speaker of the whole quotation.
        { "Maria Lopez won the race. \"It was nice to win. I was nervous. \"I felt good,\" said Lopez. \"It was all about the crowd.\"", "It was nice to win. I was nervous. | Maria Lopez | - ; I felt good, | Maria Lopez | said ; It was all about the crowd. | Maria Lopez | -" },
        // A mark that does not open by its spacing is stray, not a quotation's start.
        { "Peter Grant said \" we will see. \"The vote is ours.\"", "The vote is ours. | Peter Grant | -" },

        // Quotes inside quotes are part of the outer quote.
        { "“They kept shouting ‘no more taxes’ at us,” Maria Lopez said.", "They kept shouting ‘no more taxes’ at us, | Maria Lopez | said" },

        // British single marks, and apostrophes that are not marks.
        { "Maria Lopez said: ‘The officials’ work is done.’", "The officials’ work is done. | Maria Lopez | said" },
        { "The band played rock ’n’ roll from the ’90s all night.", "" },

        // Double apostrophes typed for double marks.
        { "''The plan is dead,'' Maria Lopez said.", "The plan is dead, | Maria Lopez | said" },

        // Not quotes: scare quotes, terms, titles, headlines, labels.
        { "The so-called “reform package” passed on Monday.", "" },
        { "The mayor’s “field work” drew crowds in the spring.", "" },
        { "“Rain” at Home, “Sun” Abroad\n\nThe storm passed on Monday.", "" },
        { "She watched “The Long Night” on Sunday.", "" },

        // Stray and unbalanced marks never swallow the text and never pair across paragraphs.
        { "He said “we will see.\n\nThe vote is on Monday.” Then “Maria Lopez” arrived.", "" },
        { "“", "" },
        { "\"\"\"\"", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_and_attributes_quotes(string input, string expected)
    {
        var result = EntityExtractor.Extract(input);
        Assert.Equal(expected, Describe(result));
        foreach (var q in result.Quotes)
        {
            Assert.Equal(input[q.Start..q.End], q.Text);
        }
    }

    [Fact]
    public void Pronoun_speaker_span_is_the_pronoun()
    {
        const string text = "Maria Lopez runs the office.\n\n“The plan is dead,” she said.";
        var quote = Assert.Single(EntityExtractor.Extract(text).Quotes);
        Assert.Equal("she", text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void Unknown_description_has_no_speaker_name()
    {
        var quote = Assert.Single(EntityExtractor.Extract("“The plan is dead,” a city official said.").Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Direct_and_partial_kinds()
    {
        var result = EntityExtractor.Extract("“The plan is dead,” Maria Lopez said, calling it “a waste of public money.”");
        Assert.Equal([QuoteKind.Direct, QuoteKind.Partial], result.Quotes.Select(q => q.Kind));
    }

    // Quotes between marks only: reported speech has its own specs (ReportedSpeechSpecs).
    internal static string Describe(ExtractionResult result)
        => string.Join(" ; ", result.Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => $"{q.Text} | {q.Speaker ?? "-"} | {q.Cue ?? "-"}"));
}
