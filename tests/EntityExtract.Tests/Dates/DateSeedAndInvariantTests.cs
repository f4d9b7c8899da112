using CsCheck;

namespace EntityExtract.Tests.Dates;

/// <summary>The seed article's dates, and invariants that hold on any input.</summary>
public class DateSeedAndInvariantTests
{
    [Fact]
    public void Seed_article_dates_are_resolved_against_its_dateline()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_cd29c6cbbf7a37ba.txt"));
        var result = EntityExtractor.Extract(text);
        var dates = string.Join("\n", result.Dates.Select(d => $"{d.Text} = {d.Value ?? "null"}"));
        Assert.Equal(
            """
            Thursday, December 11, 2025 = 2025-12-11
            12/12/2025 = 2025-12-12
            Thursday = 2025-12-11
            2026 = 2026
            early next year = 2026
            2026 = 2026
            recently = PAST_REF
            October = 2025-10
            Tuesday = 2025-12-09
            """.ReplaceLineEndings("\n"),
            dates);
        Assert.DoesNotContain(result.Dates, d => d.Text.Contains("three-day", StringComparison.Ordinal));
    }

    private static readonly string[] Pieces =
    [
        "May", "march", "March", "Tuesday", "last", "next", "the", "third", "quarter", "of", "2025", "1990s", "'90s", "mid-2026",
        "Dec.", "11", ",", ".", "12/12/2025", "2025-12-11", "99/99/9999", "0000-00-00", "ago", "two", "years", "a", "year",
        "earlier", "early", "this", "winter", "fall", "every", "Monday", "now", "today", "fiscal", "Q", "—", "\n\n", "\"", "’s",
        "morning", "9999", "0001", "31", "February", "29", "30", "century", "20th", "nineteen", "ninety-six", "$", "%",
    ];

    [Fact]
    public void Any_mix_of_date_words_gives_in_bounds_spans_and_never_throws()
    {
        var gen = Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(ix => string.Join(" ", ix.Select(i => Pieces[i])));
        DateOnly?[] references = [null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2025, 12, 11), new DateOnly(2000, 2, 29)];
        Gen.Select(gen, Gen.Int[0, references.Length - 1]).Sample((text, r) =>
        {
            var reference = references[r];
            var result = EntityExtractor.Extract(text, new ExtractionOptions { ReferenceDate = reference });
            for (int k = 1; k < result.Dates.Count; k++)
            {
                // Date mentions never overlap one another.
                Assert.True(result.Dates[k - 1].End <= result.Dates[k].Start, $"{result.Dates[k - 1]} overlaps {result.Dates[k]}");
            }

            foreach (var d in result.Dates)
            {
                Assert.InRange(d.Start, 0, text.Length);
                Assert.InRange(d.End, d.Start + 1, text.Length);
                Assert.Equal(text[d.Start..d.End], d.Text);
                if (result.ReferenceDate is null && d.Value is not null)
                {
                    // Without a reference only absolute dates and TimeML reference tokens get values.
                    Assert.DoesNotContain(d.Text, new[] { "today", "ago", "last", "next", "Tuesday", "Monday" });
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void Arbitrary_strings_never_throw()
    {
        Gen.String.Sample(s => EntityExtractor.Extract(s, new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11) }), iter: 2000);
    }

    [Fact]
    public void A_long_text_dense_with_dates_finds_every_copy()
    {
        // 20,000 copies of a sentence dense with date words: each copy's dates are found. (Its cost is a
        // benchmark figure, StageBenchmarks, never a timed unit test.)
        const string sentence = "On Tuesday, December 9, 2025, the third quarter of 2025 ended early next year, two years ago in May. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 20_000));
        var dates = EntityExtractor.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11) }).Dates;
        Assert.Equal(5 * 20_000, dates.Count);
    }

    [Fact]
    public void Concurrent_calls_give_the_same_dates()
    {
        const string text = "The North fired a salvo on Tuesday and will hold a congress early next year, after the third quarter of 2025.";
        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11) };
        string expected = string.Join("|", EntityExtractor.Extract(text, options).Dates.Select(d => d.ToString()));
        Parallel.For(0, 200, _ =>
        {
            string actual = string.Join("|", EntityExtractor.Extract(text, options).Dates.Select(d => d.ToString()));
            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void A_cancelled_token_stops_the_stage()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EntityExtractor.Extract("Tuesday", null, cts.Token));
    }
}
