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

    /// <summary>
    /// Reported speech without quotation marks: <c>X said that the talks had failed</c>. The quote's span is
    /// the reported content ("the talks had failed"). The built-in stages do not produce it yet; a custom
    /// stage may.
    /// </summary>
    Indirect,
}
