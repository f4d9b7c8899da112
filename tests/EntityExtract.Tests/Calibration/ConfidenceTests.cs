using EntityExtract.Calibration;
using EntityExtract.Lexicons;
using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tools;
using Xunit;

namespace EntityExtract.Tests.Calibration;

public sealed class ConfidenceTests
{
    private const string Text = """
        SEOUL, Dec. 11 (Reuters) - North Korean leader Kim Jong Un met Russian officials in Pyongyang on Tuesday, the Korean Central News Agency said.
        "We will strengthen our cooperation," Kim said. Analysts at Kyungnam University said the talks mattered.
        """;

    [Fact]
    public void Every_confidence_is_a_probability()
    {
        var result = EntityExtractor.Extract(Text);
        Assert.NotEmpty(result.Mentions);
        Assert.NotEmpty(result.Quotes);
        Assert.All(result.Mentions, m => Assert.InRange(m.Confidence, 0, 1));
        Assert.All(result.Quotes, q => Assert.InRange(q.Confidence, 0, 1));
        Assert.All(result.People.Concat(result.Places).Concat(result.Organizations), e => Assert.Equal(e.Mentions.Max(m => m.Confidence), e.Confidence));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(1.0)]
    public void Minimum_confidence_keeps_exactly_the_mentions_and_quotes_at_or_above_it(double minimum)
    {
        var all = EntityExtractor.Extract(Text);
        var kept = EntityExtractor.Extract(Text, new ExtractionOptions { MinimumConfidence = minimum });
        Assert.Equal(all.Mentions.Where(m => m.Confidence >= minimum).Select(m => m.ToString()), kept.Mentions.Select(m => m.ToString()));
        Assert.Equal(all.Quotes.Where(q => q.Confidence >= minimum).Select(q => q.ToString()), kept.Quotes.Select(q => q.ToString()));
        Assert.All(kept.Mentions, m => Assert.Equal(Text[m.Start..m.End], m.Text));
    }

    [Fact]
    public void Minimum_confidence_zero_drops_nothing()
    {
        var all = EntityExtractor.Extract(Text);
        var zero = EntityExtractor.Extract(Text, new ExtractionOptions { MinimumConfidence = 0 });
        Assert.Equal(all.Mentions.Count, zero.Mentions.Count);
        Assert.Equal(all.Quotes.Count, zero.Quotes.Count);
    }

    [Fact]
    public void Lexicon_matches_carry_confidence_one()
    {
        var lexicon = EntityLexicon.Create([new LexiconEntry(MentionType.Organization, "Kyungnam University")]);
        var result = EntityExtractor.Extract(Text, new ExtractionOptions { Lexicons = [lexicon] });
        var match = Assert.Single(result.Mentions, m => m.Text == "Kyungnam University");
        Assert.Equal(1.0, match.Confidence);
    }

    [Fact]
    public void Confidences_are_deterministic()
    {
        var a = EntityExtractor.Extract(Text);
        var b = EntityExtractor.Extract(Text);
        Assert.Equal(a.Mentions.Select(m => m.Confidence), b.Mentions.Select(m => m.Confidence));
        Assert.Equal(a.Quotes.Select(q => q.Confidence), b.Quotes.Select(q => q.Confidence));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void A_confidence_outside_zero_to_one_is_refused(double confidence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Mention(MentionType.Person, 0, 3, "Kim", confidence: confidence));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quote(0, 3, "abc", QuoteKind.Direct, confidence: confidence));
    }

    /// <summary>
    /// Held-out ECE ceilings (docs/confidence.md, a little above the figures measured there). One calibrator serves
    /// every kind of text, so the target of 0.05 holds for each type pooled over the suite's sets
    /// ("all sets"); each set alone is held to its own measured figure, so that a change cannot make it worse unseen.
    /// </summary>
    private static readonly (string Set, string Kind, double Ceiling)[] EceCeilings =
    [
        ("all sets", "person", 0.05),
        ("all sets", "place", 0.05),
        ("all sets", "organization", 0.05),
        ("tempeval3/TBAQ-cleaned", "date", 0.05),
        ("polnear/dev", "quote", 0.05),
        // Measured 0.063 on this split (the held-out half is right 0.748 of the time, the fitting half more often),
        // 0.071 after the merged cue model of stop 21 (held-out half right 0.743 of the time); issue 18's 0.05 is
        // judged on the mean over 20 halvings below (0.048).
        ("polnear/dev", "indirectquote", 0.075),
        // Per set, after the text-kind model and the tagger's rivals (issue 18, branch calib2), from btc 0.087 / 0.039 /
        // 0.051, CoNLL 0.032 / 0.074 / 0.157, GUM 0.066 / 0.078 / 0.150, UNER 0.107 / 0.093 / 0.219 (person / place /
        // organization). These figures move by 0.02-0.04 with any refit (a GUM half is 21 articles).
        ("conll-testa", "person", 0.035), // 0.026
        ("conll-testa", "place", 0.055), // 0.046
        // 0.067 after the refit to the structured entity model (stop 31; 0.053 with the greedy one); its mean over 20
        // halvings is 0.050 (range 0.016-0.102), so this one split's figure is the halving's noise.
        ("conll-testa", "organization", 0.075),
        ("gum-wikinews", "person", 0.08), // 0.071
        // 0.134, raised from 0.10: one fitting-half article (a football report, 48 places, one right: GUM marks the
        // countries that play as organizations) now teaches the calibrator, which tells Wikinews from other text, that
        // Wikinews places are often wrong; the held-out half's are right 0.665 of the time. Over 20 halvings the mean
        // is 0.179 against 0.173 before (range 0.077-0.345 against 0.06-0.33): the same noise, not a worse calibrator.
        ("gum-wikinews", "place", 0.15),
        // 0.105 after the refit to the structured entity model (stop 31; 0.088 with the greedy one); over 20 halvings the
        // mean is 0.121 (0.056-0.216) against 0.105 (0.064-0.173) before: 249 held-out names, noise floor 0.056.
        ("gum-wikinews", "organization", 0.12),
        // Issue 18's per-set target is not met for UNER persons and organizations (docs/confidence.md).
        // 0.124 after the refit of stop 26 (0.099 before; noise floor 0.072, 168 names; mean over 20 halvings 0.150).
        ("uner-ewt-dev", "person", 0.135),
        // 0.086 after the refit to the structured entity model (stop 31; 0.053 with the greedy one); over 20 halvings the
        // mean is 0.089 (0.049-0.143) against 0.085 (0.046-0.138) before: the same, this split's figure is noise.
        ("uner-ewt-dev", "place", 0.095),
        ("uner-ewt-dev", "organization", 0.17), // 0.158
        // 0.045 after the refit of stop 26 (0.068 before it: ner6's handles and titles); 0.066 after the refit to the
        // structured entity model (stop 31), whose mean over 20 halvings is 0.052 (0.031-0.071) against 0.058 before.
        ("btc-news", "person", 0.075),
        // 0.068 after the refit to the structured entity model (stop 31; 0.047 with the greedy one); over 20 halvings
        // the mean is 0.052 (0.022-0.092) against 0.041 (0.023-0.068) before.
        ("btc-news", "place", 0.075),
        // 0.069 after the refit of stop 26 (0.049 before): common-word handles are now typed organizations before the
        // tagger reads them, so BTC's organizations changed; the mean over 20 refitted halvings is 0.056 (0.039-0.084).
        ("btc-news", "organization", 0.08),
    ];

    /// <summary>
    /// The noise floor is what chance alone measures on a perfectly calibrated model: nothing when every
    /// confidence is 0 or 1, little on thousands of items, and several hundredths on the 170 to 330 held-out names of
    /// a UNER or GUM type (issue 18's per-set target of 0.05 sits below it there).
    /// </summary>
    [Theory]
    [InlineData(200, 1.0, 0.0, 0.0)]
    [InlineData(200, 0.0, 0.0, 0.0)]
    [InlineData(20000, 0.5, 0.0, 0.01)]
    [InlineData(170, 0.5, 0.03, 0.1)]
    public void Noise_floor_is_the_error_chance_alone_measures(int count, double confidence, double low, double high)
    {
        var samples = Enumerable.Range(0, count).Select(i => new CalibrationTool.Sample("set", 0, [], confidence, i % 2 == 0, i)).ToList();
        Assert.InRange(CalibrationTool.NoiseFloor(samples), low, high);
    }

    [SharedDataFact("conll2003/eng.testa")]
    public void Held_out_calibration_error_is_within_its_ceiling()
    {
        var samples = CalibrationTool.Collect(1);
        foreach (var (set, kind, ceiling) in EceCeilings)
        {
            var group = samples
                .Where(s => (set == "all sets" || s.Set == set) && ((CalibrationKind)s.Kind).ToString().Equals(kind, StringComparison.OrdinalIgnoreCase))
                .ToList();
            Assert.True(group.Count > 0, $"no held-out {set} {kind}");
            double ece = CalibrationTool.Ece(group);
            Assert.True(ece <= ceiling, $"ECE of {set} {kind} is {ece:F3}, above {ceiling}");
        }
    }

    /// <summary>
    /// Issue 18's target, ECE at most 0.05 for each type pooled over the sets and for quotes and dates, on the
    /// steadier figure: the mean over 20 seeded random halvings of each set's documents (fit on one half, score the
    /// other), as <c>eval-calibration</c> prints it. One halving moves by several points with the documents it holds.
    /// </summary>
    [SharedDataFact("conll2003/eng.testa")]
    public void Mean_calibration_error_over_random_halvings_is_within_the_target()
    {
        var (ece, _) = CalibrationTool.ResplitEce([.. CalibrationTool.Collect(0), .. CalibrationTool.Collect(1)], 20);
        foreach (var (set, kind) in (ReadOnlySpan<(string, CalibrationKind)>)[
            ("all sets", CalibrationKind.Person), ("all sets", CalibrationKind.Place), ("all sets", CalibrationKind.Organization),
            ("polnear/dev", CalibrationKind.Quote), ("polnear/dev", CalibrationKind.IndirectQuote), ("tempeval3/TBAQ-cleaned", CalibrationKind.Date)])
        {
            double mean = ece[(set, (int)kind)].Average();
            Assert.True(mean <= 0.05, $"mean ECE of {set} {kind} over 20 halvings is {mean:F3}, above 0.05");
        }
    }
}
