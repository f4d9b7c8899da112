using EntityExtract.Calibration;
using Xunit;

namespace EntityExtract.Tests.Calibration;

/// <summary>
/// A statement that a passive naming no source states whatever the cue score ("is thought to be", "X reportedly
/// ...") takes the rate fitted for those statements (row <c>indirectquote-sourceless</c> of confidence.tsv), not the
/// indirect-quote calibrator, whose cue score reads the word's active sense (docs/confidence.md).
/// </summary>
public sealed class SourcelessConfidenceSpecs
{
    // One indirect-quote table over the six signals of ConfidenceSignals.ForIndirectQuote, and the rate row.
    private const string Model = "indirectquote\tmean\t0\t0\t0\t0\t0\t0\n"
        + "indirectquote\tscale\t1\t1\t1\t1\t1\t1\n"
        + "indirectquote\tweights\t0\t0\t0\t0\t0\t0\t0.1\n"
        + "indirectquote\tiso-x\n"
        + "indirectquote\tiso-y\n";

    private const string Rate = "indirectquote-sourceless\trate\t0.8673469387755102\t97\n";

    private static readonly double[] Signals = [0, 0, 0, 0, 1, -2];

    [Fact]
    public void A_sourceless_statement_gets_the_fitted_rate()
    {
        var model = ConfidenceModel.Parse(new StringReader(Model + Rate));
        Assert.Equal(new ConfidenceModel.SourcelessRate(0.8673469387755102, 97), model.Sourceless);
        Assert.Equal(0.867, model.PredictSourceless(Signals));

        // Other reported speech keeps the logistic calibrator: sigmoid(0.1 x -2) = 0.450.
        Assert.Equal(0.450, model.Predict(CalibrationKind.IndirectQuote, Signals));
    }

    [Fact]
    public void A_model_without_the_rate_scores_sourceless_statements_as_before()
    {
        var model = ConfidenceModel.Parse(new StringReader(Model));
        Assert.Null(model.Sourceless);
        Assert.Equal(model.Predict(CalibrationKind.IndirectQuote, Signals), model.PredictSourceless(Signals));
    }

    [Fact]
    public void The_rate_is_written_last_and_reads_back()
    {
        var model = ConfidenceModel.Parse(new StringReader(Model + Rate));
        var written = new StringWriter();
        model.Write(written, "");
        Assert.EndsWith(Rate, written.ToString(), StringComparison.Ordinal);
        Assert.StartsWith(Model, written.ToString(), StringComparison.Ordinal);
        Assert.Equal(model.Sourceless, ConfidenceModel.Parse(new StringReader(written.ToString())).Sourceless);
    }

    [Theory]
    [InlineData("The minister is thought to be considering his resignation after the vote.")]
    [InlineData("It was announced that the plant would close next year.")]
    public void Extraction_gives_a_sourceless_statement_the_embedded_rate(string text)
    {
        var rate = ConfidenceModel.Default.Sourceless;
        Assert.NotNull(rate);
        var statement = Assert.Single(EntityExtractor.Extract(text).Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(Math.Round(rate.Value.Confidence, 3), statement.Confidence);
    }
}
