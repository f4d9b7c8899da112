using EntityExtract.Internal;

namespace EntityExtract.Entities.Typing;

/// <summary>
/// Nationality adjectives and nouns of origin: words that stand next to names ("a South Korean official",
/// "Welshman Jimmy Watkins") without being the names of people, places or organizations (CoNLL MISC).
/// </summary>
internal static class Nationalities
{
    private static readonly WordSet Demonyms = WordList.Load("entity-demonyms", ignoreCase: true);

    /// <summary>A nationality adjective ("Korean", "Zairean"), matched ignoring case.</summary>
    public static bool IsDemonym(ReadOnlySpan<char> word) => Demonyms.Contains(word);

    /// <summary>
    /// "Welshman Jimmy Watkins", "Scot Kathy Butler", "Britons ...", "New Yorker William Trowbridge": nouns of
    /// origin stand before names in apposition; they are not given names.
    /// </summary>
    public static bool IsNationalityNoun(ReadOnlySpan<char> word)
    {
        var singular = word.EndsWith("s", StringComparison.Ordinal) ? word[..^1] : word;
        return singular.EndsWith("man", StringComparison.Ordinal) || singular.EndsWith("woman", StringComparison.Ordinal)
            || Demonyms.Contains(singular) || NationalityNouns.Contains(singular);
    }
}
