using EntityExtract.Pipeline;

namespace EntityExtract.Calibration;

/// <summary>
/// The raw signals each calibrator reads. They are evidence the extractors already have, not new models:
/// the tagger's margins, whether a rule changed its span, the mention's shape and the document's kind of text
/// for names; the pattern's shape and whether its value resolved for dates; kind, cue and speaker for quotes;
/// the cue classifier's score and the kind of source for reported speech. The order of each array is the order of the
/// weights in <c>Resources/confidence.tsv</c>: change one, retrain the other (<c>train-calibration</c>). Each method
/// writes its signals into the caller's buffer (at least its kind's count long) and returns the part it wrote.
/// </summary>
internal static class ConfidenceSignals
{
    public const int NameCount = 38;

    /// <summary>
    /// The positions, among a name's signals, of those that describe its document rather than the mention: what the
    /// text-kind model (<see cref="ConfidenceModel"/>) reads to tell newswire, Wikinews, web text and tweets apart.
    /// </summary>
    public static ReadOnlySpan<int> DocumentSignals => [10, 11, 12, 13, 14, 19, 23, 28, 29, 30, 31, 36, 37];
    public const int DateCount = 8;
    public const int QuoteCount = 7;
    public const int IndirectQuoteCount = 6;

    /// <summary>
    /// Signals of a person, place or organization mention: the tagger's margins and what the rules did to its
    /// span; the mention's shape (length, capitals, digits, a handle or hashtag, lower-case start) and place
    /// (sentence-initial, a capitalized word just before or after, after "the"); how the document treats it (the
    /// size of its canonical group, its words written in lower case elsewhere); and the document's kind of text
    /// (<see cref="DocumentProfile"/>), so that one calibrator can tell newswire from web text and tweets
    /// (docs/confidence.md).
    /// </summary>
    public static ReadOnlySpan<double> ForName(ExtractionContext context, Mention m, NerEvidence? evidence, int groupSize, DocumentProfile profile, Span<double> into)
    {
        var tokens = context.Tokens;
        string text = context.Text;
        int first = FirstTokenAt(tokens, m.Start);
        int min = int.MaxValue;
        long sum = 0;
        int count = 0;
        bool lowerElsewhere = false;
        int last = first;
        for (int i = first; i < tokens.Length && tokens[i].Start < m.End; i++)
        {
            int margin = evidence is null ? 0 : evidence.Margins[i];
            min = Math.Min(min, margin);
            sum += margin;
            count++;
            last = i;
            var word = tokens[i].GetText(text);
            lowerElsewhere |= tokens[i].Kind == Tokenization.TokenKind.Word && word.Length > 0 && char.IsUpper(word[0]) && profile.UsesInLowerCase(word);
        }

        var sentences = context.Segments;
        int lo = 0, hi = sentences.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].FirstToken < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        bool sentenceInitial = lo < sentences.Length && sentences[lo].FirstToken == first;

        if (count == 0)
        {
            min = 0;
        }

        bool letters = false, lower = false, digit = false, handle = false;
        char previous = ' ';
        foreach (char c in m.Text)
        {
            letters |= char.IsLetter(c);
            lower |= char.IsLower(c);
            digit |= char.IsDigit(c);
            handle |= c is '#' or '@' or '_' || (char.IsUpper(c) && char.IsLower(previous));
            previous = c;
        }

        bool prevCap = first > 0 && !sentenceInitial && IsCapitalized(tokens[first - 1], text);
        bool nextCap = last + 1 < tokens.Length && count > 0 && IsCapitalized(tokens[last + 1], text);
        bool afterThe = first > 0 && tokens[first - 1].GetText(text) is "the" or "The";
        bool changed = evidence is not null && !evidence.Tagged.Contains((m.Start, m.End, m.Type));
        int outside = evidence is null || first >= tokens.Length ? 0 : evidence.Rivals[2 * first];
        int otherType = evidence is null || first >= tokens.Length ? 0 : evidence.Rivals[(2 * first) + 1];
        bool tagged = evidence is not null && (evidence.Tagged.Contains((m.Start, m.End, MentionType.Person)) || evidence.Tagged.Contains((m.Start, m.End, MentionType.Place)) || evidence.Tagged.Contains((m.Start, m.End, MentionType.Organization)));
        bool retyped = changed && tagged;
        ReadOnlySpan<double> signals =
        [
            // The tagger and the rules.
            Math.Log(1 + (min / 100.0)),
            Math.Log(1 + (count == 0 ? 0 : sum / (100.0 * count))),
            Math.Min(count, 6),
            changed ? 1 : 0,
            Math.Log(groupSize),
            m.Canonical is not null && !string.Equals(m.Canonical, m.Text, StringComparison.Ordinal) ? 1 : 0,
            sentenceInitial ? 1 : 0,
            letters && !lower && m.Text.Length > 1 ? 1 : 0,
            digit ? 1 : 0,
            count == 1 ? 1 : 0,

            // The document's kind of text.
            Math.Log(1 + profile.Tokens),
            profile.LowerShare,
            profile.CapsShare,
            profile.TitleShare,
            Math.Log(1 + profile.SentenceLength),

            // The mention in its document.
            lowerElsewhere ? 1 : 0,
            handle ? 1 : 0,
            m.Text.Length > 0 && char.IsLower(m.Text[0]) ? 1 : 0,
            retyped ? 1 : 0,
            Math.Log(1 + (profile.MeanMargin / 100.0)),
            prevCap ? 1 : 0,
            nextCap ? 1 : 0,
            afterThe ? 1 : 0,
            Math.Log(1 + (100.0 * profile.Names / Math.Max(1, profile.Tokens))),

            // The tagger's rivals at the mention's first token (the only one where another type or "outside" may
            // compete): its margin over "outside" (is it a name?) and over the best label of another type (which
            // type?), and whether the grammar allowed no such rival. The plain margin above mixes both with the
            // choice between a one-token and a longer name (issue 18: CoNLL organizations 0.157 -> 0.079 held out).
            Math.Log(1 + (Math.Min(outside, 100_000) / 100.0)),
            Math.Log(1 + (Math.Min(otherType, 100_000) / 100.0)),
            outside >= int.MaxValue / 2 ? 1 : 0,
            otherType >= int.MaxValue / 2 ? 1 : 0,

            // More of the document's kind of text: handles and web addresses, quotation marks, lower-case sentence
            // starts, sentences.
            profile.WebShare,
            profile.QuoteShare,
            profile.LowerStartShare,
            Math.Log(1 + profile.Sentences),

            // More of the mention's place: in the first sentence (a headline), how far into the document, its
            // length in characters, and whether the tagger proposed this span itself (under any type).
            sentences.Length == 0 || sentences[0].EndToken > first ? 1 : 0,
            tokens.Length == 0 ? 0 : first / (double)tokens.Length,
            Math.Log(1 + m.Text.Length),
            tagged ? 1 : 0,

            // How sure the tagger was, over the document's names, that they are names and of their type.
            Math.Log(1 + (profile.MeanOutside / 100.0)),
            Math.Log(1 + (profile.MeanOtherType / 100.0)),
        ];
        return Write(signals, into);
    }

    private static bool IsCapitalized(Tokenization.TextToken token, string text) =>
        token.Kind == Tokenization.TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>Signals of a date mention.</summary>
    public static ReadOnlySpan<double> ForDate(ExtractionContext context, Mention m, Span<double> into)
    {
        var tokens = context.Tokens;
        int first = FirstTokenAt(tokens, m.Start);
        int count = 0;
        for (int i = first; i < tokens.Length && tokens[i].Start < m.End; i++)
        {
            count++;
        }

        int digits = 0;
        foreach (char c in m.Text)
        {
            digits += char.IsDigit(c) ? 1 : 0;
        }

        string? value = m.Value;
        ReadOnlySpan<double> signals =
        [
            value is null ? 0 : 1,
            value is null ? 0 : Math.Min(value.Length, 10) / 10.0,
            Math.Min(count, 8),
            digits > 0 ? 1 : 0,
            digits >= 4 ? 1 : 0,
            count == 1 ? 1 : 0,
            value is not null && value.Contains('X', StringComparison.Ordinal) ? 1 : 0,
            value is not null && value.EndsWith("_REF", StringComparison.Ordinal) ? 1 : 0,
        ];
        return Write(signals, into);
    }

    /// <summary>Signals of a quote.</summary>
    public static ReadOnlySpan<double> ForQuote(string text, Quote q, Span<double> into)
    {
        bool speaker = q.SpeakerStart is int ss && q.SpeakerEnd is int se && se > ss && se <= text.Length;
        bool pronoun = speaker && char.IsLower(text[q.SpeakerStart!.Value]) || (speaker && q.SpeakerEnd!.Value - q.SpeakerStart!.Value <= 4 && text.AsSpan(q.SpeakerStart!.Value, q.SpeakerEnd!.Value - q.SpeakerStart!.Value) is "He" or "She" or "They" or "It" or "We" or "I");
        double distance = 0;
        if (speaker)
        {
            int s = q.SpeakerStart!.Value, e = q.SpeakerEnd!.Value;
            distance = e <= q.Start ? q.Start - e : s >= q.End ? s - q.End : 0;
        }

        ReadOnlySpan<double> signals =
        [
            speaker ? 1 : 0,
            q.Cue is null ? 0 : 1,
            q.Kind == QuoteKind.Direct ? 1 : 0,
            pronoun ? 1 : 0,
            Math.Log(1 + distance),
            Math.Log(1 + q.End - q.Start),
            q.Cue is "said" or "says" or "say" ? 1 : 0,
        ];
        return Write(signals, into);
    }

    /// <summary>
    /// Signals of a statement in reported speech (<see cref="QuoteKind.Indirect"/>): the cue classifier's score for
    /// its cue (kept by the finder in <see cref="ReportedEvidence"/>), whether its source resolved to a speaker, and
    /// what the source is: a name (a person or organization mention inside it), a pronoun, a common noun phrase
    /// ("officials", kept as the speaker's words), or none. Chosen over 20 seeded random halvings of the PolNeAR
    /// dev documents (docs/confidence.md). The caller finds the statement behind the quote
    /// (<see cref="ReportedEvidence.Find"/>) once and passes it in.
    /// </summary>
    public static ReadOnlySpan<double> ForIndirectQuote(ExtractionContext context, Quote q, Quotes.ReportedStatement? statement, NamedSpans names, Span<double> into)
    {
        string text = context.Text;
        bool source = q.SpeakerStart is int ss && q.SpeakerEnd is int se && se > ss && se <= text.Length;
        bool nounPhrase = false, named = false, pronoun = false;
        if (source)
        {
            int s = q.SpeakerStart!.Value, e = q.SpeakerEnd!.Value;

            // The resolver keeps a source's own words as the speaker only when they name no person or
            // organization and are no pronoun (ReportedQuotes.Speaker).
            nounPhrase = q.Speaker is not null && char.IsLower(text[s]) && text.AsSpan(s, e - s).SequenceEqual(q.Speaker);
            named = names.AnyWithin(s, e);

            pronoun = IsPronoun(text.AsSpan(s, e - s));
        }

        ReadOnlySpan<double> signals =
        [
            q.Speaker is null ? 0 : 1,
            nounPhrase ? 1 : 0,
            named ? 1 : 0,
            pronoun ? 1 : 0,
            source ? 0 : 1,

            // The classifier's sum of weights; above 0 it takes the word for a cue. Bounded so that one odd
            // document cannot stretch the standardization.
            statement is { } st ? Math.Clamp(st.CueScore, -100, 100) : 0,
        ];
        return Write(signals, into);
    }

    // The signals are built on the stack and copied into the caller's buffer: an array per mention was the
    // confidence stage's largest garbage (issue 14: 2.2 MB per MB of text).
    private static ReadOnlySpan<double> Write(scoped ReadOnlySpan<double> signals, Span<double> into)
    {
        signals.CopyTo(into);
        return into[..signals.Length];
    }

    // The sources ReportedQuotes.Speaker reads as pronouns: resolved ("he", "she", "who") or not.
    private static bool IsPronoun(ReadOnlySpan<char> words) =>
        words.Equals("he", StringComparison.OrdinalIgnoreCase) || words.Equals("she", StringComparison.OrdinalIgnoreCase)
        || words.Equals("who", StringComparison.OrdinalIgnoreCase) || words.Equals("they", StringComparison.OrdinalIgnoreCase)
        || words.Equals("we", StringComparison.OrdinalIgnoreCase) || words.Equals("i", StringComparison.OrdinalIgnoreCase)
        || words.Equals("it", StringComparison.OrdinalIgnoreCase) || words.Equals("you", StringComparison.OrdinalIgnoreCase);

    internal static int FirstTokenAt(ReadOnlySpan<Tokenization.TextToken> tokens, int start)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
