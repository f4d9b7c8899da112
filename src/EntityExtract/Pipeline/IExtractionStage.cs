namespace EntityExtract.Pipeline;

/// <summary>
/// One ordered, replaceable step of an <see cref="ExtractionPipeline"/>: it reads the shared
/// <see cref="ExtractionContext"/> and adds to it. The built-in recognizers are stages like any other.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: one instance serves every call of a pipeline at once, so keep
/// per-document state in the context, never in fields. A stage must not throw on any text; it
/// should check <see cref="ExtractionContext.CancellationToken"/> in long loops.
/// </remarks>
public interface IExtractionStage
{
    /// <summary>A short name for diagnostics, such as "entities" or "dates".</summary>
    string Name { get; }

    /// <summary>Processes one document.</summary>
    /// <param name="context">The document and everything earlier stages found.</param>
    void Process(ExtractionContext context);
}
