using EntityExtract.Pipeline;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

/// <summary>A mention the tagger proposed: its type (0 person, 1 place, 2 organization) and token range, inclusive.</summary>
internal readonly record struct NerCandidate(int Type, int First, int Last, int SentenceFirst, int SentenceEnd);

/// <summary>
/// Document-level corrections of the tagger's mentions, for failure modes that a left-to-right tagger
/// trained on Reuters 1996 running text cannot see: Title Case headlines, nationality adjectives, acronyms
/// of common nouns and capital cities used for their governments. Each rule is general English-news
/// practice (AP and Reuters style), not a list of names.
/// </summary>
internal static class NerRefinement
{
    private const int Person = 0, Place = 1, Organization = 2;

    // Gazetteer bits are kind * 4 + part (NerTokenInfo.Gazetteer): the Begin/Inside/Last parts of all
    // four kinds (three labelled types and the world place list) mark a token inside a known multi-word name.
    private const int MultiWordParts = 0x7777;

    /// <summary>
    /// Nationality adjectives ("a South Korean official"). Derived from CoNLL-2003 eng.train: the
    /// single-token MISC mentions followed by a lower-case word in at least 40% of their occurrences and
    /// ending like a demonym (-an, -ese, -ish, -i, -ch, -ek, -ss), minus the ones that are not demonyms
    /// (Christian, Republican, Nazi, Taleban...). CoNLL tags these MISC; they are not people, places or
    /// organizations.
    /// </summary>
    private static readonly HashSet<string> Demonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "Afghan", "African", "Albanian", "Algerian", "American", "Angolan", "Arab", "Asian", "Australian",
        "Austrian", "Bangladeshi", "Belgian", "Bengali", "Bosnian", "Brazilian", "British", "Bulgarian", "Burmese",
        "Cambodian", "Canadian", "Catalan", "Chilean", "Chinese", "Colombian", "Corsican", "Croatian", "Cuban",
        "Czech", "Danish", "Dutch", "Egyptian", "English", "Eritrean", "Estonian", "European", "Finnish", "French",
        "German", "Greek", "Guinean", "Honduran", "Hungarian", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish",
        "Israeli", "Italian", "Ivorian", "Jamaican", "Japanese", "Jewish", "Jordanian", "Kenyan", "Korean",
        "Kurdish", "Lebanese", "Libyan", "Macedonian", "Maltese", "Mauritian", "Mexican", "Mozambican", "Nepalese",
        "Nepali", "Nicaraguan", "Nigerian", "Norwegian", "Pakistani", "Palestinian", "Peruvian", "Polish",
        "Portuguese", "Romanian", "Russian", "Rwandan", "Saudi", "Scottish", "Senegalese", "Serbian", "Sicilian",
        "Slovenian", "Spanish", "Sudanese", "Surinamese", "Swedish", "Swiss", "Syrian", "Thai", "Tibetan",
        "Tunisian", "Turkish", "Tutsi", "Ukrainian", "Uruguayan", "Venezuelan", "Vietnamese", "Zairean",
        "Zimbabwean",
    };

    /// <summary>
    /// National capitals (one-word names; the seats of government that news uses for their governments:
    /// "Washington said", "Pyongyang has ignored"). Written for this library from the list of national
    /// capitals; the model's gazetteer cannot decide these, as WikiANN also tags them as organizations.
    /// </summary>
    private static readonly HashSet<string> Capitals = new(StringComparer.OrdinalIgnoreCase)
    {
        "Abuja", "Accra", "Algiers", "Amman", "Amsterdam", "Ankara", "Antananarivo", "Apia", "Ashgabat", "Asmara",
        "Astana", "Asuncion", "Athens", "Baghdad", "Baku", "Bamako", "Bangkok", "Bangui", "Banjul", "Beijing",
        "Beirut", "Belgrade", "Berlin", "Bern", "Bishkek", "Bogota", "Brasilia", "Bratislava", "Brazzaville",
        "Brussels", "Bucharest", "Budapest", "Cairo", "Canberra", "Caracas", "Chisinau", "Colombo", "Conakry",
        "Copenhagen", "Dakar", "Damascus", "Dhaka", "Dili", "Djibouti", "Dodoma", "Doha", "Dublin", "Dushanbe",
        "Freetown", "Gaborone", "Georgetown", "Hanoi", "Harare", "Havana", "Helsinki", "Islamabad", "Jakarta",
        "Juba", "Kabul", "Kampala", "Kathmandu", "Khartoum", "Kiev", "Kigali", "Kingston", "Kinshasa", "Kyiv",
        "Libreville", "Lilongwe", "Lima", "Lisbon", "Ljubljana", "Lome", "London", "Luanda", "Lusaka", "Luxembourg",
        "Madrid", "Majuro", "Malabo", "Managua", "Manama", "Manila", "Maputo", "Maseru", "Mbabane", "Minsk",
        "Mogadishu", "Monrovia", "Montevideo", "Moroni", "Moscow", "Muscat", "Nairobi", "Nassau", "Naypyidaw",
        "Ndjamena", "Niamey", "Nicosia", "Nouakchott", "Oslo", "Ottawa", "Ouagadougou", "Panama", "Paramaribo",
        "Paris", "Podgorica", "Prague", "Praia", "Pretoria", "Pristina", "Pyongyang", "Quito", "Rabat", "Reykjavik",
        "Riga", "Riyadh", "Rome", "Sanaa", "Santiago", "Sarajevo", "Seoul", "Singapore", "Skopje", "Sofia",
        "Stockholm", "Sukhumi", "Suva", "Taipei", "Tallinn", "Tashkent", "Tbilisi", "Tegucigalpa", "Teheran",
        "Tehran", "Thimphu", "Tirana", "Tokyo", "Tripoli", "Tunis", "Ulaanbaatar", "Vaduz", "Valletta", "Vienna",
        "Vientiane", "Vilnius", "Warsaw", "Washington", "Wellington", "Windhoek", "Yaounde", "Yerevan", "Zagreb",
    };

    private static readonly HashSet<string> OrganizationSuffixes = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "SpA", "AG", "NV", "GmbH", "LLC",
        "Group", "Club", "Party", "Ministry", "Agency", "Committee", "Council", "University", "Association",
        "League", "Institute", "Commission", "Company", "Airlines", "Airways", "Industries",
        "Holdings", "Securities", "Bancorp", "Bancshares", "Foundation", "Corporation", "Organisation", "Organization",
        "Airport", "Magazine", "College", "Trust", "Studios", "Records", "Network",
    };

    private static readonly string[] FunctionWords = ["of", "and", "the", "for", "to", "in", "on", "&"];

    /// <summary>
    /// Titles and forms of address written before a person's name ("Governor Lawrence Lindsey", "Mr Massoud
    /// Barzani", "King Norodom Sihanouk"). CoNLL-2003, MUC-7 and ACE leave the title outside the name.
    /// </summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Professor", "President", "Vice-President",
        "Governor", "Gov.", "Ambassador", "Director", "Chairman", "Chairwoman", "Secretary", "Minister", "Premier",
        "Chancellor", "Senator", "Sen.", "Rep.", "Judge", "Mayor", "Cardinal", "Archbishop", "Bishop", "Pope", "King",
        "Queen", "Prince", "Princess", "Emperor", "Empress", "General", "Gen.", "Colonel", "Col.", "Lieutenant", "Lt.",
        "Captain", "Capt.", "Commander", "Admiral", "Sergeant", "Sgt.", "Brigadier", "Lieutenant-Colonel",
        "Lieutenant-General", "Major-General", "Spokesman", "Spokeswoman", "Sir", "Dame", "Treasurer", "Comptroller", "Imam",
        "Ayatollah", "Sheikh", "Reverend", "Rev.", "Commissioner", "Superintendent", "Inspector",
    };

    /// <summary>Titles that are not also family names (unlike King, Judge, Bishop): the last word of no name.</summary>
    private static readonly HashSet<string> TrailingTitles = new(StringComparer.Ordinal)
    {
        "President", "Chairman", "Chairwoman", "Director", "Governor", "Ambassador", "Secretary", "Minister", "Spokesman", "Spokeswoman",
    };

    /// <summary>
    /// Capitalized common nouns that head a name with "of" ("Bank of Canada", "Duke of Norfolk", "Isle of
    /// Man"): the name is one mention, not a club and its country.
    /// </summary>
    private static readonly HashSet<string> HeadNouns = new(StringComparer.Ordinal)
    {
        "Bank", "College", "School", "Church", "Museum", "Court", "Department", "Bureau", "Office", "Duke", "Duchess",
        "Earl", "House", "Port", "City", "Republic", "Kingdom", "Isle", "Bay", "Gulf", "Sea", "Lake", "Cape", "Mount",
        "Province", "State", "Government", "Cathedral", "Palace", "Tower", "Bishop", "Order",
    };

    /// <summary>Nouns that end the name of an event: "Hong Kong Open", "U.S. Amateur Championship", "Venice Film Festival".</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Open", "Championship", "Championships", "Cup", "Games", "Tournament", "Festival", "Trophy", "Marathon", "Olympics",
    };

    /// <summary>Ordinal words: "Second test", "Fourth round" at the start of a line are never names alone.</summary>
    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth",
    };

    /// <summary>Applies every rule to <paramref name="candidates"/>, in place.</summary>
    public static void Apply(ExtractionContext context, ReadOnlySpan<NerTokenInfo> info, List<NerCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var tokens = context.Tokens;
        var text = context.Text.AsSpan();
        TrimHeadlineSpans(context.Text, tokens, info, candidates);
        AddNewsSources(context.Text, tokens, context.Sentences, candidates);
        MarkDatelines(text, tokens, context.Sentences, candidates);
        MarkScoreLines(text, tokens, context.Sentences, candidates);
        DropCommonNounAcronyms(context.Text, tokens, candidates);
        SplitTitles(text, tokens, info, candidates);
        SplitCoordinations(text, tokens, candidates);
        SplitClubOfCountry(text, tokens, info, candidates);
        DropQuotedTitles(text, tokens, candidates);
        int kept = 0;
        for (int k = 0; k < candidates.Count; k++)
        {
            var trimmed = TrimEdges(candidates[k], tokens, text);

            // "the Home Secretary", "a Foreign Minister": once the title goes, common words are all that is left.
            if (trimmed.Last < candidates[k].Last && AllCommonWords(trimmed, info))
            {
                continue;
            }

            var c = KeepEllipticalPossessive(AddRegnalNumber(TrimDateWords(trimmed, tokens, text), tokens, text), tokens, text);
            c = AddGivenName(c, kept > 0 ? candidates[kept - 1].Last : -1, tokens, text, info);
            if (IsDemonymAdjective(c, tokens, text) || IsCommonWord(c, tokens, text) || IsCapitalizedCommonWord(c, tokens, text, info) || IsInEventName(c, tokens, text))
            {
                continue;
            }

            if (c.Type == Organization && c.First == c.Last && IsCapital(tokens[c.First].GetText(text)))
            {
                c = c with { Type = Place };
            }
            else if (c.Type != Organization && c.Last > c.First && IsOrganizationSuffix(tokens[c.Last].GetText(text)))
            {
                c = c with { Type = Organization };
            }

            candidates[kept++] = c;
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>
    /// A news outlet written as one CamelCase word or as a web domain ("NewsToday", "NewsToday.com") is an
    /// organization where a text names its source: at the start of a line before a colon, possibly with a
    /// date in parentheses ("NewsToday (12/12/2025): ..."), or alone on the last line (the credit line).
    /// Only these shapes are taken: a plain capitalized word there could be a person's byline.
    /// </summary>
    private static void AddNewsSources(string text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, List<NerCandidate> candidates)
    {
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            int first = sentence.FirstToken;
            if (sentence.TokenCount <= 0 || sentence.EndToken > tokens.Length)
            {
                continue;
            }

            int last = SourceNameEnd(text, tokens, first, sentence.EndToken);
            if (last < 0)
            {
                continue;
            }

            int next = last + 1;
            bool credit = s == sentences.Length - 1 && (next == sentence.EndToken || (next + 1 == sentence.EndToken && tokens[next].Kind == TokenKind.Punctuation));
            if (!credit && next < sentence.EndToken && tokens[next].GetText(text) is "(")
            {
                int close = next + 1;
                while (close < sentence.EndToken && close <= next + 6 && tokens[close].GetText(text) is not ")")
                {
                    close++;
                }

                next = close + 1;
            }

            if (!credit && !(next < sentence.EndToken && tokens[next].GetText(text) is ":"))
            {
                continue;
            }

            candidates.RemoveAll(c => c.First <= last && c.Last >= first);
            int at = 0;
            while (at < candidates.Count && candidates[at].First < first)
            {
                at++;
            }

            candidates.Insert(at, new NerCandidate(Organization, first, last, sentence.FirstToken, sentence.EndToken));
        }
    }

    /// <summary>
    /// A dateline: the ALL CAPS words that open a line, followed by a date ("NEW YORK 1996-08-30"), by a
    /// comma, a Title-case region and a date ("LA CORUNA, Spain 1996-08-31"), or by a wire credit in
    /// parentheses ("NEW YORK (AP)"), name the place the story was filed from, with its article ("THE HAGUE").
    /// The tagger, which sees ALL CAPS words without their case, may call them an organization.
    /// </summary>
    private static void MarkDatelines(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, List<NerCandidate> candidates)
    {
        List<(int First, int Last, NerCandidate[] Items)>? ranges = null;
        foreach (var sentence in sentences)
        {
            int first = sentence.FirstToken, end = Math.Min(sentence.EndToken, tokens.Length);
            if (first >= end || (first > 0 && !LineStartsAt(text, tokens[first].Start)))
            {
                continue;
            }

            int last = first - 1;
            while (last + 1 < end && last - first < 4 && tokens[last + 1].Kind == TokenKind.Word && IsAllCapsWord(tokens[last + 1].GetText(text)))
            {
                last++;
            }

            if (last < first || last + 1 >= end)
            {
                continue;
            }

            int next = last + 1;
            if (tokens[next].GetText(text) is ",")
            {
                next++;
                while (next < end && tokens[next].Kind == TokenKind.Word && char.IsUpper(tokens[next].GetText(text)[0]))
                {
                    next++;
                }
            }

            bool dated = next < end && ((tokens[next].Kind == TokenKind.Number && IsDateShaped(tokens[next].GetText(text))) || (next == last + 1 && tokens[next].GetText(text) is "("));
            if (!dated)
            {
                continue;
            }

            (ranges ??= []).Add((first, last, [new NerCandidate(Place, first, last, sentence.FirstToken, sentence.EndToken)]));
        }

        ReplaceRanges(candidates, ranges);
    }

    /// <summary>
    /// Replaces the candidates that overlap each range with the range's own, in one pass: the ranges are
    /// disjoint and, like the candidates, in document order.
    /// </summary>
    private static void ReplaceRanges(List<NerCandidate> candidates, List<(int First, int Last, NerCandidate[] Items)>? ranges)
    {
        if (ranges is null)
        {
            return;
        }

        var result = new List<NerCandidate>(candidates.Count + ranges.Count);
        int r = 0;
        foreach (var c in candidates)
        {
            while (r < ranges.Count && ranges[r].Last < c.First)
            {
                result.AddRange(ranges[r++].Items);
            }

            if (r >= ranges.Count || c.Last < ranges[r].First)
            {
                result.Add(c);
            }
        }

        while (r < ranges.Count)
        {
            result.AddRange(ranges[r++].Items);
        }

        candidates.Clear();
        candidates.AddRange(result);
    }

    /// <summary>
    /// A score line, "Sale 31 Wasps 33" or "Harlequins 75 Gloucester 19": a line of exactly a name, a number,
    /// a name and a number reports a match, and the two names are the teams (organizations), even when a
    /// team bears its city's name or a common word. Each name is one to four capitalized words.
    /// </summary>
    private static void MarkScoreLines(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, List<NerCandidate> candidates)
    {
        List<(int First, int Last, NerCandidate[] Items)>? ranges = null;
        foreach (var sentence in sentences)
        {
            int first = sentence.FirstToken, end = Math.Min(sentence.EndToken, tokens.Length);
            if (end - first < 4 || end - first > 10 || (first > 0 && !LineStartsAt(text, tokens[first].Start)))
            {
                continue;
            }

            int firstEnd = NameRunEnd(text, tokens, first, end);
            if (firstEnd < 0 || firstEnd + 1 >= end || !IsScore(text, tokens[firstEnd + 1]))
            {
                continue;
            }

            int second = firstEnd + 2;
            int secondEnd = NameRunEnd(text, tokens, second, end);
            if (secondEnd < 0 || secondEnd + 2 != end || !IsScore(text, tokens[secondEnd + 1]))
            {
                continue;
            }

            (ranges ??= []).Add((first, end - 1,
                [new NerCandidate(Organization, first, firstEnd, sentence.FirstToken, sentence.EndToken), new NerCandidate(Organization, second, secondEnd, sentence.FirstToken, sentence.EndToken)]));
        }

        ReplaceRanges(candidates, ranges);
    }

    /// <summary>The last token of one to four capitalized words starting at <paramref name="start"/> (a possessive may join them), or -1.</summary>
    private static int NameRunEnd(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int start, int end)
    {
        int last = start - 1;
        while (last + 1 < end && last + 1 - start < 5 && tokens[last + 1].Kind == TokenKind.Word
            && (char.IsUpper(tokens[last + 1].GetText(text)[0]) || (last >= start && tokens[last + 1].GetText(text) is "'s")))
        {
            last++;
        }

        return last >= start && tokens[last].GetText(text) is not "'s" && last - start < 4 ? last : -1;
    }

    /// <summary>A score: one to three digits.</summary>
    private static bool IsScore(ReadOnlySpan<char> text, TextToken token)
        => token.Kind == TokenKind.Number && token.Length <= 3 && !token.GetText(text).ContainsAnyExceptInRange('0', '9');

    private static bool LineStartsAt(ReadOnlySpan<char> text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || text[k] is '\n' or '\r';
    }

    private static bool IsAllCapsWord(ReadOnlySpan<char> word)
        => word.Length >= 2 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z') && !word.ContainsAnyExcept(CapsOrDot);

    private static readonly System.Buffers.SearchValues<char> CapsOrDot = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.-'");

    /// <summary>"1996-08-30", "08/30/1996": digits with dashes or slashes.</summary>
    private static bool IsDateShaped(ReadOnlySpan<char> word)
        => word.Length >= 6 && (word.Contains('-') || word.Contains('/')) && !word.ContainsAnyExcept(DateChars);

    private static readonly System.Buffers.SearchValues<char> DateChars = System.Buffers.SearchValues.Create("0123456789-/");

    /// <summary>The last token of a CamelCase or domain name starting at <paramref name="first"/>, or -1.</summary>
    private static int SourceNameEnd(string text, ReadOnlySpan<TextToken> tokens, int first, int end)
    {
        var word = tokens[first].GetText(text);
        if (tokens[first].Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]))
        {
            return -1;
        }

        // "NewsToday.com": the name, a dot and a top-level domain, written without spaces.
        if (first + 2 < end && tokens[first + 1].GetText(text) is "." && !tokens[first + 1].HasSpaceBefore && !tokens[first + 2].HasSpaceBefore
            && tokens[first + 2].GetText(text) is var tld && IsTopLevelDomain(tld))
        {
            return first + 2;
        }

        return IsCamelCase(word) ? first : -1;
    }

    private static bool IsTopLevelDomain(ReadOnlySpan<char> word)
        => word.Equals("com", StringComparison.OrdinalIgnoreCase) || word.Equals("net", StringComparison.OrdinalIgnoreCase)
            || word.Equals("org", StringComparison.OrdinalIgnoreCase) || word.Equals("news", StringComparison.OrdinalIgnoreCase)
            || word.Equals("info", StringComparison.OrdinalIgnoreCase) || word.Equals("tv", StringComparison.OrdinalIgnoreCase);

    /// <summary>"NewsToday", "BuzzFeed": a lower-case letter then a capital inside one word; not "McDonald" or "MacLeod".</summary>
    private static bool IsCamelCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.StartsWith("Mc", StringComparison.Ordinal) || word.StartsWith("Mac", StringComparison.Ordinal))
        {
            return false;
        }

        bool inner = false;
        for (int i = 0; i < word.Length; i++)
        {
            if (!char.IsLetterOrDigit(word[i]))
            {
                return false;
            }

            inner |= i >= 2 && char.IsLower(word[i - 1]) && char.IsUpper(word[i]);
        }

        return inner;
    }

    /// <summary>
    /// "Federal Reserve Governor Lawrence Lindsey", "U.N. Ambassador Albright", "Mr Massoud Barzani": a title
    /// inside a person or organization mention, followed by a capitalized word, separates the person named
    /// after it from the organization (or nothing) before it; the title itself belongs to neither. A person's
    /// name stops at "of" ("President Tono Eitel of Germany"): the place after it is a mention of its own.
    /// A lone title is not a name. Places are left alone ("Prince Edward Island"), and so is an organization
    /// that starts with the title and ends in an organization noun ("King Abdullah University").
    /// </summary>
    private static void SplitTitles(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<NerTokenInfo> info, List<NerCandidate> candidates)
    {
        var titles = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var result = new List<NerCandidate>(candidates.Count + 4);
        for (int index = 0; index < candidates.Count; index++)
        {
            var c = candidates[index];
            if (c.Type == Place)
            {
                result.Add(c);
                continue;
            }

            if (c.First == c.Last)
            {
                if (c.Type != Person || !titles.Contains(tokens[c.First].GetText(text)))
                {
                    result.Add(c);
                }

                continue;
            }

            int title = -1;
            for (int t = c.First; t < c.Last && title < 0; t++)
            {
                var next = tokens[t + 1].GetText(text);
                if (titles.Contains(tokens[t].GetText(text)) && tokens[t + 1].Kind == TokenKind.Word && char.IsUpper(next[0]))
                {
                    title = t;
                }
            }

            // An organization may start with a title word: "General Motors", "General Electric", "Queen Mary".
            if (title < 0 || (title == c.First && c.Type == Organization))
            {
                result.Add(c);
                continue;
            }

            int personLast = c.Last;
            for (int t = title + 2; t < c.Last; t++)
            {
                if (tokens[t].GetText(text) is "of")
                {
                    personLast = t - 1;
                    break;
                }
            }

            while (personLast > title + 1 && tokens[personLast].Kind == TokenKind.Punctuation)
            {
                personLast--;
            }

            // What follows the title names an organization, not a person: "Transport and General Workers' Union",
            // "Imam Khomeini International Airport".
            if (IsOrganizationSuffix(tokens[personLast].GetText(text)) || tokens[personLast].GetText(text) is "Union" or "Hospital" or "School" or "Stadium" or "Prize" or "Award" or "Awards")
            {
                result.Add(c);
                continue;
            }

            // Common words before the title are part of it, not an organization: "Home Secretary David
            // Blunkett", "Shadow Foreign Secretary Liam Fox" (British ministers are "<department> Secretary").
            // "Solicitor General", "Attorney General", "Inspector General": a post-positive "General" takes the
            // word before it into the title.
            bool commonPrefix = true;
            for (int t = c.First; t < title && commonPrefix; t++)
            {
                commonPrefix = info[t].Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower;
            }

            commonPrefix |= title == c.First + 1 && tokens[title].GetText(text) is "General";

            if (title > c.First && !commonPrefix)
            {
                result.Add(c with { Last = title - 1 });
            }

            // The tagger, reading the title as the start of the name, often stops one word short: "Home
            // Secretary David | Blunkett". A capitalized word right after, that running text does not write in
            // lower case and that no other mention holds, is the rest of the name.
            bool nextTaken = index + 1 < candidates.Count && candidates[index + 1].First == personLast + 1;
            if (personLast == c.Last && personLast == title + 1 && !nextTaken && personLast + 1 < c.SentenceEnd && personLast + 1 < tokens.Length
                && tokens[personLast + 1].Kind == TokenKind.Word && char.IsUpper(tokens[personLast + 1].GetText(text)[0])
                && info[personLast + 1].Lexicon is not (LexiconClass.Lower or LexiconClass.MostlyLower))
            {
                personLast++;
            }

            // "Metropolitan Police Commissioner Sir": nothing but another title is left, and a title is no name.
            bool onlyTitles = true;
            for (int t = title + 1; t <= personLast && onlyTitles; t++)
            {
                onlyTitles = titles.Contains(tokens[t].GetText(text));
            }

            if (onlyTitles)
            {
                continue;
            }

            result.Add(c with { Type = Person, First = title + 1, Last = personLast });
            if (personLast + 2 <= c.Last && char.IsUpper(tokens[personLast + 2].GetText(text)[0]))
            {
                result.Add(c with { Type = Place, First = personLast + 2 });
            }
        }

        candidates.Clear();
        candidates.AddRange(result);
    }

    /// <summary>
    /// "Kansai Electric Power and Kansai International Airport", "IDLC, Bangladesh Lamps, Chittagong Cement and
    /// Atlas Bangladesh": two names joined by "and" that the tagger ran together. Names that contain "and"
    /// exist ("Securities and Exchange Commission", "State Law and Order Restoration Council"), so the mention
    /// is split only on evidence of two names: both sides are two words or more and either the first side ends
    /// in a company form ("Corp."), or both sides start with the same word, or the mention ends a list of
    /// names (a comma and another mention right before it).
    /// </summary>
    private static void SplitCoordinations(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, List<NerCandidate> candidates)
    {
        var result = new List<NerCandidate>(candidates.Count + 4);
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            result.Add(c);
            if (c.Type == Person || c.Last - c.First < 4)
            {
                continue;
            }

            int and = -1;
            for (int t = c.First + 2; t <= c.Last - 2; t++)
            {
                if (tokens[t].GetText(text) is "and")
                {
                    and = and < 0 ? t : int.MaxValue;
                }
            }

            if (and is < 0 or int.MaxValue || !char.IsUpper(tokens[and + 1].GetText(text)[0]))
            {
                continue;
            }

            bool company = IsCompanyForm(tokens[and - 1].GetText(text));
            bool sameStart = tokens[c.First].GetText(text).SequenceEqual(tokens[and + 1].GetText(text));
            bool list = k > 0 && c.First >= 2 && tokens[c.First - 1].GetText(text) is "," && candidates[k - 1].Last == c.First - 2;
            if (company || sameStart || list)
            {
                result[^1] = c with { Last = and - 1 };
                result.Add(c with { First = and + 1 });
            }
        }

        candidates.Clear();
        candidates.AddRange(result);
    }

    /// <summary>
    /// "Karlsruhe of Germany", "Espanyol of Barcelona": a one-word proper name (a word running text writes
    /// capitalized, not part of a known multi-word name, not a head noun like "Bank of England" or "University of
    /// Chicago" have), "of" and a place
    /// of the gazetteer is an organization and the place it comes from (sports and news style), two mentions.
    /// </summary>
    private static void SplitClubOfCountry(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<NerTokenInfo> info, List<NerCandidate> candidates)
    {
        const int placeUnit = 1 << (4 + NerLabels.Unit);
        var result = new List<NerCandidate>(candidates.Count + 4);
        foreach (var c in candidates)
        {
            result.Add(c);
            if (c.Type != Organization || c.Last != c.First + 2 || c.Last >= info.Length || tokens[c.First + 1].GetText(text) is not "of")
            {
                continue;
            }

            var club = info[c.First];
            if (club.Lexicon is LexiconClass.Capitalized or LexiconClass.Unknown && (club.Flags & NerFeatures.FlagAllCaps) == 0 && (club.Gazetteer & MultiWordParts) == 0
                && (info[c.Last].Gazetteer & placeUnit) != 0 && !Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[c.First].GetText(text))
                && !HeadNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[c.First].GetText(text)) && !IsOrganizationSuffix(tokens[c.First].GetText(text)))
            {
                result[^1] = c with { Last = c.First };
                result.Add(c with { Type = Place, First = c.Last });
            }
        }

        candidates.Clear();
        candidates.AddRange(result);
    }

    /// <summary>
    /// "his film \" Michael Collins \"", "appearances in \" Lawrence of Arabia \"": a short Title Case phrase
    /// between quotation marks is the title of a work (CoNLL MISC), and the names inside it name no person,
    /// place or organization of the story. A quoted phrase with a lower-case word of four letters or more is
    /// speech or a nickname and is left alone.
    /// </summary>
    private static void DropQuotedTitles(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, List<NerCandidate> candidates)
    {
        // Double and single quotation marks pair separately; a closing mark ends its pair whatever it holds.
        List<(int First, int Last)>? titles = null;
        int openDouble = -1, openSingle = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Quote)
            {
                continue;
            }

            bool single = tokens[t].GetText(text) is "'" or "\u2018" or "\u2019";
            int open = single ? openSingle : openDouble;
            if (open >= 0 && t - open >= 2 && t - open <= 9 && IsTitleCase(text, tokens, open + 1, t - 1))
            {
                (titles ??= []).Add((open + 1, t - 1));
            }

            open = open >= 0 ? -1 : t;
            if (single)
            {
                openSingle = open;
            }
            else
            {
                openDouble = open;
            }
        }

        if (titles is null)
        {
            return;
        }

        // Both lists are in document order: one pass.
        int q = 0, kept = 0;
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            while (q < titles.Count && titles[q].Last < c.First)
            {
                q++;
            }

            if (q >= titles.Count || titles[q].First > c.First || c.Last > titles[q].Last)
            {
                candidates[kept++] = c;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private static bool IsTitleCase(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int first, int last)
    {
        if (tokens[first].Kind != TokenKind.Word || !char.IsUpper(tokens[first].GetText(text)[0]))
        {
            return false;
        }

        for (int t = first; t <= last; t++)
        {
            var word = tokens[t].GetText(text);
            if (tokens[t].Kind is TokenKind.Punctuation && word is "." or "," or "?" or "!" or ";")
            {
                return false;
            }

            if (tokens[t].Kind == TokenKind.Word && word.Length >= 4 && char.IsLower(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCompanyForm(ReadOnlySpan<char> word)
        => word is "Inc" or "Inc." or "Corp" or "Corp." or "Co" or "Co." or "Ltd" or "Ltd." or "Plc" or "PLC" or "LLC" or "AG" or "SA" or "NV";

    /// <summary>
    /// "CNBC Friday", "August National Association of Purchasing Management": a weekday or month name at the
    /// edge of a longer mention is the date next to the name, not part of it. A person keeps a last word that
    /// is a month (the family names May and March) and a first word that is also a given name (April, August);
    /// a last "March" is the noun of a demonstration's name ("Million Man March").
    /// </summary>
    private static NerCandidate TrimDateWords(NerCandidate c, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text)
    {
        int first = c.First, last = c.Last;
        while (first < last && IsDateWord(tokens[first].GetText(text)) && !(c.Type == Person && tokens[first].GetText(text) is "April" or "August"))
        {
            first++;
        }

        while (last > first && c.Type != Person && IsDateWord(tokens[last].GetText(text)) && tokens[last].GetText(text) is not "March")
        {
            last--;
        }

        return first == c.First && last == c.Last ? c : c with { First = first, Last = last };
    }

    /// <summary>
    /// "Henry VIII", "Charles VI": a regnal number after a one-word person name belongs to it (the tagger
    /// leaves it out as an unknown word). "I" is taken only after a title ("Queen Elizabeth I"), where it cannot
    /// be the pronoun.
    /// </summary>
    private static NerCandidate AddRegnalNumber(NerCandidate c, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text)
    {
        int next = c.Last + 1;
        if (c.Type != Person || c.First != c.Last || next >= c.SentenceEnd || next >= tokens.Length || tokens[next].Kind != TokenKind.Word)
        {
            return c;
        }

        var word = tokens[next].GetText(text);
        bool roman = word.Length is >= 1 and <= 4 && !word.ContainsAnyExcept('I', 'V', 'X');
        bool titled = c.First > 0 && Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[c.First - 1].GetText(text));
        return roman && (word.Length >= 2 || titled) ? c with { Last = next } : c;
    }

    /// <summary>
    /// "Practice at Lord's", "(at Lord's, London)", "Sotheby's said": a possessive that no noun follows is
    /// elliptical (Lord's ground, Sotheby's auction house) and is part of the name, as CoNLL-2003 and OntoNotes
    /// mark it; the recognizer strips every possessive, which is right only when a noun follows ("Kim's
    /// decision"). Taken when punctuation or the end of the sentence follows, for a place or an organization,
    /// or for a person name after a preposition of place ("at McDonald's."): "the decision was Kim's." stays Kim.
    /// </summary>
    private static NerCandidate KeepEllipticalPossessive(NerCandidate c, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text)
    {
        int clitic = c.Last + 1;
        if (clitic >= c.SentenceEnd || clitic >= tokens.Length || tokens[clitic].HasSpaceBefore || tokens[clitic].GetText(text) is not ("'s" or "\u2019s"))
        {
            return c;
        }

        int after = clitic + 1;
        // Punctuation must follow: a possessive at a line or paragraph end with no stop ("France's\n\nwon the
        // 400m", where a linked name dropped out of the text) is a possessive whose noun is missing.
        bool elliptical = after < c.SentenceEnd && after < tokens.Length
            && tokens[after].Kind == TokenKind.Punctuation && tokens[after].GetText(text) is not "(" and not "[";
        bool placeLike = c.Type != Person || (c.First > 0 && tokens[c.First - 1].GetText(text) is "at" or "in" or "from" or "to" or "near");
        return elliptical && placeLike ? c with { Last = clitic } : c;
    }

    /// <summary>
    /// "Romania - Cosmin Contra", "Australian Tom Moody": the tagger sometimes leaves a rare given name out of
    /// the person name after it. A Title-case word right before a person mention joins it when running text
    /// writes that word capitalized (or the lexicon does not know it and it does not open the sentence, where
    /// any word is capitalized: "Fullback Andre Joubert"; nor a participle opening a Title Case headline, "Ghosting Trump"), it is one plain word (not "Boston-based"), it is not a place or organization of
    /// the gazetteer, and it is none of the words that stand before names without being part of them: a
    /// title, a nationality, a month or weekday (a three-letter abbreviation without a dot is a given name
    /// too: "Jan Allan Mueller"), an ordinal.
    /// </summary>
    private static NerCandidate AddGivenName(NerCandidate c, int previousLast, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text, ReadOnlySpan<NerTokenInfo> info)
    {
        int p = c.First - 1;
        if (c.Type != Person || IsOrganizationSuffix(tokens[c.Last].GetText(text)) || p < c.SentenceFirst || p <= previousLast || p >= info.Length || tokens[p].Kind != TokenKind.Word || !tokens[c.First].HasSpaceBefore)
        {
            return c;
        }

        var word = tokens[p].GetText(text);
        if (word.Length < 2 || !char.IsUpper(word[0]) || !word[1..].ContainsAnyInRange('a', 'z') || word.ContainsAnyExcept(Letters)
            || info[p].Lexicon is not (LexiconClass.Capitalized or LexiconClass.Unknown)
            || (info[p].Lexicon == LexiconClass.Unknown && (info[p].Flags & NerFeatures.FlagInitial) != 0)
            || (word.EndsWith("ing", StringComparison.Ordinal) && IsHeadlineLine(info, c.SentenceFirst, c.SentenceEnd)))
        {
            return c;
        }

        const int placeOrOrganization = (1 << (4 + NerLabels.Unit)) | (1 << (8 + NerLabels.Unit));
        if ((info[p].Gazetteer & placeOrOrganization) != 0 || Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || IsNationalityNoun(word)
            || (Tokenization.DateWords.Month(word) > 0 && (word.Length >= 4 || word.EndsWith('.') || word is "May")) || Tokenization.DateWords.Weekday(word) is not null)
        {
            return c;
        }

        return c with { First = p };
    }

    private static bool AllCommonWords(NerCandidate c, ReadOnlySpan<NerTokenInfo> info)
    {
        for (int t = c.First; t <= c.Last; t++)
        {
            if (t >= info.Length || info[t].Lexicon is not (LexiconClass.Lower or LexiconClass.MostlyLower))
            {
                return false;
            }
        }

        return true;
    }

    // "Welshman Jimmy Watkins", "Scot Kathy Butler", "Britons ...", "New Yorker William Trowbridge": nouns of
    // origin stand before names in apposition; they are not given names.
    private static bool IsNationalityNoun(ReadOnlySpan<char> word)
    {
        var singular = word.EndsWith("s", StringComparison.Ordinal) ? word[..^1] : word;
        return singular.EndsWith("man", StringComparison.Ordinal) || singular.EndsWith("woman", StringComparison.Ordinal)
            || Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(singular)
            || singular is "Scot" or "Briton" or "Brit" or "Kiwi" or "Aussie" or "Swede" or "Dane" or "Finn" or "Pole" or "Spaniard" or "Turk"
                or "Texan" or "Californian" or "Floridian" or "Yorker" or "Londoner" or "Berliner" or "Parisian" or "Muscovite" or "Glaswegian"
                or "Liverpudlian" or "Mancunian" or "Northerner" or "Southerner" or "Islander" or "Highlander" or "Icelander";
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>
    /// Edges no name has: a closing bracket without its opening one inside the span, with the numbers before it
    /// ("Maurice 64th)" in a line-up), and a last word that is a title ("Boxing Association President"), which
    /// belongs to the person named after it.
    /// </summary>
    private static NerCandidate TrimEdges(NerCandidate c, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text)
    {
        int last = c.Last;
        for (int t = c.First + 1; t <= c.Last; t++)
        {
            var word = tokens[t].GetText(text);
            if (word is "(")
            {
                break;
            }

            if (word is ")")
            {
                last = t - 1;
                while (last > c.First && tokens[last].Kind is TokenKind.Number or TokenKind.Punctuation)
                {
                    last--;
                }

                break;
            }
        }

        if (last > c.First && TrailingTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[last].GetText(text)))
        {
            last--;
        }

        return last == c.Last ? c : c with { Last = last };
    }

    /// <summary>
    /// "Unfortunately, ...", "Little did I know": a lone word that opens a sentence, where every word is
    /// capitalized, that running text writes in lower case (lexicon class Lower, not MostlyLower: "Brown" and
    /// "King" are mostly lower case but often names), and that a comma or a lower-case word follows, is the
    /// common word ("Reading 2 Stoke 2" keeps the club: a number follows).
    /// </summary>
    private static bool IsCapitalizedCommonWord(NerCandidate c, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text, ReadOnlySpan<NerTokenInfo> info)
    {
        int next = c.Last + 1;
        if (c.First != c.Last || c.First >= info.Length || (info[c.First].Flags & NerFeatures.FlagInitial) == 0 || info[c.First].Lexicon != LexiconClass.Lower
            || next >= c.SentenceEnd || next >= tokens.Length)
        {
            return false;
        }

        var following = tokens[next].GetText(text);
        return following is "," || (tokens[next].Kind == TokenKind.Word && char.IsLower(following[0]));
    }

    /// <summary>
    /// "the Hong Kong Open", "GREATER MILWAUKEE OPEN", "Berlin Grand Prix", "Venice Film Festival": a name that
    /// ends in an event noun, or that the event noun (or "Grand Prix") follows as part of the same name (a
    /// capitalized word right after it), names an event (CoNLL MISC), not the place or organization inside it.
    /// </summary>
    private static bool IsInEventName(NerCandidate c, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text)
    {
        var events = EventNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        if (c.Last > c.First && events.Contains(tokens[c.Last].GetText(text)))
        {
            return true;
        }

        int next = c.Last + 1;
        if (next >= c.SentenceEnd || next >= tokens.Length || tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = tokens[next].GetText(text);
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        return events.Contains(word)
            || (word.Equals("Grand", StringComparison.OrdinalIgnoreCase) && next + 1 < c.SentenceEnd && next + 1 < tokens.Length && tokens[next + 1].GetText(text).Equals("Prix", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A full weekday name or a month name of five letters or more, or "Sept" (no given names like May, June or Jan).</summary>
    private static bool IsDateWord(ReadOnlySpan<char> word)
        => word.Length > 0 && char.IsUpper(word[0])
            && ((word.Length >= 6 && Tokenization.DateWords.Weekday(word) is not null)
                || (Tokenization.DateWords.Month(word) > 0 && (word.Length >= 5 || word is "Sept" or "Sept.")));

    /// <summary>
    /// One-word mentions that are never names of people, places or organizations: an ordinal ("Second test"),
    /// the plural of a nationality ("Libyans", "the Mexicans": CoNLL MISC), and a hyphenated modifier whose
    /// last part is a lower-case participle ("Hong Kong-based", "Northern Ireland-born": an adjective built on a
    /// name), and a single capital letter joined to a lower-case noun ("T-bonds", "X-ray").
    /// </summary>
    private static bool IsCommonWord(NerCandidate c, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text)
    {
        var last = tokens[c.Last].GetText(text);
        int hyphen = last.LastIndexOf('-');
        if (hyphen > 0 && char.IsUpper(last[0]) && last[(hyphen + 1)..] is var tail && tail.Length >= 3 && char.IsLower(tail[0])
            && (tail.EndsWith("ed", StringComparison.Ordinal) || tail is "born" or "run" or "made" or "built"))
        {
            // A participle after the hyphen: East Asian given names ("Chun-yeh", "In-so") have lower-case parts too.
            return true;
        }

        // One capital letter, a hyphen and a lower-case word: a common noun ("T-bonds", "X-ray", "U-turn").
        if (c.First == c.Last && hyphen == 1 && char.IsUpper(last[0]) && last.Length > 3 && !last[2..].ContainsAnyExceptInRange('a', 'z'))
        {
            return true;
        }

        if (c.First != c.Last)
        {
            return false;
        }

        if (Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last))
        {
            return true;
        }

        return last.Length > 4 && last[^1] == 's' && Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last[..^1]);
    }

    /// <summary>
    /// A name of two words or more that ends in a company form or an institution noun ("Pirelli SpA",
    /// "All-England Club", "World Boxing Council") names an organization, whatever the words before it
    /// (the head noun decides the type; CoNLL-2003 and ACE agree). "Bank", "Union" and "Federation" are left out:
    /// the West Bank, the Soviet Union and the Russian Federation are places.
    /// </summary>
    private static bool IsOrganizationSuffix(ReadOnlySpan<char> word)
        => OrganizationSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// A capital used for its government ("Pyongyang has ignored", "Washington said") is still a place
    /// (ACE 2005 calls it a GPE; the CoNLL-2003 guidelines tag it LOC): a one-word organization whose text
    /// is a national capital becomes a place.
    /// </summary>
    private static bool IsCapital(ReadOnlySpan<char> word) => Capitals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// "a South Korean official": a mention ending in a nationality adjective and followed by a lower-case
    /// word is an adjective phrase (CoNLL MISC), not a name.
    /// </summary>
    private static bool IsDemonymAdjective(NerCandidate c, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text)
    {
        int next = c.Last + 1;
        if (next >= c.SentenceEnd || next >= tokens.Length || tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        var following = tokens[next].GetText(text);
        if (following.Length == 0 || !char.IsLower(following[0]))
        {
            return false;
        }

        var lookup = Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(tokens[c.Last].GetText(text));
    }

    /// <summary>
    /// "a multiple rocket launcher system (MLRS)": an acronym defined right after a lower-case phrase whose
    /// initials it spells abbreviates a common noun, not a name (Schwartz &amp; Hearst 2003 find the long
    /// form the same way; here its case decides). Every mention of that acronym in the document is dropped.
    /// </summary>
    private static void DropCommonNounAcronyms(string text, ReadOnlySpan<TextToken> tokens, List<NerCandidate> candidates)
    {
        HashSet<string>? common = null;
        foreach (var c in candidates)
        {
            if (c.First != c.Last || c.First < 2 || c.Last + 1 >= tokens.Length)
            {
                continue;
            }

            var acronym = tokens[c.First].GetText(text);
            if (tokens[c.First - 1].GetText(text) is not "(" || tokens[c.Last + 1].GetText(text) is not ")" || !IsAcronym(acronym))
            {
                continue;
            }

            if (SpellsLowerCasePhrase(text, tokens, c.First - 2, c.SentenceFirst, acronym))
            {
                (common ??= new HashSet<string>(StringComparer.Ordinal)).Add(acronym.ToString());
            }
        }

        if (common is not null)
        {
            int kept = 0;
            for (int k = 0; k < candidates.Count; k++)
            {
                var c = candidates[k];
                if (c.First != c.Last || !common.Contains(text.Substring(tokens[c.First].Start, tokens[c.First].Length)))
                {
                    candidates[kept++] = c;
                }
            }

            candidates.RemoveRange(kept, candidates.Count - kept);
        }
    }

    /// <summary>
    /// Whether the lower-case words ending at token <paramref name="end"/> have the letters of
    /// <paramref name="acronym"/> as initials, function words skipped. The letters may come in another
    /// order: writers expand an acronym loosely ("multiple rocket launcher system (MLRS)" for Multiple
    /// Launch Rocket System), and the lower case is the evidence that counts here.
    /// </summary>
    private static bool SpellsLowerCasePhrase(string text, ReadOnlySpan<TextToken> tokens, int end, int sentenceFirst, ReadOnlySpan<char> acronym)
    {
        var letters = new List<char>();
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                letters.Add(char.ToLowerInvariant(c));
            }
        }

        var initials = new List<char>();
        for (int t = end; t >= sentenceFirst && initials.Count < letters.Count; t--)
        {
            var word = tokens[t].GetText(text);
            if (tokens[t].Kind != TokenKind.Word || !char.IsLower(word[0]))
            {
                return false;
            }

            // "surface-to-air missile (SAM)": each part of a hyphenated word gives an initial.
            var parts = word.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (int p = parts.Length - 1; p >= 0; p--)
            {
                if (Array.IndexOf(FunctionWords, parts[p]) < 0)
                {
                    initials.Add(parts[p][0]);
                }
            }
        }

        if (initials.Count != letters.Count)
        {
            return false;
        }

        letters.Sort();
        initials.Sort();
        return letters.SequenceEqual(initials);
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    /// <summary>
    /// In a Title Case or headline line every word is capitalized, so the tagger runs names into the words
    /// around them ("Kim Jong Un Tightens Grip", "Ghosting Trump"). Edge words that are not name-like (never
    /// capitalized in the middle of a running-text sentence of the document, not part of a known multi-word
    /// name) are trimmed: to the longest inner span that is a name of the document's running text, which then
    /// gives its type; else the edge words that are common lower-case words (the "usually lower case" lexicon).
    /// </summary>
    private static void TrimHeadlineSpans(string text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<NerTokenInfo> info, List<NerCandidate> candidates)
    {
        // Most articles have no name in a Title Case line: then nothing is built.
        bool anyHeadline = false;
        foreach (var c in candidates)
        {
            anyHeadline |= c.First < c.Last && IsHeadlineLine(info, c.SentenceFirst, c.SentenceEnd);
        }

        if (!anyHeadline)
        {
            return;
        }

        // Names and mid-sentence capitals of the running text: the evidence headlines cannot give.
        var running = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var capitalizedMid = new HashSet<uint>();
        foreach (var c in candidates)
        {
            if (IsHeadlineLine(info, c.SentenceFirst, c.SentenceEnd))
            {
                continue;
            }

            string name = Span(text, tokens, c.First, c.Last);
            if (!running.TryGetValue(name, out var votes))
            {
                votes = new int[3];
                running[name] = votes;
            }

            votes[c.Type]++;
        }

        int sentenceStart = -1;
        bool headline = false;
        for (int i = 0; i < info.Length; i++)
        {
            if ((info[i].Flags & NerFeatures.FlagInitial) != 0 || sentenceStart < 0)
            {
                sentenceStart = i;
                int end = i + 1;
                while (end < info.Length && (info[end].Flags & NerFeatures.FlagInitial) == 0)
                {
                    end++;
                }

                headline = IsHeadlineLine(info, i, end);
            }

            if (!headline && (info[i].Flags & (NerFeatures.FlagCapitalized | NerFeatures.FlagInitial)) == NerFeatures.FlagCapitalized)
            {
                capitalizedMid.Add(info[i].Lower);
            }
        }

        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.First == c.Last || !IsHeadlineLine(info, c.SentenceFirst, c.SentenceEnd))
            {
                continue;
            }

            // How far each edge may move: over words that are not name-like.
            // A person name keeps its front, where first names are often common words ("Mark", "Bill",
            // "Grant"), except a participle that opens a heading ("Snubbing Macron").
            int maxFirst = c.First, minLast = c.Last;
            while (maxFirst < c.Last && IsTrimmable(info[maxFirst], capitalizedMid) && (c.Type != Person || tokens[maxFirst].GetText(text).EndsWith("ing", StringComparison.Ordinal)))
            {
                maxFirst++;
            }

            while (minLast > c.First && IsTrimmable(info[minLast], capitalizedMid))
            {
                minLast--;
            }

            int first = -1, last = -1, type = c.Type;
            for (int f = c.First; f <= maxFirst && first < 0; f++)
            {
                for (int l = c.Last; l >= Math.Max(f, minLast); l--)
                {
                    // A person name loses its end only to a full name (two words or more) of the running text.
                    if ((f != c.First || l != c.Last) && (c.Type != Person || l > f || f > c.First) && running.TryGetValue(Span(text, tokens, f, l), out var votes))
                    {
                        first = f;
                        last = l;
                        type = votes[Person] >= votes[Place] && votes[Person] >= votes[Organization] ? Person : votes[Place] >= votes[Organization] ? Place : Organization;
                        break;
                    }
                }
            }

            if (first < 0 && c.Type == Person)
            {
                continue;
            }

            if (first < 0)
            {
                first = c.First;
                last = c.Last;
                while (last > first && IsTrimmable(info[last], capitalizedMid) && info[last].Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower)
                {
                    last--;
                }

                while (first < last && IsTrimmable(info[first], capitalizedMid) && info[first].Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower)
                {
                    first++;
                }
            }

            if (first != c.First || last != c.Last)
            {
                candidates[k] = c with { Type = type, First = first, Last = last };
            }
        }
    }

    /// <summary>
    /// A Title Case line: at least three words, and every word of four letters or more capitalized (AP style
    /// capitalizes those in headlines and lowers only short function words; running text always has longer
    /// lower-case words). Capitals there do not mark names. The segment kind is not enough: a line without
    /// final punctuation is a headline segment even when it is half a sentence. ALL CAPS lines are left to
    /// the tagger, which learnt them from Reuters.
    /// </summary>
    private static bool IsHeadlineLine(ReadOnlySpan<NerTokenInfo> info, int first, int end)
    {
        if (first >= end || first >= info.Length || info[first].Mode == 2)
        {
            return false;
        }

        int words = 0;
        for (int i = first; i < end && i < info.Length; i++)
        {
            if ((info[i].Flags & NerFeatures.FlagHasLetter) == 0 || info[i].Kind != (byte)TokenKind.Word)
            {
                continue;
            }

            words++;
            if (info[i].Length > 3 && (info[i].Flags & NerFeatures.FlagCapitalized) == 0)
            {
                return false;
            }
        }

        return words >= 3;
    }

    private static bool IsTrimmable(in NerTokenInfo t, HashSet<uint> capitalizedMid)
        => t.Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower or LexiconClass.Unknown
            && (t.Gazetteer & MultiWordParts) == 0 && (t.Flags & (NerFeatures.FlagHasLetter | NerFeatures.FlagAllCaps)) == NerFeatures.FlagHasLetter
            && !capitalizedMid.Contains(t.Lower);

    private static string Span(string text, ReadOnlySpan<TextToken> tokens, int first, int last)
        => text[tokens[first].Start..tokens[last].End];
}
