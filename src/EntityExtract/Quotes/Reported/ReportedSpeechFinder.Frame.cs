using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>A frame: the cue, source and content a frame rule reads around a candidate, before Resolve cuts its content; the copular reading of one, and where a sentence's words stop.</summary>
internal static partial class ReportedSpeechFinder
{
    private enum Direction
    {
        After,
        Before,
        Around,
        Passive,
    }

    // Left is the frame's first token in the sentence (its source's or its cue's, whichever comes first; the
    // cue's for a participle, whose source stands earlier).
    private readonly record struct Frame(int CueFirst, int CueLast, int SourceFirst, int SourceLast, Direction Direction, int ContentFirst, int Left)
    {
        public int ContentLast { get; init; } = -1;

        // A nominal cue with a possessor ("Peter Grant's claim that"): its statement stands on its own even
        // inside another content, so it ends the content before it.
        public bool Nominal { get; init; }

        // A second verb of the same source after "and" or "but" ("… and warned against …"): it ends the content
        // before it, whose last token stands before the conjunction.
        public bool Coordinated { get; init; }

        // An attitude after a copula ("Many Democrats are afraid that", "Graham has been critical of"): the cue
        // model reads it apart from a verb's frame.
        public bool Copular { get; init; }

        // A passive that names no source ("is expected to", "It is believed that"): its content is the clause,
        // subject and cue included, and its statement has no speaker (Sourceless).
        public bool Sourceless { get; init; }

        // A source found past a long relative clause, an age or party label, or an aside between dashes ("Schiff, 56,
        // who has served …, told", "Kall -- co-editor of … -- said"; branch attr13): the cue model reads it as no frame,
        // as it was trained before these frames stated (retrained with them, PolNeAR dev F1 fell from 0.7635 to 0.761
        // over five shuffles while the frames themselves raised it to 0.765 on the shipped model). So are, for the same
        // reason, a participle opening its sentence (Opening) and a passive's agent before an adjunct (AgentBeforeAdjunct;
        // branch attr14).
        public bool Aside { get; init; }

        // The cue classifier's score, for confidence calibration (ReportedStatement.CueScore).
        public double CueScore { get; init; }
    }

    // "X is said to be furious", "Sony is thought to have": the copular reading (Attitude) takes an irregular
    // participle of attribution-sourceless-cues.txt for an adjective with X as its source; it is a passive that
    // names no source (on all BBC articles 40 such statements gave their subject as the source). The model has
    // scored the word on the copular reading, as it was trained: read in Attitude, the retrained model moved 634
    // and 550 BBC statements (a sample of 28: 8 changes right, 20 wrong) for a flat four-shuffle F1.
    private static Frame? Copular(ReportedDocument document, int i, Frame? frame, int first, int stop) =>
        frame is { Copular: true } copular && document.IsIn(i, ReportedDocument.SourcelessCues)
            ? Sourceless(document, i, copular.CueLast, copular.SourceLast, first, stop)
            : frame;

    // The end of a sentence's words: its closing punctuation and dashes left out.
    private static int Stop(ReportedDocument document, TextSegment sentence)
    {
        int stop = sentence.EndToken;
        while (stop > sentence.FirstToken && document[stop - 1].Kind is TokenKind.Punctuation or TokenKind.Dash)
        {
            stop--;
        }

        return stop;
    }
}
