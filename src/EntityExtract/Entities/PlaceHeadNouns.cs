using System.Collections.Frozen;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// A name of two words or more that ends in a geographic or street noun is a place, never a person:
/// "Downing Street", "Abbey Road", "Tiananmen Square", "Tower Bridge", "Korean Peninsula", "Yellow Sea". The
/// tagger sometimes calls such names persons when the first word is a surname ("Downing", "Abbey"). "Park"
/// is left out (a Korean family name ends many person names), as are "Lane", "Lake" and "Bridge" (common
/// surnames: Nathan Lane, Wayne Bridge), and "Airport", "Stadium" and "Centre", which the CoNLL guidelines
/// treat as organizations as often as places. A name that starts with a known first name stays a person.
/// </summary>
internal static class PlaceHeadNouns
{
    private const int Person = 0, Place = 1;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads = """
        Street Road Avenue Boulevard Square Peninsula Island Islands River Valley Mountains Sea Ocean Gulf Bay
        Strait Straits Canal Desert Coast Heights Plateau Basin
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Retypes person candidates that end in a place head noun. ("The town of X" is read in
    /// <see cref="EntityResolutionStage"/>, with the other place contexts of a one-word name.)
    /// </summary>
    public static void Apply(string text, ReadOnlySpan<TextToken> tokens, List<NerCandidate> candidates)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type == Person && c.Last > c.First && Heads.Contains(tokens[c.Last].GetText(text))
                && !Quotes.QuoteWords.IsMaleName(tokens[c.First].GetText(text)) && !Quotes.QuoteWords.IsFemaleName(tokens[c.First].GetText(text)))
            {
                candidates[i] = c with { Type = Place };
            }
        }
    }
}
