using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Grammar;

/// <summary>
/// The closed word classes the shallow parser reads with: pronouns, determiners, function words, the adverbs and
/// auxiliaries between a subject and its verb, time adverbials, adjunct openers and capitalized stop words. The
/// lists are files under <c>Resources/Lexicons/</c> (first written for the quote stage, hence their names),
/// matched ignoring case; month and weekday names come from their one home, <see cref="DateWords"/>.
/// Read-only and thread-safe.
/// </summary>
internal static class GrammarWords
{
    private static readonly WordSet CapitalStop = WordList.Load("quote-capital-stop-words", ignoreCase: true);

    private static readonly WordSet Pronouns = WordList.Load("quote-pronouns", ignoreCase: true);

    private static readonly WordSet Determiners = WordList.Load("quote-determiners", ignoreCase: true);

    private static readonly WordSet Between = WordList.Load("quote-between-subject-and-verb", ignoreCase: true);

    private static readonly WordSet Function = WordList.Load("quote-function-words", ignoreCase: true);

    private static readonly WordSet Temporal = WordList.Load("quote-time-adverbial-words", ignoreCase: true);

    private static readonly WordSet Adjuncts = WordList.Load("quote-adjunct-openers", ignoreCase: true);

    /// <summary>A capitalized word that never belongs to a name: "The", "However", "Monday", "Read".</summary>
    public static bool IsCapitalStop(ReadOnlySpan<char> w) => CapitalStop.Contains(w) || DateWords.IsMonthName(w) || DateWords.IsWeekdayName(w);

    /// <summary>A subject pronoun: he, she, they, we, I, it, you.</summary>
    public static bool IsPronoun(ReadOnlySpan<char> w) => Pronouns.Contains(w);

    /// <summary>A determiner, possessive or numeral that opens a description: "the", "his", "two".</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> w) => Determiners.Contains(w);

    /// <summary>
    /// A word that sits between a subject and its verb: "X also said", "X has repeatedly said" (any lower-case word
    /// longer than four letters that ends in -ly counts).
    /// </summary>
    public static bool IsBetween(ReadOnlySpan<char> w) => Between.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]));

    /// <summary>A function word: article, preposition, conjunction, pronoun or auxiliary.</summary>
    public static bool IsFunction(ReadOnlySpan<char> w) => Function.Contains(w);

    /// <summary>A word of a short time adverbial: "last week", "at the time".</summary>
    public static bool IsTemporal(ReadOnlySpan<char> w) => Temporal.Contains(w) || DateWords.IsWeekdayName(w);

    /// <summary>A word that opens an adjunct: "in a statement", "of the story", "later".</summary>
    public static bool IsAdjunct(ReadOnlySpan<char> w) => Adjuncts.Contains(w);
}
