using EntityExtract.Pipeline;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>The mention a quote's attribution rests on: a token range and, when known, the canonical speaker.</summary>
/// <param name="FirstToken">The first token of the mention.</param>
/// <param name="EndToken">The token just past it.</param>
/// <param name="Canonical">The speaker's canonical name, or <see langword="null"/> when the mention names nobody.</param>
internal readonly record struct SpeakerRef(int FirstToken, int EndToken, string? Canonical);

/// <summary>
/// Finds, classifies and attributes the quotes of one document. Created per call by
/// <see cref="QuoteAttributionStage"/>, so the stage stays stateless and thread-safe.
/// </summary>
/// <remarks>
/// The attribution is a sieve in the manner of Muzny et al. (2017), "A two-stage sieve approach for quote
/// attribution": the most precise rules run first and later rules only fill quotes still unattributed.
/// (1) patterns right beside the quote (<c>"…," X said</c>, <c>"…," said X</c>, <c>X said: "…"</c>);
/// (2) the reporting verb of the quote's sentence and its subject, which attributes partial quotes (PARC 3.0:
/// a fragment inside the content of a reporting verb keeps that verb's source) and "according to X";
/// (3) pronouns and definite descriptions resolved to the most recent compatible name; (4) continuation
/// (the Gender Gap Tracker's "floating quotes"): a quote with no cue of its own inherits the speaker of
/// the quote before it in the paragraph, or of the previous paragraph when it stands alone.
/// </remarks>
internal sealed class QuoteAttributor
{
    private const int MaxAppositive = 30;
    private const int MaxNounPhrase = 6;

    private readonly ExtractionContext _context;
    private readonly string _text;
    private readonly TextToken[] _tokens;
    private readonly TextSegment[] _segments;
    private readonly int[] _segmentOf;
    private readonly bool[] _inQuote;
    private readonly SpeakerNames _names;
    private readonly Mention[] _mentions;
    private NameOccurrence? _lastSpeaker;

    public QuoteAttributor(ExtractionContext context)
    {
        _context = context;
        _text = context.Text;
        _tokens = context.Tokens.ToArray();
        _segments = context.Sentences.ToArray();
        _segmentOf = new int[_tokens.Length];
        for (int s = 0; s < _segments.Length; s++)
        {
            var seg = _segments[s];
            for (int t = seg.FirstToken; t < seg.EndToken && t < _segmentOf.Length; t++)
            {
                _segmentOf[t] = s;
            }
        }

        _inQuote = new bool[_tokens.Length];
        _names = new SpeakerNames(_text, _tokens, context.CancellationToken);
        _mentions = context.Mentions.Where(static m => m.Type != MentionType.Date).OrderBy(static m => m.Start).ToArray();
    }

    private sealed class Found
    {
        public QuotedSpan Span;
        public SpeakerRef? Speaker;
        public string? Cue;
        public bool Direct;
        public bool Keep = true;
        public int Paragraph;
    }

    /// <summary>Finds the quotes and adds them to the context.</summary>
    public void Run()
    {
        var spans = new List<QuotedSpan>();
        QuoteMarks.Find(_text, _tokens, _context.Options.MaxQuoteLength, spans, _context.CancellationToken);
        foreach (var s in spans)
        {
            for (int t = s.OpenToken; t < Math.Max(s.AfterClose, s.EndToken) && t < _inQuote.Length; t++)
            {
                _inQuote[t] = true;
            }
        }

        var found = new List<Found>(spans.Count);
        foreach (var span in spans)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var f = new Found { Span = span, Paragraph = ParagraphOf(span.OpenToken) };
            Classify(f);
            if (f.Keep)
            {
                found.Add(f);
                int name = f.Speaker is SpeakerRef sp ? _names.NameAt(sp.EndToken - 1) : -1;
                if (name >= 0 && IsPersonName(_names.Names[name]))
                {
                    _lastSpeaker = _names.Names[name];
                }
            }
        }

        Continue(found);
        foreach (var f in found)
        {
            if (f.Speaker is null && f.Cue is null)
            {
                Possessor(f);
            }
        }

        foreach (var f in found)
        {
            int start = _tokens[f.Span.FirstToken].Start;
            int end = _tokens[f.Span.EndToken - 1].End;
            int? speakerStart = null;
            int? speakerEnd = null;
            string? canonical = null;
            if (f.Speaker is SpeakerRef sp)
            {
                speakerStart = _tokens[sp.FirstToken].Start;
                speakerEnd = _tokens[sp.EndToken - 1].End;
                canonical = sp.Canonical;
                var mention = MentionIn(speakerStart.Value, speakerEnd.Value);
                if (mention is not null)
                {
                    speakerStart = mention.Start;
                    speakerEnd = mention.End;
                    canonical = mention.Canonical ?? mention.Text;
                }
            }

            _context.AddQuote(new Quote(start, end, _text[start..end], f.Direct ? QuoteKind.Direct : QuoteKind.Partial, canonical, speakerStart, speakerEnd, f.Cue));
        }
    }

    private int ParagraphOf(int token) => _segments.Length == 0 ? 0 : _segments[_segmentOf[token]].Paragraph;

    private ReadOnlySpan<char> Word(int i) => _tokens[i].GetText(_text);

    private bool IsPunct(int i, char c) => (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Length == 1 && _text[_tokens[i].Start] == c;

    private bool IsDash(int i) => (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Dash;

    private bool IsLower(int i) => _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start]);

    private bool IsParagraphStart(int i) => (_tokens[i].Flags & TokenSpacing.ParagraphStart) != 0 || i == 0;

    private bool IsSentenceEnd(int i) => _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '.' or '!' or '?' or ';';

    // ---------------------------------------------------------------- classification

    private void Classify(Found f)
    {
        var span = f.Span;
        int o = span.OpenToken;
        var segment = _segments.Length == 0 ? default : _segments[_segmentOf[o]];

        // Quoted words in headlines, datelines and bullet labels are titles or labels, not speech.
        if (IsHeadline(segment) || IsLabel(o, segment))
        {
            f.Keep = false;
            return;
        }

        // Markup attributes (id="…") and titles after a possessive (CNN’s “New Day”) are names, not speech.
        if (o > 0 && (_text[_tokens[o - 1].Start] == '=' || (Word(o - 1) is "'s" or "’s" && IsTitleCase(span))))
        {
            f.Keep = false;
            return;
        }

        f.Direct = LooksDirect(span);
        if (!span.ContinuesPrevious)
        {
            Attribute(f);
        }
        else
        {
            f.Direct = true;
        }

        if (f.Cue is not null || span.ContinuesPrevious)
        {
            return;
        }

        // PARC 3.0: a fragment with no reporting cue or source in its clause is a scare or term quote. A reporting
        // verb anywhere in the sentence, even one whose subject was not found, keeps a fragment.
        if (!f.Direct && (TermSignalBefore(o) || (WordCount(span) < 4 && !SpeechWordNear(span)) || IsTitleCase(span)))
        {
            f.Keep = false;
        }
        else if (f.Direct && TermSignalBefore(o))
        {
            f.Keep = false;
        }
    }

    // The splitter calls a line with no closing punctuation a headline, and a paragraph that ends in `."` has
    // a quote mark last: such a line is running text.
    private bool IsHeadline(TextSegment segment)
    {
        if (segment.Kind == SegmentKind.Dateline)
        {
            return true;
        }

        if (segment.Kind != SegmentKind.Headline || segment.TokenCount == 0)
        {
            return false;
        }

        int last = segment.EndToken - 1;
        while (last > segment.FirstToken && _tokens[last].Kind == TokenKind.Quote)
        {
            last--;
        }

        return !(last < segment.EndToken - 1 && _tokens[last].Kind == TokenKind.Punctuation && _text[_tokens[last].Start] is '.' or '!' or '?' or ',' or '…');
    }

    private bool IsLabel(int open, TextSegment segment)
    {
        // "The "Deviations": …" — a short lead-in ending in a colon at the start of a line.
        int lineStart = open;
        while (lineStart > segment.FirstToken && (_tokens[lineStart].Flags & TokenSpacing.LineStart) == 0)
        {
            lineStart--;
        }

        if (open - lineStart > 4)
        {
            return false;
        }

        for (int k = open + 1; k < Math.Min(_tokens.Length, open + 8); k++)
        {
            if (IsPunct(k, ':'))
            {
                return _tokens[k - 1].Kind == TokenKind.Quote || (k > 0 && _tokens[k - 2].Kind == TokenKind.Quote);
            }

            if ((_tokens[k].Flags & TokenSpacing.LineStart) != 0)
            {
                return false;
            }
        }

        return false;
    }

    private bool LooksDirect(QuotedSpan span)
    {
        if (span.ContinuesPrevious || span.OpensParagraphQuote)
        {
            return true;
        }

        int first = span.FirstToken;
        int last = span.EndToken - 1;
        var firstToken = _tokens[first];
        bool capital = firstToken.Kind is TokenKind.Number or TokenKind.Quote || (firstToken.Kind == TokenKind.Word && char.IsUpper(_text[firstToken.Start]));
        bool endsClause = _tokens[last].Kind == TokenKind.Punctuation && _text[_tokens[last].Start] is ',' or '.' or '!' or '?' or ':' or ';';
        int o = span.OpenToken;
        bool opensClause = o == 0 || IsParagraphStart(o) || IsPunct(o - 1, ':') || IsPunct(o - 1, ',') || IsSentenceEnd(o - 1) || IsDash(o - 1)
                           || ReportingVerbs.Contains(Word(o - 1)) || (_tokens[o - 1].Kind == TokenKind.Quote);
        return (capital && opensClause) || (endsClause && WordCount(span) >= 4 && (capital || opensClause));
    }

    private bool SpeechWordNear(QuotedSpan span)
    {
        if (_segments.Length == 0)
        {
            return false;
        }

        var segment = _segments[_segmentOf[span.OpenToken]];
        for (int k = segment.FirstToken; k < segment.EndToken; k++)
        {
            // Any verb use counts here, an -ing form after a noun included ("at one point calling the mayor a “liar”").
            if (IsCue(k) || (!_inQuote[k] && _tokens[k].Kind == TokenKind.Word && ReportingVerbs.Contains(Word(k)) && ReportingVerbs.IsParticiple(Word(k))
                && k > 0 && !QuoteWords.IsDeterminer(Word(k - 1))))
            {
                return true;
            }
        }

        return false;
    }

    private int WordCount(QuotedSpan span)
    {
        int n = 0;
        for (int k = span.FirstToken; k < span.EndToken; k++)
        {
            if (_tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }

    private bool IsTitleCase(QuotedSpan span)
    {
        int words = 0;
        for (int k = span.FirstToken; k < span.EndToken; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            var w = Word(k);
            if (char.IsLower(w[0]) && !QuoteWords.IsFunction(w))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    private bool TermSignalBefore(int open)
    {
        for (int k = open - 1; k >= Math.Max(0, open - 3); k--)
        {
            if (_tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var w = Word(k);
            if (QuoteWords.IsTermSignal(w) || (w.Equals("as", StringComparison.OrdinalIgnoreCase) && k > 0 && Word(k - 1).Equals("known", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (!QuoteWords.IsDeterminer(w) && !(char.IsLower(w[0]) && k == open - 1 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- attribution sieves

    private void Attribute(Found f)
    {
        if (AfterQuote(f) || BeforeQuote(f) || InSentence(f))
        {
            return;
        }

        if (f.Direct)
        {
            PreviousSentence(f);
        }
    }

    // The last token of the closing mark, or -1 when the quote runs on into the next paragraph.
    private static int CloseMark(QuotedSpan span) => span.AfterClose > span.EndToken ? span.AfterClose - 1 : -1;

    // Sieve 1a: "…," said X / "…," X said / "…," X, a researcher, said.
    private bool AfterQuote(Found f)
    {
        int close = CloseMark(f.Span);
        if (close < 0 || close + 1 >= _tokens.Length)
        {
            return false;
        }

        int p = close + 1;
        if (IsParagraphStart(p))
        {
            return false;
        }

        bool dash = IsDash(p);
        if (IsPunct(p, ',') || dash)
        {
            p++;
        }

        if (p >= _tokens.Length || _inQuote[p])
        {
            return false;
        }

        // A byline after a dash: "“…” — Hillary Clinton." (a known breakage of other systems).
        if (dash && _names.NameAt(p) >= 0 && _names.Names[_names.NameAt(p)].FirstToken == p)
        {
            var n = _names.Names[_names.NameAt(p)];
            if (n.EndToken >= _tokens.Length || IsParagraphStart(n.EndToken) || IsSentenceEnd(n.EndToken) || IsPunct(n.EndToken, ','))
            {
                f.Speaker = new SpeakerRef(n.FirstToken, n.EndToken, n.Canonical);
                return true;
            }
        }

        // A quote that ends its own sentence ("….") is attributed by what follows only when the attribution
        // stands alone: "“….” she said." but not "“….” Kasich said he would have fired him."
        bool sentenceEnded = IsSentenceEnd(f.Span.EndToken - 1);
        if (IsCue(p))
        {
            var np = NounPhraseAfter(p + 1);
            if (np is SpeakerRef s && (!sentenceEnded || EndsAttribution(s.EndToken)))
            {
                Set(f, s, p);
                return true;
            }

            return false;
        }

        var subject = NounPhraseAfter(p);
        if (subject is SpeakerRef subj)
        {
            int v = SkipToVerb(subj.EndToken);
            if (v >= 0 && IsCue(v) && (!sentenceEnded || EndsAttribution(v + 1)))
            {
                Set(f, subj, v);
                return true;
            }
        }

        return false;
    }

    // The attribution clause ends here: punctuation, a new quote, the paragraph's end, or a short adjunct
    // ("in a statement", "on Tuesday") before the period.
    private bool EndsAttribution(int p)
    {
        for (int k = p; k < _tokens.Length && k < p + 8; k++)
        {
            if (IsParagraphStart(k) && k > p)
            {
                return true;
            }

            var t = _tokens[k];

            // "“….” He added, “…”": a cue with a comma or a colon before a new quote introduces that quote, not the
            // finished one before it (which keeps the attribution before it, or continues the previous quote).
            if (t.Kind == TokenKind.Punctuation && _text[t.Start] is ',' or ':' && k + 1 < _tokens.Length && _tokens[k + 1].Kind == TokenKind.Quote && _inQuote[k + 1])
            {
                return false;
            }

            if (t.Kind is TokenKind.Punctuation || (t.Kind == TokenKind.Quote && k == p))
            {
                return true;
            }

            // A clause with its own quote ("Sanders called Trump a “…”") is a new statement.
            if (t.Kind == TokenKind.Quote)
            {
                return false;
            }

            if (k == p && t.Kind == TokenKind.Word && IsLower(k) && !QuoteWords.IsBetween(Word(k)) && !QuoteWords.IsAdjunct(Word(k)))
            {
                // A verb, a clause or an object right after the cue: a new statement, not an attribution.
                return Word(k) is "reporters" or "journalists" or "supporters" or "me" or "us" or "him" or "her" or "them";
            }
        }

        return p >= _tokens.Length;
    }

    // Sieve 1b: X said: "…" / X told reporters, "…" / according to X, "…".
    private bool BeforeQuote(Found f)
    {
        int o = f.Span.OpenToken;
        int p = o - 1;
        if (p < 0 || IsParagraphStart(o) && !IsPunct(p, ':'))
        {
            return false;
        }

        if (IsPunct(p, ':') || IsPunct(p, ','))
        {
            p--;
        }

        // Look back a few tokens for the verb: "X said in a statement:", "X wrote on Twitter,".
        for (int k = p; k >= 0 && k >= p - 6; k--)
        {
            if (_inQuote[k] || IsSentenceEnd(k))
            {
                break;
            }

            if (IsCue(k))
            {
                if (TrySetAccordingTo(f, k))
                {
                    return true;
                }

                // A split quote: "“…,” said the senator, “…”" — the speaker follows the cue.
                int before = IsPunct(k - 1, ',') ? k - 2 : k - 1;
                if (before >= 0 && _tokens[before].Kind == TokenKind.Quote && NounPhraseAfter(k + 1) is SpeakerRef split)
                {
                    Set(f, split, k);
                    return true;
                }

                var subject = SubjectOfCue(k, SentenceStart(k));
                if (subject is SpeakerRef s)
                {
                    // As in the sentence sieve: a judging verb inside the reported clause of a plain "said".
                    if (!IsPlainSay(Word(k)) && OuterSay(s.FirstToken, SentenceStart(k)) is (SpeakerRef outer, int outerCue))
                    {
                        Set(f, outer, outerCue);
                        return true;
                    }

                    Set(f, s, k);
                    return true;
                }

                return false;
            }
        }

        // A colon with no verb: "Cruz continued:", "Rep. Trey Gowdy (R-S.C.):", "A footnote in the report makes that clear:".
        if (IsPunct(o - 1, ':'))
        {
            var named = NounPhraseEndingAt(SkipParenthesesBack(o - 2), 0, allowDescription: false);
            var subject = named ?? ClauseSubject(SentenceStart(o - 1), o - 1);
            if (subject is SpeakerRef s && s.EndToken < o)
            {
                f.Speaker = s;
                return true;
            }
        }

        return false;
    }

    private int SkipParenthesesBack(int p)
    {
        if (IsPunct(p, ')'))
        {
            int k = p - 1;
            while (k >= 0 && p - k < 12 && !IsPunct(k, '('))
            {
                k--;
            }

            return k - 1;
        }

        return p;
    }

    // The first name, pronoun or description of a clause, when the clause opens with it.
    private SpeakerRef? ClauseSubject(int from, int to)
    {
        var np = MainSubject(from, to);
        return np is SpeakerRef s && (s.Canonical is not null || _names.NameAt(s.FirstToken) >= 0 || QuoteWords.IsPronoun(Word(s.FirstToken)) || QuoteWords.IsDeterminer(Word(s.FirstToken))) ? s : null;
    }

    // Sieve 2: the reporting verb of the quote's sentence and its subject (PARC: partial quotes keep the source of
    // the attribution they sit in); "according to X" anywhere in the sentence.
    private bool InSentence(Found f)
    {
        int o = f.Span.OpenToken;
        int close = CloseMark(f.Span) < 0 ? f.Span.EndToken - 1 : CloseMark(f.Span);
        if (_segments.Length == 0)
        {
            return false;
        }

        var first = _segments[_segmentOf[o]];
        var last = _segments[_segmentOf[Math.Min(close, _tokens.Length - 1)]];
        int from = first.FirstToken;
        int to = last.EndToken;

        // The nearest cue before the quote, inside its clause (a semicolon ends it).
        for (int k = o - 1; k >= from; k--)
        {
            if (IsPunct(k, ';') || (IsPunct(k, ':') && k < o - 1))
            {
                break;
            }

            if (_inQuote[k] || !IsCue(k))
            {
                continue;
            }

            if (TrySetAccordingTo(f, k))
            {
                return true;
            }

            var subject = SubjectOfCue(k, from);
            if (subject is SpeakerRef s)
            {
                // "Cruz said he's certain Rubio will continue to be "…"", "Trump said that Romney begged him …
                // and "…"": a verb of judging inside the reported clause of a plain "said" leaves the quote with
                // the outer speaker, as PolNeAR annotates it (the reporter quotes the outer speaker's words).
                if (!IsPlainSay(Word(k)) && OuterSay(s.FirstToken, from) is (SpeakerRef outer, int outerCue))
                {
                    Set(f, outer, outerCue);
                    return true;
                }

                Set(f, s, k);
                return true;
            }
        }

        // Then a cue after the quote: "… the "global geopolitical changes" Kim referenced".
        for (int k = close + 1; k < to; k++)
        {
            if (IsPunct(k, ';'))
            {
                break;
            }

            if (_inQuote[k] || !IsCue(k))
            {
                continue;
            }

            if (TrySetAccordingTo(f, k))
            {
                return true;
            }

            var subject = SubjectBefore(k, close + 1);
            subject ??= NounPhraseAfter(k + 1);
            if (subject is SpeakerRef s)
            {
                Set(f, s, k);
                return true;
            }
        }

        // "according to X" earlier in the sentence: "According to KCNA, …".
        for (int k = from; k < o; k++)
        {
            if (!_inQuote[k] && TrySetAccordingTo(f, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainSay(ReadOnlySpan<char> w)
        => w is "said" or "says" or "say" or "told" or "tells" or "added" or "adds" or "wrote" or "writes" or "noted" or "notes" or "argued" or "argues";

    // A plain "said" (with a name or pronoun subject) earlier in the clause, before the inner subject at
    // <paramref name="before"/>: the quote's reported clause belongs to it.
    private (SpeakerRef Speaker, int Cue)? OuterSay(int before, int from)
    {
        for (int k = before - 1; k >= from && before - k <= 12; k--)
        {
            // Subordinators do not stop the search: the reported clause holds them too ("She said, if elected, she
            // would ask …", "Mrs. Clinton said that when Ms. Warren railed …"); on train, stopping at them cost more
            // than it saved.
            if (_inQuote[k] || IsPunct(k, ';') || IsPunct(k, ':') || IsSentenceEnd(k))
            {
                return null;
            }

            if (IsCue(k) && IsPlainSay(Word(k)))
            {
                var s = SubjectBefore(k, from);
                return s is SpeakerRef sp && (sp.Canonical is not null || QuoteWords.IsPronoun(Word(sp.FirstToken))) ? (sp, k) : null;
            }
        }

        return null;
    }

    private int SentenceStart(int token) => _segments.Length == 0 ? 0 : _segments[_segmentOf[token]].FirstToken;

    // A participle after a comma takes the subject of the main clause: "Kim launched an attack, accusing them of …".
    private SpeakerRef? SubjectOfCue(int cue, int from)
        => ReportingVerbs.IsParticiple(Word(cue)) && cue > from && (IsPunct(cue - 1, ',') || IsDash(cue - 1))
            ? MainSubject(from, cue)
            : SubjectBefore(cue);

    // Sieve 3: a direct quote that opens its sentence, right after a sentence (of its paragraph or the last of the
    // previous one) whose reporting verb has a subject ("Holan said in an interview. “…”"), is that speaker's (Muzny et al. 2017 attribute
    // such quotes to the closest mention in the paragraph; we require a reporting verb as well).
    private void PreviousSentence(Found f)
    {
        int o = f.Span.OpenToken;
        if (_segments.Length == 0)
        {
            return;
        }

        int s = _segmentOf[o];
        if (_segments[s].FirstToken != o || s == 0 || _segments[s - 1].Paragraph < _segments[s].Paragraph - 1)
        {
            return;
        }

        var previous = _segments[s - 1];
        for (int k = previous.EndToken - 1; k >= previous.FirstToken; k--)
        {
            if (_inQuote[k])
            {
                // The previous sentence has its own quote: continuation handles it.
                return;
            }

            if (!IsCue(k))
            {
                continue;
            }

            var subject = SubjectOfCue(k, previous.FirstToken);
            if (subject is SpeakerRef sp && (sp.Canonical is not null || QuoteWords.IsPronoun(Word(sp.FirstToken))))
            {
                f.Speaker = sp;
            }

            return;
        }
    }

    private void Set(Found f, SpeakerRef speaker, int cueToken, string? cue = null)
    {
        f.Speaker = speaker;
        f.Cue = cue ?? Word(cueToken).ToString();
    }

    private bool IsCue(int i)
    {
        if ((uint)i >= (uint)_tokens.Length || _tokens[i].Kind != TokenKind.Word || _inQuote[i])
        {
            return false;
        }

        var w = Word(i);
        if (w.Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < _tokens.Length && Word(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase);
        }

        // "as Tom Ridge put it:".
        if (w.Equals("put", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < _tokens.Length && Word(i + 1).Equals("it", StringComparison.Ordinal);
        }

        // Phrasal cues: "he points out", "Trump went on, …" (a verb of continuing speech only when the clause
        // ends right after "on": not "the talks went on for hours").
        if (i + 1 < _tokens.Length && _tokens[i + 1].Kind == TokenKind.Word)
        {
            if (w is "point" or "points" or "pointed" or "pointing" && Word(i + 1) is "out")
            {
                return true;
            }

            // "Trump shot back", "she fired back", "hit back at".
            if (w is "shot" or "shoots" or "fired" or "fires" or "hit" or "hits" or "hitting" or "firing" or "shooting" && Word(i + 1) is "back")
            {
                return true;
            }

            if (w is "went" or "goes" or "go" && Word(i + 1) is "on" && i + 2 < _tokens.Length
                && (_tokens[i + 2].Kind == TokenKind.Quote || (_tokens[i + 2].Kind == TokenKind.Punctuation && _text[_tokens[i + 2].Start] is ',' or '.' or ':')))
            {
                return true;
            }
        }

        if (!ReportingVerbs.Contains(w))
        {
            return false;
        }

        // A noun, not a verb: "the report", "his claims", "reports of".
        if (i > 0 && _tokens[i - 1].Kind == TokenKind.Word && (QuoteWords.IsDeterminer(Word(i - 1)) || Word(i - 1) is "'s" or "’s"))
        {
            return false;
        }

        // "reports of", "claims of" are nouns; "said of", "warned of" are verbs.
        if (i + 1 < _tokens.Length && Word(i + 1) is "of" && w.EndsWith('s') && !w.Equals("says", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // An -ing form is a verb after a comma, a dash or an auxiliary ("…, saying", "was calling"); otherwise it
        // is usually a noun or an adjective ("the shooting", "a meeting").
        if (ReportingVerbs.IsParticiple(w) && i > 0)
        {
            var before = _tokens[i - 1];
            if (before.Kind is TokenKind.Punctuation or TokenKind.Dash || IsParagraphStart(i))
            {
                return true;
            }

            var b = Word(i - 1);
            return before.Kind == TokenKind.Word && (QuoteWords.IsAuxiliary(b) || QuoteWords.IsPronoun(b) || _names.NameAt(i - 1) >= 0);
        }

        return true;
    }

    // "according to X" at token k attributes the quote to X, with the phrase as its cue.
    private bool TrySetAccordingTo(Found f, int k)
    {
        if (!TryAccordingTo(k, out var according))
        {
            return false;
        }

        Set(f, according, k, "according to");
        return true;
    }

    private bool TryAccordingTo(int k, out SpeakerRef speaker)
    {
        speaker = default;
        if (!Word(k).Equals("according", StringComparison.OrdinalIgnoreCase) || k + 1 >= _tokens.Length || !Word(k + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var np = NounPhraseAfter(k + 2);
        if (np is SpeakerRef s)
        {
            speaker = s;
            return true;
        }

        return false;
    }

    // From the end of a subject to its verb: "X also said", "X, a researcher, said", "X (R-Texas) said".
    private int SkipToVerb(int p)
    {
        for (int guard = 0; p < _tokens.Length && guard < 4; guard++)
        {
            if (IsPunct(p, ',') || IsPunct(p, '('))
            {
                char closer = IsPunct(p, '(') ? ')' : ',';
                int k = p + 1;
                while (k < _tokens.Length && k - p < MaxAppositive && !IsPunct(k, closer) && !IsSentenceEnd(k) && !_inQuote[k])
                {
                    k++;
                }

                if (!IsPunct(k, closer))
                {
                    return -1;
                }

                p = k + 1;
                continue;
            }

            // "went" and "continued" sit between a subject and its verb ("X went on to say") but are cues themselves
            // in "“…” Trump went on, …".
            if (_tokens[p].Kind == TokenKind.Word && QuoteWords.IsBetween(Word(p)) && !IsCue(p))
            {
                p++;
                continue;
            }

            return p;
        }

        return p < _tokens.Length ? p : -1;
    }

    /// <summary>The speaker noun phrase that ends just before the verb at <paramref name="verb"/>.</summary>
    private SpeakerRef? SubjectBefore(int verb, int limit = 0)
    {
        int p = verb - 1;
        bool skippedAside = false;
        int asideEnd = -1;
        for (int guard = 0; guard < 6 && p >= limit; guard++)
        {
            if (_inQuote[p])
            {
                return null;
            }

            if (_tokens[p].Kind == TokenKind.Word && QuoteWords.IsBetween(Word(p)))
            {
                p--;
                continue;
            }

            // "Trump was prompted to say", "Clinton went on to say": skip the infinitive and the verbs before it.
            if (p == verb - 1 && Word(p) is "to")
            {
                int k = p - 1;
                while (k > limit && p - k <= 3 && IsLower(k) && !QuoteWords.IsDeterminer(Word(k)) && (!QuoteWords.IsFunction(Word(k)) || QuoteWords.IsBetween(Word(k))))
                {
                    k--;
                }

                if (k < p - 1)
                {
                    p = k;
                    continue;
                }
            }

            // "Feinstein last week said", "Trump at the time said": skip a short time adverbial.
            if (_tokens[p].Kind == TokenKind.Word && QuoteWords.IsTemporal(Word(p)) && p == verb - 1)
            {
                int k = p;
                while (k > limit && verb - k < 6 && _tokens[k].Kind == TokenKind.Word && QuoteWords.IsTemporal(Word(k)))
                {
                    k--;
                }

                if (k < p && _tokens[k].Kind == TokenKind.Word && (!QuoteWords.IsFunction(Word(k)) || QuoteWords.IsBetween(Word(k))))
                {
                    p = k;
                    continue;
                }
            }

            if (IsPunct(p, ')'))
            {
                int k = p - 1;
                while (k >= limit && p - k < 12 && !IsPunct(k, '('))
                {
                    k--;
                }

                if (k < limit || !IsPunct(k, '('))
                {
                    return null;
                }

                p = k - 1;
                continue;
            }

            // "…, Gov. John Kasich (R-OH), said": a comma right after a parenthesis closes no aside (an aside would
            // have opened after the name), so the name before the parenthesis is the subject even when an earlier
            // comma of the sentence ("after winning Ohio in the primary, Gov. …") could pass for an aside's start.
            if (IsPunct(p, ',') && !skippedAside && p == verb - 1 && p - 1 >= limit && IsPunct(p - 1, ')'))
            {
                p--;
                continue;
            }

            if (IsPunct(p, ',') || IsDash(p))
            {
                // An aside between the name and the verb: "X, a defector-turned-researcher, said".
                int k = p - 1;
                while (k >= limit && p - k < MaxAppositive && !IsPunct(k, ',') && !IsDash(k) && !IsSentenceEnd(k) && !_inQuote[k])
                {
                    k--;
                }

                if (k < limit || !(IsPunct(k, ',') || IsDash(k)))
                {
                    // A lone comma before the verb, as in "Gov. John Kasich (R-OH), said": the name is right before it.
                    if (!skippedAside && p - 1 >= limit && (_names.NameAt(p - 1) >= 0 || IsPunct(p - 1, ')')))
                    {
                        p--;
                        continue;
                    }

                    return null;
                }

                if (!skippedAside)
                {
                    asideEnd = p - 1;
                }

                p = k - 1;
                skippedAside = true;

                // "Clinton, during a meeting in Columbus, Ohio, said": a name after a preposition is inside the aside.
                int inside = p >= 0 ? _names.NameAt(p) : -1;
                if (inside >= 0 && _names.Names[inside].FirstToken > 0 && QuoteWords.IsAdjunct(Word(_names.Names[inside].FirstToken - 1)))
                {
                    int j = _names.Names[inside].FirstToken - 1;
                    while (j > limit && p - j < MaxAppositive && !IsPunct(j, ',') && !IsSentenceEnd(j) && !_inQuote[j])
                    {
                        j--;
                    }

                    if (j > limit && IsPunct(j, ','))
                    {
                        p = j - 1;
                    }
                }

                continue;
            }

            break;
        }

        if (p < limit || p < 0)
        {
            return null;
        }

        // After an aside only a name or a pronoun is the subject: "X, a defector-turned-researcher, said"; when the
        // aside is itself the name ("her adviser, Jake Sullivan, said"), the name is the speaker.
        if (skippedAside && _names.NameAt(p) < 0 && !QuoteWords.IsPronoun(Word(p)))
        {
            int inner = asideEnd >= 0 ? _names.NameAt(asideEnd) : -1;
            if (inner >= 0 && _names.Names[inner].FirstToken == p + 2)
            {
                var n = _names.Names[inner];
                return new SpeakerRef(n.FirstToken, n.EndToken, n.Canonical);
            }

            return null;
        }

        // "a leader who once claimed": the relative pronoun refers back past the description to the name. The
        // attribution rests on "who", as it rests on a pronoun; the speaker is the name it refers to.
        if (Word(p) is "who" or "which")
        {
            var antecedent = RelativeAntecedent(p, limit);
            return antecedent is SpeakerRef a ? new SpeakerRef(p, p + 1, CanonicalOf(a.FirstToken, a.EndToken, a.Canonical)) : null;
        }

        return NounPhraseEndingAt(p, limit, allowDescription: true);
    }

    // The name a relative pronoun refers to: the subject that the aside before it describes.
    private SpeakerRef? RelativeAntecedent(int p, int limit)
    {
        int k = p - 1;
        int stop = Math.Max(limit, p - MaxNounPhrase);
        while (k >= stop && IsLower(k) && !IsCue(k))
        {
            k--;
        }

        if (k >= limit && (IsPunct(k, ',') || IsDash(k)))
        {
            // "Donald Trump back in the White House—a leader who once claimed": the person the aside describes.
            for (int j = k - 1; j >= limit && k - j < 15 && !IsSentenceEnd(j) && !_inQuote[j]; j--)
            {
                int name = _names.NameAt(j);
                if (name >= 0 && IsPersonName(_names.Names[name]))
                {
                    var n = _names.Names[name];
                    return new SpeakerRef(n.FirstToken, n.EndToken, n.Canonical);
                }
            }

            return NounPhraseEndingAt(k - 1, limit, allowDescription: true);
        }

        return k >= limit ? NounPhraseEndingAt(k, limit, allowDescription: true) : null;
    }

    // The subject of the main clause, for a participle cue: "Kim launched an attack …, accusing them of "…"".
    private SpeakerRef? MainSubject(int from, int participle)
    {
        int p = from;

        // "And then Trump went fully on the attack, saying …": a conjunction or a linking adverb opens the clause
        // without an opening phrase to skip; the subject follows it directly.
        int q = p;
        while (q < participle && q - p < 3 && _tokens[q].Kind == TokenKind.Word && Word(q) is "And" or "But" or "So" or "Yet" or "Then" or "then" or "also" or "Also" or "now" or "Now")
        {
            q++;
        }

        if (q > p && NounPhraseAfter(q) is SpeakerRef direct && direct.EndToken <= participle && (direct.Canonical is not null || QuoteWords.IsPronoun(Word(direct.FirstToken))))
        {
            return direct;
        }

        var w = Word(p);
        if (_tokens[p].Kind == TokenKind.Word && (QuoteWords.IsCapitalStop(w) || w.Equals("According", StringComparison.Ordinal)) && !QuoteWords.IsPronoun(w) && !QuoteWords.IsDeterminer(w))
        {
            // Skip an opening phrase up to its comma: "According to KCNA, Kim …", "In a statement, she …".
            int k = p;
            while (k < participle && !IsPunct(k, ','))
            {
                k++;
            }

            if (k >= participle)
            {
                return null;
            }

            p = k + 1;
        }

        var np = NounPhraseAfter(p);

        // A place that opens the clause is a dateline or a locative ("WASHINGTON (AP) — Clinton …", "In Salem, New
        // Hampshire, Trump went after Bush, calling him …"): the subject comes after it, past its comma or dash.
        for (int hops = 0; hops < 3 && np is SpeakerRef place && IsPlace(place); hops++)
        {
            int k = place.EndToken;
            while (k < participle && k - place.EndToken < 8 && !IsPunct(k, ',') && !IsDash(k))
            {
                k++;
            }

            if (k >= participle || k - place.EndToken >= 8)
            {
                return null;
            }

            np = NounPhraseAfter(k + 1);
        }

        if (np is SpeakerRef s && s.EndToken <= participle && !IsPlace(s))
        {
            return s;
        }

        // The sentence opens otherwise ("“…,” Trump told a rally, saying …"): the subject of the finite cue before.
        for (int k = participle - 1; k > from; k--)
        {
            if (_inQuote[k] || !IsCue(k) || ReportingVerbs.IsParticiple(Word(k)))
            {
                continue;
            }

            int before = IsPunct(k - 1, ',') ? k - 2 : k - 1;
            if (before >= 0 && _tokens[before].Kind == TokenKind.Quote)
            {
                return NounPhraseAfter(k + 1);
            }

            return SubjectBefore(k);
        }

        return null;
    }

    /// <summary>A name, pronoun or description starting at <paramref name="p"/>, as in "said Ahn Chan-il" or "said the report".</summary>
    private SpeakerRef? NounPhraseAfter(int p)
    {
        // "said Tuesday", "said in a statement" are not names.
        if (p >= _tokens.Length || _inQuote[p] || _tokens[p].Kind != TokenKind.Word)
        {
            return null;
        }

        var w = Word(p);
        if (QuoteWords.IsPronoun(w))
        {
            return PronounSubject(p, w);
        }

        int name = _names.NameAt(p);
        if (name >= 0 && _names.Names[name].FirstToken == p)
        {
            var n = _names.Names[name];

            // "said England sevens coach Mike Friday", "said Forest manager Gary Megson": a team, place or
            // organization with a lower-case role is a modifier of the person's name that follows it.
            if (!IsPersonName(n) && RoleChainPerson(n.EndToken) is int personEnd)
            {
                return Describe(p, personEnd);
            }

            return new SpeakerRef(n.FirstToken, n.EndToken, n.Canonical);
        }

        if (!QuoteWords.IsDeterminer(w) && !IsLower(p))
        {
            return null;
        }

        // A description: "the report", "a spokesman for the campaign", "officials".
        int k = p + (QuoteWords.IsDeterminer(w) ? 1 : 0);
        int head = -1;
        while (k < _tokens.Length && k - p < MaxNounPhrase && (_tokens[k].Kind == TokenKind.Word || (_tokens[k].Kind == TokenKind.Number && k > p)) && !_inQuote[k])
        {
            var x = Word(k);
            if ((QuoteWords.IsFunction(x) && !QuoteWords.IsDeterminer(x)) || (IsLower(k) && ReportingVerbs.Contains(x) && head >= 0) || x is "'s" or "’s")
            {
                if (x is "'s" or "’s")
                {
                    k++;
                    continue;
                }

                break;
            }

            int inner = _names.NameAt(k);
            if (inner >= 0)
            {
                head = _names.Names[inner].EndToken - 1;
                k = _names.Names[inner].EndToken;
                continue;
            }

            head = k;
            k++;
        }

        if (head < 0 || (IsLower(head) && QuoteWords.IsFunction(Word(head))))
        {
            return null;
        }

        return Describe(p, head + 1);
    }

    /// <summary>
    /// The end of a person's name after one to three lower-case role words starting at <paramref name="k"/>
    /// ("sevens coach Mike Friday"), or null. Function words and verbs end the role ("said Paris on Monday").
    /// </summary>
    private int? RoleChainPerson(int k)
    {
        int first = k;
        while (k < _tokens.Length && k - first < 3 && !_inQuote[k] && IsLower(k) && !QuoteWords.IsFunction(Word(k)) && !ReportingVerbs.Contains(Word(k)))
        {
            k++;
        }

        if (k == first || k >= _tokens.Length)
        {
            return null;
        }

        int person = _names.NameAt(k);
        return person >= 0 && _names.Names[person].FirstToken == k && IsPersonName(_names.Names[person]) ? _names.Names[person].EndToken : null;
    }

    /// <summary>A name, pronoun or description whose last token is <paramref name="p"/>.</summary>
    private SpeakerRef? NounPhraseEndingAt(int p, int limit, bool allowDescription)
    {
        if (p < limit || p < 0 || _tokens[p].Kind != TokenKind.Word || _inQuote[p])
        {
            return null;
        }

        var w = Word(p);
        if (QuoteWords.IsPronoun(w))
        {
            return PronounSubject(p, w);
        }

        int name = _names.NameAt(p);
        if (name >= 0)
        {
            var n = _names.Names[name];
            int start = n.FirstToken;

            // "Rep. Tom Cole of Oklahoma said", "Chancellor Angela Merkel of Germany condemned": the place is the person's
            // state or country, and the subject is the name before "of" (the recognizer tags the place, not the person).
            if (start > 1 && n.EndToken - 1 == p && Word(start - 1) is "of" && IsPlace(n.FirstToken, n.EndToken))
            {
                int person = _names.NameAt(start - 2);
                if (person >= 0 && person != name && start - 2 >= limit && IsPersonName(_names.Names[person]))
                {
                    var owner = _names.Names[person];
                    return new SpeakerRef(owner.FirstToken, p + 1, CanonicalOf(owner.FirstToken, owner.EndToken, owner.Canonical));
                }
            }

            // "the Clinton campaign" is handled below as a description; a bare name stands for itself.
            if (n.EndToken - 1 == p)
            {
                int det = start - 1;
                if (det >= limit && det >= 0 && start == p && IsNationalityReference(det, p + 1))
                {
                    return Describe(det, p + 1);
                }

                if (det >= limit && det >= 0 && _tokens[det].Kind == TokenKind.Word && Word(det) is "the" or "The")
                {
                    return new SpeakerRef(det, p + 1, n.Canonical);
                }

                return new SpeakerRef(start, p + 1, n.Canonical);
            }
        }

        if (!allowDescription || !IsLower(p) || QuoteWords.IsFunction(w))
        {
            return null;
        }

        // Walk back to a determiner or a possessive: "the report", "a senior official", "Trump's campaign".
        int k = p - 1;
        while (k >= limit && k >= 0 && p - k < 4 && _tokens[k].Kind == TokenKind.Word && !_inQuote[k])
        {
            var x = Word(k);
            if (IsLower(k) && x.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            if (QuoteWords.IsDeterminer(x))
            {
                return Describe(k, p + 1);
            }

            if (x is "'s" or "’s")
            {
                int owner = _names.NameAt(k - 1);
                return Describe(owner >= 0 ? _names.Names[owner].FirstToken : k - 1, p + 1);
            }

            if (QuoteWords.IsFunction(x) || ReportingVerbs.Contains(x))
            {
                break;
            }

            k--;
        }

        // A bare plural or mass noun: "officials said", "sources said".
        return new SpeakerRef(p, p + 1, null);
    }

    // A description names a person only when it is definite and refers back: "the leader declared".
    private SpeakerRef Describe(int start, int end)
    {
        int head = end - 1;
        var det = Word(start);
        if (IsLower(head) && QuoteWords.IsPersonHead(Word(head)) && det.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var antecedent = Antecedent(start, Gender.Unknown);
            return new SpeakerRef(start, end, CanonicalOf(antecedent));
        }

        if (IsNationalityReference(start, end))
        {
            var antecedent = Antecedent(start, QuoteWords.GenderOfNationalityNoun(Word(head)));
            return new SpeakerRef(start, end, CanonicalOf(antecedent));
        }

        // A description that ends in a person's name names that person: "councilmember Mark Levine".
        int name = _names.NameAt(head);
        if (name >= 0 && _names.Names[name].EndToken == end && ((_tokens[start].Kind == TokenKind.Word && Word(start) is "the" or "The") || IsPersonName(_names.Names[name])))
        {
            return new SpeakerRef(start, end, _names.Names[name].Canonical);
        }

        return new SpeakerRef(start, end, null);
    }

    /// <summary>
    /// "the Dutchman", "the Kenyan", "the 29-year-old": "the" and one nationality or age noun that the recognizer
    /// did not tag as a name (it tags "the Netherlands"), a reference back to the person just named.
    /// </summary>
    private bool IsNationalityReference(int start, int end)
        => end == start + 2 && Word(start) is "the" or "The" && QuoteWords.IsNationalityNoun(Word(start + 1))
            && (_mentions.Length == 0 || MentionIn(_tokens[start + 1].Start, _tokens[start + 1].End) is null);

    // "you" never names a speaker; "it" does only right before its reporting verb ("“…,” it added", "it said"), where it
    // stands for an organization or a document: the span is kept and the name left null (PolNeAR annotates "it").
    private SpeakerRef? PronounSubject(int p, ReadOnlySpan<char> w)
    {
        if (w.Equals("you", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (w.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            int v = p + 1 < _tokens.Length && _tokens[p + 1].Kind == TokenKind.Word && QuoteWords.IsBetween(Word(p + 1)) ? p + 2 : p + 1;
            return IsCue(v) && IsItSpeechVerb(Word(v)) ? new SpeakerRef(p, p + 1, null) : null;
        }

        return ResolvePronoun(p);
    }

    // The verbs with which a document or an organization speaks as "it"; "it agrees to", "it posted" are not speech.
    private static bool IsItSpeechVerb(ReadOnlySpan<char> w)
        => w is "said" or "says" or "added" or "adds" or "stated" or "states" or "read" or "reads" or "wrote" or "writes" or "noted" or "notes"
            or "continued" or "continues" or "concluded" or "concludes" or "recommended" or "argued" or "argues" or "warned" or "warns" or "declared";

    private bool IsPlace(SpeakerRef s) => IsPlace(s.FirstToken, s.EndToken);

    // The recognizer calls the name a place (a country, a city): a location, not a speaker, in the positions checked.
    // Only a mention that spans the whole name counts: "The Florida senator" holds a place but names a person.
    private bool IsPlace(int first, int end)
    {
        if (end - first > 1 && Word(first) is "the" or "The")
        {
            first++;
        }

        int start = _tokens[first].Start;
        int stop = _tokens[end - 1].End;
        var m = MentionIn(start, stop);
        return m is not null && m.Type == MentionType.Place && m.Start <= start && m.End >= stop;
    }

    private SpeakerRef ResolvePronoun(int p)
    {
        var w = Word(p);
        var gender = w.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male : w.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
        bool personal = gender != Gender.Unknown;
        var antecedent = personal ? Antecedent(p, gender) : null;

        // Salience: "he added" after a quote usually goes on with the speaker just quoted, not with the last name
        // mentioned, unless that name is in the pronoun's own sentence.
        if (personal && _lastSpeaker is NameOccurrence last && antecedent is NameOccurrence recent && !string.Equals(last.Canonical, recent.Canonical, StringComparison.Ordinal)
            && Compatible(_names.GenderOf(last), gender) && ParagraphOf(last.FirstToken) >= ParagraphOf(p) - 1 && SentenceStart(recent.FirstToken) != SentenceStart(p))
        {
            antecedent = last;
        }

        if (antecedent is NameOccurrence linked)
        {
            _names.Learn(linked, gender);
        }

        return new SpeakerRef(p, p + 1, CanonicalOf(antecedent));
    }

    // The name a pronoun or description stands for: the recognizer's canonical name when it has a mention there.
    private string? CanonicalOf(NameOccurrence? name) => name is NameOccurrence n ? CanonicalOf(n.FirstToken, n.EndToken, n.Canonical) : null;

    private string? CanonicalOf(int first, int end, string? fallback)
    {
        var mention = MentionIn(_tokens[first].Start, _tokens[end - 1].End);
        return mention is null ? fallback : mention.Canonical ?? mention.Text;
    }

    private static bool Compatible(Gender a, Gender b) => !((a == Gender.Male && b == Gender.Female) || (a == Gender.Female && b == Gender.Male));

    /// <summary>
    /// The most recent person-like name before <paramref name="before"/> whose gender fits, within the
    /// current and the two previous paragraphs: recency as a stand-in for salience.
    /// </summary>
    private NameOccurrence? Antecedent(int before, Gender gender)
    {
        int paragraph = ParagraphOf(before);
        var names = _names.Names;
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

        for (int k = idx; k >= 0 && idx - k < 60; k--)
        {
            var n = names[k];
            if (ParagraphOf(n.FirstToken) < paragraph - 2)
            {
                break;
            }

            if (_inQuote[n.FirstToken] || !IsPersonName(n))
            {
                continue;
            }

            if (!Compatible(_names.GenderOf(n), gender))
            {
                continue;
            }

            return n;
        }

        return null;
    }

    private bool IsPersonName(NameOccurrence n)
    {
        if (_mentions.Length > 0)
        {
            var m = MentionIn(_tokens[n.FirstToken].Start, _tokens[n.EndToken - 1].End);
            if (m is not null)
            {
                return m.Type == MentionType.Person;
            }

            // The recognizer ran and left this name out: person names are what it finds best (recall 94 on
            // dev), so an untagged capitalized run is far more often an event or a title ("the 2003 World
            // Indoor Championships") than a person. Without a title or a known first name it is no antecedent.
            return n.PersonLike && _names.GenderOf(n) != Gender.Unknown;
        }

        return n.PersonLike;
    }

    private Mention? MentionIn(int start, int end)
    {
        if (_mentions.Length == 0)
        {
            return null;
        }

        int lo = 0;
        int hi = _mentions.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // Mentions are short: look a few back and forward for one that overlaps [start, end).
        Mention? best = null;
        for (int k = Math.Max(0, lo - 4); k < _mentions.Length && _mentions[k].Start < end; k++)
        {
            var m = _mentions[k];
            if (m.End > start && m.Start < end && (best is null || m.Length > best.Length))
            {
                best = m;
            }
        }

        return best;
    }

    // ---------------------------------------------------------------- continuation

    // Quotes with no cue of their own inherit the speaker of the quote before them in the paragraph, of the
    // paragraph before when they stand alone (Gender Gap Tracker "floating quotes"), or of the quote after
    // them in the same paragraph.
    private void Continue(List<Found> found)
    {
        Found? previous = null;
        foreach (var f in found)
        {
            if (f.Cue is null && f.Speaker is null && previous is not null && previous.Speaker is not null)
            {
                bool sameParagraph = previous.Paragraph == f.Paragraph;
                bool nextParagraph = previous.Paragraph == f.Paragraph - 1 && (f.Span.ContinuesPrevious || StandsAlone(f));
                if (sameParagraph || nextParagraph || f.Span.ContinuesPrevious)
                {
                    f.Speaker = previous.Speaker;
                }
            }

            previous = f;
        }

        Found? next = null;
        for (int i = found.Count - 1; i >= 0; i--)
        {
            var f = found[i];
            if (f.Speaker is null && f.Cue is null && next is not null && next.Speaker is not null && next.Paragraph == f.Paragraph && f.Direct)
            {
                f.Speaker = next.Speaker;
            }

            next = f;
        }
    }

    // Last sieve: a fragment whose noun phrase has a possessor is that possessor's words: "his call for “a total and
    // complete ban”", "Trump’s “very good brain”" (PolNeAR annotates the possessor as the source).
    private void Possessor(Found f)
    {
        int o = f.Span.OpenToken;
        for (int k = o - 1; k >= 0 && k >= o - 5; k--)
        {
            if (_inQuote[k] || _tokens[k].Kind != TokenKind.Word)
            {
                return;
            }

            var w = Word(k);
            if (w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase))
            {
                var gender = w.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;
                f.Speaker = new SpeakerRef(k, k + 1, CanonicalOf(Antecedent(k, gender)));
                return;
            }

            if (w is "'s" or "’s" && k > 0 && _names.NameAt(k - 1) >= 0)
            {
                var n = _names.Names[_names.NameAt(k - 1)];
                if (IsPersonName(n))
                {
                    f.Speaker = new SpeakerRef(n.FirstToken, n.EndToken, n.Canonical);
                }

                return;
            }
        }
    }

    // The paragraph opens with the quote: "“…” " standing alone after an attributed paragraph.
    private bool StandsAlone(Found f) => IsParagraphStart(f.Span.OpenToken);
}
