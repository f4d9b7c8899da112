namespace EntityExtract.Quotes;

/// <summary>
/// One rule of the attribution sieve (Muzny et al. 2017, "A two-stage sieve approach for quote attribution"; one
/// class per sieve, as in Stanford CoreNLP's quote attribution): it looks at one quote still without a speaker and
/// either attributes it and returns true, or leaves it untouched and returns false so the next sieve may try.
/// Sieves are stateless and shared; everything per document is in the <see cref="QuoteDocument"/>. The order in
/// which they run is written once, in <see cref="QuoteAttributionStage"/>.
/// </summary>
internal interface IAttributionSieve
{
    /// <summary>Tries to find the speaker (and cue) of <paramref name="quote"/>.</summary>
    /// <param name="document">The document's state.</param>
    /// <param name="quote">A quote with no speaker yet.</param>
    /// <returns>True when this sieve attributed the quote: later sieves are then skipped.</returns>
    bool TryAttribute(QuoteDocument document, QuoteCandidate quote);
}
