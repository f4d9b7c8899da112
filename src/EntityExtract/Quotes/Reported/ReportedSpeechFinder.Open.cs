using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>The candidate cues, the open ones (words outside the cue lexicon) among them, and the cue model's features.</summary>
internal static partial class ReportedSpeechFinder
{
    /// <summary>
    /// The candidate cues of a document: words of the cue lexicon ("according" only before "to") and open
    /// candidates (below) outside quotation marks, in sentences of three tokens or more that are not datelines or
    /// headlines, before the sentence's closing punctuation. Shared with <c>train-attributions</c>.
    /// </summary>
    /// <returns>Each candidate's sentence index and token index, in text order.</returns>
    public static IEnumerable<(int Sentence, int Token)> Candidates(ReportedDocument document) =>
        Walk(document).Select(static c => (c.Sentence, c.Token));

    // The candidates with, for a word outside the lexicon, the verb frame its test found (no earlier frame in the
    // sentence is needed to find it), so that Find does not look for it a second time. Find passes its list of the
    // sentence's frames: an open candidate after one of them is dropped there unread, so its frame is not looked
    // for here (issue 14). The list is the current sentence's only once a candidate of the sentence has been
    // yielded (Find clears it on the first candidate of a new sentence).
    private static IEnumerable<(int Sentence, int Token, Frame? Open)> Walk(ReportedDocument document, List<Frame>? frames = null)
    {
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            // Headlines and captions are left out: their verbs are headline speech ("Kim Tightens Grip"), and a
            // caption's subject is a picture's.
            if (sentence.Kind is SegmentKind.Dateline or SegmentKind.Headline || sentence.TokenCount < 3)
            {
                continue;
            }

            int stop = Stop(document, sentence);
            bool yielded = false;
            for (int i = sentence.FirstToken; i < stop; i++)
            {
                if (document.IsQuoted(i))
                {
                    continue;
                }

                if (document.IsCueWord(i))
                {
                    if (!document.Is(i, "according") || document.Is(i + 1, "to"))
                    {
                        yielded = true;
                        yield return (s, i, null);
                    }
                }
                else if (frames is not null && ReportedDocument.SourcelessAdverbs.Contains(document.Word(i)))
                {
                    // "X reportedly did Y": read by Find alone (SourcelessWord), no candidate of the cue model's training.
                    yielded = true;
                    yield return (s, i, null);
                }
                else if (!(yielded && frames is { Count: > 0 }) && OpenCandidate(document, i, sentence.FirstToken, stop) is Frame open)
                {
                    yielded = true;
                    yield return (s, i, open);
                }
                else if (frames is not null && document.IsIn(i, ReportedDocument.SourcelessCues))
                {
                    // A sourceless participle outside the cue lexicon ("has been criticised for", "is tipped to"), read by
                    // Find alone in that passive (SourcelessWord); with a source it is an open candidate above.
                    yielded = true;
                    yield return (s, i, null);
                }
            }
        }
    }

    /// <summary>
    /// The cue model's features of the candidate at token <paramref name="i"/>: the word and its neighbours
    /// (<see cref="ReportedDocument.CueFeatures"/>) and the frame a verb reading finds around it (its direction,
    /// what its source is, how its content starts and how long it is). Shared with <c>train-attributions</c>.
    /// </summary>
    public static void Features(ReportedDocument d, int i, TextSegment sentence, List<string> into) => Features(d, i, sentence, new CueFeatureSink(into));

    /// <summary>
    /// The same features given to <paramref name="into"/>, which keeps them as strings or sums their weights
    /// (<see cref="CueFeatureSink"/>).
    /// </summary>
    public static void Features(ReportedDocument d, int i, TextSegment sentence, CueFeatureSink into) => Features(d, i, sentence, into, null);

    /// <summary>
    /// The same features, reading <paramref name="known"/> as the verb frame when the caller has already found it (an
    /// open candidate's frame, or a lexicon word's verb frame with no earlier frame), so that <see cref="Find"/> does
    /// not look for the same frame a second time (issue 14); with none, the frame is looked for here.
    /// </summary>
    private static void Features(ReportedDocument d, int i, TextSegment sentence, CueFeatureSink into, Frame? known)
    {
        d.CueFeatures(i, sentence.FirstToken, sentence.EndToken, into);
        if (d.Is(i, "according"))
        {
            return;
        }

        int stop = Stop(d, sentence);
        // The word and the content's first word are lower-cased on the stack, not into strings (issue 14).
        Span<char> lowered = stackalloc char[64];
        var w = ReportedDocument.LowerCase(d.Word(i), lowered[..32]);
        // A passive with no source (Sourceless), and a source past a long aside (Frame.Aside), read as no frame here: the model decides its cue word from the word
        // features alone, as it learned them before such frames stated (on PolNeAR dev, frame features of their own,
        // retrained over four shuffles, moved F1 by +0.0003 only, and moved other cues with the retraining).
        var verb = known ?? Verb(d, i, sentence.FirstToken, stop, []);
        if (verb is not Frame f || f.Sourceless || f.Aside)
        {
            into.Add("fr=none");
            into.Add("w|fr=", w, "|none");
            return;
        }

        string source = f.SourceFirst < 0 ? "none" : d.ClassOf(f.SourceLast) is "pron" ? "pron" : d.MentionAt(f.SourceLast) is { } m ? Name(m.Type) : d.IsCapitalized(f.SourceLast) ? "X" : "x";
        scoped ReadOnlySpan<char> content = "-";
        int length = 0;
        if (f.Direction is Direction.After && f.ContentFirst < stop)
        {
            int c = f.ContentFirst;
            content = d.Is(c - 1, "that") ? "that" : d.Word(c - 1) is ":" ? ":" : d.ClassOf(c) is string cls ? (cls is "det" or "pron" or "prep" ? ReportedDocument.LowerCase(d.Word(c), lowered[32..]) : cls) : d[c].Kind == TokenKind.Quote ? "q" : d.IsCapitalized(c) ? "X" : "x";
            length = Math.Min(stop - c, 12) / 3;
        }

        // The frame's direction, with ",ing" for a participle after a comma, "cop" for an attitude after a copula
        // and "nom" for a nominal cue (string.Concat returns the one non-empty piece without allocating).
        string direction = Name(f.Direction);
        string tail = string.Concat(d.IsComma(i - 1) ? ",ing" : "", f.Copular ? "cop" : "", f.Nominal ? "nom" : "");
        into.Add("fr=", direction, tail);
        into.Add("fr|src=", direction, tail, "|", source);
        into.Add("fr|c=", direction, tail, "|", content);
        into.Add("fr|len=", direction, tail, "|", CueFeatureSink.Number(length));
        into.Add("src|c=", source, "|", content);
        into.Add("w|fr=", w, "|", direction, tail);
        var st = ReportedDocument.Stem(w);
        into.Add("st|fr=", st, "|", direction, tail);
        into.Add("st|c=", st, "|", content);
        into.Add("w|c=", w, "|", content);
        into.Add("w|src=", w, "|", source);
    }

    // The enum names the features were trained with, without Enum.ToString, which boxes the value (24 bytes a call).
    private static string Name(MentionType type) => type switch
    {
        MentionType.Person => nameof(MentionType.Person),
        MentionType.Place => nameof(MentionType.Place),
        MentionType.Organization => nameof(MentionType.Organization),
        _ => type.ToString(),
    };

    private static string Name(Direction direction) => direction switch
    {
        Direction.After => nameof(Direction.After),
        Direction.Before => nameof(Direction.Before),
        Direction.Around => nameof(Direction.Around),
        Direction.Passive => nameof(Direction.Passive),
        _ => direction.ToString(),
    };

    // A word outside the cue lexicon is a candidate when it could be a verb with a source before it: a lower-case
    // content word (no function word, no name, no -ly adverb) around which a verb frame finds a source and a
    // content. PolNeAR's cues are an open class of acts ("laid out her proposals", "sent a letter"); the cue model
    // decides which of these are cues, and the frame test keeps its work (and its training set) to the words
    // that could be.
    // Returns the frame found, or null when the word is no candidate.
    private static Frame? OpenCandidate(ReportedDocument d, int i, int first, int stop) =>
        d[i].Kind == TokenKind.Word && d.Word(i).Length >= 3 && !d.IsCapitalized(i) && d.ClassOf(i) is null && d.MentionAt(i) is null
        && !d.Word(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !char.IsPunctuation(d.Word(i)[0]) && !d.IsIn(i, ReportedDocument.OpenNonCues)
        && Verb(d, i, first, stop, []) is Frame f && CanSpeak(d, f) ? f : null;

    // An open word right after "a", "an" or "no" and one lower-case word, with no verb ending (-ed, -s, -ing, -en), heads
    // that noun phrase: the frame took its modifier for the source ("a staunch | supporter | of the pact", "An early |
    // goal | followed by …", "a text | message | to a game maker"). On all BBC articles all 14 such statements were
    // wrong; a verb after such a subject shows its ending ("a judge barred", "A jury ruled"). Find reads it before scoring
    // an open candidate; the training candidates (OpenCandidate) stay as they are, so the cue model is unchanged.
    private static bool HeadsItsSource(ReportedDocument d, int i, Frame frame)
    {
        if (frame.SourceLast != i - 1 || frame.SourceFirst != i - 2 || d.IsCapitalized(i - 1) || !(d.Is(i - 2, "a") || d.Is(i - 2, "an") || d.Is(i - 2, "no")))
        {
            return false;
        }

        var w = d.Word(i);
        return !(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w.EndsWith("en", StringComparison.OrdinalIgnoreCase));
    }

    // Whether an open candidate's source reads as a speaker: a pronoun, a person or organization, or a noun phrase
    // opened by a determiner or a capital ("the campaign", "Republicans"), not "that" (a complementizer) or a word
    // the frame took for a subject without tags ("including ones showing", "outspoken supporter", "credibly make
    // fun"): on PolNeAR dev those were most of the wrong speakers that open candidates brought. Nor does a
    // participle before "by" or "for by" ("the award voted for by club members"), a passive seen on BBC news.
    private static bool CanSpeak(ReportedDocument d, Frame f) =>
        f.SourceFirst >= 0 && !d.Is(f.SourceFirst, "that") && !d.Is(f.CueFirst + 1, "by") && !(d.Is(f.CueFirst + 1, "for") && d.Is(f.CueFirst + 2, "by"))
        && (d.ClassOf(f.SourceLast) is "pron" || d.MentionAt(f.SourceLast) is { Type: MentionType.Person or MentionType.Organization } || d.ClassOf(f.SourceFirst) is "det" || d.IsCapitalized(f.SourceFirst));
}
