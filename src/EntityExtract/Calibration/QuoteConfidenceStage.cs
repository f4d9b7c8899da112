using EntityExtract.Pipeline;

namespace EntityExtract.Calibration;

/// <summary>
/// Gives every quote its calibrated <see cref="Quote.Confidence"/>: the probability that the quote and its
/// attribution are right (see <c>docs/confidence.md</c>). Runs after quote attribution. Stateless and thread-safe.
/// </summary>
public sealed class QuoteConfidenceStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "quote-confidence";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var quotes = context.Quotes;
        if (quotes.Count == 0)
        {
            return;
        }

        var model = ConfidenceModel.Default;
        var trace = context.GetFeature<CalibrationTrace>();
        var evidence = context.GetFeature<ReportedEvidence>();
        var scored = new Quote[quotes.Count];
        Span<double> buffer = stackalloc double[Math.Max(ConfidenceSignals.QuoteCount, ConfidenceSignals.IndirectQuoteCount)];

        // The document's names sorted once, on the first reported quote, so that each one's look-up is a binary search
        // (NamedSpans).
        NamedSpans? names = null;
        for (int i = 0; i < scored.Length; i++)
        {
            var q = quotes[i];
            // Reported speech has its own calibrator: its content has no marks to find, so it is right or wrong in
            // other ways than a quotation (docs/confidence.md).
            var kind = q.Kind == QuoteKind.Indirect ? CalibrationKind.IndirectQuote : CalibrationKind.Quote;
            var statement = kind == CalibrationKind.IndirectQuote ? evidence?.Find(q.Start, q.End) : null;
            var signals = kind == CalibrationKind.IndirectQuote
                ? ConfidenceSignals.ForIndirectQuote(context, q, statement, names ??= NamedSpans.Of(context.Mentions), buffer)
                : ConfidenceSignals.ForQuote(context.Text, q, buffer);
            trace?.Items.Add((kind, q.Start, q.End, signals.ToArray()));

            // A statement that a sourceless-passive rule stated whatever its cue score takes that rule's own rate:
            // the score reads the word's active sense ("I thought"), so the calibrator gave them 0.12-0.97 (BBC mean
            // 0.648) while 75 of 97 on PolNeAR train are right (docs/confidence.md, "Statements that name no source").
            bool sourceless = statement is { Sourceless: true };
            if (sourceless)
            {
                trace?.Sourceless.Add((q.Start, q.End));
            }

            scored[i] = q.WithConfidence(sourceless ? model.PredictSourceless(signals) : model.Predict(kind, signals));
        }

        context.ReplaceQuotes(scored);
    }
}
