namespace EntityExtract.Quotes;

/// <summary>A frame: the cue, source and content a frame rule reads around a candidate, before Resolve cuts its content.</summary>
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

        // The cue classifier's score, for confidence calibration (ReportedStatement.CueScore).
        public double CueScore { get; init; }
    }
}
