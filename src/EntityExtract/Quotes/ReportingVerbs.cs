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
        portray depict refer* define frame explain clarify elaborate detail outline specify announce
        profess confess apologize apologise thank congratulate welcome applaud commend celebrate salute laud
        extol* glorify honor preach lecture talk chat discuss debate reason query grill contest refute
        contradict correct retract recant backtrack amend forecast anticipate envision foresee estimate
        reckon acclaim affirm allude announce argue aver avow bemoan bellow caution chant chirp clamor
        concede contend croon crow cheer jeer exhort grouse gripe huff lash moan mumble nag* opine pester
        plug* posit pray pressure prod* pronounce quarrel quibble rage rail recite reassert reckon relate
        relay remind rephrase retort roar rule second sermonize shoot/shot/shot shriek snipe spout stipulate
        submit* surmise swipe* theorize thunder urge utter venture voice vouch wail warble weigh wrangle
        insinuate concede endorse champion defend justify excuse rationalize mischaracterize misstate
        publish broadcast/broadcast/broadcast air tout trumpet herald hype
        """;

    /// <summary>Every inflected form of every lexicon verb, compared ignoring case.</summary>
    public static FrozenSet<string> Forms { get; } = Build();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a form of a reporting verb.</summary>
    /// <param name="word">A word token's text.</param>
    public static bool Contains(ReadOnlySpan<char> word) => word.Length is > 1 and < 20 && Lookup.Contains(word);

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
