using EntityExtract.Entities;
using EntityExtract.Pipeline;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// Resolution rules as a table: a text with its mentions marked [Type:name], and the canonical name each
/// mention must resolve to, in order. The mentions are given, so these cases test resolution alone.
/// </summary>
public class EntityResolutionSpecs
{
    public static TheoryData<string, string> Cases => new()
    {
        // Family name last (Western order) and first (East Asian order).
        { "[P:Donald Trump] spoke on Monday. Later [P:Trump] left.", "Donald Trump|Donald Trump" },
        { "[P:Park Min-jun] arrived. [P:Park] said little.", "Park Min-jun|Park Min-jun" },
        // A given name used alone.
        { "[P:Maria Santos] won. [P:Maria] was delighted.", "Maria Santos|Maria Santos" },
        // Ambiguous short name: the more frequent full name wins.
        { "[P:John Carter] and [P:Ann Carter] met. [P:Ann Carter] spoke. [P:Carter] agreed.", "John Carter|Ann Carter|Ann Carter|Ann Carter" },
        // Acronym defined in parentheses, and by initials.
        { "The [O:National Weather Service] ([O:NWS]) warned. The [O:NWS] said more.", "National Weather Service|National Weather Service|National Weather Service" },
        { "The [O:US Securities and Exchange Commission] ([O:SEC]) sued. The [O:SEC] won.", "US Securities and Exchange Commission|US Securities and Exchange Commission|US Securities and Exchange Commission" },
        { "The [O:European Central Bank] met. The [O:ECB] held rates.", "European Central Bank|European Central Bank" },
        // An organization named by the end of its full name.
        { "The [O:Labour Party Executive Committee] met. The [O:Executive Committee] agreed.", "Labour Party Executive Committee|Labour Party Executive Committee" },
        // Places are not merged by partial words.
        { "[L:South Africa] and [L:Africa] differ.", "South Africa|Africa" },
        { "[L:North Korea] tested a missile. The [L:North] said it was a success.", "North Korea|North Korea" },
        { "[L:West Virginia] voted. [L:Virginia] did not.", "West Virginia|Virginia" },
        // Possessives never reach the canonical name.
        { "[P:Ada Lovelace] wrote. [P:Lovelace's] notes survived.", "Ada Lovelace|Ada Lovelace" },
        // One type per name: the majority type wins.
        { "[O:Jordan] said. [L:Jordan] agreed. [L:Jordan] left.", "Place:Jordan|Place:Jordan|Place:Jordan" },
        // A family name alone, once the document names the person in full, is that person, even where the word is a
        // country or a common noun, and even where the tagger left it out; without the full name it keeps its type.
        { "[P:Neil Jordan] made the film. [L:Jordan] defends it. Jordan wrote it, Jordan said.", "Person:Neil Jordan|Person:Neil Jordan|Person:Neil Jordan|Person:Neil Jordan" },
        // ... but only where the person reading has the majority: a misread "Stade de France" does not make France a person.
        { "[P:Stade de France] hosts the final. [L:France] beat Wales. [L:France] lost later.", "Person:Stade de France|Place:France|Place:France" },
        { "[P:Billie Jean King] named her team. The players are ready, King said.", "Person:Billie Jean King|Person:Billie Jean King" },
        { "[L:Washington] said it would act. [P:George Bush] agreed.", "Place:Washington|Person:George Bush" },
        { "RUGBY - [O:LYNAGH] SEALS VICTORY.\n[P:Michael Lynagh] kicked five penalties. [P:Lynagh] was pleased.", "Person:Michael Lynagh|Person:Michael Lynagh|Person:Michael Lynagh" },
        { "GOLF - LEADING SCORES.\nHe won at the [P:Brown Deer Park Golf] course.", "Person:Brown Deer Park Golf" },
        // A one-word name the document writes after "in" or "near" is a place, unless it is part of a person's name
        // or a possessive ("in Smith's view").
        { "[P:Longyear] is a town in mourning. Miners were waiting in [P:Longyear] to fly home.", "Place:Longyear|Place:Longyear" },
        { "[P:Lisa Cole] won. The decision, in [P:Cole's] view, was fair.", "Person:Lisa Cole|Person:Lisa Cole" },
        { "[P:Marsh] spoke. In his view, in [P:Marsh's] words, it was over.", "Person:Marsh|Person:Marsh" },
        // A one-word "person" with organization evidence in the document is an organization: it opens a longer
        // organization name, an organization noun stands before it, or a word only companies have follows it.
        { "Shares of [O:Mercantile Bancorp Inc.] rose. Analysts said [P:Mercantile] was a target.", "Organization:Mercantile Bancorp Inc.|Organization:Mercantile" },
        { "Tyre giant [P:Pirelli] moved into China. [P:Pirelli] will have control.", "Organization:Pirelli|Organization:Pirelli" },
        { "[P:Petofi] chairman Laszlo Sebesvari resigned. The loss at [P:Petofi] grew.", "Organization:Petofi|Organization:Petofi" },
        { "The report by UK think-tank [P:Demos] was published. [P:Demos] found more users.", "Organization:Demos|Organization:Demos" },
        { "Figures from telecoms regulator [P:Ofcom] rose. [P:Ofcom] said so.", "Organization:Ofcom|Organization:Ofcom" },
        { "[P:Metrovias], the private firm which runs the lines, cut fares. [P:Metrovias] grew.", "Organization:Metrovias|Organization:Metrovias" },
        { "[P:Rothschild], the investment bank, is advising him.", "Organization:Rothschild" },
        { "[P:Anna Berg], a member of the team, scored. [P:Berg] left.", "Person:Anna Berg|Person:Anna Berg" },
        { "[P:Anna Berg] won. Club captain [P:Berg] shares the credit.", "Person:Anna Berg|Person:Anna Berg" },
        { "Spanish side [P:Atletico Norte] drew. [P:Atletico Norte] chairman spoke. [P:Atletico] scored first.", "Organization:Atletico Norte|Organization:Atletico Norte|Organization:Atletico" },
        { "[P:Atletico] chairman [P:Luis Mora] spoke. [P:Atletico Sur] won.", "Organization:Atletico|Person:Luis Mora|Organization:Atletico Sur" },
        { "Planes on the aircraft carrier [P:Carl Vinson] took off. The [O:Carl Vinson] leads the group. [L:Oman] watched.", "Place:Oman" },
        { "The carrier [O:Lufthansa] cut fares.", "Organization:Lufthansa" },
        { "Troops control the town of [P:Tavildara]. [P:Tavildara] was in ruins.", "Place:Tavildara|Place:Tavildara" },
        { "Tyre giant [P:Ruch] grew. Investors put money in [P:Ruch] last year.", "Organization:Ruch|Organization:Ruch" },
        { "The [O:Wuxi Tong Ling Company] will operate a plant in [P:Wuxi].", "Organization:Wuxi Tong Ling Company|Place:Wuxi" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_to_the_fullest_name(string marked, string expected)
    {
        var (text, mentions) = Parse(marked);
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<TextSegment>();
        SentenceSplitter.Split(text, tokens.ToArray(), sentences);
        var context = new ExtractionContext(text, tokens.ToArray(), sentences.ToArray(), ExtractionOptions.Default, null, CancellationToken.None);
        foreach (var m in mentions)
        {
            context.AddMention(m);
        }

        new EntityResolutionStage().Process(context);
        bool withType = expected.Contains(':', StringComparison.Ordinal);
        string actual = string.Join("|", context.Mentions.OrderBy(static m => m.Start).Select(m => withType ? $"{m.Type}:{m.Canonical}" : m.Canonical));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void End_to_end_the_short_name_takes_the_full_name()
    {
        var result = EntityExtractor.Extract("Chancellor Olaf Scholz met President Joe Biden in Berlin on Friday. Scholz said the talks were useful, and Biden agreed.");
        var scholz = result.Mentions.Where(static m => m.Text == "Scholz").ToList();
        Assert.NotEmpty(scholz);
        Assert.All(scholz, static m => Assert.Equal("Olaf Scholz", m.Canonical));
        Assert.All(result.Mentions.Where(static m => m.Text == "Biden"), static m => Assert.Equal("Joe Biden", m.Canonical));
    }

    [Fact]
    public void A_clipped_name_takes_the_full_span_found_elsewhere_in_the_document()
    {
        const string text = "Ri Il-song Un spoke first. Later Ri Il-song Un left.";
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<TextSegment>();
        SentenceSplitter.Split(text, tokens.ToArray(), sentences);
        var context = new ExtractionContext(text, tokens.ToArray(), sentences.ToArray(), ExtractionOptions.Default, null, CancellationToken.None);
        context.AddMention(new Mention(MentionType.Person, 0, 13, "Ri Il-song Un", "Ri Il-song Un"));
        context.AddMention(new Mention(MentionType.Person, 33, 43, "Ri Il-song", "Ri Il-song"));
        new EntityResolutionStage().Process(context);
        Assert.Equal(["Ri Il-song Un", "Ri Il-song Un"], context.Mentions.Select(static m => m.Text));
    }

    [Fact]
    public void An_organization_takes_a_plural_possessive_that_starts_its_name_but_not_a_singular_one()
    {
        const string text = "The Teachers' Union met. Britain's Labour Party agreed.";
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<TextSegment>();
        SentenceSplitter.Split(text, tokens.ToArray(), sentences);
        var context = new ExtractionContext(text, tokens.ToArray(), sentences.ToArray(), ExtractionOptions.Default, null, CancellationToken.None);
        context.AddMention(new Mention(MentionType.Organization, 14, 19, "Union", "Union"));
        context.AddMention(new Mention(MentionType.Organization, 35, 47, "Labour Party", "Labour Party"));
        new EntityResolutionStage().Process(context);
        Assert.Equal(["Teachers' Union", "Labour Party"], context.Mentions.Select(static m => m.Text));
    }

    [Fact]
    public void End_to_end_an_acronym_defined_in_parentheses_takes_the_long_form()
    {
        var result = EntityExtractor.Extract("The Korean Central News Agency (KCNA) reported the launch. KCNA said the test succeeded.");
        var kcna = result.Mentions.Where(static m => m.Text == "KCNA").ToList();
        Assert.Equal(2, kcna.Count);
        Assert.All(kcna, static m => Assert.Equal("Korean Central News Agency", m.Canonical));
        Assert.All(kcna, static m => Assert.Equal(MentionType.Organization, m.Type));
    }

    [Fact]
    public void End_to_end_a_family_name_first_resolves_to_the_full_name()
    {
        var result = EntityExtractor.Extract("Kim Jong Un inspected a factory on Tuesday. Kim praised the workers.");
        Assert.All(result.Mentions.Where(static m => m.Text == "Kim"), static m => Assert.Equal("Kim Jong Un", m.Canonical));
        Assert.Contains(result.Mentions, static m => m.Text == "Kim");
    }

    private static (string Text, List<Mention> Mentions) Parse(string marked)
    {
        var text = new System.Text.StringBuilder();
        var mentions = new List<Mention>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] != '[')
            {
                text.Append(marked[i]);
                continue;
            }

            int colon = marked.IndexOf(':', i);
            int close = marked.IndexOf(']', colon);
            var type = marked[i + 1] switch { 'P' => MentionType.Person, 'L' => MentionType.Place, _ => MentionType.Organization };
            string name = marked[(colon + 1)..close];
            int start = text.Length;
            text.Append(name);
            string spanText = name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;
            mentions.Add(new Mention(type, start, start + spanText.Length, spanText, spanText));
            i = close;
        }

        return (text.ToString(), mentions);
    }
}
