using System.Runtime.InteropServices;
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
        // Names are read as spans of their normalized text, and a family name becomes a string only when it is added
        // (issue 14: a substring per person mention, per vote and LINQ over the spans were a fifth of resolution's
        // garbage).
        string text = document.Text;
        var families = new HashSet<string>(StringComparer.Ordinal);
        var lookup = families.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in mentions)
        {
            if (m.Type != MentionType.Person)
            {
                continue;
            }

            string name = NameText.Normalize(m.Text);
            int space = name.LastIndexOf(' ');
            var family = name.AsSpan(space + 1);
            if (space > 0 && family.Length >= 3 && char.IsUpper(family[0]) && HasLower(family) && IsPlausibleFullName(name))
            {
                lookup.Add(family);
            }
        }

        if (families.Count == 0)
        {
            return mentions;
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

        var others = document.Others;
        var covered = new List<(int Start, int End)>(mentions.Count + others.Count);
        foreach (var m in mentions)
        {
            covered.Add((m.Start, m.End));
        }

        foreach (var m in others)
        {
            covered.Add((m.Start, m.End));
        }

        covered.Sort();
        var tokens = document.Context.Tokens;
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
        var votesBySpan = votes.GetAlternateLookup<ReadOnlySpan<char>>();
        Vote(mentions, lookup, votesBySpan);
        Vote(additions, lookup, votesBySpan);

        // Unchanged when no mention is retyped and none is added: the same list, not a copy.
        bool changed = additions.Count > 0;
        for (int i = 0; i < mentions.Count && !changed; i++)
        {
            changed = Retype(mentions[i], families, votes);
        }

        if (!changed)
        {
            return mentions;
        }

        var result = new List<Mention>(mentions.Count + additions.Count);
        foreach (var m in mentions)
        {
            result.Add(Retype(m, families, votes) ? new Mention(MentionType.Person, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
        }

        result.AddRange(additions);
        if (additions.Count > 0)
        {
            result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        return result;
    }

    // Each mention's vote for its family name: a person's last word for, a place's or organization's whole name against.
    private static void Vote(List<Mention> mentions, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> families, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> votes)
    {
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            int space = name.LastIndexOf(' ');
            var key = m.Type == MentionType.Person ? name.AsSpan(space + 1) : name.AsSpan();
            if (families.Contains(key))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(votes, key, out _) += m.Type == MentionType.Person ? 1 : -1;
            }
        }
    }

    // Whether a place or organization mention becomes a person: its whole name is a family name the person reading wins.
    private static bool Retype(Mention m, HashSet<string> families, Dictionary<string, int> votes)
    {
        if (m.Type == MentionType.Person)
        {
            return false;
        }

        string name = NameText.Normalize(m.Text);
        return families.Contains(name) && votes.GetValueOrDefault(name) > 0;
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
