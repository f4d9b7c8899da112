namespace EntityExtract.ML;

/// <summary>The input row of the entity transform: the article text. Public because ML.NET binds rows by reflection.</summary>
public sealed class EntityInput
{
    /// <summary>The article text; <see langword="null"/> is read as empty.</summary>
    public string? EntityExtractText { get; set; }
}
