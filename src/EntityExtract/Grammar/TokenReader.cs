using EntityExtract.Tokenization;

namespace EntityExtract.Grammar;

/// <summary>
/// Read-only questions about the tokens of one text that every clause reader asks: a token's text, whether it is a
/// given punctuation mark, a dash, a lower-case word, a paragraph start or a sentence end. Out-of-range indexes
/// answer false where the rules probe past either end. Immutable; safe to share between threads.
/// </summary>
internal sealed class TokenReader
{
    private readonly TextToken[] _tokens;

    /// <summary>Wraps <paramref name="text"/> and its tokens, the first <paramref name="count"/> of <paramref name="tokens"/>.</summary>
    public TokenReader(string text, TextToken[] tokens, int count)
    {
        Text = text;
        _tokens = tokens;
        Count = count;
    }

    /// <summary>The text the tokens index into.</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order.</summary>
    public ReadOnlySpan<TextToken> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>How many tokens there are.</summary>
    public int Count { get; }

    /// <summary>The text of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Word(int i) => Tokens[i].GetText(Text);

    /// <summary>Whether token <paramref name="i"/> is the single punctuation mark <paramref name="c"/>.</summary>
    public bool IsPunct(int i, char c) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;

    /// <summary>Whether token <paramref name="i"/> is a dash.</summary>
    public bool IsDash(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Dash;

    /// <summary>Whether token <paramref name="i"/> is a word that starts in lower case.</summary>
    public bool IsLower(int i) => Tokens[i].Kind == TokenKind.Word && char.IsLower(Text[Tokens[i].Start]);

    /// <summary>Whether token <paramref name="i"/> opens a paragraph (the first token does).</summary>
    public bool IsParagraphStart(int i) => (Tokens[i].Flags & TokenSpacing.ParagraphStart) != 0 || i == 0;

    /// <summary>Whether token <paramref name="i"/> ends a sentence or a clause: <c>. ! ? ;</c>.</summary>
    public bool IsSentenceEnd(int i) => Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] is '.' or '!' or '?' or ';';
}
