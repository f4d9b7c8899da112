using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Tokenization;

/// <summary>Input → units, written as "Kind: text" joined by " ‖ ".</summary>
public class SentenceSplitterSpecs
{
    public static TheoryData<string, string> Cases => new()
    {
        { "He left. She stayed.", "Sentence: He left. ‖ Sentence: She stayed." },
        { "Is it? Yes! Fine.", "Sentence: Is it? ‖ Sentence: Yes! ‖ Sentence: Fine." },
        { "Dr. Ahn spoke. Mr. Lee left.", "Sentence: Dr. Ahn spoke. ‖ Sentence: Mr. Lee left." },
        { "The U.S. Army fired. It hit.", "Sentence: The U.S. Army fired. ‖ Sentence: It hit." },
        { "He lives in the U.S. He works there.", "Sentence: He lives in the U.S. ‖ Sentence: He works there." },
        // A closing quotation mark after an initial's or a title's dot ends the quoted sentence.
        { "He said: \"I was in Block H.\" Labour left.", "Sentence: He said: \"I was in Block H.\" ‖ Sentence: Labour left." },
        { "They met George W. Bush. He left.", "Sentence: They met George W. Bush. ‖ Sentence: He left." },
        { "Acme Inc. said it would.", "Sentence: Acme Inc. said it would." },
        { "On Jan. 5 it began.", "Sentence: On Jan. 5 it began." },
        { "J. R. Smith won.", "Sentence: J. R. Smith won." },
        { "\"It is over.\" He said so.", "Sentence: \"It is over.\" ‖ Sentence: He said so." },
        { "\"It is over,\" he said. \"We won.\"", "Sentence: \"It is over,\" he said. ‖ Sentence: \"We won.\"" },
        { "“Done.” Then silence.", "Sentence: “Done.” ‖ Sentence: Then silence." },
        { "It rose 3.5 percent. Shares fell.", "Sentence: It rose 3.5 percent. ‖ Sentence: Shares fell." },
        { "Wait... what happened?", "Sentence: Wait... what happened?" },
        { "He said (in private.) Then left.", "Sentence: He said (in private.) ‖ Sentence: Then left." },
        { "Kim Jong Un Tightens Grip\nThe leader praised troops.", "Headline: Kim Jong Un Tightens Grip ‖ Sentence: The leader praised troops." },
        { "Thursday, December 11, 2025\n\nStory starts here.", "Dateline: Thursday, December 11, 2025 ‖ Sentence: Story starts here." },
        { "  • The Goal: win.\n  • The Cost: high.", "ListItem: • The Goal: win. ‖ ListItem: • The Cost: high." },
        // A list number stands alone, as CoNLL-style training text has it ("4. Brigita Bokovec (Slovenia) 12.92").
        { "1. The Domestic Purge\nText.", "Sentence: 1. ‖ Sentence: The Domestic Purge ‖ Sentence: Text." },
        { "This line wraps\nin the middle of a sentence.", "Sentence: This line wraps\nin the middle of a sentence." },
        { "no terminal punctuation at all", "Headline: no terminal punctuation at all" },
        { "\"We won,\" he said. \"It is over.\"\nNext line.", "Sentence: \"We won,\" he said. ‖ Sentence: \"It is over.\" ‖ Sentence: Next line." },
        { "He left (for good.)", "Sentence: He left (for good.)" },
        // No sentence ends after a symbol, a dash or a number, nor where no space follows the mark.
        { "Rates rose 5% Then fell.", "Sentence: Rates rose 5% Then fell." },
        { "He paused — Then left.", "Sentence: He paused — Then left." },
        { "It was 2025 Then it ended.", "Sentence: It was 2025 Then it ended." },
        { "Is it?Yes.", "Sentence: Is it?Yes." },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_specified(string input, string expected)
    {
        Assert.Equal(expected, Describe(input));
    }

    [Fact]
    public void Numbers_paragraphs_by_blank_lines()
    {
        var (text, segments) = Split("A one. A two.\n\nB one.\nB two.\n\n\nC one.");
        Assert.Equal([0, 0, 1, 1, 2], segments.Select(s => s.Paragraph));
        Assert.Equal("C one.", text[segments[^1].Start..segments[^1].End]);
    }

    [Fact]
    public void Without_blank_lines_each_line_is_a_paragraph()
    {
        var (_, segments) = Split("A one. A two.\nB one.\nC one.");
        Assert.Equal([0, 0, 1, 2], segments.Select(s => s.Paragraph));
    }

    [Fact]
    public void Long_runs_without_punctuation_are_cut()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var (_, segments) = Split(text, maxTokens: 100);
        Assert.Equal(10, segments.Count);
        Assert.All(segments, s => Assert.Equal(100, s.TokenCount));
    }

    [Fact]
    public void Every_token_belongs_to_exactly_one_unit()
    {
        string text = TestFiles.SeedText;
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var segments = new List<TextSegment>();
        SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), segments);
        int next = 0;
        foreach (var s in segments)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenCount > 0);
            next = s.EndToken;
        }

        Assert.Equal(tokens.Count, next);
    }

    private static (string Text, List<TextSegment> Segments) Split(string text, int maxTokens = SentenceSplitter.DefaultMaxTokens)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var segments = new List<TextSegment>();
        SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), segments, maxTokens);
        return (text, segments);
    }

    private static string Describe(string text)
    {
        var (_, segments) = Split(text);
        return string.Join(" ‖ ", segments.Select(s => $"{s.Kind}: {text[s.Start..s.End]}"));
    }
}
