using Microsoft.ML;
using Microsoft.ML.Data;

namespace EntityExtract.ML;

/// <summary>
/// Adds EntityExtract to ML.NET's catalog: <c>mlContext.Transforms.ExtractEntities("Text")</c>.
/// </summary>
public static class EntityExtractCatalog
{
    /// <summary>
    /// Creates an estimator that reads a text column (and optionally a YYYY-MM-DD publication-date
    /// column) and adds the columns of <see cref="EntityFeatures"/>: <c>People</c>, <c>Places</c>,
    /// <c>Organizations</c>, <c>Dates</c>, <c>QuoteSpeakers</c> (text vectors) and their counts (floats).
    /// Rows are processed lazily, one at a time, on any number of threads. To load a saved model that
    /// contains it, call <see cref="RegisterEntityExtract(MLContext)"/> first.
    /// </summary>
    /// <param name="catalog">The transforms catalog, <c>mlContext.Transforms</c>.</param>
    /// <param name="inputColumnName">The text column.</param>
    /// <param name="dateColumnName">An optional text column holding each row's publication date.</param>
    public static IEstimator<ITransformer> ExtractEntities(this TransformsCatalog catalog, string inputColumnName = "Text", string? dateColumnName = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(inputColumnName);

        // The mapping reads fixed column names, so that a saved model reloads whatever the user's columns were called.
        var copy = catalog.CopyColumns(nameof(EntityInput.EntityExtractText), inputColumnName);
        if (dateColumnName is null)
        {
            return copy.Append(catalog.CustomMapping<EntityInput, EntityFeatures>(EntityMappingFactory.Map, EntityMappingFactory.ContractName));
        }

        return copy
            .Append(catalog.CopyColumns(nameof(DatedEntityInput.EntityExtractDate), dateColumnName))
            .Append(catalog.CustomMapping<DatedEntityInput, EntityFeatures>(DatedEntityMappingFactory.Map, DatedEntityMappingFactory.ContractName));
    }

    /// <summary>Registers the entity transform so that <c>mlContext.Model.Load</c> can recreate it.</summary>
    /// <param name="mlContext">The ML.NET context.</param>
    public static void RegisterEntityExtract(this MLContext mlContext)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        mlContext.ComponentCatalog.RegisterAssembly(typeof(EntityMappingFactory).Assembly);
    }

    /// <summary>The names of the columns the transform adds.</summary>
    public static IReadOnlyList<string> OutputColumnNames { get; } =
    [
        nameof(EntityFeatures.People), nameof(EntityFeatures.Places), nameof(EntityFeatures.Organizations), nameof(EntityFeatures.Dates),
        nameof(EntityFeatures.QuoteSpeakers), nameof(EntityFeatures.PersonMentionCount), nameof(EntityFeatures.PlaceMentionCount),
        nameof(EntityFeatures.OrganizationMentionCount), nameof(EntityFeatures.DateMentionCount), nameof(EntityFeatures.QuoteCount),
    ];
}
