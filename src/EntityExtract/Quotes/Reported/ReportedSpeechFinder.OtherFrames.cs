using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>The frames besides a verb's and its subject's: "according to X", an attitude after a copula, and a nominal cue's content.</summary>
internal static partial class ReportedSpeechFinder
{
    private static Frame? According(ReportedDocument d, int i, int first, int stop)
    {
        // "according to X, CLAUSE" / "CLAUSE, according to X": the source is the noun phrase after "to".
        int s = i + 2;
        int e = s;
        while (e < stop && e - s < MaxSourceTokens && !d.IsComma(e))
        {
            if (d.Word(e) is "(" && e > s)
            {
                // "according to the Korean Central News Agency (KCNA), …": the acronym is part of the source.
                int close = e + 1;
                while (close < stop && close - e <= 6 && d.Word(close) is not ")")
                {
                    close++;
                }

                if (close >= stop || d.Word(close) is not ")")
                {
                    break;
                }

                e = close + 1;
                continue;
            }

            if (d[e].Kind is not TokenKind.Word and not TokenKind.Number)
            {
                break;
            }

            e++;
        }

        if (e == s)
        {
            return null;
        }

        bool opens = i == first || (i == first + 1 && d.ClassOf(first) is "stop");
        if (opens)
        {
            return d.IsComma(e) && e + 1 < stop ? new Frame(i, i + 1, s, e - 1, Direction.After, e + 1, i) : null;
        }

        return new Frame(i, i + 1, s, e - 1, Direction.Before, -1, i);
    }

    // An attitude as an adjective or participle after a copula, with no "by" after it (PolNeAR marks beliefs and
    // stances ascribed to a source: "she was sure Trump would triumph", "Many Democrats are afraid that …",
    // "Graham has been critical of Trump", "Clinton aides were coy about whether …", "he is ready to move on"). The
    // subject is the source (issue 12: "Critics are concerned that" names its critics). What follows the word must
    // be a clause or the object of the attitude: "that", a preposition of its topic, "whether"/"if", or an
    // infinitive after a word not in -ed/-en (a passive's subject is no source: "is expected to", "was asked to").
    // A hearer verb's passive ("was told that") is its hearer's, and so is "is accused of". The cue model decides
    // which words are attitudes (its frame features mark these frames apart); the subject is read as a verb's.
    private static Frame? Attitude(ReportedDocument d, int i, int cueLast, int j, int first, int stop)
    {
        int next = cueLast + 1;
        var word = d.Word(i);
        if (next + 1 >= stop || d.IsIn(i, ReportedDocument.HearerCues) || d.IsIn(i, ReportedDocument.ObjectOfCues))
        {
            return null;
        }

        bool participle = word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase);
        bool topic = d.IsIn(next, ReportedDocument.AttitudeTopics);
        bool clause = d.Is(next, "that") || d.Is(next, "whether") || d.Is(next, "if") || (d.Is(next, "to") && !participle && !d.Is(next + 1, "the"));
        int srcFirst = SourceEndingAt(d, j, first);
        if (!(topic || clause) || srcFirst < 0 || d.Is(j, "it") || d.Is(j, "there") || d.Is(j, "that") || d.Is(j, "this") || d.Is(j, "which")
            || ReportedDocument.NonSources.Contains(d.Word(j)) || d.IsQuoted(j))
        {
            return null;
        }

        return new Frame(i, cueLast, srcFirst, j, Direction.After, topic || d.Is(next, "that") ? next + 1 : next, srcFirst) { Copular = true };
    }

    // A passive that names no source (PolNeAR keeps such attributions with an empty Source; issue 12 allows a null
    // speaker "only when the text names no source at all"): a participle of attribution-sourceless-cues.txt with no
    // "by" after it, before an infinitive ("About one in nine voters is expected to be Latino", "He is said to be
    // furious"), "of"/"for" ("Roof is accused of killing nine people", "has been criticized for offering vague
    // responses"), or, after an impersonal "it", "that" ("It is believed that …"). The content is the clause from
    // its subject, cue included (PolNeAR's span), or what follows "that" after "it". The cue model decides each one
    // on the word's features (Features reads such a frame as none, as the model was trained), and a sourceless frame
    // needs a positive score (Find). Find also reads the copular frame of an irregular participle ("is said to") here.
    private static Frame? Sourceless(ReportedDocument d, int i, int cueLast, int j, int first, int stop)
    {
        int next = cueLast + 1;
        if (next + 1 >= stop || !d.IsIn(i, ReportedDocument.SourcelessCues))
        {
            return null;
        }

        if (d.Is(j, "it"))
        {
            return d.Is(next, "that") ? new Frame(i, cueLast, -1, -1, Direction.After, next + 1, j) { Sourceless = true } : null;
        }

        bool infinitive = d.Is(next, "to") && next + 1 < d.Count && d[next + 1].Kind == TokenKind.Word && !d.IsCapitalized(next + 1) && d.ClassOf(next + 1) is null or "aux";
        int subject = SourceEndingAt(d, j, first);
        if (!(infinitive || d.Is(next, "of") || d.Is(next, "for")) || subject < 0 || d.Is(j, "there") || d.Is(j, "this") || d.IsQuoted(j))
        {
            return null;
        }

        // "The police were accused of Islamophobia by Muslim groups", 'criticised for "incessant sleaze" by campaigners':
        // the agent follows the participle's object, so the source is in the text (BBC news). Not "by" before a gerund,
        // a manner ("accused of breaching their duties by depriving shareholders …"); after an infinitive a "by" is the
        // inner verb's ("is believed to have been found by a member of the public"): the passive still names no source.
        for (int k = next + 1; !infinitive && k < stop && k <= next + 6 && d[k].Kind is TokenKind.Word or TokenKind.Quote; k++)
        {
            if (d.Is(k, "by") && !(k + 1 < stop && d.Word(k + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
        }

        subject = ClauseSubject(d, subject, first);
        return new Frame(i, cueLast, -1, -1, Direction.After, subject, subject) { Sourceless = true };
    }

    // The first token of a sourceless clause's subject, from its head noun phrase's (SourceEndingAt): the noun phrase
    // runs on to the left over a preposition ("The final international accord on the chemicals is expected") or "and"
    // after a name ("Mr Brown and Mr Milburn are said to", "Google and Facebook have reportedly"): the content is the clause.
    private static int ClauseSubject(ReportedDocument d, int subject, int first)
    {
        for (int hops = 0; hops < 3 && subject - 2 >= first; hops++)
        {
            int t = subject - 1;
            // A preposition that sits inside a source (the "prep" class: of, for, at, from, with), or one of the "stop"
            // prepositions a subject's noun phrase also takes (on, in, about).
            bool joins = d.ClassOf(t) is "prep" || d.Is(t, "on") || d.Is(t, "in") || d.Is(t, "about")
                || (d.Is(t, "and") && (d.IsCapitalized(t - 1) || d.MentionAt(t - 1) is not null));
            int left = joins ? SourceEndingAt(d, t - 1, first) : -1;
            if (left < 0)
            {
                break;
            }

            subject = left;
        }

        return subject;
    }

    // A word that states only with no source (Find reads it apart from the cue model's candidates): an adverb of
    // attribution-sourceless-adverbs.txt, or a participle of attribution-sourceless-cues.txt outside the cue lexicon
    // ("tipped", "rumored", "feared") in the passive that names no source (Sourceless). A British spelling of a lexicon word
    // ("criticised") is the lexicon word (ReportedDocument.American), not one of these.
    private static Frame? SourcelessWord(ReportedDocument d, int i, int first, int stop) =>
        ReportedDocument.SourcelessAdverbs.Contains(d.Word(i)) ? SourcelessAdverb(d, i, first, stop)
            : Copular(d, i, Verb(d, i, first, stop, []), first, stop) is { Sourceless: true } f ? f : null;

    // An adverb of attribution-sourceless-adverbs.txt ascribes its clause to an unnamed source ("The FBI is reportedly
    // making arrangements", "Reportedly, he made comments"): the content is the clause from its subject, adverb
    // included, as PolNeAR marks it, or what follows the comma of a sentence's first word. Not when the verb after it
    // is a cue of its own ("Trump reportedly said that …": that cue's frame names Trump), nor after a relative pronoun
    // or a comma ("who reportedly has been itching", ", reportedly winning over delegates"; PolNeAR train: no
    // attribution in either), where the clause's subject is not at hand.
    private static Frame? SourcelessAdverb(ReportedDocument d, int i, int first, int stop)
    {
        if (i == first)
        {
            return d.Is(i + 1, ",") && i + 3 < stop ? new Frame(i, i, -1, -1, Direction.After, i + 2, i) { Sourceless = true } : null;
        }

        int verb = i + 1;
        while (verb < stop && d.ClassOf(verb) is "aux")
        {
            verb++;
        }

        int j = i - 1;
        while (j >= first && d.ClassOf(j) is "aux")
        {
            j--;
        }

        if (verb >= stop || d.IsCueWord(verb) || j < first || d.Is(j, "who") || d.Is(j, "which") || d.Is(j, "that") || d.IsQuoted(j))
        {
            return null;
        }

        int subject = SourceEndingAt(d, j, first);
        subject = subject < 0 ? -1 : ClauseSubject(d, subject, first);
        return subject < 0 ? null : new Frame(i, i, -1, -1, Direction.After, subject, subject) { Sourceless = true };
    }

    /// <summary>
    /// The source a copular attitude frame finds for the candidate at token <paramref name="i"/> (character offsets),
    /// or null when the candidate reads otherwise. <c>train-attributions</c> labels such a candidate a cue only when
    /// this source is the gold one: a passive's subject ("Fears were expressed that …") is no source, and the frame
    /// would give it as one.
    /// </summary>
    public static (int Start, int End)? AttitudeSource(ReportedDocument d, int i, TextSegment sentence) =>
        !d.Is(i, "according") && Verb(d, i, sentence.FirstToken, Stop(d, sentence), []) is { Copular: true } f ? (d[f.SourceFirst].Start, d[f.SourceLast].End) : null;

    // Where the content of a nominal cue with a possessor starts: after "that" ("his claim that …"), at an infinitive's
    // "to" ("his determination to act alone"), or after a preposition of its topic ("the GOP's abandonment of
    // principle", "his obsession with Mexico", "her support for the bill"); PolNeAR marks these as attributions of
    // the possessor (issue 12: "X's claim/statement/warning that CLAUSE"; eval-attributions --causes: nominal cues).
    // -1 when none follows. The cue model decides which nouns are cues (their frame features say "nominal").
    private static int NominalContent(ReportedDocument d, int cueLast, int stop)
    {
        int next = cueLast + 1;
        if (next + 1 >= stop)
        {
            return -1;
        }

        if (d.Is(next, "that"))
        {
            return next + 1;
        }

        if (d.Is(next, "to"))
        {
            // An infinitive, not a preposition: "his plan to cut taxes", not "his letter to the council".
            return next + 1 < d.Count && d[next + 1].Kind == TokenKind.Word && !d.IsCapitalized(next + 1) && d.ClassOf(next + 1) is null ? next : -1;
        }

        bool topic = d.IsIn(next, ReportedDocument.NominalTopics);
        return topic ? next + 1 : -1;
    }

    // The last token of a nominal cue's content that does not follow "that": the noun phrase or infinitive ends before
    // the verb of the sentence the cue's noun phrase is the subject of ("His obsession with Mexico is seeming …"),
    // read as the first auxiliary. -1 when none comes first (the content then runs as a verb's does).
    private static int NominalEnd(ReportedDocument d, int cueLast, int content, int stop)
    {
        if (d.Is(cueLast + 1, "that"))
        {
            return -1;
        }

        for (int t = content + 1; t < stop; t++)
        {
            if (d.ClassOf(t) is "aux" && !d.IsQuoted(t))
            {
                return t - 1;
            }
        }

        return -1;
    }

    // A subordinator that opens a clause before its main clause (attribution-subordinators.txt: "as", "when", "while").
    private static bool Subordinate(ReportedDocument d, int t) => d.IsIn(t, ReportedDocument.Subordinators);

    // "…, Mr. Obama said in his interview.", "…, said Mr. Burman on Tuesday.", "…, she told reporters.": a short adjunct
    // after a "CLAUSE, X said" attribution (a preposition or a time word, or the hearer of a hearer verb, then at most
    // eight words with no cue word, auxiliary, complementizer or quotation) leaves it an attribution of the clause
    // before it. The token after the adjunct (the sentence's stop or a comma), or -1 when the words at from are none.
    private static int AdjunctEnd(ReportedDocument d, int cue, int from, int stop)
    {
        if (from >= stop || d.IsComma(from))
        {
            return from;
        }

        // The hearer of "told": at most three words before the adjunct or the end ("told reporters", "told The Post").
        if ((d.Is(cue, "told") || d.Is(cue, "tells") || d.Is(cue, "tell")) && d[from].Kind == TokenKind.Word && d.ClassOf(from) is null or "det")
        {
            for (int h = from + 1; h <= from + 3 && h <= stop; h++)
            {
                if (h == stop || d.IsComma(h))
                {
                    return h;
                }

                int after = Opens(d, h) ? AdjunctEnd(d, cue, h, stop) : -1;
                if (after > h)
                {
                    return after;
                }
            }

            return -1;
        }

        if (!Opens(d, from))
        {
            return -1;
        }

        for (int t = from; t < stop && t - from < 8; t++)
        {
            if (d.IsComma(t))
            {
                return t > from ? t : -1;
            }

            if (d[t].Kind is not (TokenKind.Word or TokenKind.Number) || d.IsQuoted(t) || d.IsCueWord(t) || d.ClassOf(t) is "aux" || d.Is(t, "that") || d.Is(t, "who") || d.Is(t, "which"))
            {
                return -1;
            }

            if (t + 1 >= stop)
            {
                return stop;
            }
        }

        return -1;
    }

    // The token after a "CLAUSE, X said" attribution that ends at right: right + 1, or past an adjunct to the sentence's
    // end (AdjunctEnd), or -1 when the adjunct follows an attribution of a quotation ("“…,” Scott Pruitt, the Republican
    // attorney general of Oklahoma, said at a Washington event": the clause before holds the quotation, and the quote
    // stage attributes it).
    private static int AttributionEnd(ReportedDocument d, int i, int first, int left, int right, int stop)
    {
        int tail = SaysOnly(d, i) ? AdjunctEnd(d, i, right + 1, stop) : right + 1;
        for (int t = first; tail > right + 1 && t < left; t++)
        {
            tail = d.IsQuoted(t) ? -1 : tail;
        }

        return tail;
    }

    // "…, said Mr. Burman in an interview.": the last token of an inverted source (at most five words) that ends where an
    // adjunct to the sentence's end begins, or -1. Not after "told" or "wrote", whose object follows them ("told German
    // radio …", "Ellen Simonetti, known as …, wrote an anonymous account of her life in the sky").
    private static int InvertedSourceBeforeAdjunct(ReportedDocument d, int i, int cueLast, int stop)
    {
        if (!(d.Is(i, "said") || d.Is(i, "says") || d.Is(i, "added") || d.Is(i, "adds")) || cueLast + 1 >= stop
            || !(d.IsCapitalized(cueLast + 1) || (d.ClassOf(cueLast + 1) is "det" && !d.Is(cueLast + 1, "that") && !d.Is(cueLast + 1, "this"))))
        {
            return -1;
        }

        for (int a = cueLast + 2; a < stop && a - cueLast <= 6; a++)
        {
            if (AdjunctEnd(d, i, a, stop) > a)
            {
                int k = SourceStartingAt(d, cueLast + 1, a);
                if (k >= 0)
                {
                    return k;
                }
            }
        }

        return -1;
    }

    // The verbs of saying that take a clause and no prepositional complement, which an adjunct may follow in
    // "CLAUSE, X said in an interview" (attribution-say-only-cues.txt: say, tell, add, write).
    private static bool SaysOnly(ReportedDocument d, int i) => d.IsIn(i, ReportedDocument.SayOnlyCues);

    // A word that opens an adjunct after an attribution (attribution-adjunct-openers.txt): a time word, or a
    // preposition of place or time. A preposition opens one only before a determiner, a capital or a number ("in a
    // statement", "at the White House", "on Twitter", "on Monday"), not before the complement of the cue ("insist on
    // being", "reported on plans"): "on" takes a capital or a time word only.
    private static bool Opens(ReportedDocument d, int t)
    {
        string? when = t >= 0 && t < d.Count && ReportedDocument.AdjunctOpeners.TryGetValue(d.Word(t), out var w) ? w : null;
        return when is "time" || d.ClassOf(t) is "time"
            || (when is "prep" && t + 1 < d.Count && (d.ClassOf(t + 1) is "det" || d.IsCapitalized(t + 1) || d[t + 1].Kind == TokenKind.Number))
            || (when is "capital" && t + 1 < d.Count && (d.IsCapitalized(t + 1) || d.ClassOf(t + 1) is "time"));
    }

    // A word of degree between a copula and its adjective (attribution-degree-words.txt: "too", "very", "more").
    private static bool IsDegree(ReportedDocument d, int t) => d.IsIn(t, ReportedDocument.DegreeWords);

    // "…," she said in the Oval Office, emphasizing it was time …; "…," said John Smith, adding that …: a participle
    // after a quotation's attribution hangs on that attribution, so its source is the quotation's (PolNeAR annotates
    // the participle's content as a statement of the quotation's speaker; BBC news writes "…," he said, adding …
    // often). The source is the pronoun, person or organization of the attribution between the closing mark and
    // the participle's comma, else the noun phrase before or after its cue. (-1, -1) when there is none.
    private static (int First, int Last) QuotationSource(ReportedDocument d, int first, int comma)
    {
        int q = comma - 1;
        if (q < first)
        {
            // The comma opens the clause (a text that starts ", prompting ..."): there is no attribution before it.
            return (-1, -1);
        }

        while (q > first && comma - q <= 12 && d[q].Kind != TokenKind.Quote)
        {
            q--;
        }

        // A closing mark: the word after it is outside the quotation.
        if (d[q].Kind != TokenKind.Quote || q + 1 >= comma || d.IsQuoted(q + 1))
        {
            return (-1, -1);
        }

        int cue = q + 1;
        while (cue < comma && !d.IsCueWord(cue))
        {
            cue++;
        }

        if (cue == comma)
        {
            return (-1, -1);
        }

        for (int t = q + 1; t < comma; t++)
        {
            if (d.ClassOf(t) is "pron")
            {
                return (t, t);
            }

            if (d.MentionAt(t) is { Type: MentionType.Person or MentionType.Organization } m)
            {
                int e = t;
                while (e + 1 < comma && d.MentionAt(e + 1) == m)
                {
                    e++;
                }

                return (t, e);
            }
        }

        if (cue > q + 1)
        {
            int s = SourceEndingAt(d, cue - 1, q + 1);
            return s < 0 ? (-1, -1) : (s, cue - 1);
        }

        int last = SourceStartingAt(d, cue + 1, comma);
        return last < 0 ? (-1, -1) : (cue + 1, last);
    }

    // A verb of saying after "and"/"but" whose first verb states nothing ("Mr Blair welcomed the move but said …", "He
    // gave no details and added that …"): the sentence's subject, a pronoun or a person or organization opening it, is
    // its source (the second verb of a statement's subject takes that statement's source in Verb). Read after the cue
    // model has scored the word, so the model's features are those of the verb reading alone.
    private static Frame? SecondVerbOfSubject(ReportedDocument d, int i, int first, int stop)
    {
        int j = i - 1;
        while (j > first && (d.ClassOf(j) is "aux" || (d[j].Kind == TokenKind.Word && !d.IsCapitalized(j) && d.Word(j).EndsWith("ly", StringComparison.OrdinalIgnoreCase))))
        {
            // A passive has no subject that speaks ("fought back and would not be denied").
            if (IsBe(d, j))
            {
                return null;
            }

            j--;
        }

        if (j <= first + 2 || !(d.Is(j, "and") || d.Is(j, "but")))
        {
            return null;
        }

        int o = d.ClassOf(first) is "stop" ? first + 1 : first;
        int ps, pe;
        if (d.ClassOf(o) is "pron" && !d.Is(o, "it") && !d.Is(o, "that") && !d.Is(o, "this"))
        {
            ps = pe = o;
        }
        else if (d.MentionAt(o) is { Type: MentionType.Person or MentionType.Organization } m)
        {
            ps = pe = o;
            while (pe + 1 < j && d.MentionAt(pe + 1) == m)
            {
                pe++;
            }

            // "Manchester United manager Sir Alex Ferguson", "Kenteris' lawyer Gregory Ioannidis": a name and a role
            // before a person's name modify it; the person is the subject.
            for (int t = pe + 1; t < j && t <= pe + 4; t++)
            {
                if (d.MentionAt(t) is { Type: MentionType.Person } person && person != m)
                {
                    ps = pe = t;
                    while (pe + 1 < j && d.MentionAt(pe + 1) == person)
                    {
                        pe++;
                    }

                    break;
                }

                if (!(d.Word(t) is "'s" or "’s" or "'" or "’" || (d[t].Kind == TokenKind.Word && d.ClassOf(t) is null && !d.IsCueWord(t))))
                {
                    break;
                }
            }
        }
        else
        {
            return null;
        }

        // The subject's own verb must follow it: "Smith and Jones said" has no second verb, "He said X and Y said" is Y's.
        if (pe + 1 >= j || d.ClassOf(pe + 1) is "prep" or "det" || d.IsComma(pe + 1) || d.Is(pe + 1, "and"))
        {
            return null;
        }

        int content = ContentStart(d, i, i, stop);
        return content < stop ? new Frame(i, i, ps, pe, Direction.After, content, j + 1) { Coordinated = true } : null;
    }
}
