using EntityExtract.Internal;

namespace EntityExtract.Entities.Typing;

/// <summary>
/// The words around a person's name that are not the name: titles ("Governor", "King"), honorifics ("Mr",
/// "Dr"), and the particles that stay inside a name ("van", "bin"). The titles are the shared list (Internal/PersonTitles); honorifics and particles are the entity rules' own.
/// </summary>
internal static class PersonNames
{
    private static readonly WordSet Honorifics = WordList.Load("entity-honorifics");
    private static readonly WordSet Particles = WordList.Load("entity-name-particles");
    private static readonly WordSet Greetings = WordList.Load("entity-greetings");
    private static readonly WordSet HyphenParticles = WordList.Load("entity-name-hyphen-particles");

    /// <summary>
    /// A title or form of address written before a person's name ("Governor Lawrence Lindsey", "King Norodom
    /// Sihanouk"); CoNLL-2003, MUC-7 and ACE leave it outside the name.
    /// </summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => PersonTitles.IsTitle(word);

    /// <summary>
    /// A title that is not also a family name (unlike King, Judge, Bishop), so never the last word of a
    /// name: "Boxing Association President" ends in the title of the person named after it.
    /// </summary>
    public static bool IsTrailingTitle(ReadOnlySpan<char> word)
        => word is "President" or "Chairman" or "Chairwoman" or "Director" or "Governor" or "Ambassador" or "Secretary" or "Minister" or "Spokesman" or "Spokeswoman";

    /// <summary>Mr, Mrs, Ms, Miss, Mx, Dr, Prof, with or without the dot: never part of a person's span.</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.Contains(word);

    /// <summary>An honorific, or a title of nobility that stays in a name ("Lord Coe", "Sir Alex"): either makes the name a person's.</summary>
    public static bool IsHonorificOrNobility(ReadOnlySpan<char> word) => IsHonorific(word) || word is "Sir" or "Lady" or "Lord";

    /// <summary>A greeting that opens a letter or a reply ("Hi", "Dear", "Hey"): before a name, never part of it.</summary>
    public static bool IsGreeting(ReadOnlySpan<char> word) => Greetings.Contains(word);

    /// <summary>
    /// An initial written without its full stop, as British and web text write one ("R Kelly", "George W Bush"): one
    /// capital letter, but not "A" or "I", which are words of their own.
    /// </summary>
    public static bool IsBareInitial(ReadOnlySpan<char> word) => word.Length == 1 && word[0] is >= 'B' and <= 'Z' and not 'I';

    /// <summary>A lower-case particle that stays inside a name ("Ludwig van Beethoven", "Osama bin Laden").</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => Particles.Contains(word);

    /// <summary>
    /// A lower-case particle joined by a hyphen to a capitalized word, written as one word in Arabic names
    /// ("al-Sadr" in "Muqtada al-Sadr", "el-Sisi", "ul-Haq"): a word of the name, unlike "anti-Western".
    /// </summary>
    public static bool IsHyphenedParticleWord(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && HyphenParticles.Contains(word[..hyphen]);
    }
}
