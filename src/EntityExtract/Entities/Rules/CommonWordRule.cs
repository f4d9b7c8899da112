using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// Mentions that are never names of people, places or organizations, dropped: a hyphenated modifier whose
/// last part is a lower-case participle ("Hong Kong-based", "Northern Ireland-born": an adjective built on a
/// name); a single capital letter joined to a lower-case noun ("T-bonds", "X-ray"); and, alone, an ordinal
/// ("Second test") or the plural of a nationality ("Libyans", "the Mexicans": CoNLL MISC).
/// </summary>
internal sealed class CommonWordRule : ICandidateRule
{
    /// <summary>"First" to "Twelfth", ignoring case: "Second test", "Fourth round" at the start of a line are never names alone.</summary>
    public static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        foreach (var ordinal in (ReadOnlySpan<string>)["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"])
        {
            if (word.Equals(ordinal, StringComparison.OrdinalIgnoreCase))
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
        var last = document.Word(c.Last);
        int hyphen = last.LastIndexOf('-');
        if (hyphen > 0 && char.IsUpper(last[0]) && last[(hyphen + 1)..] is var tail && tail.Length >= 3 && char.IsLower(tail[0])
            && (tail.EndsWith("ed", StringComparison.Ordinal) || tail is "born" or "run" or "made" or "built"))
        {
            // A participle after the hyphen: East Asian given names ("Chun-yeh", "In-so") have lower-case parts too.
            return false;
        }

        // One capital letter, a hyphen and a lower-case word: a common noun ("T-bonds", "X-ray", "U-turn").
        if (c.First == c.Last && hyphen == 1 && char.IsUpper(last[0]) && last.Length > 3 && !last[2..].ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        if (c.First != c.Last)
        {
            return true;
        }

        if (IsOrdinal(last))
        {
            return false;
        }

        return !(last.Length > 4 && last[^1] == 's' && Nationalities.IsDemonym(last[..^1]));
    }
}
