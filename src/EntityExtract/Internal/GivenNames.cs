namespace EntityExtract.Internal;

/// <summary>
/// Common given names by usual gender: one shared home for the lists that both quote attribution (a speaker's
/// gender, for pronoun links) and entity typing (a given name is not a place's head) read, so that neither
/// folder reads the other's classes. The lists are <c>Resources/Lexicons/given-names-female.txt</c> and
/// <c>given-names-male.txt</c>.
/// </summary>
internal static class GivenNames
{
    private static readonly WordSet Female = WordList.Load("given-names-female", ignoreCase: true);

    private static readonly WordSet Male = WordList.Load("given-names-male", ignoreCase: true);

    /// <summary>A common female given name.</summary>
    public static bool IsFemale(ReadOnlySpan<char> w) => Female.Contains(w);

    /// <summary>A common male given name.</summary>
    public static bool IsMale(ReadOnlySpan<char> w) => Male.Contains(w);
}
