namespace EntityExtract.Entities;

/// <summary>
/// A mention the tagger proposed, before it becomes a <see cref="Mention"/>: its type (person, place or
/// organization), its token range (inclusive) and the segment that holds it (a sentence, a headline or a
/// dateline line: <see cref="SegmentFirst"/> is its first token, <see cref="SegmentEnd"/> one past its last).
/// </summary>
internal readonly record struct NerCandidate(MentionType Type, int First, int Last, int SegmentFirst, int SegmentEnd);
