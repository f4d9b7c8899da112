using EntityExtract.Dates;
using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tokenization;
using EntityExtract.Tools;

namespace EntityExtract.Tests.Dates;

/// <summary>
/// The token classifier may only skip work: every class an element predicate accepts for a token must be among the
/// token's class bits, or a date would be lost.
/// </summary>
public class DateTokenClassSpecs
{
    private const string Tricky =
        "On Thursday, December 11, 2025 (Dec. 11; DEC. 11; Sept. 3; SEPT 3; Jan 5; Thurs.; Wed.) in mid-November, late-November, " +
        "mid-2026, the mid-1990s, the 1990s, the '90s, the ’80s, the 1800s, third-quarter, first-half, Q3, H1, 20th century, " +
        "twenty-first, twentieth, nineteen ninety-six, the nineties, 1st 2nd 3rd 4th 11th 31st, 12/12/2025, 2025-12-11, 11.12.2025, " +
        "19980303, 12/12/25, 2009-2013, Dec. 15-16, a an one twenty several few 3 100, days weeks weekends months quarters years " +
        "decades centuries century, spring summer fall autumn winter SPRING, last past previous this current next coming LAST, " +
        "year-end year-earlier year-ago, May MAY may, August Wilson, March march, Sat Sun Wednesday WEDNESDAY, Christmas Easter.";

    public static TheoryData<string> Texts => new()
    {
        Tricky,
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_cd29c6cbbf7a37ba.txt")),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Class_bits_cover_every_predicate(string text) => AssertCovered(text);

    [SharedDataFact("tempeval3/TBAQ-cleaned")]
    public void Class_bits_cover_every_predicate_on_TBAQ()
    {
        foreach (var file in Directory.EnumerateFiles(SharedData.PathTo(DateEvaluation.DefaultSet)!, "*.tml", SearchOption.AllDirectories))
        {
            AssertCovered(File.ReadAllText(file));
        }
    }

    private static void AssertCovered(string text)
    {
        var list = new List<TextToken>();
        Tokenizer.Tokenize(text, list);
        var index = DatePatterns.Index;
        foreach (var token in list)
        {
            uint classes = index.Classify(text, token);
            foreach (var kind in Enum.GetValues<DateElementKind>())
            {
                if (kind == DateElementKind.Literal)
                {
                    continue;
                }

                var captures = default(DateCaptures);
                foreach (var order in (ReadOnlySpan<DateOrder>)[DateOrder.MonthFirst, DateOrder.DayFirst])
                {
                    bool matches = DatePattern.MatchElement(text, token, new DateElement(kind, null), order, ref captures);
                    Assert.False(matches && (classes & (1u << (int)kind)) == 0, $"'{token.GetText(text)}' matches {kind} but is not classified so");
                }
            }
        }
    }
}
