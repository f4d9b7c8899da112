namespace EntityExtract.Quotes;

/// <summary>
/// One statement in reported speech, as <see cref="ReportedSpeechFinder"/> finds it: the content (without
/// source, cue or complementizer), the source's words when the text names one, and the cue. Offsets are
/// UTF-16 offsets in the document text; a source of <c>-1</c> means the text names none.
/// </summary>
/// <param name="ContentStart">The offset of the content's first character.</param>
/// <param name="ContentEnd">The offset just past the content.</param>
/// <param name="SourceStart">The offset of the source's first character, or -1.</param>
/// <param name="SourceEnd">The offset just past the source, or -1.</param>
/// <param name="CueStart">The offset of the cue's first character.</param>
/// <param name="CueEnd">The offset just past the cue.</param>
internal readonly record struct ReportedStatement(int ContentStart, int ContentEnd, int SourceStart, int SourceEnd, int CueStart, int CueEnd)
{
    /// <summary>Whether the text names a source.</summary>
    public bool HasSource => SourceStart >= 0;

    /// <summary>The cue classifier's score (its logistic margin; above 0 means a cue), for confidence calibration.</summary>
    public double CueScore { get; init; }

    /// <summary>
    /// Whether a rule for passives that name no source stated it ("is thought to be", "It was announced that",
    /// "X reportedly ..."), whatever <see cref="CueScore"/> says: its confidence is that rule's fitted rate
    /// (<c>docs/confidence.md</c>), not the cue score's, which reads the word's active sense.
    /// </summary>
    public bool Sourceless { get; init; }
}
