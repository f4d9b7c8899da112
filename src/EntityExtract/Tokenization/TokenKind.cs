namespace EntityExtract.Tokenization;

/// <summary>What a <see cref="TextToken"/> is made of. The <c>default</c> value is <see cref="Word"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or dots (<c>Chan-il</c>, <c>O'Brien</c>, <c>U.S.</c>, <c>Dr.</c>), or a clitic (<c>'s</c>, <c>n't</c>).</summary>
    Word,

    /// <summary>A token that starts with a digit: <c>1,000</c>, <c>3.5</c>, <c>12/12/2025</c>, <c>2025-12-11</c>, <c>4bn</c>, <c>1990s</c>.</summary>
    Number,

    /// <summary>Sentence and clause punctuation: <c>. , ; : ! ? ( ) [ ]</c>, an ellipsis.</summary>
    Punctuation,

    /// <summary>A quotation mark, straight or curly, double or single, when it is not an apostrophe inside a word.</summary>
    Quote,

    /// <summary>A hyphen standing alone, an en dash, an em dash, or a run of hyphens.</summary>
    Dash,

    /// <summary>Any other symbol: currency, percent, mathematical signs, lone surrogates and other unassigned code units.</summary>
    Symbol,

    /// <summary>A web address starting with <c>http://</c>, <c>https://</c> or <c>www.</c>.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A social-media handle or hashtag: <c>@name</c>, <c>#topic</c>.</summary>
    Handle,

    /// <summary>An emoji or pictograph, with its modifiers and joiners.</summary>
    Emoji,

    /// <summary>A list bullet such as <c>•</c> or <c>▪</c>.</summary>
    Bullet,
}
