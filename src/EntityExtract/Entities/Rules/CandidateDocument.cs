using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// What a recognition rule reads: the text, its tokens, its segments (sentences, headlines and dateline
/// lines, in document order) and the tagger's per-token information. Belongs to one call.
/// </summary>
internal readonly ref struct CandidateDocument
{
    /// <summary>Wraps the views of one document.</summary>
    public CandidateDocument(string text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> segments, ReadOnlySpan<NerTokenInfo> info)
    {
        Text = text;
        Tokens = tokens;
        Segments = segments;
        Info = info;
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The tokens of <see cref="Text"/>.</summary>
    public ReadOnlySpan<TextToken> Tokens { get; }

    /// <summary>The segments: sentences, but also headlines and dateline lines (the splitter's units).</summary>
    public ReadOnlySpan<TextSegment> Segments { get; }

    /// <summary>The tagger's per-token information (lexicon class, flags, gazetteer bits), one per token.</summary>
    public ReadOnlySpan<NerTokenInfo> Info { get; }

    /// <summary>The text of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Word(int index) => Tokens[index].GetText(Text);

    /// <summary>
    /// Whether token <paramref name="index"/> - 1 is a preposition of place ("in", "at", "from", "to", "near"), the
    /// word that makes a following name read as a place ("at McDonald's", "in Cameron"). With
    /// <paramref name="capitalized"/> a sentence-initial "In" or "At" counts too. The one list the rules share.
    /// </summary>
    public bool AfterPlacePreposition(int index, bool capitalized)
    {
        if (index <= 0)
        {
            return false;
        }

        var word = Word(index - 1);
        return word is "in" or "at" or "from" or "to" or "near"
            || (capitalized && word is "In" or "At" or "From" or "To" or "Near");
    }
}
