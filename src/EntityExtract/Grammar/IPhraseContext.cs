namespace EntityExtract.Grammar;

/// <summary>
/// What the <see cref="ShallowParser"/> asks of the extractor that uses it: which tokens to leave out (quoted
/// words are not part of the clause around them), where the names are, which names are people or places, which
/// words are verbs of saying, and how pronouns and descriptions resolve. The parser finds phrases by position;
/// these answers are the extractor's knowledge of the document.
/// </summary>
internal interface IPhraseContext
{
    /// <summary>The tokens and the text.</summary>
    TokenReader Reader { get; }

    /// <summary>Whether token <paramref name="token"/> lies inside a quotation (and so outside the clause around it).</summary>
    bool IsOpaque(int token);

    /// <summary>The capitalized name that covers <paramref name="token"/>, with its own canonical form, or null.</summary>
    NounPhrase? NameAt(int token);

    /// <summary>Whether the name (as returned by <see cref="NameAt"/>) can stand for a person.</summary>
    bool IsPersonName(NounPhrase name);

    /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="end"/>) name a place as a whole.</summary>
    bool IsPlace(int first, int end);

    /// <summary>"the Dutchman", "the 29-year-old": a nationality or age noun that refers back to a person.</summary>
    bool IsNationalityReference(int start, int end);

    /// <summary>The canonical name of the entity mention over the tokens, or <paramref name="fallback"/>.</summary>
    string? CanonicalOf(int first, int end, string? fallback);

    /// <summary>Whether token <paramref name="token"/> is a verb of saying used as a verb (a cue).</summary>
    bool IsCue(int token);

    /// <summary>Whether <paramref name="word"/> is a form of a verb of saying, whatever its use.</summary>
    bool IsVerbOfSaying(ReadOnlySpan<char> word);

    /// <summary>The phrase a pronoun at <paramref name="token"/> stands for, or null when it names no speaker.</summary>
    NounPhrase? Pronoun(int token);

    /// <summary>A description over [<paramref name="start"/>, <paramref name="end"/>) and what it refers to.</summary>
    NounPhrase Describe(int start, int end);
}
