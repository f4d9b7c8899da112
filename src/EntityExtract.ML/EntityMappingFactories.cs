using System.Globalization;
using Microsoft.ML.Transforms;

namespace EntityExtract.ML;

/// <summary>
/// Recreates the entity mapping when a saved ML.NET model is loaded. Register it once per
/// <c>MLContext</c> before loading: <c>mlContext.ComponentCatalog.RegisterAssembly(typeof(EntityMappingFactory).Assembly)</c>.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class EntityMappingFactory : CustomMappingFactory<EntityInput, EntityFeatures>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "EntityExtract.Entities.v1";

    /// <inheritdoc />
    public override Action<EntityInput, EntityFeatures> GetMapping() => Map;

    internal static void Map(EntityInput input, EntityFeatures output)
        => output.Fill(EntityExtractor.Extract(input.EntityExtractText ?? string.Empty));
}

/// <summary>Recreates the entity mapping with a publication-date column when a saved model is loaded.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class DatedEntityMappingFactory : CustomMappingFactory<DatedEntityInput, EntityFeatures>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "EntityExtract.DatedEntities.v1";

    /// <inheritdoc />
    public override Action<DatedEntityInput, EntityFeatures> GetMapping() => Map;

    internal static void Map(DatedEntityInput input, EntityFeatures output)
    {
        DateOnly? date = DateOnly.TryParseExact(input.EntityExtractDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        output.Fill(EntityExtractor.Extract(input.EntityExtractText ?? string.Empty, new ExtractionOptions { ReferenceDate = date }));
    }
}
