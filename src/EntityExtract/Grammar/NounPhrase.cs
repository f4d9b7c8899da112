namespace EntityExtract.Grammar;

/// <summary>
/// A noun phrase read from the tokens (a name, a pronoun or a description) and, when known, the canonical name
/// of the person or thing it refers to.
/// </summary>
/// <param name="FirstToken">The first token of the phrase.</param>
/// <param name="EndToken">The token just past it.</param>
/// <param name="Canonical">The canonical name it refers to, or <see langword="null"/> when it names nobody.</param>
internal readonly record struct NounPhrase(int FirstToken, int EndToken, string? Canonical);
