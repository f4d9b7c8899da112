namespace EntityExtract.Entities.Resolution;

/// <summary>
/// A resolution rule: reads the document's person, place and organization mentions and returns them with
/// spans extended, types changed, mentions added or dropped (acronyms, span extension, family names, place
/// and organization contexts). Implementations are stateless and thread-safe; the run order is
/// <see cref="EntityResolutionStage"/>'s.
/// </summary>
internal interface IResolutionRule
{
    /// <summary>Applies the rule; returns the mentions in document order (the same list or a new one).</summary>
    List<Mention> Apply(ResolutionDocument document, List<Mention> mentions);
}
