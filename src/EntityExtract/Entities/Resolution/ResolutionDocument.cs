using EntityExtract.Pipeline;

namespace EntityExtract.Entities.Resolution;

/// <summary>What the resolution rules share for one document. Belongs to one call.</summary>
internal sealed class ResolutionDocument(ExtractionContext context, IReadOnlyList<Mention> others)
{
    /// <summary>The extraction context (text and tokens).</summary>
    public ExtractionContext Context { get; } = context;

    /// <summary>The document text.</summary>
    public string Text => Context.Text;

    /// <summary>The mentions of other types (dates, custom stages), which resolution leaves alone.</summary>
    public IReadOnlyList<Mention> Others { get; } = others;

    /// <summary>Acronyms defined in the document ("Korean Central News Agency (KCNA)"), with their type and long form.</summary>
    public Dictionary<string, (MentionType Type, string LongForm)> AcronymDefinitions { get; } = new(StringComparer.Ordinal);
}
