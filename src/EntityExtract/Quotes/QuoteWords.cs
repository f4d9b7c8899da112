using EntityExtract.Grammar;
using EntityExtract.Internal;

namespace EntityExtract.Quotes;

/// <summary>
/// The word classes that quote attribution adds to the grammar's (<see cref="GrammarWords"/>): titles, given
/// names by gender, person heads of descriptions, nationality nouns, words that make a name a place or an
/// organization, auxiliaries before an -ing cue, and the signals of scare and term quotes. Each list is a file
/// under <c>Resources/Lexicons/</c>, matched ignoring case. Read-only and thread-safe.
/// </summary>
internal static class QuoteWords
{
    // Words skipped before a name besides the shared titles (Internal/PersonTitles): "Former", "Press", "Sen".
    private static readonly WordSet TitleWords = WordList.Load("quote-title-words", ignoreCase: true);

    // Descriptions that refer back to a named person: "the leader declared" (Muzny et al. 2017, sieve 3).
    private static readonly WordSet PersonHeads = WordList.Load("quote-person-heads", ignoreCase: true);

    // "so-called", "dubbed", "known as": a term or a name in quote marks, not speech (scare-quote signals).
    private static readonly WordSet TermSignals = WordList.Load("quote-term-signals", ignoreCase: true);

    private static readonly WordSet NonPersonWords = WordList.Load("quote-non-person-words", ignoreCase: true);

    private static readonly WordSet Auxiliaries = WordList.Load("quote-auxiliaries", ignoreCase: true);

    /// <summary>An auxiliary, aspect verb or subordinator after which an -ing form is a verb: "was calling", "while saying".</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> w) => Auxiliaries.Contains(w);

    /// <summary>
    /// A capitalized word that never belongs to a name ("The", "However", "Monday"). Kept here for the entity
    /// resolution stage, which reads it; the list is the grammar's (<see cref="GrammarWords.IsCapitalStop"/>).
    /// </summary>
    public static bool IsCapitalStop(ReadOnlySpan<char> w) => GrammarWords.IsCapitalStop(w);

    /// <summary>A title or office before a name: "Mr.", "Sen.", "President".</summary>
    public static bool IsTitle(ReadOnlySpan<char> w) => PersonTitles.IsTitleIgnoringCase(w) || TitleWords.Contains(w);

    /// <summary>The head of a description that refers back to a person: "leader", "senator", "striker".</summary>
    public static bool IsPersonHead(ReadOnlySpan<char> w) => PersonHeads.Contains(w);

    /// <summary>
    /// A capitalized noun for a person by nationality or origin, which sports and foreign news use to refer back
    /// to someone just named: "the Dutchman said", "the Kenyan won", "the Briton added". Also an age noun,
    /// "the 29-year-old". Callers check that the recognizer did not tag the word as a name.
    /// </summary>
    public static bool IsNationalityNoun(ReadOnlySpan<char> w)
    {
        // The nouns that do not end like one ("the Briton said") are listed (Internal/NationalityNouns); the rest
        // end in -man, -woman, -an or -ese.
        if (w.Length >= 5 && char.IsAsciiDigit(w[0]) && w.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (w.Length < 4 || !char.IsUpper(w[0]) || w[1..].ContainsAnyExceptInRange('a', 'z'))
        {
            return NationalityNouns.Contains(w);
        }

        return w.EndsWith("man", StringComparison.Ordinal) || w.EndsWith("an", StringComparison.Ordinal)
            || w.EndsWith("ese", StringComparison.Ordinal) || NationalityNouns.Contains(w);
    }

    /// <summary>The gender a nationality noun shows: "Dutchman" male, "Frenchwoman" female, "Kenyan" unknown.</summary>
    public static Gender GenderOfNationalityNoun(ReadOnlySpan<char> w)
        => w.EndsWith("woman", StringComparison.Ordinal) ? Gender.Female : w.EndsWith("man", StringComparison.Ordinal) ? Gender.Male : Gender.Unknown;

    /// <summary>A word that marks the quote after it as a term or a name: "so-called", "dubbed".</summary>
    public static bool IsTermSignal(ReadOnlySpan<char> w) => TermSignals.Contains(w);

    /// <summary>A common female given name (the shared list, <see cref="GivenNames"/>).</summary>
    public static bool IsFemaleName(ReadOnlySpan<char> w) => GivenNames.IsFemale(w);

    /// <summary>A common male given name (the shared list, <see cref="GivenNames"/>).</summary>
    public static bool IsMaleName(ReadOnlySpan<char> w) => GivenNames.IsMale(w);

    /// <summary>A word that makes a capitalized name a place or an organization: "Korea", "House", "News".</summary>
    public static bool IsNonPersonWord(ReadOnlySpan<char> w) => NonPersonWords.Contains(w);
}
