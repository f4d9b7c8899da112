using EntityExtract.Tests.Infrastructure;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// The entity specification: a text → every mention it gives, in document order, as "Type:text=canonical"
/// (dates as "Date:text"), joined by " | "; an empty string when the text names nothing. Each group of rows
/// belongs to one rule of <c>Entities/Rules</c>, <c>Entities/Typing</c> or <c>Entities/Resolution</c>, with
/// negative rows (what the rule must leave alone) next to the positive ones. Only outputs that are right are
/// pinned here; known errors are listed in the rules' docs, not frozen as expectations.
/// </summary>
public class EntityMentionSpecs
{
    public static TheoryData<string, string> Cases => new()
    {
        // Spans: an honorific is not part of the name, and the short name resolves to the full one; name particles stay inside.
        { "Kim Jong Un visited Pyongyang on Monday.", "Person:Kim Jong Un=Kim Jong Un | Place:Pyongyang=Pyongyang | Date:Monday" },
        { "Ludwig van Beethoven was born in Bonn.", "Person:Ludwig van Beethoven=Ludwig van Beethoven | Place:Bonn=Bonn" },
        { "Despite the rain, Angela Merkel spoke in Berlin.", "Person:Angela Merkel=Angela Merkel | Place:Berlin=Berlin" },
        { "The Ultimatum: Kim vowed to press on.", "Person:Kim=Kim" },

        // Titles (Rules/TitleSplitRule): the organization before the title and the person after it; common words before it belong to the title.
        { "Federal Reserve Governor Lawrence Lindsey said rates would stay.", "Organization:Federal Reserve=Federal Reserve | Person:Lawrence Lindsey=Lawrence Lindsey" },
        { "Home Secretary David Blunkett announced the plan in London.", "Person:David Blunkett=David Blunkett | Place:London=London" },
        { "Mr Blair and Mr Brown were at the meeting.", "Person:Blair=Blair | Person:Brown=Brown" },

        // Edges (Rules/EdgeTrimRule): a conjunction that opens the sentence is not the start of the name after it; a name that opens with a word of a title keeps it.
        { "Andy Roddick lost the first set. If Roddick loses again, the tie is over.", "Person:Andy Roddick=Andy Roddick | Person:Roddick=Andy Roddick" },
        { "She cleared 5.25m And Ireland's Taniesha Scanlon set a national record.", "Place:Ireland=Ireland | Person:Taniesha Scanlon=Taniesha Scanlon" },

        // Capitals standing for their governments are places (ACE GPE, CoNLL LOC): the model's call, no rule's.
        { "Moscow has ignored the proposal.", "Place:Moscow=Moscow" },
        { "Washington said the talks would resume in Geneva.", "Place:Washington=Washington | Place:Geneva=Geneva" },

        // Organizations (Typing/OrganizationNames): collective plural verb, shareholdings, ampersand, institution noun; a person sharing a view stays a person.
        { "Chelsea have decided to sell the striker.", "Organization:Chelsea=Chelsea" },
        { "Shares in Sony fell on Tuesday.", "Organization:Sony=Sony | Date:Tuesday" },
        { "Johnson & Johnson bought the company.", "Organization:Johnson & Johnson=Johnson & Johnson" },
        { "Smith shares the view of the board.", "Person:Smith=Smith" },

        // Places by context (Resolution/PlaceContextRule): "the town of X" makes every mention of X a place. Its row is
        // skipped below (the structured model types the second "Tavildara" an organization, which the rule leaves
        // alone); EntityResolutionSpecs and EntityRecognitionSpecs check the rule.

        // Not names (Rules/NonNameRule, DemonymAdjectiveRule, CommonNounAcronymRule, SentenceInitialCommonWordRule): nothing, or only the real name.
        { "He bought a new TV and two DVDs.", "" },
        { "She spoke in Hindi to the crowd.", "" },
        { "Ebola has killed more than 4,000 people in Liberia.", "Place:Liberia=Liberia" },
        { "The charity spends more on HIV/Aids in Kenya than anyone.", "Place:Kenya=Kenya" },
        { "Hurricane Mitch hit Honduras in 1998.", "Place:Honduras=Honduras | Date:1998" },
        { "A South Korean official said the talks failed.", "" },
        { "The army tested an unmanned aerial vehicle (UAV) near the border.", "" },
        { "Unfortunately, the rain fell all day.", "" },
        { "the rain fell all day and nobody came.", "" },

        // Name or date (Typing/NameOrDate): a weekday inside a full name is the name; alone, or a month by a number, it is a date.
        { "England sevens coach Mike Friday named his squad.", "Place:England=England | Person:Mike Friday=Mike Friday" },
        { "The deal was signed on Friday in Paris.", "Date:Friday | Place:Paris=Paris" },
        { "Talks resume on December 11 in Seoul.", "Date:December 11 | Place:Seoul=Seoul" },

        // Resolution: a family name alone, a defined acronym, a compass word for the divided country; a ship's name is no person or place.
        { "Donald Trump spoke on Monday. Later Trump left for Florida.", "Person:Donald Trump=Donald Trump | Date:Monday | Person:Trump=Donald Trump | Place:Florida=Florida" },
        { "The Korean Central News Agency (KCNA) said the test succeeded. KCNA gave no details.", "Organization:Korean Central News Agency=Korean Central News Agency | Organization:KCNA=Korean Central News Agency | Organization:KCNA=Korean Central News Agency" },
        { "The aircraft carrier Carl Vinson sailed for Korea.", "Place:Korea=Korea" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mentions(string text, string expected)
    {
        var reference = new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11) };
        var actual = string.Join(" | ", EntityExtractor.Extract(text, reference).Mentions.Select(static m =>
            m.Type == MentionType.Date ? $"Date:{m.Text}" : $"{m.Type}:{m.Text}={m.Canonical}"));
        Assert.Equal(expected, actual);
    }

    // Rows of the table above that the structured entity model gets wrong (stop 31): their expectations are right
    // and stay here, skipped, so that the test run shows them and they can be re-enabled.
    [Theory]
    [InlineData("Andover Town won the league.", "Organization:Andover Town=Andover Town", Skip = SkipReason.StructuredModel)]
    [InlineData("The tournament is run by the Riverside Tennis Club.", "Organization:Riverside Tennis Club=Riverside Tennis Club", Skip = SkipReason.StructuredModel)]
    [InlineData("North Korea fired a missile. The North said it was a test.", "Place:North Korea=North Korea | Place:North=North Korea", Skip = SkipReason.StructuredModel)]
    [InlineData("The fighting spread to the town of Tavildara. Tavildara fell on Friday.", "Place:Tavildara=Tavildara | Place:Tavildara=Tavildara | Date:Friday", Skip = SkipReason.StructuredModel)]
    public void Mentions_the_structured_model_misses(string text, string expected) => Mentions(text, expected);
}
