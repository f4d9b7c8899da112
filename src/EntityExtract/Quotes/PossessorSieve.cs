using EntityExtract.Grammar;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// The last sieve: a fragment still without a speaker or a cue whose noun phrase has a possessor within five words
/// is that possessor's words: <c>his call for "a total and complete ban"</c>, <c>Trump’s "very good brain"</c>
/// (PolNeAR annotates the possessor as the source). It runs after continuation.
/// </summary>
internal sealed class PossessorSieve : IAttributionSieve
{
    /// <inheritdoc />
    public bool TryAttribute(QuoteDocument document, QuoteCandidate quote)
    {
        var d = document;
        int o = quote.Span.OpenToken;
        for (int k = o - 1; k >= 0 && k >= o - 5; k--)
        {
            if (d.InQuote(k) || d.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var w = d.Word(k);
            if (w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase))
            {
                var gender = w.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;
                quote.Speaker = new NounPhrase(k, k + 1, d.CanonicalOf(d.Pronouns.Antecedent(k, gender)));
                return true;
            }

            if (w is "'s" or "’s" && k > 0 && d.Names.NameAt(k - 1) >= 0)
            {
                var n = d.Names.Names[d.Names.NameAt(k - 1)];
                if (d.IsPersonName(n))
                {
                    quote.Speaker = new NounPhrase(n.FirstToken, n.EndToken, n.Canonical);
                    return true;
                }

                return false;
            }
        }

        return false;
    }
}
