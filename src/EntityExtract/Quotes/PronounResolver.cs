using EntityExtract.Grammar;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// Resolves pronouns ("he", "she") and referring descriptions ("the leader", "the Dutchman") to the most recent
/// compatible person named before them, within the current and the two previous paragraphs: recency as a stand-in
/// for salience, plus the speaker just quoted ("he added" after a quote goes on with that speaker). Gender comes
/// from titles, a short list of first names and pronouns already linked to a name. Made per document by
/// <see cref="QuoteDocument"/>; it records what it links (<see cref="SpeakerNames.Learn"/>), so it is not shared
/// between threads.
/// </summary>
internal sealed class PronounResolver
{
    /// <summary>How many earlier names an antecedent search looks at, at most.</summary>
    private const int MaxCandidates = 60;

    private readonly QuoteDocument _d;

    public PronounResolver(QuoteDocument document) => _d = document;

    /// <summary>
    /// The phrase a subject pronoun at <paramref name="p"/> stands for. "you" never names a speaker; "it" does only
    /// right before its reporting verb ("“…,” it added", "it said"), where it stands for an organization or a
    /// document: the span is kept and the name left null (PolNeAR annotates "it").
    /// </summary>
    public NounPhrase? PronounSubject(int p)
    {
        var w = _d.Word(p);
        if (w.Equals("you", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (w.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            var tokens = _d.Tokens;
            int v = p + 1 < tokens.Length && tokens[p + 1].Kind == TokenKind.Word && GrammarWords.IsBetween(_d.Word(p + 1)) ? p + 2 : p + 1;
            return _d.Cues.IsCue(v) && SpeechCues.IsItSpeechVerb(_d.Word(v)) ? new NounPhrase(p, p + 1, null) : null;
        }

        return ResolvePronoun(p);
    }

    private NounPhrase ResolvePronoun(int p)
    {
        var w = _d.Word(p);
        var gender = w.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male : w.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
        bool personal = gender != Gender.Unknown;
        var antecedent = personal ? Antecedent(p, gender) : null;

        // Salience: "he added" after a quote usually goes on with the speaker just quoted, not with the last name
        // mentioned, unless that name is in the pronoun's own sentence, or is the subject of a sentence after that
        // quote ("… composure." France coach Bernard Laporte accepted his side had not played well. "…," he said.):
        // the narration has moved on to another person. A name elsewhere in such a sentence ("said following in the
        // footsteps of Farrell") does not move it on.
        if (personal && _d.LastSpeaker is NameOccurrence last && antecedent is NameOccurrence recent && !string.Equals(last.Canonical, recent.Canonical, StringComparison.Ordinal)
            && Compatible(_d.Names.GenderOf(last), gender) && _d.ParagraphOf(last.FirstToken) >= _d.ParagraphOf(p) - 1 && _d.SentenceStart(recent.FirstToken) != _d.SentenceStart(p)
            && !(recent.FirstToken >= _d.LastSpeakerQuoteEnd && _d.SentenceStart(recent.FirstToken) > _d.SentenceStart(_d.LastSpeakerQuoteEnd - 1) && IsSentenceSubject(recent)))
        {
            antecedent = last;
        }

        if (antecedent is NameOccurrence linked)
        {
            _d.Names.Learn(linked, gender);
        }

        return new NounPhrase(p, p + 1, _d.CanonicalOf(antecedent));
    }

    /// <summary>
    /// A description over [<paramref name="start"/>, <paramref name="end"/>): it names a person only when it is
    /// definite and refers back ("the leader declared", Muzny et al. 2017), is a nationality or age noun ("the
    /// Dutchman"), or ends in a person's name ("councilmember Mark Levine").
    /// </summary>
    public NounPhrase Describe(int start, int end)
    {
        int head = end - 1;
        var det = _d.Word(start);
        if (_d.IsLower(head) && QuoteWords.IsPersonHead(_d.Word(head)) && det.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var antecedent = Antecedent(start, Gender.Unknown);
            return new NounPhrase(start, end, _d.CanonicalOf(antecedent));
        }

        if (_d.IsNationalityReference(start, end))
        {
            var antecedent = Antecedent(start, QuoteWords.GenderOfNationalityNoun(_d.Word(head)));
            return new NounPhrase(start, end, _d.CanonicalOf(antecedent));
        }

        // "the Waterford man", "the Texas woman": a person of that place, a reference back like "the Dutchman".
        if (end - start >= 3 && det.Equals("the", StringComparison.OrdinalIgnoreCase) && _d.IsLower(head) && _d.Word(head) is "man" or "woman"
            && _d.IsPlace(start + 1, head))
        {
            var antecedent = Antecedent(start, _d.Word(head) is "man" ? Gender.Male : Gender.Female);
            return new NounPhrase(start, end, _d.CanonicalOf(antecedent));
        }

        // A description that ends in a person's name names that person: "councilmember Mark Levine".
        int name = _d.Names.NameAt(head);
        if (name >= 0 && _d.Names.Names[name].EndToken == end && ((_d.Tokens[start].Kind == TokenKind.Word && _d.Word(start) is "the" or "The") || _d.IsPersonName(_d.Names.Names[name])))
        {
            return new NounPhrase(start, end, _d.Names.Names[name].Canonical);
        }

        return new NounPhrase(start, end, null);
    }

    // Whether the name is (the end of) the subject that opens its sentence: "France coach Bernard Laporte accepted …".
    private bool IsSentenceSubject(NameOccurrence name)
    {
        int start = _d.SentenceStart(name.FirstToken);
        return start < name.EndToken && _d.Parser.MainSubject(start, name.EndToken) is NounPhrase s && s.FirstToken <= name.FirstToken && name.EndToken <= s.EndToken;
    }

    private static bool Compatible(Gender a, Gender b) => !((a == Gender.Male && b == Gender.Female) || (a == Gender.Female && b == Gender.Male));

    /// <summary>
    /// The most recent person-like name before <paramref name="before"/> whose gender fits, within the
    /// current and the two previous paragraphs: recency as a stand-in for salience.
    /// </summary>
    public NameOccurrence? Antecedent(int before, Gender gender)
    {
        int paragraph = _d.ParagraphOf(before);
        var names = _d.Names.Names;
        int lo = 0;
        int hi = names.Count - 1;
        int idx = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (names[mid].EndToken <= before)
            {
                idx = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (int k = idx; k >= 0 && idx - k < MaxCandidates; k--)
        {
            var n = names[k];
            if (_d.ParagraphOf(n.FirstToken) < paragraph - 2)
            {
                break;
            }

            if (_d.InQuote(n.FirstToken) || !_d.IsPersonName(n))
            {
                continue;
            }

            if (!Compatible(_d.Names.GenderOf(n), gender))
            {
                continue;
            }

            return n;
        }

        return null;
    }
}
