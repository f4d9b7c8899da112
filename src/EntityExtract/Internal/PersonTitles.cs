namespace EntityExtract.Internal;

/// <summary>
/// Titles and forms of address written before a person's name ("Governor", "King", "Mr"): one shared home for
/// the list that the entity rules (matched exactly: a title inside a mention splits an organization from a
/// person) and the quote stage's name reader (matched ignoring case: it skips titles to find the name) read, so
/// that neither folder reads the other's classes. The list is <c>Resources/Lexicons/person-titles.txt</c>.
/// </summary>
internal static class PersonTitles
{
    private static readonly WordSet Exact = WordList.Load("person-titles");

    private static readonly WordSet AnyCase = WordList.Load("person-titles", ignoreCase: true);

    /// <summary>Whether <paramref name="word"/> is a listed title, written exactly as listed ("Governor", "Gov.").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Exact.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a listed title in any case ("GOVERNOR", "governor").</summary>
    public static bool IsTitleIgnoringCase(ReadOnlySpan<char> word) => AnyCase.Contains(word);
}
