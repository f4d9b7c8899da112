using System.Collections.Frozen;

namespace EntityExtract.Quotes;

/// <summary>
/// The reporting-verb lexicon: verbs of saying, writing, claiming and judging that introduce speech
/// (PARC 3.0's cue verbs; the Gender Gap Tracker uses a lexicon of 257 such verbs). The list below is
/// readable data: one lemma per entry, expanded to every inflection by regular English rules.
/// Thread-safe: built once, read-only afterwards.
/// </summary>
internal static class ReportingVerbs
{
    // Entry syntax: "lemma" for regular verbs; "lemma*" when the final consonant doubles (admit → admitted);
    // "lemma/past/participle" for irregular verbs. Thought verbs (think, believe) are left out on purpose:
    // they rarely introduce quotation marks and would keep scare quotes alive.
    private const string Lexicon = """
        say/said/said tell/told/told write/wrote/written speak/spoke/spoken swear/swore/sworn
        add state claim declare announce explain note insist argue assert maintain contend suggest
        tweet retweet post report warn caution predict promise pledge vow acknowledge admit* concede confirm
        deny reply respond retort answer ask inquire wonder recall recount describe call label praise hail
        criticize criticise slam* blast attack accuse charge allege complain lament protest object urge plead
        beg* demand implore remark comment observe mention reveal disclose divulge confide whisper shout yell
        scream cry exclaim joke quip* tease mock taunt boast brag* gush rave rant muse reflect ponder speculate
        fear worry hope agree disagree concur* counter rebut* dispute challenge question testify affirm
        reaffirm reiterate repeat emphasize emphasise stress underscore highlight tout trumpet proclaim
        pronounce decree instruct advise recommend propose acknowledge cite quote reference invoke echo
        paraphrase summarize conclude interject interrupt intone murmur mutter grumble growl snap* snarl sneer
        scoff sigh laugh chuckle sob* stammer blurt gasp inform notify assure reassure threaten alert signal*
        indicate imply hint insinuate blame condemn denounce decry deplore dismiss reject rebuke scold chide
        berate lambaste castigate excoriate ridicule deride belittle disparage insult brand characterize
        portray depict refer* define explain clarify elaborate detail outline specify announce
        profess confess apologize apologise thank congratulate welcome applaud commend celebrate salute laud
        extol* glorify preach lecture talk chat discuss debate query refute
        contradict retract recant backtrack amend forecast anticipate envision foresee estimate
        reckon acclaim affirm allude announce argue aver avow bemoan bellow caution chant chirp clamor
        concede contend croon crow cheer jeer exhort grouse gripe huff lash moan mumble nag* opine pester
        posit pray pressure prod* pronounce quarrel quibble rage rail recite reassert reckon relate
        relay remind rephrase retort roar sermonize shriek snipe spout stipulate
        submit* surmise swipe* theorize thunder urge utter venture voice vouch wail warble weigh wrangle
        insinuate concede endorse champion defend justify excuse rationalize mischaracterize misstate
        publish broadcast/broadcast/broadcast tout trumpet herald hype
        beam press continue interrupt snap* fume seethe marvel bark holler retaliate
        """;

    // Verbs that are also common nouns ("the debate", "his remarks", "an attack"): their bare and -s forms are
    // read as nouns, so only the -ed and -ing forms count as cues.
    private const string NounsToo = """
        attack debate state remark comment question report claim promise pledge vow call quote reference charge
        counter insult voice rant boast challenge protest object hope fear worry post tweet label brand
        praise blast slam whisper shout laugh sigh chant cheer jeer roar wail thunder rage lecture chat talk
        answer reply estimate forecast joke echo cry swipe snipe plea press beam snap moan spout
        """;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounForms = BuildNounForms();

    /// <summary>Every inflected form of every lexicon verb, compared ignoring case.</summary>
    public static FrozenSet<string> Forms { get; } = Build();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a form of a reporting verb.</summary>
    /// <param name="word">A word token's text.</param>
    public static bool Contains(ReadOnlySpan<char> word) => word.Length is > 1 and < 20 && Lookup.Contains(word) && !NounForms.Contains(word);

    /// <summary>Whether the form is a present participle ("accusing"), which takes the subject of the main clause.</summary>
    /// <param name="word">A word token's text.</param>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static FrozenSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Lexicon.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                var parts = entry.Split('/');
                string lemma = parts[0];
                forms.Add(lemma);
                forms.Add(ThirdPerson(lemma));
                forms.Add(Participle(lemma, false));
                for (int i = 1; i < parts.Length; i++)
                {
                    forms.Add(parts[i]);
                }

                continue;
            }

            bool doubles = entry.EndsWith('*');
            string word = doubles ? entry[..^1] : entry;
            forms.Add(word);
            forms.Add(ThirdPerson(word));
            forms.Add(Past(word, doubles));
            forms.Add(Participle(word, doubles));
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildNounForms()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in NounsToo.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            forms.Add(word);
            forms.Add(ThirdPerson(word));
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string ThirdPerson(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("sh", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith('o'))
        {
            return w + "es";
        }

        return w.EndsWith('y') && w.Length > 1 && !IsVowel(w[^2]) ? w[..^1] + "ies" : w + "s";
    }

    private static string Past(string w, bool doubles)
    {
        if (doubles)
        {
            return w + w[^1] + "ed";
        }

        if (w.EndsWith('e'))
        {
            return w + "d";
        }

        return w.EndsWith('y') && w.Length > 1 && !IsVowel(w[^2]) ? w[..^1] + "ied" : w + "ed";
    }

    private static string Participle(string w, bool doubles)
    {
        if (doubles)
        {
            return w + w[^1] + "ing";
        }

        return w.EndsWith('e') && !w.EndsWith("ee", StringComparison.Ordinal) && w.Length > 2 ? w[..^1] + "ing" : w + "ing";
    }
}
