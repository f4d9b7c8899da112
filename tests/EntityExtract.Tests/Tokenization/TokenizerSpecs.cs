using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Tokenization;

/// <summary>Input → tokens, written as the token texts joined by " | ", with the kind where it matters.</summary>
public class TokenizerSpecs
{
    public static TheoryData<string, string> Cases => new()
    {
        { "Kim Jong Un met Trump.", "Kim | Jong | Un | met | Trump | ." },
        { "Kim’s rhetoric", "Kim | ’s | rhetoric" },
        { "Kim's rhetoric", "Kim | 's | rhetoric" },
        { "don't", "do | n't" },
        { "They're here", "They | 're | here" },
        { "O'Brien said", "O'Brien | said" },
        { "the U.S. Army", "the | U.S. | Army" },
        { "Dr. Ahn and Jan. 5", "Dr. | Ahn | and | Jan. | 5" },
        { "Acme Inc. said", "Acme | Inc. | said" },
        { "MONDAY, DEC. 8, 2025", "MONDAY | , | DEC. | 8 | , | 2025" },
        { "THE END.", "THE | END | ." },
        { "J. R. R. Tolkien", "J. | R. | R. | Tolkien" },
        { "Ahn Chan-il and Lee Jae-myung", "Ahn | Chan-il | and | Lee | Jae-myung" },
        { "mid-to-high-level", "mid-to-high-level" },
        { "dead and thousands wounded—Kim framed", "dead | and | thousands | wounded | — | Kim | framed" },
        { "1990–2000", "1990 | – | 2000" },
        { "a - b -- c", "a | - | b | -- | c" },
        { "1,000 people and 3.5 percent", "1,000 | people | and | 3.5 | percent" },
        { "on 12/12/2025 and 2025-12-11.", "on | 12/12/2025 | and | 2025-12-11 | ." },
        { "$4bn and 10%", "$ | 4bn | and | 10 | %" },
        { "the 1990s and the '90s", "the | 1990s | and | the | '90s" },
        { "at 10:30 a.m.", "at | 10:30 | a.m." },
        { "see https://example.com/a?b=1.", "see | https://example.com/a?b=1 | ." },
        { "visit www.example.org, then", "visit | www.example.org | , | then" },
        { "mail jane.doe@example.com now", "mail | jane.doe@example.com | now" },
        { "@KCNA_watch and #Korea", "@KCNA_watch | and | #Korea" },
        { "\"Evil\" at Home", "\" | Evil | \" | at | Home" },
        { "“Heroes” Abroad", "“ | Heroes | ” | Abroad" },
        { "‘evil’ ways", "‘ | evil | ’ | ways" },
        { "  • The Goal:", "• | The | Goal | :" },
        { "São Paulo and Zürich", "São | Paulo | and | Zürich" },
        { "北朝鮮 said", "北朝鮮 | said" },
        { "Москва и Киев", "Москва | и | Киев" },
        { "great 👍🏽 news", "great | 👍🏽 | news" },
        { "family 👨‍👩‍👧 photo", "family | 👨‍👩‍👧 | photo" },
        { "wait...", "wait | ..." },
        { "wait… what", "wait | … | what" },
        { "no\u00A0break", "no | break" },
        { "(STR)", "( | STR | )" },

        // Where a plain run of letters or digits ends (issue 14: Read takes a shortcut for these): white space,
        // clause punctuation and quotes end it; a comma or colon ends a number only when no digit follows.
        { "yes, no; maybe: (so) [it] {is} \"done\" now? go!", "yes | , | no | ; | maybe | : | ( | so | ) | [ | it | ] | { | is | } | \" | done | \" | now | ? | go | !" },
        { "in 2025, then 5: 1,5 and 7:45", "in | 2025 | , | then | 5 | : | 1,5 | and | 7:45" },
        { "hot http www wwf htm", "hot | http | www | wwf | htm" },
        { "can't, don't\tcannot", "ca | n't | , | do | n't | cannot" },
        { "end.\r\nNext", "end | . | Next" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_as_specified(string input, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", TokenTexts(input)));
    }

    public static TheoryData<string, TokenKind> Kinds => new()
    {
        { "Kim", TokenKind.Word },
        { "2025-12-11", TokenKind.Number },
        { "https://a.b/c", TokenKind.Url },
        { "a@b.org", TokenKind.Email },
        { "@handle", TokenKind.Handle },
        { "“", TokenKind.Quote },
        { "—", TokenKind.Dash },
        { "•", TokenKind.Bullet },
        { "😀", TokenKind.Emoji },
        { "%", TokenKind.Symbol },
        { ",", TokenKind.Punctuation },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Classifies_single_tokens(string input, TokenKind kind)
    {
        var reader = new Tokenizer(input);
        Assert.True(reader.Read());
        Assert.Equal(kind, reader.Current.Kind);
        Assert.Equal(input.Length, reader.Current.Length);
        Assert.False(reader.Read());
    }

    // A run of letters is cut at MaxTokenLength wherever it ends, and the rest follows as its own token.
    public static TheoryData<int, int[]> LongRuns => new()
    {
        { Tokenizer.MaxTokenLength - 1, [Tokenizer.MaxTokenLength - 1, 1] },
        { Tokenizer.MaxTokenLength, [Tokenizer.MaxTokenLength, 1] },
        { Tokenizer.MaxTokenLength + 1, [Tokenizer.MaxTokenLength, 1, 1] },
        { Tokenizer.MaxTokenLength + 300, [Tokenizer.MaxTokenLength, 300, 1] },
    };

    [Theory]
    [MemberData(nameof(LongRuns))]
    public void Cuts_long_runs_at_the_maximum_token_length(int letters, int[] lengths)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(new string('a', letters) + " b", tokens);
        Assert.Equal(lengths, tokens.Select(t => t.Length));
    }

    [Fact]
    public void Marks_line_and_paragraph_starts()
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize("a b\nc\n\nd", tokens);
        Assert.Equal(TokenSpacing.LineStart | TokenSpacing.ParagraphStart, tokens[0].Flags);
        Assert.Equal(TokenSpacing.SpaceBefore, tokens[1].Flags);
        Assert.Equal(TokenSpacing.SpaceBefore | TokenSpacing.LineStart, tokens[2].Flags);
        Assert.Equal(TokenSpacing.SpaceBefore | TokenSpacing.LineStart | TokenSpacing.ParagraphStart, tokens[3].Flags);
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0xDBFF)]
    public void Lone_surrogates_are_one_unit_symbols(int unit)
    {
        // Built here rather than in the theory data, which the runner would re-encode as U+FFFD.
        string input = "a" + (char)unit + "b";
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(input, tokens);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(TokenKind.Symbol, tokens[1].Kind);
        Assert.Equal(1, tokens[1].Length);
    }

    [Fact]
    public void Default_reader_reads_nothing()
    {
        var reader = default(Tokenizer);
        Assert.False(reader.Read());
    }

    public static TheoryData<string> Nasty => new()
    {
        "",
        " ",
        "\uD800\uD800\uDC00\uDC00",
        "\"\"\"\"''''“”“",
        "....................",
        "----",
        "a'",
        "'",
        "n't",
        "x@",
        "@",
        "1,",
        "1.",
        "U.S",
        "http://",
        "https://)",
        "\u0301\u0301abc",
        "e\u0301te\u0301",
        new string('a', 5000),
        string.Concat(Enumerable.Repeat("\uD83D\uDE00\u200D", 100)),
        "<p>Hello &amp; {\"json\": [1,2]}</p>",
        "\0\u0001\u0002\u007F",
    };

    [Theory]
    [MemberData(nameof(Nasty))]
    public void Tokens_and_gaps_rebuild_the_input(string input)
    {
        AssertRebuilds(input);
    }

    internal static void AssertRebuilds(string input)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(input, tokens);
        int position = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Length > 0, "empty token");
            Assert.True(t.Start >= position, "overlapping tokens");
            for (int i = position; i < t.Start; i++)
            {
                // Gaps are only whitespace or invisible controls.
                Assert.True(char.IsWhiteSpace(input[i]) || char.IsControl(input[i]) || input[i] is '\u200B' or '\uFEFF' || char.GetUnicodeCategory(input[i]) == System.Globalization.UnicodeCategory.Format,
                    $"gap holds {(int)input[i]:X4}");
            }

            position = t.End;
        }

        Assert.True(position <= input.Length);
        for (int i = position; i < input.Length; i++)
        {
            Assert.True(char.IsWhiteSpace(input[i]) || char.IsControl(input[i]) || char.GetUnicodeCategory(input[i]) == System.Globalization.UnicodeCategory.Format);
        }
    }

    private static List<string> TokenTexts(string input)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(input, tokens);
        return tokens.Select(t => input.Substring(t.Start, t.Length)).ToList();
    }
}
