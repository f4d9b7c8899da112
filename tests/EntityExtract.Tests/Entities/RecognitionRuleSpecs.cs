using EntityExtract.Entities;
using EntityExtract.Entities.Rules;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// Recognition rules fed the tagger's candidate by hand, for the readings a whole document gives the tagger and one
/// sentence does not ("Xi and Mr. Obama" read as one organization in a long article about both men). A candidate is
/// written as "Type:first word..last word" (the words of the text, each once); the result as "Type:text".
/// </summary>
public class RecognitionRuleSpecs
{
    public static TheoryData<string, string, string> Rows => new()
    {
        // TitleSplitRule: the words before a title keep the organization's type without their lower-case end.
        { "Then Mr. Xi and Mr. Obama sealed their agreement.", "Organization:Xi..Obama", "Organization:Xi|Person:Obama" },
        { "He wrote for the Times newspaper, Ms Dunwoody said.", "Organization:Times..Dunwoody", "Organization:Times|Person:Dunwoody" },
        { "Federal Reserve Governor Lawrence Lindsey said so.", "Organization:Federal..Lindsey", "Organization:Federal Reserve|Person:Lawrence Lindsey" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_title_splits_the_candidate_around_it(string text, string candidate, string expected)
    {
        var (document, tokens, segments) = Prepare(text);
        var candidates = new List<NerCandidate> { Parse(text, tokens, segments, candidate) };
        new TitleSplitRule().Apply(new CandidateDocument(text, tokens, segments, document), candidates);
        Assert.Equal(expected, string.Join('|', candidates.Select(c => $"{c.Type}:{text[tokens[c.First].Start..tokens[c.Last].End]}")));
    }

    [Theory]
    // HonorificPersonRule: the words after an honorific are a person, retyped or added; not a title, not "Miss".
    [InlineData("Then Mr. King added a line.", "Organization:King..King", "Person:King")]
    [InlineData("Then Mr. King added a line.", "", "Person:King")]
    [InlineData("Ms Cathy Jamieson said so.", "", "Person:Cathy Jamieson")]
    [InlineData("What's the plan, Mr. President?", "", "")]
    [InlineData("Miss World was held in London.", "", "")]
    [InlineData("She lives on Mulholland Dr. Smith lives next door.", "", "")]
    // After another title a one-word place or organization is retyped; a longer one is left alone, and nothing is added.
    [InlineData("Professor Rothwell, who is also vice-president, said so.", "Place:Rothwell..Rothwell", "Person:Rothwell")]
    [InlineData("He was taken to Queen Elizabeth Hospital on Monday.", "Organization:Elizabeth..Hospital", "Organization:Elizabeth Hospital")]
    [InlineData("President Bush can celebrate.", "", "")]
    public void The_words_after_an_honorific_are_a_person(string text, string candidate, string expected)
    {
        var (document, tokens, segments) = Prepare(text);
        var candidates = candidate.Length == 0 ? [] : new List<NerCandidate> { Parse(text, tokens, segments, candidate) };
        new HonorificPersonRule().Apply(new CandidateDocument(text, tokens, segments, document), candidates);
        Assert.Equal(expected, string.Join('|', candidates.Select(c => $"{c.Type}:{text[tokens[c.First].Start..tokens[c.Last].End]}")));
    }

    [Theory]
    // HeadingCommonWordRule: a person made of common words in a numbered or Title Case heading is dropped; not in a
    // results line (numbers, brackets), a sentence, with a given name, or when the text capitalizes the word elsewhere.
    [InlineData("4. Gunpowder Diplomacy\nThe North fired a salvo of artillery on Tuesday.", "Person:Gunpowder..Diplomacy", "")]
    [InlineData("Leader Praises Gunpowder Diplomacy At Party Meeting\nKim attacked his officials on Tuesday.", "Person:Gunpowder..Diplomacy", "")]
    [InlineData("2. Jearl Diplomacy (U.S.) 50.42\n3. Maria Mutola (Mozambique) 50.98", "Person:Jearl..Diplomacy", "Person:Jearl Diplomacy")]
    [InlineData("4. Gunpowder Diplomacy is back.\nThe North fired a salvo of artillery on Tuesday.", "Person:Gunpowder..Diplomacy", "Person:Gunpowder Diplomacy")]
    [InlineData("4. John Diplomacy\nThe North fired a salvo of artillery on Tuesday.", "Person:John..Diplomacy", "Person:John Diplomacy")]
    [InlineData("4. Gunpowder Diplomacy\nThe book by Gunpowder Diplomacy sold well.", "Person:Gunpowder..Diplomacy", "Person:Gunpowder Diplomacy")]
    public void A_person_of_common_words_in_a_heading_is_dropped(string text, string candidate, string expected)
    {
        var (document, tokens, segments) = Prepare(text);
        var candidates = new List<NerCandidate> { Parse(text, tokens, segments, candidate) };
        new HeadingCommonWordRule().Apply(new CandidateDocument(text, tokens, segments, document), candidates);
        Assert.Equal(expected, string.Join('|', candidates.Select(c => $"{c.Type}:{text[tokens[c.First].Start..tokens[c.Last].End]}")));
    }

    [Theory]
    // CaptionCreditRule: a one-word organization in capitals in the brackets that close a caption line is dropped,
    // unless the gazetteer knows it, the text capitalizes it elsewhere, or it spells the words before it.
    [InlineData("Troops parade in Pyongyang on Monday (STR)\nThe war goes on.", "Organization:STR..STR", "")]
    [InlineData("Troops parade in Pyongyang on Monday (AFP)\nThe war goes on.", "Organization:AFP..AFP", "Organization:AFP")]
    [InlineData("Troops parade in Pyongyang on Monday (KCNA)\nThe state agency KCNA said so.", "Organization:KCNA..KCNA", "Organization:KCNA")]
    [InlineData("Troops parade for the Korean Central News Agency (KCNA)\nThe war goes on.", "Organization:KCNA..KCNA", "Organization:KCNA")]
    [InlineData("Troops parade in Pyongyang (STR) on Monday.", "Organization:STR..STR", "Organization:STR")]
    public void An_unknown_caption_credit_is_no_organization(string text, string candidate, string expected)
    {
        var (document, tokens, segments) = Prepare(text);
        var candidates = new List<NerCandidate> { Parse(text, tokens, segments, candidate) };
        new CaptionCreditRule().Apply(new CandidateDocument(text, tokens, segments, document), candidates);
        Assert.Equal(expected, string.Join('|', candidates.Select(c => $"{c.Type}:{text[tokens[c.First].Start..tokens[c.Last].End]}")));
    }

    private static (NerTokenInfo[] Info, TextToken[] Tokens, TextSegment[] Segments) Prepare(string text)
    {
        var tokenList = new List<TextToken>();
        Tokenizer.Tokenize(text, tokenList);
        var segmentList = new List<TextSegment>();
        SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokenList), segmentList);
        var tokens = tokenList.ToArray();
        var segments = segmentList.ToArray();
        var info = new NerTokenInfo[tokens.Length];
        NerTagger.Prepare(NerModel.Default, text, tokens, segments, info);
        return (info, tokens, segments);
    }

    private static NerCandidate Parse(string text, TextToken[] tokens, TextSegment[] segments, string candidate)
    {
        var (type, span) = (Enum.Parse<MentionType>(candidate[..candidate.IndexOf(':')]), candidate[(candidate.IndexOf(':') + 1)..]);
        var ends = span.Split("..");
        int first = Array.FindIndex(tokens, t => t.GetText(text).SequenceEqual(ends[0]));
        int last = Array.FindIndex(tokens, first, t => t.GetText(text).SequenceEqual(ends[1]));
        var segment = segments.Single(s => s.FirstToken <= first && first < s.EndToken);
        return new NerCandidate(type, first, last, segment.FirstToken, segment.EndToken);
    }
}
