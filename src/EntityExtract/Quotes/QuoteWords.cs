using System.Collections.Frozen;
using EntityExtract.Internal;

namespace EntityExtract.Quotes;

/// <summary>
/// Small closed word classes the attribution rules need: pronouns, determiners, adverbs that sit between
/// a speaker and the verb, titles, and the signals of scare and term quotes. Read-only and thread-safe.
/// </summary>
internal static class QuoteWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalStop = Set("""
        The A An But And Or Nor In On At For With As If When While After Before Since Although Though Because
        This That These Those It He She They We I You His Her Their Its Our My Your There Here What Who Why How
        Where Which Whom Whose Asked According Yes No Not So Then Now Still Even Also Just Only Some Many Most
        All Both Each Every Any Another Other Such Despite During Under Over Into From To Of By About Against
        Meanwhile However Yet Instead Indeed Perhaps Maybe Later Earlier Today Yesterday Tomorrow Last Next
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
        August September October November December Read Watch Related Photo Image Video Updated Follow Click
        Speaking Asked Like Unlike Among Between Without Within Through Across Toward Towards Until Unless
        Do Does Did Is Are Was Were Be Been Has Have Had Will Would Can Could Should Must Might Shall Let
        Mr Mrs Ms Dr Sen Rep Gov
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Set("""
        Mr. Mrs. Ms. Miss Dr. Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt. Prof. Rev. Hon. Adm. Maj. Cmdr. Pres.
        Mr Mrs Ms Dr President Vice Senator Sen Governor Secretary Speaker Chairman Chairwoman Judge Justice Mayor
        Ambassador Minister Prime Chancellor King Queen Prince Princess Pope Father Sister Brother Rabbi Imam
        Attorney General Representative Congressman Congresswoman Leader Chief Director Commissioner Sheriff
        Professor Coach Candidate Nominee Former Lt.Gov. Deputy Spokesman Spokeswoman Press Premier
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set("he she they we i it you");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set("""
        the a an his her its their our my your this that these those another one two three four five some
        several many both each every any no other such
        """);

    // Words that sit between a speaker and the reporting verb: "X also said", "X has repeatedly said".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Between = Set("""
        also later once then has have had was is were are would will could should might may can did does do
        again further previously recently reportedly never not n't just even first finally long often earlier
        separately simply specifically flatly bluntly angrily frequently openly still already herself himself
        themselves itself too then quickly privately publicly subsequently immediately soon now began begins
        started starts kept keeps continued continues went goes
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Function = Set("""
        the a an and or but nor to of in on at for with by from as that which who whom whose this these those
        it is was be been being are were has have had not no so if then than also just only very more most
        about after before over under into out up down off than there here what when where why how all any
        both each few such own same too can will would could should may might must shall do does did its
        their his her our my your we they he she i you me him them us while because although though since
        until unless whether either neither yet once per via against between through during without within
        """);

    // Descriptions that refer back to a named person: "the leader declared" (Muzny et al. 2017, sieve 3).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonHeads = Set("""
        leader president candidate nominee senator governor congressman congresswoman billionaire businessman
        mogul spokesman spokeswoman spokesperson chairman chairwoman secretary minister mayor frontrunner
        front-runner contender hopeful democrat republican official aide adviser advisor lawyer attorney
        coach manager boss player striker midfielder defender goalkeeper keeper winger captain skipper
        champion veteran actor actress singer director producer novelist author chief executive
        """);

    // Nationality nouns that do not end like one ("the Briton said"); the rest end in -man, -woman, -an, -ese.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NationalityNouns = Set("""
        Briton Scot Swede Dane Finn Pole Spaniard Turk Czech Greek Kiwi Aussie Swiss Thai Israeli Iraqi
        Pakistani Afghan Saudi Kuwaiti Qatari Emirati Bangladeshi Somali Yemeni Omani Nepali Brit Argentine
        Filipino Filipina Croat Serb Slovak Slovene Uzbek Kazakh Tajik Kyrgyz Basque Catalan Fleming
        """);

    // "so-called", "dubbed", "known as": a term or a name in quote marks, not speech (scare-quote signals).
    private static readonly WordSet TermSignals = WordList.Load("quote-term-signals", ignoreCase: true);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Female = Set("""
        hillary nancy elizabeth sarah kellyanne melania ivanka jill debbie hope huma donna jennifer carly susan
        maria mary karen lisa michelle amy kate katie jane ann anne barbara laura hope megyn katrina dana
        christine kirsten tammy patty dianne diane claire heidi jeanne maggie janet loretta condoleezza
        madeleine chelsea tulsi marsha nikki joni kamala kelly ayanna omarosa theresa angela marine
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Male = Set("""
        donald bill barack joe mike michael john paul ted marco jeb ben chris bernie tim mitch harry newt rudy
        rudolph steve stephen jared eric reince sean corey paul mark james jim george robert bob richard david
        jeff jeffrey kevin scott rick roger tom thomas andrew anthony jason matt matthew lindsey rand jim
        vladimir xi ahn lee reid chuck elijah adam kenneth ken roy tony
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonPersonWords = Set("""
        north south east west united new korea states house america russia china europe street county city
        state university party committee agency news post times journal department administration council
        association institute center centre foundation campaign company inc. corp. group network press
        reuters cnn fox nbc abc cbs msnbc congress senate court bureau office service union republicans
        democrats americans white kingdom republic nations federal national international daily magazine
        market festival film club league bank fund ministry museum airport team stadium hotel hospital school
        college church awards award prize union bureau commission corporation airlines motors university
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set("""
        was were is are am be been being 's ’s kept keeps keep continued continues started starts began begins
        while after before by when without in on upon also just even still again then
        """);

    // Time adverbials between a subject and its verb: "Feinstein last week said", "Trump at the time said".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Temporal = Set("""
        last this next week weekend month year time ago at on the monday tuesday wednesday thursday friday
        saturday sunday today yesterday tonight morning afternoon evening night weeks months years days two
        three less than more in past
        """);

    public static bool IsTemporal(ReadOnlySpan<char> w) => Temporal.Contains(w);

    // Words that open an adjunct after a reporting verb: "said in a statement", "said of the story".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adjuncts = Set("""
        in on at during after before of to about when while according as through via by from with without
        later earlier recently today yesterday tonight afterward afterwards
        """);

    public static bool IsAdjunct(ReadOnlySpan<char> w) => Adjuncts.Contains(w);

    public static bool IsAuxiliary(ReadOnlySpan<char> w) => Auxiliaries.Contains(w);

    public static bool IsCapitalStop(ReadOnlySpan<char> w) => CapitalStop.Contains(w);

    public static bool IsTitle(ReadOnlySpan<char> w) => Titles.Contains(w);

    public static bool IsPronoun(ReadOnlySpan<char> w) => Pronouns.Contains(w);

    public static bool IsDeterminer(ReadOnlySpan<char> w) => Determiners.Contains(w);

    public static bool IsBetween(ReadOnlySpan<char> w) => Between.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]));

    public static bool IsFunction(ReadOnlySpan<char> w) => Function.Contains(w);

    public static bool IsPersonHead(ReadOnlySpan<char> w) => PersonHeads.Contains(w);

    /// <summary>
    /// A capitalized noun for a person by nationality or origin, which sports and foreign news use to refer back
    /// to someone just named: "the Dutchman said", "the Kenyan won", "the Briton added". Also an age noun,
    /// "the 29-year-old". Callers check that the recognizer did not tag the word as a name.
    /// </summary>
    public static bool IsNationalityNoun(ReadOnlySpan<char> w)
    {
        if (w.Length >= 5 && char.IsAsciiDigit(w[0]) && w.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (w.Length < 4 || !char.IsUpper(w[0]) || w[1..].ContainsAnyExceptInRange('a', 'z'))
        {
            return NationalityNouns.Contains(w);
        }

        return w.EndsWith("man", StringComparison.Ordinal) || w.EndsWith("an", StringComparison.Ordinal)
            || w.EndsWith("ese", StringComparison.Ordinal) || NationalityNouns.Contains(w);
    }

    /// <summary>The gender a nationality noun shows: "Dutchman" male, "Frenchwoman" female, "Kenyan" unknown.</summary>
    public static Gender GenderOfNationalityNoun(ReadOnlySpan<char> w)
        => w.EndsWith("woman", StringComparison.Ordinal) ? Gender.Female : w.EndsWith("man", StringComparison.Ordinal) ? Gender.Male : Gender.Unknown;

    public static bool IsTermSignal(ReadOnlySpan<char> w) => TermSignals.Contains(w);

    public static bool IsFemaleName(ReadOnlySpan<char> w) => Female.Contains(w);

    public static bool IsMaleName(ReadOnlySpan<char> w) => Male.Contains(w);

    public static bool IsNonPersonWord(ReadOnlySpan<char> w) => NonPersonWords.Contains(w);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string words)
        => words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
