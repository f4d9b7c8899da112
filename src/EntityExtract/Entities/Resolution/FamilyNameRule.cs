using EntityExtract.Internal;

namespace EntityExtract.Entities.Resolution;

/// <summary>
/// Once a document has named a person in full ("Neil Jordan", "Billie Jean King"), the family name alone
/// refers to that person for the rest of the article (one sense per discourse; news style names a person
/// in full once, then by family name). A one-word place or organization mention equal to that family name
/// becomes a person ("Jordan said" after "Neil Jordan", although Jordan is also a country), and so does an
/// untagged occurrence of it standing alone between words that are not capitalized (the tagger misses "King
/// said" because "king" is a common word); an ALL CAPS headline's "LYNAGH" is the same name. A headline may
/// use the family name before the text gives the full name, so the order does not matter.
/// </summary>
internal sealed class FamilyNameRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        string text = document.Text;
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != MentionType.Person)
            {
                continue;
            }

            string name = NameText.Normalize(m.Text);
            int space = name.LastIndexOf(' ');
            string family = name[(space + 1)..];
            if (space > 0 && family.Length >= 3 && char.IsUpper(family[0]) && HasLower(family) && IsPlausibleFullName(name))
            {
                families.Add(family);
            }
        }

        // An ALL CAPS headline writes the same family name in capitals ("LYNAGH SEALS VICTORY"), when the text
        // also uses that family name alone (not "GOLF" for the last word of a misread "Brown Deer Park Golf").
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            if (families.Contains(name))
            {
                families.Add(name.ToUpperInvariant());
            }
        }

        if (families.Count == 0)
        {
            return mentions;
        }

        var others = document.Others;
        var covered = new List<(int Start, int End)>(mentions.Count + others.Count);
        covered.AddRange(mentions.Select(static m => (m.Start, m.End)));
        covered.AddRange(others.Select(static m => (m.Start, m.End)));
        covered.Sort();
        var tokens = document.Context.Tokens;
        var lookup = families.GetAlternateLookup<ReadOnlySpan<char>>();
        var additions = new List<Mention>();
        int c = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            while (c < covered.Count && covered[c].End <= token.Start)
            {
                c++;
            }

            if (token.Kind != Tokenization.TokenKind.Word || (c < covered.Count && covered[c].Start < token.End)
                || !lookup.Contains(token.GetText(text))
                || (!TextScan.IsAllCaps(token.GetText(text)) && ((t > 0 && TextScan.IsCapitalizedWord(tokens[t - 1], text)) || (t + 1 < tokens.Length && TextScan.IsCapitalizedWord(tokens[t + 1], text)))))
            {
                continue;
            }

            additions.Add(new Mention(MentionType.Person, token.Start, token.End, text.Substring(token.Start, token.Length)));
        }

        // A place or organization mention takes the person type only when the person reading has the majority
        // in the document: "Jordan" (place) once against "Neil Jordan" and five untagged "Jordan said" becomes
        // the director, but "France" against one misread "Stade de France", or the car maker "Ford" against
        // its chairman "Bill Ford", stays what it is.
        var votes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions.Concat(additions))
        {
            string name = NameText.Normalize(m.Text);
            int space = name.LastIndexOf(' ');
            string key = m.Type == MentionType.Person ? name[(space + 1)..] : name;
            if (families.Contains(key))
            {
                votes[key] = votes.GetValueOrDefault(key) + (m.Type == MentionType.Person ? 1 : -1);
            }
        }

        var result = new List<Mention>(mentions.Count + additions.Count);
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            bool retype = m.Type != MentionType.Person && families.Contains(name) && votes.GetValueOrDefault(name) > 0;
            result.Add(retype ? new Mention(MentionType.Person, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
        }

        result.AddRange(additions);
        if (additions.Count > 0)
        {
            result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        return result;
    }

    /// <summary>
    /// Whether a person mention looks like a real full name whose last word can stand for the person: two to
    /// four words, each a capitalized word with lower-case letters, an initial ("J.") before further words, or a
    /// name particle (de, van, bin...); no digits, and no capitalized function word ("I. The", "B. She", "Kings
    /// And Queen" are the tagger's misreadings, not names).
    /// </summary>
    internal static bool IsPlausibleFullName(string name)
    {
        // Word ranges rather than split strings, and loops rather than Any over a string (which allocates an
        // enumerator and a delegate): called for every person mention (issue 14).
        Span<Range> words = stackalloc Range[5];
        int count = name.AsSpan().Split(words, ' ');
        if (count is < 2 or > 4)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            var w = name.AsSpan()[words[i]];
            if (w is "de" or "van" or "von" or "bin" or "al" or "da" or "del" or "la" or "le" or "du" or "der" && i > 0 && i < count - 1)
            {
                continue;
            }

            // The capitalized function words live with the quote speaker code (Quotes/QuoteWords); read from there for now.
            bool initial = w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';
            if (initial ? i >= count - 2 : (!char.IsUpper(w[0]) || !HasLower(w) || HasDigit(w) || Grammar.GrammarWords.IsCapitalStop(w)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
