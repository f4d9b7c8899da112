namespace EntityExtract.Calibration;

/// <summary>
/// Records the raw signals behind every confidence of one document, for <c>train-calibration</c>: a tool puts
/// one in the context (<see cref="Pipeline.ExtractionContext.SetFeature{T}"/>) before the confidence stages run.
/// </summary>
internal sealed class CalibrationTrace
{
    public List<(CalibrationKind Kind, int Start, int End, double[] Signals)> Items { get; } = [];

    /// <summary>The spans of the reported statements that a sourceless-passive rule stated (<see cref="Quotes.ReportedStatement.Sourceless"/>).</summary>
    public List<(int Start, int End)> Sourceless { get; } = [];
}
