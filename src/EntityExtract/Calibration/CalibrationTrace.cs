namespace EntityExtract.Calibration;

/// <summary>
/// Records the raw signals behind every confidence of one document, for <c>train-calibration</c>: a tool puts
/// one in the context (<see cref="Pipeline.ExtractionContext.SetFeature{T}"/>) before the confidence stages run.
/// </summary>
internal sealed class CalibrationTrace
{
    public List<(CalibrationKind Kind, int Start, int End, double[] Signals)> Items { get; } = [];
}
