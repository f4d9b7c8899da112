using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Typing;

/// <summary>
/// The one home of the evidence that a name is an organization. Sports and business pages are full of clubs
/// and firms named like people ("Chelsea", "Guidant", "Ford"), which the tagger, seeing a capitalized word
/// alone, calls persons. The evidence is:
/// <list type="bullet">
/// <item>the name's last word: a company form or an institution noun ("Pirelli SpA", "World Boxing Council");</item>
/// <item>the words around it: an organization noun in apposition before it ("tyre giant Pirelli") or a noun
/// only companies take after it ("Pirelli chairman");</item>
/// <item>grammar a person's name cannot take: a plural verb after a one-word name (British English makes verbs
/// agree with the members of a collective: "Chelsea have decided"; one person never takes "are"); shares and
/// shareholders ("Guidant shares rose", "Guidant's shareholders"); the relative pronoun "which"
/// ("Guidant, which makes heart devices"; a person is "who").</item>
/// </list>
/// The rules that act on it are <c>Rules/OrganizationSuffixRule</c>, <c>Rules/OrganizationGrammarRule</c> and
/// <c>Resolution/OrganizationContextRule</c>.
/// </summary>
internal static class OrganizationNames
{
    private static readonly WordSet Suffixes = WordList.Load("entity-organization-suffixes");
    private static readonly WordSet CompanyForms = WordList.Load("entity-company-forms");
    private static readonly WordSet AppositionNouns = WordList.Load("entity-organization-apposition-nouns");
    private static readonly WordSet FollowingNouns = WordList.Load("entity-organization-following-nouns");
    private static readonly WordSet PublicationNouns = WordList.Load("entity-publication-nouns");
    private static readonly WordSet WhichOpeners = WordList.Load("entity-which-name-openers");
    private static readonly WordSet InfinitiveTriggers = WordList.Load("entity-infinitive-triggers");
    private static readonly WordSet ObjectOpeners = WordList.Load("entity-object-openers");

    /// <summary>
    /// A company form or institution noun that makes a name of two words or more an organization, whatever
    /// the words before it (the head noun decides the type; CoNLL-2003 and ACE agree).
    /// </summary>
    public static bool IsSuffix(ReadOnlySpan<char> word) => Suffixes.Contains(word);

    /// <summary>A company form ("Inc.", "Corp", "Ltd", "SA"): the end of a company's name.</summary>
    public static bool IsCompanyForm(ReadOnlySpan<char> word) => CompanyForms.Contains(word);

    /// <summary>
    /// The last word of what follows a title inside a mention, when that names an organization rather than a
    /// person: "Transport and General Workers' Union", "Imam Khomeini International Airport".
    /// </summary>
    public static bool EndsInstitutionName(ReadOnlySpan<char> word)
        => IsSuffix(word) || word is "Union" or "Hospital" or "School" or "Stadium" or "Prize" or "Award" or "Awards";

    /// <summary>
    /// Whether the words around a name at [<paramref name="start"/>, <paramref name="end"/>) are those of an
    /// organization: an organization noun before it in apposition ("cables giant Pirelli"), a noun only
    /// companies take after it ("Petofi general manager", "Pirelli chairman"), or a publication noun right after
    /// it ("the Kommersant newspaper"). Shares are read by
    /// <see cref="HasGrammar"/>, which tells "Pirelli shares rose" from "Smith shares the view".
    /// </summary>
    public static bool HasContext(string text, int start, int end)
        => AppositionNouns.Contains(TextScan.WordBefore(text, start))
            || FollowingNouns.Contains(TextScan.WordAfter(text, end))
            || (end < text.Length && text[end] == ' ' && PublicationNouns.Contains(TextScan.WordAfter(text, end)))
            || AppositionAfter(text, end);

    // "NM Rothschild, the investment bank, …", "Parmalat, the Italian dairy company which …": an apposition right after
    // the name whose head is an organization noun. Only "the"/"a"/"an" and up to four modifiers before the head, ended
    // by a comma, a stop, a semicolon or a relative pronoun: "Smith, a member of the team," has a preposition and is no
    // such apposition.
    private static bool AppositionAfter(string text, int end)
    {
        int k = end;
        if (k + 2 >= text.Length || text[k] != ',' || text[k + 1] != ' ')
        {
            return false;
        }

        k += 2;
        ReadOnlySpan<char> head = "";
        for (int words = 0; words < 6 && k < text.Length; words++)
        {
            int begin = k;
            while (k < text.Length && (char.IsLetter(text[k]) || text[k] == '-'))
            {
                k++;
            }

            if (k == begin || !char.IsLower(text[begin]))
            {
                return false;
            }

            var word = text.AsSpan(begin, k - begin);

            // "Parmalat, the Italian dairy company which went bust": a relative clause after the head ends the phrase.
            if (words >= 2 && word is "which" or "that" or "whose")
            {
                return AppositionNouns.Contains(head);
            }

            if (words == 0 ? word is not ("the" or "a" or "an") : word is "of" or "in" or "for" or "at" or "with" or "and" or "or" or "who" or "which" or "that")
            {
                return false;
            }

            head = word;
            if (k >= text.Length || text[k] is ',' or '.' or ';')
            {
                return words > 0 && AppositionNouns.Contains(head);
            }

            if (text[k] != ' ')
            {
                return false;
            }

            k++;
        }

        return false;
    }

    /// <summary>"shares in Sony", "a stake in Yukos": the nouns whose "in" or "of" names a company.</summary>
    public static bool IsHoldingNoun(ReadOnlySpan<char> word)
        => word is "shares" or "Shares" or "stake" or "stakes" or "shareholding" or "shareholders";

    /// <summary>Whether the grammar right around candidate <paramref name="c"/> is one a person's name cannot take.</summary>
    public static bool HasGrammar(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c)
    {
        int next = c.Last + 1;
        int end = Math.Min(c.SegmentEnd, tokens.Length);
        if (next >= end)
        {
            return false;
        }

        // "Guidant's shareholders" but not "Smith's shares" (a person owns shares); "Guidant shares rose" but not
        // "Smith shares the view" (the verb takes an object).
        if (c.First > c.SegmentFirst && PersonNames.IsHonorificOrNobility(tokens[c.First - 1].GetText(text)))
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
        else if (after is "shareholders" or "stockholders" or "shares" or "stock" && (next + 1 >= end || !ObjectOpeners.Contains(tokens[next + 1].GetText(text))))
        {
            return true;
        }

        if (after is "," && next + 1 < end && tokens[next + 1].GetText(text) is "which" && OpensItsOwnPhrase(text, tokens, c))
        {
            return true;
        }

        return c.First == c.Last && IsCollectiveSubject(text, tokens, c, after);
    }

    /// <summary>
    /// Whether "which" after the name can only be about the name: the name opens its segment ("Guidant, which
    /// makes heart devices, said") or follows a verb of buying and selling or a company noun ("to buy Guidant,
    /// which", "rival Guidant, which"). After a preposition or another noun, "which" may belong to the head of
    /// the larger phrase: "a proposal from Mr Glazer, which", "a trumpet that belonged to Dizzy Gillespie, which".
    /// </summary>
    private static bool OpensItsOwnPhrase(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c)
    {
        int k = c.First - 1;
        return k < c.SegmentFirst || WhichOpeners.Contains(tokens[k].GetText(text));
    }

    private static bool IsCollectiveSubject(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c, ReadOnlySpan<char> verb)
    {
        var name = tokens[c.First].GetText(text);

        // A name that looks plural ("the Clintons are", "Rangers are") says nothing by taking a plural verb.
        if (verb is not ("are" or "were" or "have" or "'re" or "\u2019re") || name.Length < 3 || name[^1] is 's' or 'S' || !char.IsLower(name[^1]))
        {
            return false;
        }

        // The whole subject must be the name, not the last of a list ("Smith and Jones are"; a list ends in
        // its conjunction, "Kim, Lee and Moon have") nor the object of a phrase ("a team of Smith were").
        if (c.First > c.SegmentFirst)
        {
            var before = tokens[c.First - 1].GetText(text);

            // An honorific makes a person ("Mr Brown have" is the end of "Mr Blair and Mr Brown have").
            if (PersonNames.IsHonorificOrNobility(before))
            {
                return false;
            }

            if (before is "and" or "or" or "&" or "nor" or "with" or "both" or "of" or "than")
            {
                return false;
            }

            // Bare "have" after a modal or causative is an infinitive ("would Obama have won", "let Smith have
            // it"), and "were" after "if" is the singular subjunctive ("if Smith were elected").
            if ((verb is "have" && InfinitiveTriggers.Contains(before)) || (verb is "were" && before is "if" or "If" or "though" or "wish" or "wished" or "as"))
            {
                return false;
            }
        }

        return true;
    }
}
