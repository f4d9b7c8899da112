using EntityExtract.Pipeline;

namespace EntityExtract.Quotes;

/// <summary>
/// Finds quoted speech and attributes it to its speaker. Stateless and thread-safe: every call works on
/// its own <see cref="ExtractionContext"/>. Runs last, so that it can use the person and organization
/// mentions of the entity stages; without them it falls back to capitalized names found by its own rules.
/// See <c>docs/quotes.md</c> for the rules and their sources.
/// </summary>
public sealed class QuoteAttributionStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Tokens.Length == 0)
        {
            return;
        }

        new QuoteAttributor(context).Run();
        if (context.Options.IncludeReportedSpeech)
        {
            ReportedQuotes.Add(context);
        }
    }
}
