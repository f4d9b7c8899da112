namespace EntityExtract;

/// <summary>
/// How a quotation is woven into the text; the JSON contract writes it as <c>"kind"</c> in lower case
/// (<c>output-schema.md</c>). The <c>default</c> is <see cref="Direct"/>.
/// </summary>
public enum QuoteKind
{
    /// <summary>A whole clause or more of quoted speech: <c>"They are likely positioning themselves ...," said X.</c></summary>
    Direct,

    /// <summary>A fragment quoted inside reported speech: <c>accusing them of "wrong ideological viewpoints"</c>.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: the content clause of <c>Officials warned that prices could rise</c> (<c>prices could rise</c>).</summary>
    Indirect,
}
