using EntityExtract.Grammar;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// Reporting cues in one document: whether a token is a verb of saying used as a verb (not "the report"), the
/// phrase "according to X", the subject of a cue, and the outer "said" whose reported clause holds a quote. Made
/// per document by <see cref="QuoteDocument"/>; not shared between threads.
/// </summary>
internal sealed class SpeechCues
{
    private static readonly WordSet PlainSay = WordList.Load("quote-plain-say-verbs");

    private static readonly WordSet ItSpeechVerbs = WordList.Load("quote-it-speech-verbs");

    private readonly QuoteDocument _d;

    public SpeechCues(QuoteDocument document) => _d = document;

    /// <summary>
    /// Whether token <paramref name="i"/> is a reporting cue: a reporting verb used as a verb ("said", "…, saying",
    /// "was calling"), "according to", "put it", or a phrasal cue ("pointed out", "shot back", "went on,").
    /// </summary>
    public bool IsCue(int i)
    {
        var tokens = _d.Tokens;
        if ((uint)i >= (uint)tokens.Length || tokens[i].Kind != TokenKind.Word || _d.InQuote(i))
        {
            return false;
        }

        var w = _d.Word(i);
        if (w.Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < tokens.Length && _d.Word(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase);
        }

        // "as Tom Ridge put it:".
        if (w.Equals("put", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < tokens.Length && _d.Word(i + 1).Equals("it", StringComparison.Ordinal);
        }

        // Phrasal cues: "he points out", "Trump went on, …" (a verb of continuing speech only when the clause
        // ends right after "on": not "the talks went on for hours").
        if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word)
        {
            if (w is "point" or "points" or "pointed" or "pointing" && _d.Word(i + 1) is "out")
            {
                return true;
            }

            // "Trump shot back", "she fired back", "hit back at".
            if (w is "shot" or "shoots" or "fired" or "fires" or "hit" or "hits" or "hitting" or "firing" or "shooting" && _d.Word(i + 1) is "back")
            {
                return true;
            }

            if (w is "went" or "goes" or "go" && _d.Word(i + 1) is "on" && i + 2 < tokens.Length
                && (tokens[i + 2].Kind == TokenKind.Quote || (tokens[i + 2].Kind == TokenKind.Punctuation && _d.Text[tokens[i + 2].Start] is ',' or '.' or ':')))
            {
                return true;
            }
        }

        if (!ReportingVerbs.Contains(w))
        {
            return false;
        }

        // A noun, not a verb: "the report", "his claims", "reports of".
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && (GrammarWords.IsDeterminer(_d.Word(i - 1)) || _d.Word(i - 1) is "'s" or "’s"))
        {
            return false;
        }

        // "reports of", "claims of" are nouns; "said of", "warned of" are verbs.
        if (i + 1 < tokens.Length && _d.Word(i + 1) is "of" && w.EndsWith('s') && !w.Equals("says", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // An -ing form is a verb after a comma, a dash or an auxiliary ("…, saying", "was calling"); otherwise it
        // is usually a noun or an adjective ("the shooting", "a meeting").
        if (ReportingVerbs.IsParticiple(w) && i > 0)
        {
            var before = tokens[i - 1];
            if (before.Kind is TokenKind.Punctuation or TokenKind.Dash || _d.IsParagraphStart(i))
            {
                return true;
            }

            var b = _d.Word(i - 1);
            return before.Kind == TokenKind.Word && (QuoteWords.IsAuxiliary(b) || GrammarWords.IsPronoun(b) || _d.Names.NameAt(i - 1) >= 0);
        }

        return true;
    }

    /// <summary>"according to X" at token <paramref name="k"/> attributes the quote to X, with the phrase as its cue.</summary>
    public bool TryAttributeAccordingTo(QuoteCandidate quote, int k)
    {
        if (!TryAccordingTo(k, out var according))
        {
            return false;
        }

        quote.Attribute(according, "according to");
        return true;
    }

    private bool TryAccordingTo(int k, out NounPhrase speaker)
    {
        speaker = default;
        if (!_d.Word(k).Equals("according", StringComparison.OrdinalIgnoreCase) || k + 1 >= _d.Tokens.Length || !_d.Word(k + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var np = _d.Parser.NounPhraseAfter(k + 2);
        if (np is NounPhrase s)
        {
            speaker = s;
            return true;
        }

        return false;
    }

    /// <summary>A plain verb of saying: said, told, added, wrote, noted, argued (any tense).</summary>
    public static bool IsPlainSay(ReadOnlySpan<char> w) => PlainSay.Contains(w);

    /// <summary>A verb with which a document or an organization speaks as "it": "it said", "it reads".</summary>
    public static bool IsItSpeechVerb(ReadOnlySpan<char> w) => ItSpeechVerbs.Contains(w);

    /// <summary>
    /// A plain "said" (with a name or pronoun subject) earlier in the clause, before the inner subject at
    /// <paramref name="before"/>: the quote's reported clause belongs to it.
    /// </summary>
    public (NounPhrase Speaker, int Cue)? OuterSay(int before, int from)
    {
        for (int k = before - 1; k >= from && before - k <= 12; k--)
        {
            // Subordinators do not stop the search: the reported clause holds them too ("She said, if elected, she
            // would ask …", "Mrs. Clinton said that when Ms. Warren railed …"); on train, stopping at them cost more
            // than it saved.
            if (_d.InQuote(k) || _d.IsPunct(k, ';') || _d.IsPunct(k, ':') || _d.IsSentenceEnd(k))
            {
                return null;
            }

            if (IsCue(k) && IsPlainSay(_d.Word(k)))
            {
                var s = _d.Parser.SubjectBefore(k, from);
                return s is NounPhrase sp && (sp.Canonical is not null || GrammarWords.IsPronoun(_d.Word(sp.FirstToken))) ? (sp, k) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the cue at <paramref name="cue"/>. A participle after a comma takes the subject of the main
    /// clause: "Kim launched an attack, accusing them of …".
    /// </summary>
    public NounPhrase? SubjectOfCue(int cue, int from)
        => ReportingVerbs.IsParticiple(_d.Word(cue)) && cue > from && (_d.IsPunct(cue - 1, ',') || _d.IsDash(cue - 1))
            ? _d.Parser.MainSubject(from, cue)
            : _d.Parser.SubjectBefore(cue);
}
