using System.Runtime.InteropServices;

namespace EntityExtract.Tokenization;

/// <summary>
/// One token: a range of UTF-16 code units in the source text and what kind of token it is.
/// A token holds no string; read its text with <see cref="GetText(ReadOnlySpan{char})"/>.
/// The <c>default</c> value is an empty <see cref="TokenKind.Word"/> at offset 0.
/// </summary>
// Sequential, not Auto: the runtime's automatic layout rounds the struct up to 16 bytes on 64-bit, sequential
// layout keeps the two ints and two bytes in 12, a quarter less memory for every token list (issue 14).
[StructLayout(LayoutKind.Sequential)]
public readonly record struct TextToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">The offset of the first code unit.</param>
    /// <param name="length">The number of code units.</param>
    /// <param name="kind">What the token is.</param>
    /// <param name="spacing">What separates the token from the one before it.</param>
    public TextToken(int start, int length, TokenKind kind, TokenSpacing spacing = TokenSpacing.None)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Flags = spacing;
    }

    /// <summary>The UTF-16 offset of the token's first code unit.</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units in the token.</summary>
    public int Length { get; }

    /// <summary>The offset just past the token (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>What separates the token from the one before it.</summary>
    public TokenSpacing Flags { get; }

    /// <summary>Whether any whitespace comes between this token and the previous one.</summary>
    public bool HasSpaceBefore => (Flags & TokenSpacing.SpaceBefore) != 0;

    /// <summary>Returns the token's characters from the text it was read from.</summary>
    /// <param name="text">The same text the token was read from.</param>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
