using System.Collections.Frozen;

namespace EntityExtract.Tokenization;

/// <summary>
/// English abbreviations that end with a dot in news copy (AP and Reuters style guides: titles,
/// months, days, company suffixes, address and military ranks). Matched ordinally and case-sensitively.
/// </summary>
internal static class Abbreviations
{
    // Titles before a name: a sentence never ends after them.
    private static readonly string[] TitleList =
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt",
        "Adm", "Rev", "Hon", "Pres", "Supt", "Insp", "Cpl", "Pvt", "Fr", "Sr", "Jr", "St", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Atty", "Amb",
    ];

    // Other abbreviations: a sentence may end after them when a capitalized function word follows.
    private static readonly string[] OtherList =
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Tue", "Tues", "Thu", "Thur", "Thurs",
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Cos", "Assn", "Dept", "Univ", "Govt",
        "No", "Nos", "vs", "v", "etc", "approx", "est", "Ave", "Blvd", "Rd", "Hwy",
        "Ala", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Ky", "Md",
        "Mich", "Minn", "Mont", "Neb", "Nev", "Okla", "Tenn", "Tex", "Vt", "Wis", "Wyo",
        "a.m", "p.m", "al", "cf", "ca", "Vol", "vol", "pp", "Fig", "fig", "Op", "Ch",
    ];

    private static readonly FrozenSet<string> Titles = TitleList.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> All = TitleList.Concat(OtherList).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AllLookup = All.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (without its dot) is a known abbreviation.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length > 8 || word.IsEmpty)
        {
            return false;
        }

        if (AllLookup.Contains(word))
        {
            return true;
        }

        // ALL-CAPS datelines and headlines: "DEC. 8", "GEN. LEE", looked up in title case.
        Span<char> title = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(word[i]))
            {
                return false;
            }

            title[i] = i == 0 ? word[i] : char.ToLowerInvariant(word[i]);
        }

        return word.Length >= 2 && AllLookup.Contains(title);
    }

    /// <summary>Whether <paramref name="word"/> (without its dot) is a title that precedes a name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => word.Length <= 8 && TitleLookup.Contains(word);
}
