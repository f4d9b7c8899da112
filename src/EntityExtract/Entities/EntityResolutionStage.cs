using EntityExtract.Pipeline;

namespace EntityExtract.Entities;

/// <summary>
/// Resolves the document's person, place and organization mentions to one canonical name per entity
/// ("Kim" → "Kim Jong Un"). Thread-safe.
/// </summary>
public sealed class EntityResolutionStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "resolution";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
    }
}
