using System.Text;

namespace EntityExtract.Tests.Robustness;

/// <summary>Inputs that break naive extractors: each must give a result whose spans are consistent.</summary>
public class HostileInputTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>
        {
            "million quote marks",
            "million dots",
            "no spaces",
            "control characters",
            "lone and reversed surrogates",
            "mixed scripts",
            "html",
            "json",
            "whitespace only",
            "unbalanced quotes",
            "capitals only",
            "nested quotes",
            "dateline junk",
            "clause opening with a comma",
            "capitals without lower case",
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Gives_a_consistent_result(string name)
    {
        string text = Build(name);
        var result = EntityExtractor.Extract(text);
        Invariants.AssertHold(text, result);
    }

    [Fact]
    public void Unbalanced_quotes_do_not_swallow_the_article()
    {
        string text = "He said \"this never closes.\n\nA new paragraph starts here. \"It is over,\" Smith said. Another \"stray one";
        var result = EntityExtractor.Extract(text);
        Invariants.AssertHold(text, result);
        Assert.All(result.Quotes, q => Assert.True(q.End - q.Start < 200, $"quote swallowed text: {q.Text}"));
    }

    internal static string Build(string name) => name switch
    {
        "million quote marks" => string.Concat(Enumerable.Repeat("\"“”‘’'", 1_000_000 / 6)),
        "million dots" => new string('.', 1_000_000),
        "no spaces" => string.Concat(Enumerable.Repeat("KimJongUnSaid", 80_000)),
        "control characters" => new string(Enumerable.Range(0, 20_000).Select(i => (char)(i % 32)).ToArray()),
        "lone and reversed surrogates" => string.Concat(Enumerable.Repeat("Kim \uDC00\uD800 said \uD800 \"x\uDFFF\" ", 5_000)),
        "mixed scripts" => string.Concat(Enumerable.Repeat("Kim Jong Un 김정은 met Путин in Москва 北京 said “مرحبا” 👍🏽. ", 2_000)),
        "html" => string.Concat(Enumerable.Repeat("<div class=\"x\"><p>President <b>Lee</b> said &quot;no&quot; on <a href=\"https://x.org\">Tuesday</a>.</p></div>\n", 2_000)),
        "json" => string.Concat(Enumerable.Repeat("{\"name\": \"Kim Jong Un\", \"said\": \"\\\"hello\\\"\", \"date\": \"2025-12-11\"}\n", 2_000)),
        "whitespace only" => new string(' ', 10_000) + "\n\n\t\u00A0\u2028",
        "unbalanced quotes" => string.Concat(Enumerable.Repeat("\"Open said Kim. “Curly open. ‘single ", 5_000)),
        "capitals only" => string.Concat(Enumerable.Repeat("NORTH KOREA SAID ON TUESDAY THAT KIM JONG UN MET TRUMP. ", 5_000)),
        "nested quotes" => string.Concat(Enumerable.Repeat("\"He said ‘she said “they said \"no\"” ok’ fine,\" Kim said. ", 3_000)),
        "dateline junk" => "Thursday, December 99, 99999\n2025-02-30\n13/13/2025 — " + new StringBuilder().Append('9', 10_000),
        // A text cut mid-sentence: the participle's frame looked for a quotation's attribution before the comma at
        // token 0 (index -1; fuzzing with slices of news articles found it).
        "clause opening with a comma" => ", saying he would resign.",
        "capitals without lower case" => string.Concat(Enumerable.Repeat("ℂℍℕ ℙℚℝ ϒϓ said ℤ. ", 500)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
