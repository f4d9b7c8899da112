namespace EntityExtract.Tokenization;

/// <summary>What lies between a token and the one before it. The <c>default</c> is <see cref="None"/>.</summary>
[Flags]
public enum TokenSpacing : byte
{
    /// <summary>The token touches the previous one (or is the first token with nothing before it).</summary>
    None = 0,

    /// <summary>Whitespace of any kind comes before the token.</summary>
    SpaceBefore = 1,

    /// <summary>A line break comes before the token (or it is the first token of the text).</summary>
    LineStart = 2,

    /// <summary>A blank line comes before the token (or it is the first token of the text): a new paragraph starts.</summary>
    ParagraphStart = 4,
}
