using EntityExtract.Pipeline;

namespace EntityExtract.Entities;

/// <summary>
/// Resolves the document's person, place and organization mentions to one canonical name per entity
/// ("Kim" → "Kim Jong Un"). Thread-safe: all state belongs to the call.
/// </summary>
/// <remarks>
/// The rules are those of the "one sense per discourse" family (Gale, Church &amp; Yarowsky 1992) and of the
/// name-matching sieves of Stanford's deterministic coreference (Lee et al. 2013, "string match" and
/// "relaxed head match"), restricted to names:
/// <list type="number">
/// <item>A family name alone is the person the document names in full ("Jordan" after "Neil Jordan"), whatever its tagged type, and also where the tagger missed it.</item>
/// <item>A one-word name the document writes after "in" or "near" is a place, not a person ("waiting in Longyear").</item>
/// <item>A one-word name tagged as a person is an organization when the document gives organization evidence for it ("tyre giant Pirelli", "Pirelli shares").</item>
/// <item>One type per name: the same name tagged with different types in one document takes the type most of its mentions have.</item>
/// <item>A person mention whose words are the first or last words of a longer person name in the document
/// ("Trump" in "Donald Trump", "Kim" in "Kim Jong Un") takes that name; when several fit, the most frequent, then the most recent.</item>
/// <item>An acronym takes the long form it abbreviates: the name it follows in parentheses
/// ("Korean Central News Agency (KCNA)"), or a longer name of the same type whose initials it spells.</item>
/// <item>An organization name that ends a longer organization name ("the Central Committee" in
/// "Workers' Party Central Committee") takes the longer one. Places are never merged by partial words, except that a lone compass word ("the North")
/// takes the two-word place it opens ("North Korea"): "Korea" and "North Korea" stay different places.</item>
/// </list>
/// Canonical names never carry a possessive ending and have their whitespace collapsed.
/// </remarks>
public sealed class EntityResolutionStage : IExtractionStage
{
    private static readonly string[] FunctionWords = ["of", "the", "and", "for", "on", "in", "to", "at", "&", "de", "du", "la", "des", "der", "van", "von"];

    /// <inheritdoc />
    public string Name => "resolution";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = context.Mentions;
        if (all.Count == 0)
        {
            return;
        }

        var mentions = new List<Mention>(all.Count);
        var others = new List<Mention>();
        foreach (var m in all)
        {
            (m.Type is MentionType.Person or MentionType.Place or MentionType.Organization ? mentions : others).Add(m);
        }

        var definitions = AddDefinedAcronyms(context, mentions);
        mentions = ExtendSpans(context.Text, mentions);
        mentions = ApplyFamilyNames(context, mentions, others);
        mentions = OrganizationsByContext(context.Text, mentions);
        mentions = DropVesselNames(context.Text, mentions);
        mentions = PlacesAfterIn(context.Text, mentions);
        mentions = UnifyTypes(mentions);
        var canonical = Resolve(mentions, context.CancellationToken);
        foreach (var (acronym, (type, longForm)) in definitions)
        {
            canonical[(type, acronym)] = canonical.GetValueOrDefault((type, longForm), longForm);
        }

        var resolved = new List<Mention>(all.Count + 4);
        foreach (var m in mentions)
        {
            resolved.Add(m.WithCanonical(canonical.GetValueOrDefault((m.Type, Normalize(m.Text)), Normalize(m.Text))));
        }

        resolved.AddRange(others);
        context.ReplaceMentions(resolved);
    }

    /// <summary>The name without a possessive ending, with runs of whitespace as one space.</summary>
    internal static string Normalize(string name)
    {
        var span = name.AsSpan().Trim();
        foreach (var ending in (ReadOnlySpan<string>)["'s", "\u2019s", "'", "\u2019"])
        {
            if (span.Length > ending.Length + 1 && span.EndsWith(ending, StringComparison.Ordinal))
            {
                span = span[..^ending.Length].TrimEnd();
                break;
            }
        }

        return string.Join(' ', span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// "Name (ACRONYM)": the acronym in parentheses right after a recognized name is a mention of the same
    /// type, and so is every later standalone occurrence of it (a definition, in the sense of Schwartz &amp;
    /// Hearst 2003, binds the short form for the rest of the document).
    /// </summary>
    private static Dictionary<string, (MentionType Type, string LongForm)> AddDefinedAcronyms(ExtractionContext context, List<Mention> mentions)
    {
        var tokens = context.Tokens;
        string text = context.Text;
        var defined = new Dictionary<string, (MentionType Type, string LongForm)>(StringComparer.Ordinal);
        var covered = new HashSet<int>();
        foreach (var m in mentions)
        {
            covered.Add(m.Start);
        }

        int t = 0;
        foreach (var m in mentions.OrderBy(static m => m.Start).ToArray())
        {
            while (t < tokens.Length && tokens[t].Start < m.End)
            {
                t++;
            }

            if (t + 2 >= tokens.Length || text[tokens[t].Start] != '(' || text[tokens[t + 2].Start] != ')')
            {
                continue;
            }

            var candidate = tokens[t + 1];
            string acronym = text.Substring(candidate.Start, candidate.Length);
            // The letters must be the initials of the whole name or of its start or end
            // ("US Securities and Exchange Commission (SEC)").
            string initials = Initials(m.Text);
            string letters = IsAcronym(acronym) ? Letters(acronym) : "";
            if (letters.Length < 2 || !(initials.StartsWith(letters, StringComparison.Ordinal) || initials.EndsWith(letters, StringComparison.Ordinal)))
            {
                continue;
            }

            defined.TryAdd(acronym, (m.Type, Normalize(m.Text)));
        }

        if (defined.Count == 0)
        {
            return defined;
        }

        var spans = mentions.Select(static m => (m.Start, m.End)).ToList();
        foreach (var token in tokens)
        {
            if (token.Length < 2 || !defined.TryGetValue(text.Substring(token.Start, token.Length), out var definition))
            {
                continue;
            }

            var type = definition.Type;

            bool inside = spans.Exists(s => s.Start <= token.Start && token.End <= s.End);
            if (!inside)
            {
                mentions.Add(new Mention(type, token.Start, token.End, text.Substring(token.Start, token.Length)));
            }
        }

        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return defined;
    }

    /// <summary>
    /// Span consistency inside one document: a mention that, with the words right before or after it, spells
    /// a longer name of the same type found elsewhere in the document takes that longer span ("Kim Jong" before
    /// "Un" when "Kim Jong Un" is found elsewhere). An organization also takes a plural possessive that
    /// starts its name ("Workers' Party", "Veterans' Affairs"): a singular "'s" is never taken.
    /// </summary>
    private static List<Mention> ExtendSpans(string text, List<Mention> mentions)
    {
        // The longer names of each type, indexed by each of their words: a mention is compared only with the
        // names that contain its first word, which keeps a long document linear rather than quadratic.
        var longer = new Dictionary<(MentionType, string), List<string>>();
        var seen = new HashSet<(MentionType, string)>();
        foreach (var m in mentions)
        {
            if (m.Text.Contains(' ', StringComparison.Ordinal) && seen.Add((m.Type, m.Text)))
            {
                foreach (string word in m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
                {
                    if (!longer.TryGetValue((m.Type, word), out var list))
                    {
                        list = [];
                        longer[(m.Type, word)] = list;
                    }

                    list.Add(m.Text);
                }
            }
        }

        var result = new List<Mention>(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            int start = m.Start, end = m.End;
            int firstSpace = m.Text.IndexOf(' ', StringComparison.Ordinal);
            string firstWord = firstSpace < 0 ? m.Text : m.Text[..firstSpace];
            if (longer.TryGetValue((m.Type, firstWord), out var names))
            {
                foreach (string name in names)
                {
                    if (name.Length <= end - start)
                    {
                        continue;
                    }

                    int offset = name.IndexOf(m.Text, StringComparison.Ordinal);
                    int newStart = start - offset;
                    if (offset < 0 || newStart < 0 || newStart + name.Length > text.Length || !text.AsSpan(newStart, name.Length).SequenceEqual(name))
                    {
                        continue;
                    }

                    int newEnd = newStart + name.Length;
                    if (IsWordChar(text, newStart - 1) || IsWordChar(text, newEnd))
                    {
                        continue;
                    }

                    start = Math.Min(start, newStart);
                    end = Math.Max(end, newEnd);
                }
            }

            if (m.Type == MentionType.Organization)
            {
                start = PluralPossessiveStart(text, start);
            }

            bool overlaps = (i > 0 && mentions[i - 1].End > start && mentions[i - 1].Start < m.Start) || (i + 1 < mentions.Count && mentions[i + 1].Start < end && mentions[i + 1].Start >= m.End);
            result.Add(overlaps || (start == m.Start && end == m.End) ? m : new Mention(m.Type, start, end, text[start..end], text[start..end], m.Value));
        }

        return result;
    }

    private static bool IsWordChar(string text, int index) => index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    /// <summary>Where "Xs' " before <paramref name="start"/> begins, for a capitalized plural possessive; else <paramref name="start"/>.</summary>
    private static int PluralPossessiveStart(string text, int start)
    {
        int k = start - 1;
        if (k < 2 || text[k] != ' ' || text[k - 1] is not ('\'' or '\u2019') || text[k - 2] != 's')
        {
            return start;
        }

        int wordEnd = k - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordEnd - wordStart >= 3 && char.IsUpper(text[wordStart]) ? wordStart : start;
    }

    /// <summary>
    /// Once a document has named a person in full ("Neil Jordan", "Billie Jean King"), the family name alone
    /// refers to that person for the rest of the article (one sense per discourse; news style names a person
    /// in full once, then by family name). A one-word place or organization mention equal to that family name
    /// becomes a person ("Jordan said" after "Neil Jordan", although Jordan is also a country), and so does an
    /// untagged occurrence of it standing alone between words that are not capitalized (the tagger misses "King
    /// said" because "king" is a common word); an ALL CAPS headline's "LYNAGH" is the same name. A headline may use the family name before the text gives the
    /// full name, so the order does not matter.
    /// </summary>
    private static List<Mention> ApplyFamilyNames(ExtractionContext context, List<Mention> mentions, List<Mention> others)
    {
        string text = context.Text;
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != MentionType.Person)
            {
                continue;
            }

            string name = Normalize(m.Text);
            int space = name.LastIndexOf(' ');
            string family = name[(space + 1)..];
            if (space > 0 && family.Length >= 3 && char.IsUpper(family[0]) && family.Any(char.IsLower) && IsPlausibleFullName(name))
            {
                families.Add(family);
            }
        }

        // An ALL CAPS headline writes the same family name in capitals ("LYNAGH SEALS VICTORY"), when the text
        // also uses that family name alone (not "GOLF" for the last word of a misread "Brown Deer Park Golf").
        foreach (var m in mentions)
        {
            string name = Normalize(m.Text);
            if (families.Contains(name))
            {
                families.Add(name.ToUpperInvariant());
            }
        }

        if (families.Count == 0)
        {
            return mentions;
        }

        var covered = new List<(int Start, int End)>(mentions.Count + others.Count);
        covered.AddRange(mentions.Select(static m => (m.Start, m.End)));
        covered.AddRange(others.Select(static m => (m.Start, m.End)));
        covered.Sort();
        var tokens = context.Tokens;
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
                || (!IsAllCaps(token.GetText(text)) && ((t > 0 && IsCapitalizedWord(tokens[t - 1], text)) || (t + 1 < tokens.Length && IsCapitalizedWord(tokens[t + 1], text)))))
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
            string name = Normalize(m.Text);
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
            string name = Normalize(m.Text);
            bool retype = m.Type != MentionType.Person && families.Contains(name) && votes.GetValueOrDefault(name) > 0;
            result.Add(retype ? new Mention(MentionType.Person, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
        }

        result.AddRange(additions);
        bool added = additions.Count > 0;
        if (added)
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
    private static bool IsPlausibleFullName(string name)
    {
        var words = name.Split(' ');
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            if (w is "de" or "van" or "von" or "bin" or "al" or "da" or "del" or "la" or "le" or "du" or "der" or "den" && i > 0 && i < words.Length - 1)
            {
                continue;
            }

            bool initial = w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';
            if (initial ? i >= words.Length - 2 : (!char.IsUpper(w[0]) || !w.Any(char.IsLower) || w.Any(char.IsDigit) || Quotes.QuoteWords.IsCapitalStop(w)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "stranded in Longyear", "the fighting near Tavildara", "the town of Tavildara": a one-word name tagged as
    /// a person that the document also writes right after "in" or "near" or after a noun of place kind ("town of",
    /// "the capital") (and not as a possessive: "in Smith's view") is a place;
    /// English seldom puts a person there. Every person mention of the name becomes a place (one sense per
    /// discourse). A name that is part of a longer person name in the document is left alone.
    /// </summary>
    private static List<Mention> PlacesAfterIn(string text, List<Mention> mentions)
    {
        var types = new Dictionary<string, (bool AnyPerson, bool AfterIn)>(StringComparer.Ordinal);
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            string name = Normalize(m.Text);
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                if (m.Type == MentionType.Person)
                {
                    nameWords.UnionWith(name.Split(' '));
                }

                continue;
            }

            var (anyPerson, afterIn) = types.GetValueOrDefault(name, (false, false));
            bool possessive = m.End < text.Length && text[m.End] is '\'' or '\u2019';
            types[name] = (anyPerson || m.Type == MentionType.Person, afterIn || (!possessive && HasPlaceContext(text, m.Start)));
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            string name = Normalize(m.Text);
            bool place = m.Type == MentionType.Person && types.TryGetValue(name, out var t) && t.AnyPerson && t.AfterIn && !nameWords.Contains(name);
            result.Add(place ? new Mention(MentionType.Place, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
        }

        return result;
    }

    /// <summary>Nouns that stand before a ship's name: "the aircraft carrier Carl Vinson", "the tanker Exxon Valdez".</summary>
    private static readonly HashSet<string> VesselNouns = new(StringComparer.Ordinal)
    {
        "ship", "vessel", "tanker", "frigate", "destroyer", "submarine", "liner", "ferry", "cruiser", "freighter", "warship",
    };

    /// <summary>
    /// A ship is named after a person or a place ("the aircraft carrier Carl Vinson") but is neither (CoNLL
    /// MISC): a name the document writes right after a vessel noun ("tanker", "aircraft carrier") is dropped
    /// everywhere in the document.
    /// </summary>
    private static List<Mention> DropVesselNames(string text, List<Mention> mentions)
    {
        HashSet<string>? vessels = null;
        foreach (var m in mentions)
        {
            // "carrier" alone is also an airline ("the carrier Lufthansa"): only "aircraft carrier" is a ship.
            string before = WordBefore(text, m.Start);
            if (VesselNouns.Contains(before) || (before is "carrier" or "carriers" && WordBefore(text, m.Start - before.Length - 1) is "aircraft"))
            {
                (vessels ??= new HashSet<string>(StringComparer.Ordinal)).Add(Normalize(m.Text));
            }
        }

        return vessels is null ? mentions : mentions.FindAll(m => !vessels.Contains(Normalize(m.Text)));
    }

    /// <summary>Nouns that name a place's kind before its name: "the town of Tavildara", "the capital Dushanbe".</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "town", "city", "village", "province", "region", "district", "capital", "island", "port", "suburb", "county",
    };

    /// <summary>
    /// Nouns whose "of" names a place: the place nouns above, a few more settlement words, and the compass
    /// directions ("3 km east of Tavildara").
    /// </summary>
    private static readonly HashSet<string> PlaceOfNouns = new(PlaceNouns.Concat(
    [
        "suburbs", "outskirts", "state", "republic", "hamlet", "municipality", "enclave", "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    ]), StringComparer.Ordinal);

    /// <summary>
    /// Nouns that stand right before an organization's name in apposition ("tyre giant Pirelli", "news-stand
    /// chain Ruch", "distributor Hachette") and never before a person's.
    /// </summary>
    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.Ordinal)
    {
        "firm", "company", "group", "chain", "club", "giant", "bank", "carrier", "airline", "insurer", "retailer",
        "maker", "manufacturer", "conglomerate", "newspaper", "daily", "agency", "side", "team", "publisher",
        "distributor", "brokerage", "consortium", "operator", "utility", "lender", "subsidiary", "unit",
    };

    /// <summary>
    /// Nouns that follow a company's name ("Petofi general manager", "Pirelli chairman") and never a person's.
    /// Shares and shareholders are read in <see cref="OrganizationEvidence"/>, which tells "Pirelli shares rose"
    /// from "Smith shares the view" and "Smith's shares".
    /// </summary>
    private static readonly HashSet<string> OrganizationFollowers = new(StringComparer.Ordinal)
    {
        "chairman", "general", "subsidiary", "unit", "management", "board",
    };

    /// <summary>
    /// A one-word name tagged as a person is an organization when the document gives organization evidence
    /// for it (one sense per discourse): it opens a longer organization name ("Mercantile" and "Mercantile
    /// Bancorp Inc."), an organization noun stands before it in apposition ("cables giant Pirelli"), or a
    /// word only companies have follows it ("Pirelli shares", "Ruch's shares"). A name that is part of a
    /// longer person name in the document is left alone, and so is one that opens an organization name but is
    /// also written as a place.
    /// </summary>
    private static List<Mention> OrganizationsByContext(string text, List<Mention> mentions)
    {
        var evidence = new HashSet<string>(StringComparer.Ordinal);
        var opening = new HashSet<string>(StringComparer.Ordinal);
        var placeLike = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            string name = Normalize(m.Text);
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && m.Type == MentionType.Organization)
            {
                opening.Add(name[..space]);
            }

            if (space > 0 && m.Type != MentionType.Person)
            {
                continue;
            }

            if (HasPlaceContext(text, m.Start))
            {
                placeLike.Add(name);
            }

            if (OrganizationNouns.Contains(WordBefore(text, m.Start)) || OrganizationFollowers.Contains(WordAfter(text, m.End)))
            {
                evidence.Add(name);
            }
        }

        // The words of the document's person names, except those of "person" names with organization evidence
        // of their own ("team Deportivo Coruna") or whose first word has it ("Deportivo chairman").
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var longer = new List<string>();
        foreach (var m in mentions)
        {
            string name = Normalize(m.Text);
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (m.Type != MentionType.Person || space < 0 || evidence.Contains(name))
            {
                continue;
            }

            if (evidence.Contains(name[..space]))
            {
                longer.Add(name);
            }
            else
            {
                personWords.UnionWith(name.Split(' '));
            }
        }

        evidence.UnionWith(longer);
        foreach (string name in evidence)
        {
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                opening.Add(name[..space]);
            }
        }

        // Opening an organization name is weaker evidence than the context words: places open them too
        // ("Wuxi Tong Ling Company Ltd"), so a name also written as a place ("at a plant in Wuxi") stays.
        opening.ExceptWith(placeLike);
        evidence.UnionWith(opening);
        if (evidence.Count == 0)
        {
            return mentions;
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            string name = Normalize(m.Text);
            bool organization = m.Type == MentionType.Person && evidence.Contains(name) && !personWords.Contains(name);
            result.Add(organization ? new Mention(MentionType.Organization, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
        }

        return result;
    }

    /// <summary>The lower-case word right before <paramref name="start"/>, one space apart, or "".</summary>
    private static string WordBefore(string text, int start)
    {
        int end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return "";
        }

        int begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '-'))
        {
            begin--;
        }

        return text[begin..end];
    }

    /// <summary>The word right after <paramref name="end"/> (past a possessive and one space), or "".</summary>
    private static string WordAfter(string text, int end)
    {
        int k = end;
        if (k + 1 < text.Length && text[k] is '\'' or '\u2019' && text[k + 1] == 's')
        {
            k += 2;
        }

        if (k >= text.Length || text[k] != ' ')
        {
            return "";
        }

        int begin = ++k;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return text[begin..k];
    }

    /// <summary>"in X", "near X", "the capital X", "the town of X".</summary>
    private static bool HasPlaceContext(string text, int start)
        => PrecededBy(text, start, "in", "near") || PlaceNouns.Contains(WordBefore(text, start))
            || (PrecededBy(text, start, "of", "of") && PlaceOfNouns.Contains(WordBefore(text, start - 3)));

    /// <summary>Whether the word right before <paramref name="start"/> (one space apart) is one of the two given words.</summary>
    private static bool PrecededBy(string text, int start, string word1, string word2)
    {
        int end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return false;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        var word = text.AsSpan(begin, end - begin);
        return word.SequenceEqual(word1) || word.SequenceEqual(word2);
    }

    /// <summary>Letters all capitals: in an ALL CAPS line the capitals of the neighbours say nothing.</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> word) => !word.ContainsAnyInRange('a', 'z');

    /// <summary>A word token that starts with a capital.</summary>
    internal static bool IsCapitalizedWord(Tokenization.TextToken token, string text)
        => token.Kind == Tokenization.TokenKind.Word && token.Length > 0 && char.IsUpper(text[token.Start]);

    /// <summary>One type per name: the majority type of all mentions with the same text (ties keep each mention's own type).</summary>
    private static List<Mention> UnifyTypes(List<Mention> mentions)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            string key = Normalize(m.Text);
            if (!votes.TryGetValue(key, out var counts))
            {
                counts = new int[3];
                votes[key] = counts;
            }

            counts[(int)m.Type]++;
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            var counts = votes[Normalize(m.Text)];
            int best = (int)m.Type;
            for (int type = 0; type < 3; type++)
            {
                if (counts[type] > counts[best])
                {
                    best = type;
                }
            }

            result.Add(best == (int)m.Type ? m : new Mention((MentionType)best, m.Start, m.End, m.Text, m.Canonical, m.Value));
        }

        return result;
    }

    private static Dictionary<(MentionType, string), string> Resolve(List<Mention> mentions, CancellationToken cancellationToken)
    {
        // Distinct names per type with their frequency and last position.
        var names = new Dictionary<(MentionType Type, string Name), (int Count, int Last)>();
        foreach (var m in mentions)
        {
            var key = (m.Type, Normalize(m.Text));
            var stats = names.GetValueOrDefault(key);
            names[key] = (stats.Count + 1, Math.Max(stats.Last, m.Start));
        }

        var result = new Dictionary<(MentionType, string), string>();
        var ordered = names.Keys.OrderByDescending(static k => WordCount(k.Name)).ThenBy(static k => k.Name, StringComparer.Ordinal).ToList();

        // A longer name can match only through its first word (a given name, "North Korea" for "the North"),
        // its last word (a family name, "Central Committee") or its initials (an acronym): index the names by
        // those, so that each name is compared with a few candidates instead of every other name of the
        // document (a single 4 MB document has tens of thousands of distinct names).
        var byEdge = new Dictionary<(MentionType, string), List<int>>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var (type, name) = ordered[i];
            if (name.Length == 0)
            {
                continue;
            }

            string[] words = name.Split(' ');
            AddIndex(byEdge, (type, "F:" + words[0].ToUpperInvariant()), i);
            AddIndex(byEdge, (type, "L:" + words[^1].ToUpperInvariant()), i);
            if (words.Length >= 2)
            {
                AddIndex(byEdge, (type, "I:" + Initials(name)), i);
            }
        }

        var candidates = new List<int>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var key = ordered[i];
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (key.Name.Length == 0)
            {
                continue;
            }

            string[] words = key.Name.Split(' ');
            candidates.Clear();
            AddCandidates(byEdge, (key.Type, "F:" + words[0].ToUpperInvariant()), candidates);
            AddCandidates(byEdge, (key.Type, "L:" + words[^1].ToUpperInvariant()), candidates);
            if (IsAcronym(key.Name) && words.Length == 1)
            {
                AddCandidates(byEdge, (key.Type, "I:" + Letters(key.Name)), candidates);
            }

            // In the order of the full list, so that ties go to the same name as a full comparison would pick.
            candidates.Sort();
            (MentionType, string)? best = null;
            (int Count, int Last) bestStats = default;
            int previous = -1;
            foreach (int c in candidates)
            {
                if (c == previous)
                {
                    continue;
                }

                previous = c;
                var other = ordered[c];
                if (other.Name.Length <= key.Name.Length || !Matches(key.Type, words, key.Name, other.Name))
                {
                    continue;
                }

                var stats = names[other];
                if (best is null || stats.Count > bestStats.Count || (stats.Count == bestStats.Count && stats.Last > bestStats.Last))
                {
                    best = other;
                    bestStats = stats;
                }
            }

            result[key] = best is { } b ? result.GetValueOrDefault(b, b.Item2) : key.Name;
        }

        return result;
    }

    private static void AddIndex(Dictionary<(MentionType, string), List<int>> index, (MentionType, string) key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }

    private static void AddCandidates(Dictionary<(MentionType, string), List<int>> index, (MentionType, string) key, List<int> candidates)
    {
        if (index.TryGetValue(key, out var list))
        {
            candidates.AddRange(list);
        }
    }

    private static bool Matches(MentionType type, string[] words, string name, string longer)
    {
        string[] longWords = longer.Split(' ');
        if (IsAcronym(name) && words.Length == 1 && longWords.Length >= 2)
        {
            string initials = Initials(longer);
            if (initials.Length >= 2 && string.Equals(initials, Letters(name), StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (words.Length >= longWords.Length)
        {
            return false;
        }

        bool prefix = true, suffix = true;
        for (int k = 0; k < words.Length; k++)
        {
            prefix &= string.Equals(words[k], longWords[k], StringComparison.OrdinalIgnoreCase);
            suffix &= string.Equals(words[k], longWords[longWords.Length - words.Length + k], StringComparison.OrdinalIgnoreCase);
        }

        return type switch
        {
            // Given name or family name, in either order of the two conventions (Western and East Asian).
            MentionType.Person => prefix || suffix,

            // "the Central Committee" → "Workers' Party Central Committee"; a lone common word is not enough.
            MentionType.Organization => suffix && (words.Length >= 2 || char.IsUpper(words[0][0])) && !IsAcronym(name),

            // "the North fired" after "North Korea": a compass word alone is the divided country the article
            // already named (North/South Korea, North/South Sudan, East/West Germany). Other places never merge.
            MentionType.Place => prefix && words.Length == 1 && longWords.Length == 2 && IsCompassWord(words[0]),
            _ => false,
        };
    }

    private static bool IsCompassWord(string word)
        => word.Equals("North", StringComparison.Ordinal) || word.Equals("South", StringComparison.Ordinal)
           || word.Equals("East", StringComparison.Ordinal) || word.Equals("West", StringComparison.Ordinal);

    private static int WordCount(string name) => name.Count(static c => c == ' ') + 1;

    /// <summary>2 to 8 capital letters, optionally dotted ("KCNA", "U.N.").</summary>
    private static bool IsAcronym(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    private static string Letters(string acronym) => string.Concat(acronym.Where(char.IsLetter));

    /// <summary>The capitalized initials of a name's words, skipping function words; a hyphenated word gives one initial per part.</summary>
    private static string Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (FunctionWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            foreach (string part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (char.IsLetter(part[0]))
                {
                    initials.Append(char.ToUpperInvariant(part[0]));
                }
            }
        }

        return initials.ToString();
    }
}
