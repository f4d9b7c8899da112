namespace EntityExtract.Tokenization;

/// <summary>What kind of unit a <see cref="TextSegment"/> is. The <c>default</c> is <see cref="Sentence"/>.</summary>
public enum SegmentKind : byte
{
    /// <summary>An ordinary sentence of running text.</summary>
    Sentence,

    /// <summary>A line without closing punctuation that stands alone: a headline, a sub-heading, a caption or a credit.</summary>
    Headline,

    /// <summary>A line that holds only a date, such as "Thursday, December 11, 2025", usually at the top of an article.</summary>
    Dateline,

    /// <summary>A bulleted or numbered list item.</summary>
    ListItem,
}
