using EntityExtract.Pipeline;

namespace EntityExtract.Tools;

/// <summary>
/// A last pipeline stage that keeps the context of the document just extracted, so that a tool (or a test) can
/// read what the library saw: its tokens, sentences, mentions and quotes. One pipeline, one thread.
/// </summary>
public sealed class CaptureStage : IExtractionStage
{
    /// <summary>The context of the last document, or <see langword="null"/> before the first.</summary>
    public ExtractionContext? Last { get; private set; }

    /// <inheritdoc/>
    public string Name => "capture";

    /// <inheritdoc/>
    public void Process(ExtractionContext context) => Last = context;
}
