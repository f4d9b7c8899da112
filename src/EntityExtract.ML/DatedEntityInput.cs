namespace EntityExtract.ML;

/// <summary>The input row of the entity transform when a publication-date column is given.</summary>
public sealed class DatedEntityInput
{
    /// <summary>The article text; <see langword="null"/> is read as empty.</summary>
    public string? EntityExtractText { get; set; }

    /// <summary>The publication date written YYYY-MM-DD; empty or unparseable means "use the article's dateline".</summary>
    public string? EntityExtractDate { get; set; }
}
