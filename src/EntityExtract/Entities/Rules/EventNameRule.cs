using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "the Hong Kong Open", "GREATER MILWAUKEE OPEN", "Berlin Grand Prix", "Venice Film Festival": a name that
/// ends in an event noun, or that the event noun (or "Grand Prix") follows as part of the same name (a
/// capitalized word right after it), names an event (CoNLL MISC), not the place or organization inside it,
/// and is dropped.
/// </summary>
internal sealed class EventNameRule : ICandidateRule
{
    /// <summary>Nouns that end the name of an event, ignoring case.</summary>
    private static bool IsEventNoun(ReadOnlySpan<char> word)
    {
        foreach (var noun in (ReadOnlySpan<string>)["Open", "Championship", "Championships", "Cup", "Games", "Tournament", "Festival", "Trophy", "Marathon", "Olympics"])
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        var tokens = document.Tokens;
        if (c.Last > c.First && IsEventNoun(document.Word(c.Last)))
        {
            return false;
        }

        int next = c.Last + 1;
        if (next >= c.SegmentEnd || next >= tokens.Length || tokens[next].Kind != TokenKind.Word)
        {
            return true;
        }

        var word = document.Word(next);
        if (!char.IsUpper(word[0]))
        {
            return true;
        }

        return !(IsEventNoun(word)
            || (word.Equals("Grand", StringComparison.OrdinalIgnoreCase) && next + 1 < c.SegmentEnd && next + 1 < tokens.Length && document.Word(next + 1).Equals("Prix", StringComparison.OrdinalIgnoreCase)));
    }
}
