using EntityExtract.Internal;

namespace EntityExtract.Quotes;

/// <summary>
/// Small closed word classes the attribution rules need: pronouns, determiners, adverbs that sit between
/// a speaker and the verb, titles, and the signals of scare and term quotes. Read-only and thread-safe.
/// </summary>
internal static class QuoteWords
{
    private static readonly WordSet CapitalStop = WordList.Load("quote-capital-stop-words", ignoreCase: true);

    private static readonly WordSet Titles = WordList.Load("quote-titles", ignoreCase: true);

    private static readonly WordSet Pronouns = WordList.Load("quote-pronouns", ignoreCase: true);

    private static readonly WordSet Determiners = WordList.Load("quote-determiners", ignoreCase: true);

    // Words that sit between a speaker and the reporting verb: "X also said", "X has repeatedly said".
    private static readonly WordSet Between = WordList.Load("quote-between-subject-and-verb", ignoreCase: true);

    private static readonly WordSet Function = WordList.Load("quote-function-words", ignoreCase: true);

    // Descriptions that refer back to a named person: "the leader declared" (Muzny et al. 2017, sieve 3).
    private static readonly WordSet PersonHeads = WordList.Load("quote-person-heads", ignoreCase: true);

    // Nationality nouns that do not end like one ("the Briton said"); the rest end in -man, -woman, -an, -ese.
    private static readonly WordSet NationalityNouns = WordList.Load("quote-nationality-nouns", ignoreCase: true);

    // "so-called", "dubbed", "known as": a term or a name in quote marks, not speech (scare-quote signals).
    private static readonly WordSet TermSignals = WordList.Load("quote-term-signals", ignoreCase: true);

    private static readonly WordSet Female = WordList.Load("given-names-female", ignoreCase: true);

    private static readonly WordSet Male = WordList.Load("given-names-male", ignoreCase: true);

    private static readonly WordSet NonPersonWords = WordList.Load("quote-non-person-words", ignoreCase: true);

    private static readonly WordSet Auxiliaries = WordList.Load("quote-auxiliaries", ignoreCase: true);

    // Time adverbials between a subject and its verb: "Feinstein last week said", "Trump at the time said".
    private static readonly WordSet Temporal = WordList.Load("quote-time-adverbial-words", ignoreCase: true);

    public static bool IsTemporal(ReadOnlySpan<char> w) => Temporal.Contains(w);

    // Words that open an adjunct after a reporting verb: "said in a statement", "said of the story".
    private static readonly WordSet Adjuncts = WordList.Load("quote-adjunct-openers", ignoreCase: true);

    public static bool IsAdjunct(ReadOnlySpan<char> w) => Adjuncts.Contains(w);

    public static bool IsAuxiliary(ReadOnlySpan<char> w) => Auxiliaries.Contains(w);

    public static bool IsCapitalStop(ReadOnlySpan<char> w) => CapitalStop.Contains(w);

    public static bool IsTitle(ReadOnlySpan<char> w) => Titles.Contains(w);

    public static bool IsPronoun(ReadOnlySpan<char> w) => Pronouns.Contains(w);

    public static bool IsDeterminer(ReadOnlySpan<char> w) => Determiners.Contains(w);

    public static bool IsBetween(ReadOnlySpan<char> w) => Between.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]));

    public static bool IsFunction(ReadOnlySpan<char> w) => Function.Contains(w);

    public static bool IsPersonHead(ReadOnlySpan<char> w) => PersonHeads.Contains(w);

    /// <summary>
    /// A capitalized noun for a person by nationality or origin, which sports and foreign news use to refer back
    /// to someone just named: "the Dutchman said", "the Kenyan won", "the Briton added". Also an age noun,
    /// "the 29-year-old". Callers check that the recognizer did not tag the word as a name.
    /// </summary>
    public static bool IsNationalityNoun(ReadOnlySpan<char> w)
    {
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

    public static bool IsTermSignal(ReadOnlySpan<char> w) => TermSignals.Contains(w);

    public static bool IsFemaleName(ReadOnlySpan<char> w) => Female.Contains(w);

    public static bool IsMaleName(ReadOnlySpan<char> w) => Male.Contains(w);

    public static bool IsNonPersonWord(ReadOnlySpan<char> w) => NonPersonWords.Contains(w);
}
