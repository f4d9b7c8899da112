using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// Grammar that a person's name cannot take, retyping a name the tagger called a person as an organization.
/// Sports and business pages are full of clubs and firms named like people ("Chelsea", "Guidant", "Ford"),
/// which the tagger, seeing a capitalized word alone, calls persons; one sentence of such grammar retypes
/// every person mention of that name in the document:
/// <list type="bullet">
/// <item>a plural verb after a one-word name: British English makes verbs agree with the members of a
/// collective ("Chelsea have decided", "Rotor are well placed"), and one person never takes "are";</item>
/// <item>shares and shareholders ("Guidant shares rose", "Guidant's shareholders"): only companies have them;</item>
/// <item>the relative pronoun "which" ("Guidant, which makes heart devices"): a person is "who".</item>
/// </list>
/// Names joined by an ampersand become one organization first.
/// </summary>
internal static class OrganizationEvidence
{
    private const int Person = 0, Place = 1, Organization = 2;

    public static void Apply(string text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, List<NerCandidate> candidates)
    {
        JoinAmpersands(text, tokens, candidates);
        AddShareholdings(text, tokens, sentences, candidates);
        HashSet<string>? organizations = null;
        HashSet<string>? singleWordPersons = null;
        foreach (var c in candidates)
        {
            if (c.Type != Person)
            {
                continue;
            }

            if (HasOrganizationGrammar(text, tokens, c))
            {
                (organizations ??= new HashSet<string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>().Add(NameOf(text, tokens, c));
            }
            else if (c.First == c.Last)
            {
                (singleWordPersons ??= new HashSet<string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>().Add(NameOf(text, tokens, c));
            }
        }

        // The telling sentence may be one where the tagger found no name at all ("... to buy Guidant, which
        // makes heart devices"): look at every occurrence of a one-word person name in the document.
        if (singleWordPersons is not null)
        {
            var lookup = singleWordPersons.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var sentence in sentences)
            {
                for (int k = sentence.FirstToken; k < sentence.EndToken && k < tokens.Length; k++)
                {
                    if (tokens[k].Kind == TokenKind.Word && lookup.TryGetValue(tokens[k].GetText(text), out string? name)
                        && (organizations is null || !organizations.Contains(name))
                        && !(k > sentence.FirstToken && IsCapitalizedWord(text, tokens[k - 1]))
                        && HasOrganizationGrammar(text, tokens, new NerCandidate(Person, k, k, sentence.FirstToken, sentence.EndToken)))
                    {
                        (organizations ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    }
                }
            }
        }

        if (organizations is null)
        {
            return;
        }

        var isOrganization = organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type == Person && isOrganization.Contains(NameOf(text, tokens, c)))
            {
                candidates[i] = c with { Type = Organization };
            }
        }
    }

    /// <summary>
    /// "shares in Sony", "a stake in Yukos", "shares of Jones": what one holds shares or a stake in is a company,
    /// even where the tagger, seeing a capitalized word after a preposition, found no name. One to three
    /// capitalized words are taken; a name already found there is retyped.
    /// </summary>
    private static void AddShareholdings(string text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, List<NerCandidate> candidates)
    {
        foreach (var sentence in sentences)
        {
            int end = Math.Min(sentence.EndToken, tokens.Length);
            for (int k = sentence.FirstToken + 1; k + 1 < end; k++)
            {
                if (tokens[k].GetText(text) is not ("in" or "of") || tokens[k - 1].GetText(text) is not ("shares" or "Shares" or "stake" or "stakes" or "shareholding" or "shareholders"))
                {
                    continue;
                }

                int first = k + 1;
                int last = first;
                while (last + 1 < end && last - first < 2 && IsCapitalizedWord(text, tokens[last + 1]))
                {
                    last++;
                }

                // Not a nationality adjective before a noun ("shares in Australian miners"), a hyphenated adjective
                // ("shares of France-registered Cofinec"), nor a lone letter.
                var word = tokens[first].GetText(text);
                int hyphen = word.LastIndexOf('-');
                if (!IsCapitalizedWord(text, tokens[first]) || word.Length < 2 || (hyphen >= 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]))
                    || (first == last && last + 1 < end && !IsCapitalizedWord(text, tokens[last + 1]) && tokens[last + 1].Kind == TokenKind.Word
                        && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal))))
                {
                    continue;
                }

                int at = 0;
                while (at < candidates.Count && candidates[at].Last < first)
                {
                    at++;
                }

                if (at < candidates.Count && candidates[at].First <= last)
                {
                    // A name is already there: it is the company ("shares in Guidant", tagged a person).
                    if (candidates[at].Type == Person && candidates[at].First == first)
                    {
                        candidates[at] = candidates[at] with { Type = Organization };
                    }

                    continue;
                }

                candidates.Insert(at, new NerCandidate(Organization, first, last, sentence.FirstToken, sentence.EndToken));
            }
        }
    }

    /// <summary>
    /// Two names joined by "&amp;" are one firm ("Johnson &amp; Johnson", "Marks &amp; Spencer", "Procter &amp;
    /// Gamble"): running text joins people with "and", and the ampersand belongs to company names.
    /// </summary>
    private static void JoinAmpersands(string text, ReadOnlySpan<TextToken> tokens, List<NerCandidate> candidates)
    {
        for (int i = candidates.Count - 2; i >= 0; i--)
        {
            var a = candidates[i];
            var b = candidates[i + 1];
            // Two full names are two people, as in a double act ("Matt Lucas & David Walliams"); two places stay
            // places ("Serbia & Montenegro", "Trinidad & Tobago").
            if (b.First == a.Last + 2 && b.SentenceFirst == a.SentenceFirst && tokens[a.Last + 1].GetText(text) is "&"
                && (a.First == a.Last || b.First == b.Last) && !(a.Type == Place && b.Type == Place))
            {
                candidates[i] = a with { Type = Organization, Last = b.Last };
                candidates.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>
    /// Whether "which" after the name can only be about the name: the name opens its sentence ("Guidant, which
    /// makes heart devices, said") or follows a verb of buying and selling or a company noun ("to buy Guidant,
    /// which", "rival Guidant, which"). After a preposition or another noun, "which" may belong to the head of
    /// the larger phrase: "a proposal from Mr Glazer, which", "a trumpet that belonged to Dizzy Gillespie, which".
    /// </summary>
    private static bool OpensItsOwnPhrase(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c)
    {
        int k = c.First - 1;
        if (k < c.SentenceFirst)
        {
            return true;
        }

        return tokens[k].GetText(text) is "buy" or "buys" or "buying" or "bought" or "acquire" or "acquires" or "acquiring" or "acquired"
            or "sell" or "sells" or "selling" or "sold" or "rival" or "rivals" or "firm" or "company" or "group" or "maker" or "retailer"
            or "carrier" or "bank" or "insurer" or "airline" or "giant" or "chain" or "brand" or "conglomerate" or "takeover" or "merger";
    }

    // A word inside a longer name ("Fernandez" in "Mary Joe Fernandez") is not that one-word name.
    private static bool IsCapitalizedWord(string text, TextToken token) => EntityResolutionStage.IsCapitalizedWord(token, text);

    private static ReadOnlySpan<char> NameOf(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c) => text.AsSpan(tokens[c.First].Start, tokens[c.Last].End - tokens[c.First].Start);

    private static bool HasOrganizationGrammar(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c)
    {
        int next = c.Last + 1;
        int end = Math.Min(c.SentenceEnd, tokens.Length);
        if (next >= end)
        {
            return false;
        }

        // "Guidant's shareholders" but not "Smith's shares" (a person owns shares); "Guidant shares rose" but not
        // "Smith shares the view" (the verb takes an object).
        if (c.First > c.SentenceFirst && IsHonorific(tokens[c.First - 1].GetText(text)))
        {
            return false;
        }

        var after = tokens[next].GetText(text);
        if (after is "'s" or "\u2019s")
        {
            if (next + 1 < end && tokens[next + 1].GetText(text) is "shareholders" or "stockholders")
            {
                return true;
            }
        }
        else if (after is "shareholders" or "stockholders" or "shares" or "stock" && (next + 1 >= end || !StartsObject(tokens[next + 1].GetText(text))))
        {
            return true;
        }

        if (after is "," && next + 1 < end && tokens[next + 1].GetText(text) is "which" && OpensItsOwnPhrase(text, tokens, c))
        {
            return true;
        }

        return c.First == c.Last && IsCollectiveSubject(text, tokens, c, after);
    }

    private static bool IsCollectiveSubject(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c, ReadOnlySpan<char> verb)
    {
        var name = tokens[c.First].GetText(text);

        // A name that looks plural ("the Clintons are", "Rangers are") says nothing by taking a plural verb.
        if (!IsPluralVerb(verb) || name.Length < 3 || name[^1] is 's' or 'S' || !char.IsLower(name[^1]))
        {
            return false;
        }

        // The whole subject must be the name, not the last of a list ("Smith and Jones are"; a list ends in
        // its conjunction, "Kim, Lee and Moon have") nor the object of a phrase ("a team of Smith were").
        if (c.First > c.SentenceFirst)
        {
            var before = tokens[c.First - 1].GetText(text);

            // An honorific makes a person ("Mr Brown have" is the end of "Mr Blair and Mr Brown have").
            if (IsHonorific(before))
            {
                return false;
            }

            if (before is "and" or "or" or "&" or "nor" or "with" or "both" or "of" or "than")
            {
                return false;
            }

            // Bare "have" after a modal or causative is an infinitive ("would Obama have won", "let Smith have
            // it"), and "were" after "if" is the singular subjunctive ("if Smith were elected").
            if ((verb is "have" && IsInfinitiveTrigger(before)) || (verb is "were" && before is "if" or "If" or "though" or "wish" or "wished" or "as"))
            {
                return false;
            }
        }

        return true;
    }

    // The honorifics that spans leave out, and the titles of nobility that stay in a name ("Lord Coe").
    private static bool IsHonorific(ReadOnlySpan<char> word)
        => EntityRecognitionStage.IsHonorific(word) || word is "Sir" or "Lady" or "Lord";

    private static bool IsInfinitiveTrigger(ReadOnlySpan<char> word)
        => word is "did" or "does" or "do" or "Did" or "Does" or "Do" or "will" or "would" or "can" or "could" or "should" or "may" or "might"
            or "must" or "shall" or "Will" or "Would" or "Can" or "Could" or "Should" or "May" or "Might" or "Must" or "Shall" or "let" or "make"
            or "made" or "help" or "helped" or "to" or "'d" or "'ll" or "\u2019d" or "\u2019ll" or "not" or "n't" or "n\u2019t";

    private static bool StartsObject(ReadOnlySpan<char> word)
        => word is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "this" or "that" or "these" or "those" or "our" or "my"
            or "your" or "some" or "many" or "much" or "no" or "every" or "such" or "what" or "him" or "them" or "it" or "with";

    private static bool IsPluralVerb(ReadOnlySpan<char> word) => word is "are" or "were" or "have" or "'re" or "\u2019re";
}
