using EntityExtract.Pipeline;

namespace EntityExtract.Calibration;

/// <summary>
/// The raw signals each calibrator reads. They are evidence the extractors already have, not new models:
/// the tagger's margins and whether a rule changed its span for names; the pattern's shape and whether its
/// value resolved for dates; kind, cue and speaker for quotes. The order of each array is the order of the
/// weights in <c>Resources/confidence.tsv</c>: change one, retrain the other (<c>train-calibration</c>).
/// </summary>
internal static class ConfidenceSignals
{
    public const int NameCount = 10;
    public const int DateCount = 8;
    public const int QuoteCount = 7;
    public const int IndirectQuoteCount = 6;

    /// <summary>Signals of a person, place or organization mention.</summary>
    public static double[] ForName(ExtractionContext context, Mention m, NerEvidence? evidence, int groupSize)
    {
        var tokens = context.Tokens;
        int first = FirstTokenAt(tokens, m.Start);
        int min = int.MaxValue;
        long sum = 0;
        int count = 0;
        bool sentenceInitial = false;
        for (int i = first; i < tokens.Length && tokens[i].Start < m.End; i++)
        {
            int margin = evidence is null ? 0 : evidence.Margins[i];
            min = Math.Min(min, margin);
            sum += margin;
            count++;
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

        sentenceInitial = lo < sentences.Length && sentences[lo].FirstToken == first;

        if (count == 0)
        {
            min = 0;
        }

        bool letters = false, lower = false, digit = false;
        foreach (char c in m.Text)
        {
            letters |= char.IsLetter(c);
            lower |= char.IsLower(c);
            digit |= char.IsDigit(c);
        }

        bool changed = evidence is not null && !evidence.Tagged.Contains((m.Start, m.End, m.Type));
        return
        [
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
        ];
    }

    /// <summary>Signals of a date mention.</summary>
    public static double[] ForDate(ExtractionContext context, Mention m)
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
        return
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
    }

    /// <summary>Signals of a quote.</summary>
    public static double[] ForQuote(string text, Quote q)
    {
        bool speaker = q.SpeakerStart is int ss && q.SpeakerEnd is int se && se > ss && se <= text.Length;
        bool pronoun = speaker && char.IsLower(text[q.SpeakerStart!.Value]) || (speaker && q.SpeakerEnd!.Value - q.SpeakerStart!.Value <= 4 && text.AsSpan(q.SpeakerStart!.Value, q.SpeakerEnd!.Value - q.SpeakerStart!.Value) is "He" or "She" or "They" or "It" or "We" or "I");
        double distance = 0;
        if (speaker)
        {
            int s = q.SpeakerStart!.Value, e = q.SpeakerEnd!.Value;
            distance = e <= q.Start ? q.Start - e : s >= q.End ? s - q.End : 0;
        }

        return
        [
            speaker ? 1 : 0,
            q.Cue is null ? 0 : 1,
            q.Kind == QuoteKind.Direct ? 1 : 0,
            pronoun ? 1 : 0,
            Math.Log(1 + distance),
            Math.Log(1 + q.End - q.Start),
            q.Cue is "said" or "says" or "say" ? 1 : 0,
        ];
    }

    /// <summary>
    /// Signals of a statement in reported speech (<see cref="QuoteKind.Indirect"/>): whether its source resolved
    /// to a speaker, whether the source is a common noun phrase ("officials", "the report") rather than a name or
    /// a pronoun, how far the source stands from the content, the content's length, a plain "said"/"told" cue,
    /// and quoted words inside (a mixed statement, PARC 3.0). Chosen by cross-validation inside the fitting half
    /// (docs/confidence.md); the cue classifier's margin is not kept by the finder, so it is not one of them.
    /// </summary>
    public static double[] ForIndirectQuote(string text, Quote q)
    {
        bool source = q.SpeakerStart is int ss && q.SpeakerEnd is int se && se > ss && se <= text.Length;
        double distance = 0;
        bool nounPhrase = false;
        if (source)
        {
            int s = q.SpeakerStart!.Value, e = q.SpeakerEnd!.Value;
            distance = e <= q.Start ? q.Start - e : s >= q.End ? s - q.End : 0;

            // The resolver keeps a source's own words as the speaker only when they name no person or
            // organization and are no pronoun (ReportedQuotes.Speaker).
            nounPhrase = q.Speaker is not null && char.IsLower(text[s]) && text.AsSpan(s, e - s).SequenceEqual(q.Speaker);
        }

        bool marks = false;
        foreach (char c in q.Text)
        {
            marks |= c is '"' or '\u201C' or '\u201D';
        }

        return
        [
            q.Speaker is null ? 0 : 1,
            nounPhrase ? 1 : 0,
            Math.Log(1 + distance),
            Math.Log(1 + q.End - q.Start),
            q.Cue is "said" or "says" or "say" or "told" or "tells" ? 1 : 0,
            marks ? 1 : 0,
        ];
    }

    private static int FirstTokenAt(ReadOnlySpan<Tokenization.TextToken> tokens, int start)
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
