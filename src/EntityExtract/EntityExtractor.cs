using EntityExtract.Pipeline;

namespace EntityExtract;

/// <summary>
/// The front door: extracts people, places, organizations, dates and quotes from English news text.
/// Thread-safe; the default pipeline is built once and shared.
/// </summary>
/// <example>
/// <code>
/// var result = EntityExtractor.Extract(articleText, new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11) });
/// foreach (var person in result.People) Console.WriteLine($"{person.Name}: {person.Mentions.Count}");
/// </code>
/// </example>
public static class EntityExtractor
{
    /// <summary>Extracts everything from <paramref name="text"/> with the default pipeline.</summary>
    /// <param name="text">Any string: it is treated as data, and no content makes this method throw.</param>
    /// <param name="options">Per-call options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Checked between stages and periodically inside them on long texts.</param>
    /// <returns>The result; for an empty text, an empty result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ExtractionResult Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = ExtractionPipeline.Default.Extract(text, options, cancellationToken);

        // Tagging is opt-in and runs after extraction, so the default path never loads the tagger's model.
        return options is { IncludePartsOfSpeech: true }
            ? result.WithTokens(PartsOfSpeech.PartOfSpeechTagger.Default.Tag(text, cancellationToken))
            : result;
    }
}
