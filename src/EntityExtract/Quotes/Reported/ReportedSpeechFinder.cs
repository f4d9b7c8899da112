using System.Runtime.InteropServices;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// Finds statements in reported speech (indirect quotes): the content a source is said to have said,
/// believed or intended, without quotation marks around it. One more component of the quote stage: given
/// the document's tokens, sentences, entity mentions and the spans already taken by quotes between marks,
/// it returns the content, source and cue of each statement. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Two steps, after Pareti's PARC 3.0 and the PolNeAR guidelines (a cue, a source and a content per
/// attribution; each token in at most one attribution):</para>
/// <list type="number">
/// <item>Cues: every word of the cue lexicon outside quotation marks is a candidate; the learned
/// <see cref="CueModel"/> (averaged perceptron, PolNeAR train) decides whether it is a cue here.</item>
/// <item>Frames: the source and the content around an accepted cue, read by the patterns of issue 12:
/// <c>X said (that) CLAUSE</c>, <c>X told reporters (that) CLAUSE</c>, <c>CLAUSE, X said</c>,
/// <c>CLAUSE, said X</c>, <c>CLAUSE, X said, CLAUSE</c>, <c>According to X, CLAUSE</c>, <c>CLAUSE,
/// according to X</c>, <c>X's claim that CLAUSE</c>, <c>X denied wrongdoing</c>, and a participle after a
/// comma (<c>…, adding that CLAUSE</c>) with the main clause's source. A passive that names no source
/// (<c>is expected to</c>, <c>It is believed that</c>) states with none. Any other frame with no source, or whose
/// source is no speaker (<c>the data suggest</c>), or whose content is wholly between quotation marks (a
/// direct quote, which the marks already give), yields nothing. A content running to the sentence end
/// stops where a later frame begins; a cue inside another statement's content belongs to it.</item>
/// </list>
/// <para>Cost: one pass over the tokens; each candidate looks at a bounded window (at most 15 tokens for
/// its source, 7 for its complementizer, and its own sentence, which the splitter caps at
/// <see cref="ExtractionOptions.MaxSentenceTokens"/>), so a sentence with fifty "said" costs fifty bounded looks.</para>
/// </remarks>
internal static partial class ReportedSpeechFinder
{
    private const int MaxSourceTokens = 10;
    private const int MaxAsideTokens = 15;
    private const int MaxRelativeAsideTokens = 25;

    // A lexicon cue the model scores just below its threshold still states when its frame's source can speak
    // (CanSpeak: a pronoun, a person or organization, a noun phrase opened by a determiner or a capital). The model
    // decides cue words, most of which no frame turns into a statement, so its threshold is stricter than the
    // statements need: PolNeAR's own "plans to", "refuses to", "backed", "unleashed" score between -6 and 0 (issue 12,
    // eval-attributions --causes). On PolNeAR dev (>30%) -3 raised F1 from 0.734 to 0.741 and indirect recall from
    // 0.511 to 0.528 (-6: 0.747, 0.545); on 100 BBC articles (files 021-040) -3 added 14 statements, 4 wrong ("The
    // Commons questions session", "David Miliband reveals an impressive pedigree"), -6 added 22, 9 wrong ("The web
    // address of the fake site"), so -3.
    private const double MarginalCueScore = -3;

    /// <summary>Finds the reported statements of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="model">The cue classifier.</param>
    /// <param name="cancellationToken">Checked once per sentence.</param>
    /// <returns>The statements in text order.</returns>
    public static List<ReportedStatement> Find(ReportedDocument document, CueModel model, CancellationToken cancellationToken = default)
    {
        var result = new List<ReportedStatement>();
        var features = CueFeatureSink.Take(model);
        var frames = new List<Frame>();
        int current = -1;
        foreach (var (index, i, openFrame) in Walk(document, frames))
        {
            if (index != current)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (current >= 0)
                {
                    var done = document.Sentences[current];
                    Resolve(document, frames, done.FirstToken, Stop(document, done), result);
                }

                frames.Clear();
                current = index;
            }

            // A cue word inside a name ("the United States", "Member States") is part of the name, not a verb.
            if (document.MentionAt(i) is Mention inName && i > 0 && document.MentionAt(i - 1) == inName)
            {
                continue;
            }

            var sentence = document.Sentences[index];
            int stop = Stop(document, sentence);
            bool open = !document.IsCueWord(i);
            Frame? frame = null;
            if (open && openFrame is null)
            {
                // "X reportedly did Y", "X has been criticised for Y" (SourcelessWord): alone in its sentence, as a passive.
                if (frames.Count == 0 && SourcelessWord(document, i, sentence.FirstToken, stop) is Frame sourceless)
                {
                    frames.Add(sourceless);
                }

                continue;
            }

            if (open)
            {
                // An open candidate states only on its own ("X sent a letter"), not inside another statement's content
                // ("According to KCNA, Kim launched an attack") nor after its content; tested before scoring (issue 14).
                frame = frames.Count > 0 ? null : openFrame;
                if (frame is not { Direction: Direction.After } after || HeadsItsSource(document, i, after))
                {
                    continue;
                }
            }

            bool strong = document.IsIn(i, ReportedDocument.StrongCues);

            // The frame the features read: the open candidate's, or a lexicon word's verb frame with no earlier frame of
            // its sentence (the one it was trained on).
            Frame? read = frame;
            if (!open)
            {
                bool according = document.Is(i, "according");
                read = according ? null : Verb(document, i, sentence.FirstToken, stop, []);
                frame = according ? According(document, i, sentence.FirstToken, stop) : frames.Count == 0 ? read : Verb(document, i, sentence.FirstToken, stop, CollectionsMarshal.AsSpan(frames));
                if (frame is null && strong)
                {
                    frame = SecondVerbOfSubject(document, i, sentence.FirstToken, stop);
                }
            }

            frame = Copular(document, i, frame, sentence.FirstToken, stop);

            // The frame is read before the score, which it does not depend on: a candidate with no frame states nothing
            // whatever the model says, so its features are neither made nor scored (issue 14). Nor does a passive with no
            // source after another frame of its sentence: it states only on its own, as an open cue does, and lies in
            // that statement's content ("According to the Independent, his resignation is expected to be followed by
            // …"; on all BBC articles such a frame after a comma cut 9 statements short).
            if (frame is null || (frame is { Sourceless: true } && frames.Count > 0))
            {
                continue;
            }

            Features(document, i, sentence, features, read);
            // Words outside the lexicon take the same threshold: on PolNeAR dev a margin of 4 or 8 on their score
            // raised precision (>30%) from 0.844 to 0.854 and 0.858 but lowered F1 from 0.731 to 0.728 and 0.726.
            double score = features.Score;
            bool marginal = false;
            if (score <= 0 && !strong && frame is not { Sourceless: true })
            {
                if (open || score <= MarginalCueScore)
                {
                    continue;
                }

                marginal = true;
            }

            // A copular attitude ("are afraid that") states only when the model accepts it: its subject may be a passive's.
            if (marginal && (!CanSpeak(document, frame.Value) || frame.Value.Copular))
            {
                continue;
            }

            // A passive that names no source ("is thought to be") states whatever the score: the model reads its word with
            // the frame as none, as trained, where active senses rule ("I thought"; attr11: dev +3 contents, none wrong).
            // The source stops at a speech verb before it (BoundSource), read after the score so the features stay.
            frame = BoundSource(document, frame.Value, sentence.FirstToken);
            if (frame is Frame f && (f.SourceFirst >= 0 || score > 0 || f.Sourceless))
            {
                frames.Add(f with { CueScore = score });
            }
        }

        if (current >= 0)
        {
            var done = document.Sentences[current];
            Resolve(document, frames, done.FirstToken, Stop(document, done), result);
        }

        CueFeatureSink.Return(features);
        return result;
    }

    private static Frame? Verb(ReportedDocument d, int i, int first, int stop, ReadOnlySpan<Frame> earlier)
    {
        // "point" is a cue as "point out" or "point to" ("pointed out that", "pointed to the polls"), not as
        // an aim ("remains pointed squarely at").
        int cueLast = i;
        if (d.Word(i).StartsWith("point", StringComparison.OrdinalIgnoreCase))
        {
            if (!d.Is(i + 1, "out") && !d.Is(i + 1, "to"))
            {
                return null;
            }

            cueLast = d.Is(i + 1, "out") ? i + 1 : i;
        }

        // A phrasal cue takes its particle and the preposition after it ("pushed back against the plan", "spoke
        // out about", "signed off on"): the content is what follows them (PolNeAR marks the whole phrase as the cue).
        if (cueLast == i && (d.Is(i + 1, "back") || d.Is(i + 1, "out") || d.Is(i + 1, "off") || (d.Is(i + 1, "up") && !d.Is(i + 2, "to"))) && i + 3 < stop)
        {
            cueLast = i + 1;
            if (d.Is(i + 2, "against") || d.Is(i + 2, "on") || d.Is(i + 2, "about") || d.Is(i + 2, "for") || d.Is(i + 2, "at"))
            {
                cueLast = i + 2;
            }
        }

        // "went on to say: …": the cue runs to the verb after "on to".
        if (cueLast == i && d.Is(i + 1, "on") && d.Is(i + 2, "to") && i + 4 < stop && d[i + 3].Kind == TokenKind.Word)
        {
            cueLast = i + 3;
        }

        // An open cue whose object is a cue noun takes the noun phrase and its preposition ("reserved his highest
        // praise for the troops", "launched an attack on"): the content is the object of the preposition.
        if (cueLast == i && i + 1 < stop && !d.IsCueWord(i) && d.ClassOf(i + 1) is "det")
        {
            for (int n = i + 2; n < stop - 1 && n <= i + 4 && d[n].Kind == TokenKind.Word && d.ClassOf(n) is null; n++)
            {
                if (d.IsCueWord(n) && (d.ClassOf(n + 1) is "prep" || d.Is(n + 1, "on") || d.Is(n + 1, "about") || d.Is(n + 1, "against") || d.Is(n + 1, "to")))
                {
                    cueLast = n + 1;
                    break;
                }
            }
        }

        // "states" is a verb before "that" or a colon ("the report states that"); elsewhere it is mostly the plural
        // noun ("battleground states", "member states").
        if (d.Is(i, "states") && !d.Is(i + 1, "that") && !d.Is(i + 1, ":"))
        {
            return null;
        }

        // A participle opening its sentence takes the main clause's subject after its comma (Opening).
        if (Opening(d, i, cueLast, first, stop) is Frame opening)
        {
            return opening;
        }

        // A participle after a comma takes the source of the clause it hangs on ("Trump attacked Clinton,
        // saying she ..."): the previous frame's, else a name or pronoun opening the sentence.
        if (d.IsComma(i - 1) && d.Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            int ps = -1, pe = -1;
            if (earlier.Length > 0 && earlier[^1].SourceFirst >= 0 && !d.Is(earlier[^1].CueFirst, "according"))
            {
                ps = earlier[^1].SourceFirst;
                pe = earlier[^1].SourceLast;
            }
            else if (QuotationSource(d, first, i - 1) is var (qs, qe) && qs >= 0)
            {
                // Its content is a statement ("adding that …", "saying …", "explaining why …"), not what the quotation
                // was about ("said, referring to the first false entries", "remarking on the level of detail": most
                // of the wrong ones on all BBC articles).
                int c = ContentStart(d, i, cueLast, stop);
                if (d.ClassOf(c) is "prep" || d.Is(c, "on") || d.Is(c, "about") || d.Is(c, "in") || d.Is(c, "over") || (d.Is(c, "to") && (d.ClassOf(c + 1) is "det" or "pron" || d.IsCapitalized(c + 1))))
                {
                    return null;
                }

                ps = qs;
                pe = qe;
            }
            else
            {
                // After "According to X, Kim launched …, accusing": the participle is the clause's subject's.
                int o = earlier.Length > 0 && d.Is(earlier[^1].CueFirst, "according") ? earlier[^1].ContentFirst : d.ClassOf(first) is "stop" ? first + 1 : first;
                if (o >= first && o < i && d.ClassOf(o) is "pron")
                {
                    ps = pe = o;
                }
                else if (o >= first && o < i && d.MentionAt(o) is { Type: MentionType.Person or MentionType.Organization } m)
                {
                    ps = o;
                    pe = o;
                    while (pe + 1 < i && d.MentionAt(pe + 1) == m)
                    {
                        pe++;
                    }
                }
                else if (o >= first && o < i)
                {
                    // "The Republican National Committee filed a complaint, claiming …": the noun phrase before
                    // the clause's first verb (part-of-speech tags) is the subject the participle hangs on.
                    (ps, pe) = SubjectBefore(d, o, i);
                }
            }

            return ps < 0 ? null : new Frame(i, cueLast, ps, pe, Direction.After, ContentStart(d, i, cueLast, stop), i);
        }

        // Between a subject and its cue: auxiliaries, negation, adverbs in -ly and time phrases ("X has also
        // repeatedly said", "Wells Fargo just this month announced", "Trump on Monday said").
        int j = i - 1;
        bool passive = false;
        while (j >= first && i - j <= 14)
        {
            string? c = d.ClassOf(j);
            if (c is "aux" || (c is null && d[j].Kind == TokenKind.Word && !d.IsCapitalized(j) && d.Word(j).EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
            {
                passive |= d.Is(j, "was") || d.Is(j, "were") || d.Is(j, "is") || d.Is(j, "are") || d.Is(j, "been") || d.Is(j, "be");
                j--;
            }
            else if (IsDegree(d, j) && j - 1 >= first && (d.ClassOf(j - 1) is "aux" || IsDegree(d, j - 1)))
            {
                j--; // "were n't too concerned about", "is more passionate about": an attitude's degree after its copula
            }
            else if (c is "time" || (d.IsCapitalized(j) && d.ClassOf(j) is "time"))
            {
                j--;
                if (j >= first && d.IsIn(j, ReportedDocument.TimePhraseOpeners))
                {
                    j--;
                }
            }
            else if (d.Word(j) is ")")
            {
                // A parenthesis after the name: "Sen. David Perdue (R-Ga.) said".
                int open = j - 1;
                while (open > first && j - open <= 8 && d.Word(open) is not "(")
                {
                    open--;
                }

                // A ")" at the sentence's first word has no "(" before it to look at.
                if (open < first || d.Word(open) is not "(")
                {
                    break;
                }

                j = open - 1;
            }
            else
            {
                break;
            }
        }

        if (j < first)
        {
            return null;
        }

        // A second verb of the same subject ("said he would order a review and warned against hackers",
        // "urged Republicans to act, and criticized …"): it takes the source of the statement before it and starts
        // a statement of its own (PolNeAR annotates each verb's content apart).
        if ((d.Is(j, "and") || d.Is(j, "but")) && j > first && earlier.Length > 0 && earlier[^1].SourceFirst >= 0 && earlier[^1].CueLast < j && !d.Is(earlier[^1].CueFirst, "according")
            && earlier[^1].Direction == Direction.After && !d.Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            var previous = earlier[^1];
            int content = ContentStart(d, i, cueLast, stop);
            return content < stop ? new Frame(i, cueLast, previous.SourceFirst, previous.SourceLast, Direction.After, content, j + 1) { Coordinated = true } : null;
        }

        // A passive cue speaks for the agent after "by": "The issue was first reported by The Post" (the
        // subject is the content). Without "by" it names no source ("is expected to").
        if (passive && !d.Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            if (!d.Is(cueLast + 1, "by"))
            {
                return Attitude(d, i, cueLast, j, first, stop) ?? Sourceless(d, i, cueLast, j, first, stop);
            }

            int bs = cueLast + 2;
            int be = SourceStartingAt(d, bs, stop);
            // An agent before the writer's adjunct (AgentBeforeAdjunct), for a word of the cue lexicon only (an open word's
            // passive is mostly an act: "was hit by a car in …"), and not for a hearer cue, whose passive subject is the
            // hearer, not the content ("IMF boss Rodrigo Rato was asked by G7 ministers to …", "Bogdanovic was warned by the
            // Lawn Tennis Association …", BBC news).
            bool adjunct = false;
            if (be < 0 && d.IsCueWord(i) && !d.IsIn(i, ReportedDocument.HearerCues))
            {
                be = AgentBeforeAdjunct(d, bs, stop);
                adjunct = be >= 0;
            }

            int subject = SourceEndingAt(d, j, first);
            if (be < 0 || subject < 0)
            {
                return null;
            }

            // The cue model reads a frame with such an agent as none (Frame.Aside), as it was trained (branch attr14).
            return new Frame(i, cueLast, bs, be, Direction.Passive, subject, subject) { ContentLast = j, Aside = adjunct };
        }

        // Nominal cue with a possessor: "X's claim that CLAUSE", "his warning that CLAUSE", and (NominalContent) "his
        // determination to act alone", "the GOP's abandonment of principle", "her own plan to …".
        if (d.Is(j, "own") && j - 1 >= first)
        {
            j--;
        }

        bool possessive = d.Word(j) is "'s" or "’s" or "'" or "’";
        if (possessive || (d.ClassOf(j) is "det" && (d.Is(j, "his") || d.Is(j, "her") || d.Is(j, "their") || d.Is(j, "its"))))
        {
            int content = NominalContent(d, cueLast, stop);
            int ps = possessive ? SourceEndingAt(d, j - 1, first) : j;
            return ps < 0 || content < 0 ? null : new Frame(i, cueLast, ps, possessive ? j - 1 : j, Direction.After, content, ps) { Nominal = true, ContentLast = NominalEnd(d, cueLast, content, stop) };
        }

        if (d.ClassOf(j) is "det" or "prep" or "stop")
        {
            return null; // "the statement", "said company", "of claims": a noun with no source
        }

        int srcFirst, srcLast;
        bool inverted = false, aside = false;
        if (d.IsComma(j))
        {
            // "CLAUSE, said X": the source follows the cue.
            int k = SourceStartingAt(d, cueLast + 1, stop);
            if (k < 0)
            {
                k = InvertedSourceBeforeAdjunct(d, i, cueLast, stop);
            }

            if (k >= 0 && j > first)
            {
                srcFirst = cueLast + 1;
                srcLast = k;
                inverted = true;
            }
            else
            {
                // "X, a spokesman for Y, said": the source stands before the aside. A relative clause may run longer ("The
                // USC Dornsife/Los Angeles Times Daybreak tracking poll, which tracks Americans' support for the presidential
                // candidates on a daily basis, showed", PolNeAR dev).
                int c = j - 1;
                while (c > first && j - c <= MaxRelativeAsideTokens && !d.IsComma(c))
                {
                    c--;
                }

                // Only for a word of the cue lexicon: an open cue after such an aside was mostly an act stating nothing on
                // all BBC articles ("The film, an Angolan production, tells the story", "The conflict, which began in 1988,
                // claimed over 10,000 lives").
                bool relative = d.IsCueWord(i) && (d.Is(c + 1, "who") || d.Is(c + 1, "which") || d.Is(c + 1, "including"));
                // (Any other aside keeps its old bound: its opening comma at most MaxAsideTokens + 1 tokens back.)
                if (c <= first || !d.IsComma(c) || (j - c > MaxAsideTokens + 1 && !relative))
                {
                    return null;
                }

                // "her adviser, Jake Sullivan, said": the name inside the aside is the source; also after a title
                // or place in capitals ("Trump's running mate, Indiana Gov. Mike Pence, plans", "The minister of the
                // economy, Mr. Guajardo Villarreal, argues"), an aside of capitalized words that ends in the name.
                if (d.MentionAt(j - 1) is { Type: MentionType.Person } named && AllCapitalized(d, c + 1, j))
                {
                    srcFirst = j - 1;
                    while (srcFirst - 1 > c && d.MentionAt(srcFirst - 1) == named)
                    {
                        srcFirst--;
                    }

                    srcLast = j - 1;
                    goto Found;
                }

                // An age or a party label between the name and its aside ("Schiff, 56, who has served …, told", "Roy
                // Cooper (D), McCrory's opponent in the election, called"); before a relative clause the noun phrase may
                // be a common one, opened by a determiner or a capital ("Other major unions, including the AFL-CIO, have
                // also endorsed").
                srcLast = d.IsCueWord(i) ? SkipLabel(d, c - 1, first) : c - 1;
                srcFirst = SourceEndingAt(d, srcLast, first);
                // A common noun phrase before "who" or "including" is a person or a group; before "which" it is as often an
                // event as a speaker ("The conflict, which began in 1988, claimed over 10,000 lives", "The session, which
                // will broadcast on 18 December, will also see him talk", BBC news), so there it speaks only through a verb
                // of saying or a "that" clause ("The club, which has posted record losses, said last week that …", "The
                // research, which covered 6,000 people, revealed that …").
                bool head = d.ClassOf(srcLast) is "pron" || d.MentionAt(srcLast) is not null || d.IsCapitalized(srcLast);
                bool group = relative && (!d.Is(c + 1, "which") || d.IsIn(i, ReportedDocument.SayOnlyCues) || d.Is(cueLast + 1, "that"));
                if (srcFirst < 0 || !(head || (group && (d.ClassOf(srcFirst) is "det" || d.IsCapitalized(srcFirst)))))
                {
                    return null;
                }

                aside = !head || srcLast != c - 1 || j - c > MaxAsideTokens + 1;
            }
        }
        else if (d[j].Kind == TokenKind.Dash && !d.IsQuoted(j) && d.IsCueWord(i))
        {
            // "Kall -- co-editor of Debating The Donald, a book on Trump's debates -- said": the source stands before an
            // aside between dashes (a lexicon word only, as above).
            int c = j - 1;
            while (c > first && j - c <= MaxRelativeAsideTokens && d[c].Kind != TokenKind.Dash)
            {
                c--;
            }

            if (c <= first || d[c].Kind != TokenKind.Dash || c == j - 1)
            {
                return null;
            }

            srcLast = SkipLabel(d, c - 1, first);
            srcFirst = SourceEndingAt(d, srcLast, first);
            if (srcFirst < 0 || !(d.ClassOf(srcLast) is "pron" || d.MentionAt(srcLast) is not null || d.IsCapitalized(srcLast) || d.ClassOf(srcFirst) is "det"))
            {
                return null;
            }

            aside = true;
        }
        else
        {
            srcLast = j;
            srcFirst = SourceEndingAt(d, j, first);
            if (srcFirst < 0)
            {
                return null;
            }

            // "state media often carries reports": an adverb or auxiliary before the "subject" shows it is a verb.
            if (srcFirst == j && srcFirst - 1 >= first && d.ClassOf(srcFirst - 1) is "aux" && !d.IsCapitalized(j))
            {
                return null;
            }

            // "reserved his highest praise for": a noun phrase the cue word ends, the object of the word before it, not a
            // subject and its verb. Only after a lower-case content word: "His aides say", "RT and its defenders say",
            // "Many of his supporters believe" are subjects (without part-of-speech tags IsVerb is false for every word).
            if (j == i - 1 && srcFirst < j && !d.IsVerb(i) && (d.Is(srcFirst, "his") || d.Is(srcFirst, "her") || d.Is(srcFirst, "their") || d.Is(srcFirst, "its") || d.Is(srcFirst, "our") || d.Is(srcFirst, "my")) && d.MentionAt(j) is null
                && srcFirst > first && d[srcFirst - 1].Kind == TokenKind.Word && !d.IsCapitalized(srcFirst - 1) && d.ClassOf(srcFirst - 1) is null)
            {
                return null;
            }
        }

    Found:
        // "Icon spent very little on": a word of degree ends no subject.
        if (ReportedDocument.NonSources.Contains(d.Word(srcLast)) || IsDegree(d, srcLast) || d.IsQuoted(srcLast) || (srcFirst == srcLast && d[srcLast].Kind == TokenKind.Number))
        {
            return null;
        }

        // "contained zero mentions of", "two reports": a count other than one before an -s form makes it a plural
        // noun, since a verb in -s agrees with a singular subject ("one says" is the only count it pairs with).
        if (!inverted && srcLast == i - 1 && d.Word(i).EndsWith('s') && Dates.DateLexicon.Count(d.Word(srcLast)) is 0 or >= 2)
        {
            return null;
        }

        int left = inverted ? i : srcFirst;

        // The attribution of a quotation just before it ("…," Graham told The New York Times then): the
        // quote stage attributes that quote; what follows the cue is no content.
        if ((left - 1 >= first && d[left - 1].Kind == TokenKind.Quote) || (left - 2 >= first && d.IsComma(left - 1) && d[left - 2].Kind == TokenKind.Quote))
        {
            return null;
        }

        bool before = left - 1 > first && d.IsComma(left - 1);
        int right = inverted ? srcLast : cueLast;
        int tail = before ? AttributionEnd(d, i, first, left, right, stop) : right + 1;

        if (before && tail >= stop)
        {
            return new Frame(i, cueLast, srcFirst, srcLast, Direction.Before, -1, left) { Aside = aside };
        }

        if (before && d.IsComma(right + 1) && right + 2 < stop)
        {
            return new Frame(i, cueLast, srcFirst, srcLast, Direction.Around, -1, left) { Aside = aside };
        }

        if (inverted || (d.IsComma(right + 1) && !before))
        {
            return null;
        }

        int start = ContentStart(d, i, cueLast, stop);
        if (start >= stop || (stop - start <= 6 && d.IsIn(start, ReportedDocument.ShortAdverbialPrepositions)))
        {
            return null; // a short adverbial after the cue ("said in an interview") is no content
        }

        return new Frame(i, cueLast, srcFirst, srcLast, Direction.After, start, left) { Aside = aside };
    }


    // The name before an age or a party label that closes it ("Schiff, 56,", "Roy Cooper (D)"): t itself otherwise.
    private static int SkipLabel(ReportedDocument d, int t, int first)
    {
        if (t - 2 >= first && d[t].Kind == TokenKind.Number && d.IsComma(t - 1))
        {
            return t - 2;
        }

        if (d.Word(t) is ")")
        {
            for (int open = t - 1; open > first && t - open <= 8; open--)
            {
                if (d.Word(open) is "(")
                {
                    return open - 1;
                }
            }
        }

        return t;
    }
}
