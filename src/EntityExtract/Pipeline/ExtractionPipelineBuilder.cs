using EntityExtract.Calibration;
using EntityExtract.Dates;
using EntityExtract.Entities;
using EntityExtract.Lexicons;
using EntityExtract.Places;
using EntityExtract.Quotes;

namespace EntityExtract.Pipeline;

/// <summary>
/// Assembles an <see cref="ExtractionPipeline"/>: start from <see cref="CreateDefault"/> or an empty
/// builder, insert, remove or replace stages, then <see cref="Build"/>. Not thread-safe; the pipeline it
/// builds is.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>The stages, in the order they will run. Edit this list freely before <see cref="Build"/>.</summary>
    public IList<IExtractionStage> Stages { get; } = new List<IExtractionStage>();

    /// <summary>
    /// A builder holding the default stages: entity recognition, entity resolution, dates, mention confidence,
    /// the user's lexicons, geocoding, quotes, quote confidence.
    /// </summary>
    public static ExtractionPipelineBuilder CreateDefault()
    {
        var builder = new ExtractionPipelineBuilder();
        builder.Stages.Add(new EntityRecognitionStage());
        builder.Stages.Add(new EntityResolutionStage());
        builder.Stages.Add(new DateRecognitionStage());
        builder.Stages.Add(new MentionConfidenceStage());

        // The user's names come after every model stage and after calibration, so they win over entities and
        // dates alike and keep confidence 1 (issue 18), and before geocoding, so a lexicon's places are located.
        builder.Stages.Add(new LexiconStage());
        builder.Stages.Add(new GeocodingStage());
        builder.Stages.Add(new QuoteAttributionStage());
        builder.Stages.Add(new QuoteConfidenceStage());
        return builder;
    }

    /// <summary>Replaces the first stage of type <typeparamref name="TStage"/> with <paramref name="replacement"/>.</summary>
    /// <typeparam name="TStage">The type of the stage to replace.</typeparam>
    /// <param name="replacement">The new stage.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No stage of that type is present.</exception>
    public ExtractionPipelineBuilder Replace<TStage>(IExtractionStage replacement)
        where TStage : IExtractionStage
    {
        ArgumentNullException.ThrowIfNull(replacement);
        for (int i = 0; i < Stages.Count; i++)
        {
            if (Stages[i] is TStage)
            {
                Stages[i] = replacement;
                return this;
            }
        }

        throw new InvalidOperationException($"The pipeline has no stage of type {typeof(TStage).Name}.");
    }

    /// <summary>Builds a sealed, thread-safe pipeline from the current stages.</summary>
    public ExtractionPipeline Build()
    {
        foreach (var stage in Stages)
        {
            if (stage is null)
            {
                throw new InvalidOperationException("A pipeline stage is null.");
            }
        }

        return new ExtractionPipeline(Stages);
    }
}
