namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The attribution sieves, in the order the stage runs them (src/EntityExtract/Quotes/QuoteAttributionStage.cs):
/// input → every quote as <c>quoted words | kind | speaker | cue</c>, joined by " ; ", with <c>-</c> for a null
/// speaker or cue. Each group names the sieve that decides its rows; negative rows (a description or a pronoun
/// that names nobody, a quote with no attribution in reach) sit beside the positive ones. Every sentence is
/// written for these tests.
/// </summary>
public class AttributionSieveSpecs
{
    // These tables are about quotes between marks and their sieves; reported speech has its own specs
    // (ReportedSpeechSpecs), so it is switched off here.
    private static readonly ExtractionOptions MarksOnly = new() { IncludeReportedSpeech = false };

    public static TheoryData<string, string> Cases => new()
    {
        // BesideQuoteSieve: the attribution right after the quote.
        { "“The bridge will open in May,” said Tom Walsh.", "The bridge will open in May, | Direct | Tom Walsh | said" },
        { "“The bridge will open in May,” Tom Walsh, the city engineer, said.", "The bridge will open in May, | Direct | Tom Walsh | said" },
        { "“The bridge will open in May,” Tom Walsh also said on Monday.", "The bridge will open in May, | Direct | Tom Walsh | said" },
        { "“The plan is dead,” Walsh told reporters on Monday.", "The plan is dead, | Direct | Walsh | told" },
        { "“We are ready,” a source said.", "We are ready, | Direct | - | said" },
        { "“The bridge will open in May,” the report said.", "The bridge will open in May, | Direct | - | said" },
        { "The talks went on for hours. “Nobody left the room,” one aide said.", "Nobody left the room, | Direct | - | said" },

        // BeforeQuoteSieve: the attribution right before the quote; a split quote; a colon with no verb.
        { "Tom Walsh told the council: “The bridge will open in May.”", "The bridge will open in May. | Direct | Tom Walsh | told" },
        { "According to Tom Walsh, “the bridge will open in May.”", "the bridge will open in May. | Direct | Tom Walsh | according to" },
        { "The board’s chair, Tom Walsh, said: “The plan is dead.”", "The plan is dead. | Direct | Tom Walsh | said" },
        { "“The bridge,” said Tom Walsh, “will open in May.”", "The bridge, | Direct | Tom Walsh | said ; will open in May. | Direct | Tom Walsh | said" },
        { "Tom Walsh on the delay: “We will finish in May.”", "We will finish in May. | Direct | Tom Walsh | -" },

        // SentenceCueSieve: the reporting verb of the quote's sentence, before the quote, after it, or a participle's main clause.
        { "Tom Walsh warned that the plan would be “a disaster for the town” if passed.", "a disaster for the town | Partial | Tom Walsh | warned" },
        { "Tom Walsh, who chairs the board, said the plan was “dead on arrival.”", "dead on arrival. | Partial | Tom Walsh | said" },
        { "Engineers found the “serious flaws” Tom Walsh cited in May.", "serious flaws | Partial | Tom Walsh | cited" },
        { "Tom Walsh left the meeting early, calling the plan “a waste of money.”", "a waste of money. | Partial | Tom Walsh | calling" },

        // PreviousSentenceSieve: a direct quote that opens its sentence after a sentence with a reporting verb.
        { "Tom Walsh spoke to reporters after the vote. “We will appeal the decision.”", "We will appeal the decision. | Direct | Tom Walsh | -" },

        // Pronouns and descriptions (PronounResolver): the latest compatible person; gender from titles.
        { "Ms. Anna Berg chairs the board.\n\n“We will win,” she said.", "We will win, | Direct | Anna Berg | said" },
        { "Ms. Anna Berg met Mr. Tom Walsh on Monday. “We are ready,” she said.", "We are ready, | Direct | Anna Berg | said" },
        { "Tom Walsh won the seat in May. “I am grateful,” the senator said.", "I am grateful, | Direct | Tom Walsh | said" },
        { "“We are ready,” they said.", "We are ready, | Direct | - | said" },

        // QuoteContinuation: the quote before in the paragraph, the next quote in the paragraph, the paragraph before.
        { "“The bridge will open in May,” Tom Walsh said. “It will cost less than planned.”", "The bridge will open in May, | Direct | Tom Walsh | said ; It will cost less than planned. | Direct | Tom Walsh | -" },
        { "“We will appeal.” Tom Walsh was blunt: “The decision is wrong.”", "We will appeal. | Direct | Tom Walsh | - ; The decision is wrong. | Direct | Tom Walsh | -" },
        { "“The bridge will open in May,” Tom Walsh said.\n\n“It will cost less than planned.”\n\nThe council met on Monday.", "The bridge will open in May, | Direct | Tom Walsh | said ; It will cost less than planned. | Direct | Tom Walsh | -" },
        // ... but not over a paragraph with no quote in it.
        { "“The bridge will open in May,” Tom Walsh said.\n\nThe council met on Monday.\n\n“It will cost less than planned.”", "The bridge will open in May, | Direct | Tom Walsh | said ; It will cost less than planned. | Direct | - | -" },

        // PossessorSieve (after continuation): a fragment with a possessor and no verb of saying is the possessor's.
        { "Tom Walsh spoke first. Few believed his promise of “lower taxes for every family” at the rally.", "lower taxes for every family | Partial | Tom Walsh | -" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Attributes_quotes(string input, string expected)
    {
        var result = EntityExtractor.Extract(input, MarksOnly);
        Assert.Equal(expected, string.Join(" ; ", result.Quotes.Select(q => $"{q.Text} | {q.Kind} | {q.Speaker ?? "-"} | {q.Cue ?? "-"}")));
    }

    /// <summary>The span an attribution rests on: the pronoun, the description or the name as written.</summary>
    public static TheoryData<string, string> SpeakerSpans => new()
    {
        { "Ms. Anna Berg met Mr. Tom Walsh on Monday. “We are ready,” she said.", "she" },
        { "Tom Walsh won the seat in May. “I am grateful,” the senator said.", "the senator" },
        { "“We are ready,” a source said.", "a source" },
        { "“We are ready,” they said.", "they" },
        { "Tom Walsh spoke first. Few believed his promise of “lower taxes for every family” at the rally.", "his" },
        { "“The bridge will open in May,” Tom Walsh, the city engineer, said.", "Tom Walsh" },
    };

    [Theory]
    [MemberData(nameof(SpeakerSpans))]
    public void Speaker_span_is_the_words_the_attribution_rests_on(string input, string expected)
    {
        var quote = Assert.Single(EntityExtractor.Extract(input, MarksOnly).Quotes);
        Assert.Equal(expected, input[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
    }
}
