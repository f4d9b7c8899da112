using System.Collections.Frozen;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Dates;

/// <summary>
/// Finds the tense of the clause around a date expression from nearby cue words, standing in for the POS tags
/// HeidelTime reads: the nearest cue before the expression decides, then the nearest after it. Future cues are
/// those of the news convention (will, 'll, shall, is going to, is expected/scheduled/set/due to, plans to).
/// Stateless and thread-safe.
/// </summary>
internal static class DateTenseDetector
{
    /// <summary>How far back and forward cues are looked for: about a clause.</summary>
    private const int Window = 8;

    private static readonly string[] FutureWords = ["will", "'ll", "’ll", "shall", "wo", "would", "scheduled", "planned", "slated", "planning"];

    /// <summary>Words right before a date that make it a deadline or a plan: "until Tuesday", "by Jan. 14", "as early as Tuesday".</summary>
    private static readonly string[] DeadlineWords = ["until", "till", "by", "before"];

    // "is expected to", "plans to" (Resources/Lexicons/date-tense-to-future-cues.txt).
    private static readonly IReadOnlyList<string> ToFutureWords = WordList.Lines("date-tense-to-future-cues");

    // Past forms of be, do, have and common irregular verbs, and "ago", "earlier", "last"
    // (Resources/Lexicons/date-tense-past-cues.txt).
    private static readonly IReadOnlyList<string> PastWords = WordList.Lines("date-tense-past-cues");

    // "has"/"have" are left out: the present perfect talks about the past.
    private static readonly string[] PresentWords = ["is", "are", "am", "does", "do"];

    /// <summary>Every cue word and its kind, for one look-up per token; the first list a word is in wins, as the checks are ordered.</summary>
    private static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> Cues = BuildCues();

    private enum Cue : byte
    {
        None,
        Future,
        ToFuture,
        Past,
        Present,
    }

    private static FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> BuildCues()
    {
        var cues = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, cue) in new (IReadOnlyList<string>, Cue)[] { (FutureWords, Cue.Future), (ToFutureWords, Cue.ToFuture), (PastWords, Cue.Past), (PresentWords, Cue.Present) })
        {
            foreach (var word in words)
            {
                cues.TryAdd(word, cue);
            }
        }

        return cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tense of the clause around tokens [<paramref name="start"/>, <paramref name="end"/>) within <paramref name="sentence"/>.</summary>
    public static DateTense Detect(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, TextSegment sentence, int start, int end)
    {
        // A clock time before the date belongs to it: the cues of "until 9 a.m. EST Tuesday" are read from before "9".
        start = TimeOfDayStart(text, tokens, sentence, start);

        // A deadline is ahead unless a past verb governs it ("had filed reports by Wednesday") or it opens the
        // sentence ("Until Thursday, they had not ..."). A verb of postponement looks ahead even in the past:
        // "officials postponed until Tuesday any action" names a day still to come.
        bool deadline = start - 1 > sentence.FirstToken && Any(tokens[start - 1].GetText(text), DeadlineWords);
        bool postponedUntil = deadline && Any(tokens[start - 1].GetText(text), UntilWords);

        // "as soon as Tuesday", "as early as next week".
        if (start - 3 >= sentence.FirstToken && tokens[start - 1].GetText(text).Equals("as", StringComparison.OrdinalIgnoreCase)
            && tokens[start - 3].GetText(text).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return DateTense.Future;
        }

        int from = Math.Max(sentence.FirstToken, start - Window);
        bool boundary = false;
        for (int i = start - 1; i >= from; i--)
        {
            // A clause boundary ("; " or ", and" / ", but") ends the search: the cue there governs another clause.
            if (IsClauseBoundary(text, tokens, i))
            {
                boundary = true;
                break;
            }

            var tense = CueAt(text, tokens, i, sentence.EndToken);
            if (tense != DateTense.Unknown)
            {
                if (postponedUntil && tense == DateTense.Past && Any(tokens[i].GetText(text), PostponeWords))
                {
                    return DateTense.Future;
                }

                return deadline && tense != DateTense.Past ? DateTense.Future : tense;
            }
        }

        if (deadline)
        {
            return DateTense.Future;
        }

        int to = Math.Min(sentence.EndToken, end + Window);
        for (int i = end; i < to; i++)
        {
            var tense = CueAt(text, tokens, i, sentence.EndToken);
            if (tense != DateTense.Unknown)
            {
                return tense;
            }
        }

        // Nothing near. A date fronted before a comma ("In January, a clinic bombing ... killed a guard", "On
        // Tuesday, the league plans to hold ...") takes the tense of the main clause after it, however long.
        if (IsFronted(text, tokens, sentence, start, end))
        {
            for (int i = to; i < sentence.EndToken; i++)
            {
                var tense = CueAt(text, tokens, i, sentence.EndToken);
                if (tense != DateTense.Unknown)
                {
                    return tense;
                }
            }
        }

        // A future auxiliary governs its whole clause: "will be named commander of the Space Shuttle Columbia for a
        // mission in December". Only a future cue is taken from this far back; a far past verb is most often a
        // reporting verb ("said") whose complement keeps its own tense.
        for (int i = from - 1; !boundary && i >= sentence.FirstToken; i--)
        {
            // Beyond the window, an adjunct ends the clause too: "will have surgery on Monday after fracturing his
            // thumb ... on Saturday", "will pay $76, 6% more than Wednesday's closing price".
            if (IsClauseBoundary(text, tokens, i) || Any(tokens[i].GetText(text), AdjunctWords))
            {
                break;
            }

            var tense = CueAt(text, tokens, i, sentence.EndToken);
            if (tense != DateTense.Unknown)
            {
                return tense == DateTense.Future ? tense : DateTense.Unknown;
            }
        }

        return DateTense.Unknown;
    }

    // A date at the head of its sentence (after an optional preposition or quote) and followed by a comma.
    private static bool IsFronted(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, TextSegment sentence, int start, int end)
    {
        int first = sentence.FirstToken;
        while (first < start && tokens[first].Kind is TokenKind.Quote or TokenKind.Punctuation)
        {
            first++;
        }

        bool atHead = start == first || (start == first + 1 && tokens[first].Kind == TokenKind.Word && char.IsUpper(tokens[first].GetText(text)[0]));
        return atHead && end < sentence.EndToken && tokens[end].GetText(text) is ",";
    }

    /// <summary>
    /// The first token of a clock time that ends right before <paramref name="start"/> ("9 a.m.", "4 a.m. EDT",
    /// "noon", "10:30 p.m. EST"), else <paramref name="start"/>.
    /// </summary>
    private static int TimeOfDayStart(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, TextSegment sentence, int start)
    {
        int i = start - 1;
        if (i > sentence.FirstToken && IsTimeZone(tokens[i].GetText(text)))
        {
            i--;
        }

        if (i < sentence.FirstToken)
        {
            return start;
        }

        var w = tokens[i].GetText(text);
        if (w.Equals("noon", StringComparison.OrdinalIgnoreCase) || w.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            return i;
        }

        if (i - 1 >= sentence.FirstToken && Any(w, Meridiems) && tokens[i - 1].Kind == TokenKind.Number)
        {
            return i - 1;
        }

        return start;
    }

    // Abbreviated time zones of news copy: EST, EDT, GMT, PST, CDT ... (three capitals ending in T).
    private static bool IsTimeZone(ReadOnlySpan<char> w) => w.Length == 3 && w[2] == 'T' && char.IsAsciiLetterUpper(w[0]) && char.IsAsciiLetterUpper(w[1]);

    private static readonly string[] Meridiems = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"];

    /// <summary>Deadline words that a postponement can move a date to: "postponed until Tuesday".</summary>
    private static readonly string[] UntilWords = ["until", "till"];

    /// <summary>Verbs that move an event later: after them "until" names a day still ahead.</summary>
    private static readonly string[] PostponeWords = ["postponed", "delayed", "deferred", "adjourned", "extended", "recessed", "suspended"];

    private static readonly string[] AdjunctWords = ["after", "following", "since", "when", "while", "because", "than"];

    private static bool IsClauseBoundary(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int i)
    {
        var w = tokens[i].GetText(text);
        if (w is ";")
        {
            return true;
        }

        return i > 0 && tokens[i - 1].GetText(text) is "," && (w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase));
    }

    private static DateTense CueAt(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int i, int limit)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return DateTense.Unknown;
        }

        var w = token.GetText(text);

        // A capitalized cue word inside a sentence is a name: "Will Smith comedy Hitch has become ...".
        if (char.IsUpper(w[0]) && i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].End < token.Start)
        {
            return DateTense.Unknown;
        }

        // "would have met on Tuesday" is a past counterfactual, not a plan.
        if ((w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase))
            && i + 1 < limit && tokens[i + 1].GetText(text).Equals("have", StringComparison.OrdinalIgnoreCase))
        {
            return DateTense.Past;
        }

        var cue = Cues.TryGetValue(w, out var found) ? found : Cue.None;

        // A participle used as an adjective is no cue: "the hastily planned trip", "a scheduled flight".
        if (cue == Cue.Future && w.EndsWith("ed", StringComparison.Ordinal) && IsAttributive(text, tokens, i))
        {
            return DateTense.Unknown;
        }

        // Modals of possibility look ahead too ("may decide on Friday"); compared case-sensitively, since "May" is a month.
        if (cue == Cue.Future || w is "may" or "might")
        {
            return DateTense.Future;
        }

        if (cue == Cue.ToFuture)
        {
            return i + 1 < limit && tokens[i + 1].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase) ? DateTense.Future : DateTense.Unknown;
        }

        // A participle after "be" is a passive, whose tense is carried further back ("would be paid in January").
        bool passive = i > 0 && (tokens[i - 1].GetText(text).Equals("be", StringComparison.OrdinalIgnoreCase) || tokens[i - 1].GetText(text).Equals("being", StringComparison.OrdinalIgnoreCase));
        if (cue == Cue.Past)
        {
            return passive ? DateTense.Unknown : DateTense.Past;
        }

        if (cue == Cue.Present)
        {
            return DateTense.Present;
        }

        // Regular past tense and past participles: "fired", "reported". Capitalized words are names ("Ted").
        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !IsNotPastEd(w) && !IsAttributive(text, tokens, i))
        {
            return passive ? DateTense.Unknown : DateTense.Past;
        }

        return DateTense.Unknown;
    }

    // Words in -ed that are not past forms: "succeed", "proceed", "need" (their past is "-eeded"; "agreed", "freed",
    // "guaranteed" are past), and common non-verbs ("hundred", "indeed").
    private static bool IsNotPastEd(ReadOnlySpan<char> w) =>
        (w.EndsWith("eed", StringComparison.Ordinal) && !w.EndsWith("reed", StringComparison.Ordinal) && !w.EndsWith("teed", StringComparison.Ordinal))
        || Any(w, NotPastEd);

    private static readonly string[] NotPastEd = ["hundred", "kindred", "sacred", "naked", "wicked", "rugged", "beloved", "embed", "breed"];

    // A participle between a determiner and its noun is an adjective, not a verb: "on a still unspecified date",
    // "the recently passed law", "an expected rise".
    private static bool IsAttributive(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int i)
    {
        if (i > 0 && Determiners.Contains(tokens[i - 1].GetText(text)))
        {
            return true;
        }

        if (i < 2)
        {
            return false;
        }

        var adverb = tokens[i - 1].GetText(text);
        bool isAdverb = adverb.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || adverb.Equals("still", StringComparison.OrdinalIgnoreCase) || adverb.Equals("very", StringComparison.OrdinalIgnoreCase);
        return isAdverb && Determiners.Contains(tokens[i - 2].GetText(text));
    }

    // "the planned merger": a cue word after a determiner is a noun's modifier (Resources/Lexicons/date-tense-determiners.txt).
    private static readonly WordSet Determiners = WordList.Load("date-tense-determiners", ignoreCase: true);

    private static bool Any(ReadOnlySpan<char> w, string[] words)
    {
        foreach (var word in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
