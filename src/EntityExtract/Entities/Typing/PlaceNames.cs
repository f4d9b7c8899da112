using EntityExtract.Internal;

namespace EntityExtract.Entities.Typing;

/// <summary>
/// The one home of the evidence that a name is a place: a geographic or street head noun ("Downing Street"), and the contexts English keeps for places ("in X",
/// "the town of X", "east of X").
/// </summary>
internal static class PlaceNames
{
    private static readonly WordSet Heads = WordList.Load("entity-place-head-nouns");
    private static readonly WordSet KindNouns = WordList.Load("entity-place-kind-nouns");
    private static readonly WordSet OfNouns = WordList.Load("entity-place-of-nouns");

    /// <summary>
    /// A geographic or street noun that ends a place name of two words or more ("Downing Street", "Korean
    /// Peninsula", "Yellow Sea"); see the lexicon's header for the nouns left out and why.
    /// </summary>
    public static bool IsHeadNoun(ReadOnlySpan<char> word) => Heads.Contains(word);

    /// <summary>
    /// "in X", "near X", "the capital X", "the town of X", "3 km east of X": a context English seldom gives a
    /// person. <paramref name="start"/> is the name's first character.
    /// </summary>
    public static bool HasPlaceContext(string text, int start)
        => TextScan.PrecededBy(text, start, "in", "near") || KindNouns.Contains(TextScan.WordBefore(text, start))
            || (TextScan.PrecededBy(text, start, "of", "of") && TextScan.WordBefore(text, start - 3) is var noun && (KindNouns.Contains(noun) || OfNouns.Contains(noun)));
}
