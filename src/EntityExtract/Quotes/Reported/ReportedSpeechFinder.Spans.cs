using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>Where a statement's content starts and ends, and where its source's noun phrase ends or starts.</summary>
internal static partial class ReportedSpeechFinder
{
    // Where a content after the cue starts: after "that" or a colon within the next seven tokens (past the
    // hearer of "told reporters that", or "said in a statement that"), else past the hearer of a hearer verb
    // ("told the BBC he would"), else right after the cue.
    private static int ContentStart(ReportedDocument d, int cue, int cueLast, int stop)
    {
        int k = cueLast + 1;
        for (int t = k; t < stop && t - k < 7; t++)
        {
            // "that" before a finite auxiliary or at the sentence end is a pronoun, not a complementizer (which "said
            // that, if …" still is): the subject of the content right after the cue ("said that was a mistake"), else a
            // relative or demonstrative pronoun inside it ("want policies that would create more revenue", "said the test
            // could change that"), whose content starts after the cue.
            if (d.Is(t, "that") && (t + 1 >= stop || IsFiniteAuxiliary(d, t + 1)))
            {
                if (t == k)
                {
                    return k;
                }

                break;
            }

            if (d.Is(t, "that") || d.Word(t) is ":")
            {
                // "dismissed the idea that she …", "cited no proof that …": the noun the clause completes is part of the
                // content (PolNeAR marks "the idea that she needed to be hospitalized"), unlike the hearer of "told
                // reporters that" or an adverbial ("said this week that", "said in a statement that").
                return t > k && d.Is(t, "that") && OpensNounBefore(d.Word(cue), d, k, t) ? k : t + 1;
            }

            // Another cue word first: its "that" is its own ("said the plant would close and warned that …").
            if (d[t].Kind is not TokenKind.Word and not TokenKind.Number || d.IsCueWord(t))
            {
                break;
            }
        }

        // "accusing them of CONTENT": past the object and "of".
        if (d.IsIn(cue, ReportedDocument.ObjectOfCues))
        {
            for (int t = k; t < stop && t - k < 5; t++)
            {
                if (d.Is(t, "of"))
                {
                    return t > k ? t + 1 : k;
                }
            }
        }

        if (k < stop && d.IsIn(cue, ReportedDocument.HearerCues))
        {
            if (d.MentionAt(k) is Mention m)
            {
                while (k < stop && d.MentionAt(k) == m)
                {
                    k++;
                }

                // "told BBC Radio 4's Sunday programme he …": the hearer's possessive and its noun.
                if (k < stop && d.Word(k) is "'s" or "’s")
                {
                    k++;
                    for (int n = 0; n < 2 && k < stop && d[k].Kind == TokenKind.Word && d.ClassOf(k) is null; n++)
                    {
                        k++;
                    }
                }
            }
            else if (d.ClassOf(k) is "det")
            {
                k++;
                while (k < stop && d.IsCapitalized(k))
                {
                    k++;
                }

                if (k == cueLast + 2 && k < stop)
                {
                    k++;
                }
            }
            else if (d[k].Kind == TokenKind.Word && !d.IsCapitalized(k) && d.ClassOf(k) is null or "pron")
            {
                k++;
            }

            // "urged supporters to monitor polling places", "asked them not to": the hearer of an infinitive is the
            // subject of what was urged, and PolNeAR's content takes it ("supporters to monitor polling places").
            if (k > cueLast + 1 && k < stop && (d.Is(k, "to") || ((d.Is(k, "not") || d.Is(k, "never")) && d.Is(k + 1, "to"))))
            {
                return cueLast + 1;
            }
        }

        if (k < stop && d.Word(k) is "," or ":")
        {
            k++;
        }

        return k;
    }

    // Whether token i is a finite auxiliary or modal ("was", "would", "has"), which a complementizer "that" never
    // precedes (part-of-speech tags are off in the pipeline: ReportedDocument.TagSentences).
    private static bool IsFiniteAuxiliary(ReportedDocument d, int i) =>
        d.Is(i, "is") || d.Is(i, "was") || d.Is(i, "are") || d.Is(i, "were") || d.Is(i, "has") || d.Is(i, "have") || d.Is(i, "had")
        || d.Is(i, "will") || d.Is(i, "would") || d.Is(i, "can") || d.Is(i, "could") || d.Is(i, "may") || d.Is(i, "might")
        || d.Is(i, "should") || d.Is(i, "must") || d.Is(i, "does") || d.Is(i, "did") || d.Is(i, "'s") || d.Is(i, "’s");

    // Whether the words [k, that) after a cue are a noun phrase the "that" clause completes ("the idea", "no proof",
    // "a New York Times report"): opened by a determiner other than "this"/"that" (time: "this week"), with no
    // preposition, time word or punctuation inside, after a cue that does not take a hearer ("told the jury that").
    private static bool OpensNounBefore(ReadOnlySpan<char> cueWord, ReportedDocument d, int k, int that)
    {
        if (d.ClassOf(k) is not "det" || d.Is(k, "this") || d.Is(k, "that") || ReportedDocument.Holds(ReportedDocument.HearerCues, cueWord))
        {
            return false;
        }

        for (int t = k + 1; t < that; t++)
        {
            if (d[t].Kind is not TokenKind.Word and not TokenKind.Number || d.ClassOf(t) is not null)
            {
                return false;
            }
        }

        return true;
    }

    // The first token of a source noun phrase whose last token is j, scanning left at most MaxSourceTokens:
    // a whole entity mention, a pronoun, or words back to a determiner, through "of/for/at" between nouns
    // ("a spokesman for the campaign"), and with located, through a locating preposition to the head it follows
    // (LocatedHead: "A legal expert in the US"). -1 when there is none.
    private static int SourceEndingAt(ReportedDocument d, int j, int first, bool located = false)
    {
        if (j < first || d[j].Kind is not TokenKind.Word and not TokenKind.Number)
        {
            return -1;
        }

        if (d.ClassOf(j) is string cls)
        {
            return cls is "pron" ? j : -1;
        }

        int k = j;
        while (k - 1 >= first && j - (k - 1) < MaxSourceTokens)
        {
            int t = k - 1;
            if (d.MentionAt(k) is Mention m && d.MentionAt(t) == m)
            {
                k = t;
                continue;
            }

            if (d[t].Kind == TokenKind.Number || d.Word(t) is "'s" or "’s")
            {
                k = t;
                continue;
            }

            if (d[t].Kind != TokenKind.Word)
            {
                break;
            }

            string? c = d.ClassOf(t);
            if (c is null)
            {
                if (located && d.IsCueWord(t) && !OpensCueNoun(d, t, first))
                {
                    break;
                }

                k = t;
                continue;
            }

            if (c is "det")
            {
                k = t;
                if (t - 2 >= first && d.ClassOf(t - 1) is "prep" && d[t - 2].Kind == TokenKind.Word && d.ClassOf(t - 2) is null && j - (t - 2) < MaxSourceTokens)
                {
                    k = t - 2;
                    continue;
                }

                // "A legal expert in the US speculated", "Shops all over the UK reported": the phrase after a locating
                // preposition modifies the head before it, which is the source.
                if (located && t - 2 >= first && d.IsIn(t - 1, ReportedDocument.LocatingPrepositions) && LocatedHead(d, t - 2, first) && j - (t - 2) < MaxSourceTokens)
                {
                    k = t - 2;
                    continue;
                }

                break;
            }

            if (c is "prep" && t - 1 >= first && d[t - 1].Kind == TokenKind.Word && d.ClassOf(t - 1) is null)
            {
                k = t - 1;
                continue;
            }

            // "Political observers in Virginia say", "The BBC's Zubair Ahmed in Mumbai says": a place after "in" locates
            // the source; the source is the noun phrase it modifies, not the place.
            if (d.Is(t, "in") && t - 1 >= first && d[t - 1].Kind == TokenKind.Word && d.ClassOf(t - 1) is null
                && d.MentionAt(k) is { Type: MentionType.Place } place && d.MentionAt(t) != place)
            {
                k = t - 1;
                continue;
            }

            // "Some commentators on the net say", "One in four said", "those in power may": the same without a
            // determiner after the preposition.
            if (located && d.IsIn(t, ReportedDocument.LocatingPrepositions) && LocatedHead(d, t - 1, first))
            {
                k = t - 1;
                continue;
            }

            break;
        }

        return k;
    }

    // A frame whose source before its cue reaches back over a finite verb of speech (IsSpeechVerb), with its source cut
    // to the words after that verb: in "X said Y had proposed Z" the inner cue's source is Y, and "X said" frames the
    // whole "Y had proposed Z" (BBC: "Mr Howard said Labour | proposed", "said people | thought"). Null when the source
    // is the verb itself ("he insisted talks …", "denied reports of …": the verb is the cue, its object no cue). Applied
    // after the cue model has scored the frame, as ReadHeads is, so the frames it was trained on stay as they were.
    private static Frame? BoundSource(ReportedDocument d, Frame frame, int first)
    {
        if (frame.SourceFirst < 0 || frame.SourceLast >= frame.CueFirst || frame.Sourceless)
        {
            return frame;
        }

        for (int t = frame.SourceLast; t >= frame.SourceFirst && t >= first; t--)
        {
            if (IsSpeechVerb(d, t))
            {
                return t == frame.SourceLast ? null
                    : frame with { SourceFirst = t + 1, Left = frame.Left == frame.SourceFirst ? t + 1 : frame.Left };
            }
        }

        return frame;
    }

    // Whether token t is a finite verb of speech, which ends a source noun phrase rather than standing inside it: a word
    // of attribution-say-only-cues ("said", "told", "adds") or a strong cue in -ed ("insisted", "denied"); not the -s
    // forms of the strong cues, which are nouns as often ("press reports said", "his claims"), nor a word of a name.
    private static bool IsSpeechVerb(ReportedDocument d, int t) =>
        d[t].Kind == TokenKind.Word && d.MentionAt(t) is null
        && (d.IsIn(t, ReportedDocument.SayOnlyCues) || (d.IsIn(t, ReportedDocument.StrongCues) && d.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase)));

    // The last token of a source noun phrase that starts at s and ends the clause (a comma or the sentence
    // end follows): "…, said Mr. Smith." / "…, said a spokesman for the group, who …". -1 when there is none.
    private static int SourceStartingAt(ReportedDocument d, int s, int stop)
    {
        if (s >= stop || d[s].Kind != TokenKind.Word)
        {
            return -1;
        }

        int e = s;
        if (d.ClassOf(s) is "pron")
        {
            e = s;
        }
        else
        {
            while (e + 1 < stop && e + 1 - s < MaxSourceTokens && !d.IsComma(e + 1) && d[e + 1].Kind is TokenKind.Word or TokenKind.Number && d.ClassOf(e + 1) is not ("stop" or "aux"))
            {
                e++;
            }

            if (d.ClassOf(s) is not ("det" or null) || !(d.ClassOf(s) is "det" || d.IsCapitalized(s) || d.MentionAt(s) is not null || d.IsCueWord(e) is false))
            {
                return -1;
            }
        }

        return e + 1 >= stop || d.IsComma(e + 1) ? e : -1;
    }

    // The subject noun phrase that opens a clause at o: the words before its first verb or modal
    // (part-of-speech tags), at most MaxAsideTokens, past an opening adverbial's comma, ending in a noun or
    // pronoun that can speak. (-1, -1) when there is none.
    private static (int First, int Last) SubjectBefore(ReportedDocument d, int o, int limit)
    {
        if (!ReportedDocument.TagSentences)
        {
            // Without tags the guess is rougher, so only a lexicon word, which the cue model judges, is read this way: the
            // participles outside it are mostly the writer's ("…, making it one of the largest", "…, starring Jude Law").
            return d.IsCueWord(limit) ? SubjectBeforeUntagged(d, o, limit) : (-1, -1);
        }

        int t = o;
        while (t < limit && t - o < MaxAsideTokens && !d.IsVerb(t) && d.Tag(t) is not "MD" && d[t].Kind is not TokenKind.Quote)
        {
            // An opening adverbial ends at its comma ("On an annual basis, the data suggests"): the subject follows.
            if (d.IsComma(t))
            {
                o = t + 1;
            }

            t++;
        }

        if (t == o || t >= limit || (!d.IsVerb(t) && d.Tag(t) is not "MD"))
        {
            return (-1, -1);
        }

        int e = t - 1;
        while (e > o && (d.IsComma(e) || d.ClassOf(e) is "aux" || d.Tag(e) is "RB"))
        {
            e--;
        }

        return e >= o && (d.IsNoun(e) || d.Tag(e) is "PRP" || d.Tag(e) is "CD") && !ReportedDocument.NonSources.Contains(d.Word(e)) ? (o, e) : (-1, -1);
    }

    // SubjectBefore while the tagger is off (ReportedDocument.TagSentences): the clause's verb is the first lower-case
    // auxiliary or word in -ed after a noun phrase that runs from the clause's start and can speak (a pronoun, a person or
    // organization, or words opened by a determiner or a capital): "The Republican National Committee is filing a complaint
    // …, claiming that …", "two Democratic speechwriters implored her …, arguing that …" (PolNeAR dev). An opening
    // adverbial ends at its comma, as above; a word in -ed that ends no such phrase ("The embattled chief …") is passed.
    private static (int First, int Last) SubjectBeforeUntagged(ReportedDocument d, int o, int limit)
    {
        var found = (First: -1, Last: -1);
        for (int t = o + 1; t < limit && t - o < MaxAsideTokens; t++)
        {
            if (d.IsComma(t))
            {
                // A clause joined by ", and" has a subject of its own: "the camera is facing the ground, and she becomes
                // upset, shouting …" is hers, not the camera's; after a plain comma a later subject, if any, wins.
                if (IsClauseConjunction(d, t + 1))
                {
                    found = (-1, -1);
                }

                o = IsClauseConjunction(d, t + 1) ? t + 2 : t + 1;
                t = o;
                continue;
            }

            if (d[t].Kind == TokenKind.Quote)
            {
                break;
            }

            if (found.First >= o || d[t].Kind != TokenKind.Word || d.IsCapitalized(t) || !(d.ClassOf(t) is "aux" || (d.ClassOf(t) is null && d.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            // A passive's subject is no source of the participle ("The survey was conducted …, using a panel", "The network
            // has been developed by Intel, working …"): a form of "be" at the end of the auxiliaries, then a word in -ed/-en.
            int u = t;
            while (u + 1 < limit && d.ClassOf(u + 1) is "aux")
            {
                u++;
            }

            if (d.ClassOf(t) is "aux" && u + 1 < limit && IsBe(d, u) && (d.Word(u + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || d.Word(u + 1).EndsWith("en", StringComparison.OrdinalIgnoreCase)))
            {
                return (-1, -1);
            }

            // An adverb before the verb is no part of the subject ("The inquiry famously relied on …").
            int e = t - 1;
            while (e > o && d.ClassOf(e) is null && !d.IsCapitalized(e) && d.Word(e).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                e--;
            }

            // The expletive "there" holds no one ("There is no shortage of companies …, offering …", BBC news).
            if (d.ClassOf(o) is null or "det" or "pron" && !d.Is(o, "there") && SourceEndingAt(d, e, o) == o && !ReportedDocument.NonSources.Contains(d.Word(e))
                && (d.ClassOf(e) is "pron" || d.MentionAt(e) is { Type: MentionType.Person or MentionType.Organization } || d.ClassOf(o) is "det" || d.IsCapitalized(o)))
            {
                found = (o, e);
            }
        }

        return found;
    }

    // A form of "be" (is, are, was, were, be, been, being): a passive's auxiliary here and in OtherFrames.
    private static bool IsBe(ReportedDocument d, int t) =>
        d.Is(t, "is") || d.Is(t, "are") || d.Is(t, "was") || d.Is(t, "were") || d.Is(t, "be") || d.Is(t, "been") || d.Is(t, "being");

    private static void Emit(ReportedDocument d, Frame frame, int contentFirst, int contentLast, List<ReportedStatement> result)
    {
        while (contentFirst <= contentLast && (d[contentFirst].Kind is TokenKind.Punctuation or TokenKind.Dash || (d.Is(contentFirst, "that") && !IsFiniteAuxiliary(d, contentFirst + 1))))
        {
            contentFirst++;
        }

        while (contentLast >= contentFirst && d[contentLast].Kind is TokenKind.Punctuation or TokenKind.Dash)
        {
            contentLast--;
        }

        // A parenthesis left open inside the content (a photo credit, "(STR"), ends it.
        for (int t = contentFirst; t <= contentLast; t++)
        {
            if (d.Word(t) is "(")
            {
                int close = t + 1;
                while (close <= contentLast && d.Word(close) is not ")")
                {
                    close++;
                }

                if (close > contentLast)
                {
                    contentLast = t - 1;
                    while (contentLast >= contentFirst && d[contentLast].Kind is TokenKind.Punctuation or TokenKind.Dash)
                    {
                        contentLast--;
                    }
                }

                t = close;
            }
        }

        int outside = 0, inside = 0;
        for (int t = contentFirst; t <= contentLast; t++)
        {
            if (d[t].Kind is TokenKind.Word or TokenKind.Number)
            {
                if (d.IsQuoted(t))
                {
                    inside++;
                }
                else
                {
                    outside++;
                }
            }
        }

        // Wholly (or all but a word) between quotation marks: a direct quote, which the marks already give.
        if (outside == 0 || (inside > 0 && outside < 2))
        {
            return;
        }

        // A content that opens with a quotation mark left open (its closing mark inside) keeps the mark out.
        int start = d[contentFirst].Start;
        int endOffset = d[contentLast].End;
        result.Add(new ReportedStatement(start, endOffset, frame.SourceFirst < 0 ? -1 : d[frame.SourceFirst].Start, frame.SourceFirst < 0 ? -1 : d[frame.SourceLast].End, d[frame.CueFirst].Start, d[frame.CueLast].End) { CueScore = frame.CueScore, Sourceless = frame.Sourceless });
    }

    // Whether a frame opens a new statement rather than lying inside the content before it: it follows a comma, or a
    // comma and a conjunction ("…, though she acknowledged it was unlikely", "…, and the 34-year-old said"); or, when
    // it names its source, a semicolon or a dash that opens no aside closed by another dash ("But Fowler said the
    // politics would be more intense — and he noted that …", "Fiat says GM is obliged to buy …; GM says the contract
    // … is no longer valid"; not "mortgage approvals -- loans agreed but not yet made -- stood 32% lower").
    private static bool StartsStatement(ReportedDocument d, Frame frame)
    {
        int left = frame.Left;
        bool conjunction = IsClauseConjunction(d, left - 1) || IsAbsoluteWith(d, left - 1, frame);
        if (d.IsComma(left - 1) || (d.IsComma(left - 2) && conjunction))
        {
            return true;
        }

        int mark = conjunction ? left - 2 : left - 1;
        if (frame.SourceFirst < 0 || mark < 0 || d.IsQuoted(mark))
        {
            return false;
        }

        if (d.Word(mark) is ";")
        {
            return true;
        }

        if (d[mark].Kind != TokenKind.Dash)
        {
            return false;
        }

        for (int t = left; t < d.Count && t - left < MaxAsideTokens; t++)
        {
            if (d[t].Kind == TokenKind.Dash)
            {
                return false;
            }

            if (d.Word(t) is "." or "?" or "!")
            {
                break;
            }
        }

        return true;
    }

    // Whether a content after its cue ends before the "but" at token t: the content so far is a noun phrase
    // ("criticised [the plan]", "praised [the new stadium]") and a clause or another verb of the source's follows ("denied [the charge] but the court has upheld the ban", "UK critics still favour [The Aviator for best
    // film], but believe …", BBC). A clause content keeps its "but" ("said the plan was ambitious but affordable"), and
    // so does a coordinated noun phrase ("described the novel as a great thriller but lousy history").
    private static bool EndsBeforeBut(ReportedDocument d, int contentFirst, int t) =>
        d.Is(t, "but") && OpensClauseOrVerb(d, t + 1) && IsNounPhrase(d, contentFirst, d.IsComma(t - 1) ? t - 1 : t);

    // Whether a content after its cue ends before the conjunction at token t that opens nothing but a clause
    // (attribution-clause-only-conjunctions.txt): the content so far is a noun phrase ("had called [the hearing] because
    // they felt the FBI was not forthcoming", PolNeAR dev), so the clause is the writer's reason, not what was said. A
    // clause content keeps it ("said the talks failed because the sides disagreed"), and so does one after "that", a clause
    // whatever its words ("suggested that the program end because …", PolNeAR dev).
    private static bool EndsBeforeClause(ReportedDocument d, int contentFirst, int t) =>
        d.IsIn(t, ReportedDocument.ClauseOnlyConjunctions) && !d.IsQuoted(t) && !d.Is(contentFirst - 1, "that") && IsNounPhrase(d, contentFirst, d.IsComma(t - 1) ? t - 1 : t);

    // Whether the word after "but" opens a clause or a verb phrase rather than the second half of a coordinated noun phrase
    // or adjective ("described the novel as a great thriller but lousy history"): a determiner, pronoun or auxiliary, a
    // capital, a cue word, or a verb form in -ed/-ing ("but the court has upheld", "but is refusing", "but stopped short").
    private static bool OpensClauseOrVerb(ReportedDocument d, int t) =>
        t < d.Count && d[t].Kind == TokenKind.Word && !d.IsQuoted(t)
        && (d.ClassOf(t) is "det" or "pron" or "aux" || d.IsCapitalized(t) || d.IsCueWord(t)
            || d.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || d.Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    // Whether the words [from, to) read as a noun phrase, not a clause (the tagger is off, ReportedDocument.TagSentences):
    // opened by a determiner, with no auxiliary, pronoun, cue word, relative word or word in -ed after it, and two words or
    // more outside quotation marks.
    private static bool IsNounPhrase(ReportedDocument d, int from, int to)
    {
        if (d.ClassOf(from) is not "det" || d.Is(from, "that"))
        {
            return false;
        }

        int outside = 1;
        for (int t = from + 1; t < to; t++)
        {
            if (d.IsQuoted(t))
            {
                continue;
            }

            outside++;
            if (d[t].Kind != TokenKind.Word || d.ClassOf(t) is "aux" or "pron" || d.IsCueWord(t) || d.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || d.Is(t, "that") || d.Is(t, "which") || d.Is(t, "who"))
            {
                return false;
            }
        }

        // Cut to a word and a quotation, a content would be read as a direct quote and dropped ("called this "morally
        // indefensible" but the government said …" would lose its statement and the quotation its speaker).
        return outside >= 2;
    }

    private static bool IsClauseConjunction(ReportedDocument d, int t) => d.IsIn(t, ReportedDocument.ClauseConjunctions);

    // "with" before a source and a present participle opens an absolute clause, a statement of its own ("Berlin welcomed
    // the decision, with finance minister Hans Eichel saying it showed …", "Chelsea have been criticised for their stance,
    // with the PFA accusing the club of …"): on all bbc.jsonl 11 contents had run on over one. Not before a past
    // participle: "with broadband predicted to grow", "with hunts expected to" are passives whose subject is no source.
    private static bool IsAbsoluteWith(ReportedDocument d, int t, Frame frame) =>
        d.Is(t, "with") && frame.SourceFirst >= 0 && d.Word(frame.CueLast).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    // Whether every word of [from, to) is capitalized (the periods of abbreviations between them allowed).
    private static bool AllCapitalized(ReportedDocument d, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!d.IsCapitalized(t) && d.Word(t) is not ".")
            {
                return false;
            }
        }

        return true;
    }

    // A lower-case participle in -ing ("signaling"), not a preposition in -ing ("including", "according").
    private static bool IsParticiple(ReportedDocument d, int t) =>
        d[t].Kind == TokenKind.Word && !d.IsCapitalized(t) && d.Word(t).Length > 5 && d.Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && !d.Is(t, "including") && !d.Is(t, "according") && !d.Is(t, "during") && !d.Is(t, "regarding") && !d.Is(t, "concerning");
}
