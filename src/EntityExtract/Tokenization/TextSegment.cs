using System.Runtime.InteropServices;

namespace EntityExtract.Tokenization;

/// <summary>
/// A sentence-like unit of text: a range of characters and the range of tokens inside it.
/// The <c>default</c> value is an empty sentence at offset 0 in paragraph 0.
/// </summary>
/// <param name="Start">The UTF-16 offset of the first character of the first token.</param>
/// <param name="End">The offset just past the last token (exclusive).</param>
/// <param name="FirstToken">The index of the first token in the document's token list.</param>
/// <param name="TokenCount">How many tokens the unit holds.</param>
/// <param name="Kind">What kind of unit it is.</param>
/// <param name="Paragraph">The zero-based paragraph the unit belongs to.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct TextSegment(int Start, int End, int FirstToken, int TokenCount, SegmentKind Kind, int Paragraph)
{
    /// <summary>The index just past the unit's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
