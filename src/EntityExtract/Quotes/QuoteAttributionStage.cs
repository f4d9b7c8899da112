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
    // The attribution sieves, in the order they run: the most precise first, each filling only quotes still
    // without a speaker (Muzny et al. 2017, "A two-stage sieve approach for quote attribution"; Stanford CoreNLP's
    // quote attribution keeps the same shape). Beside and before the quote are the trigram patterns; the sentence's
    // reporting verb comes next (PARC 3.0: a partial quote keeps the source of the attribution it sits in); the
    // previous sentence last, for direct quotes only. A new sieve goes where its precision on polnear/train puts it.
    private static readonly IAttributionSieve[] Sieves =
    [
        new BesideQuoteSieve(),
        new BeforeQuoteSieve(),
        new SentenceCueSieve(),
        new PreviousSentenceSieve(),
    ];

    // After continuation (QuoteContinuation, the Gender Gap Tracker's floating quotes) has carried speakers over,
    // the quotes still without a speaker or a cue get these, least precise of all.
    private static readonly IAttributionSieve[] FallbackSieves =
    [
        new PossessorSieve(),
    ];

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

        // One reading of the document for both: the reported-speech component resolves "he"/"she" sources over the
        // names the quotes were attributed with (quotations marked, genders learned), without reading them again.
        using var d = new QuoteDocument(context);
        QuoteAttributor.Run(d, Sieves, FallbackSieves);
        if (context.Options.IncludeReportedSpeech)
        {
            ReportedQuotes.Add(context, CueModel.Default, d);
        }
    }
}
