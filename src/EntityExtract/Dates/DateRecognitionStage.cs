using EntityExtract.Pipeline;

namespace EntityExtract.Dates;

/// <summary>
/// Finds date expressions and normalizes them to ISO 8601 against the reference date. Thread-safe.
/// </summary>
public sealed class DateRecognitionStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
    }
}
