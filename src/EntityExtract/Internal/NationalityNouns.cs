namespace EntityExtract.Internal;

/// <summary>
/// Nouns for a person by nationality or origin that do not end like one ("Briton", "Scot", "Londoner"): one
/// shared home for the list that entity typing (a noun of origin before a name is no given name) and quote
/// attribution ("the Briton said" refers back to the person just named) read, so that neither folder reads the
/// other's classes. Nouns in -man and -woman are recognized by their ending by each reader. The list is
/// <c>Resources/Lexicons/nationality-nouns.txt</c>, matched ignoring case.
/// </summary>
internal static class NationalityNouns
{
    private static readonly WordSet Nouns = WordList.Load("nationality-nouns", ignoreCase: true);

    /// <summary>Whether <paramref name="word"/> is one of the listed nouns of origin ("Briton", "Texan").</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Nouns.Contains(word);
}
