namespace EntityExtract;

/// <summary>
/// Quoted speech and, when the text says, who said it. The span covers the quoted words without the
/// quotation marks. Immutable and thread-safe.
/// </summary>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="start">The UTF-16 offset of the first quoted character (after the opening mark).</param>
    /// <param name="end">The offset just past the last quoted character (before the closing mark).</param>
    /// <param name="text">The quoted words: the input's substring from <paramref name="start"/> to <paramref name="end"/>.</param>
    /// <param name="kind">Whether it is a direct or a partial quote.</param>
    /// <param name="speaker">The canonical name of the speaker, or <see langword="null"/> when the text does not say.</param>
    /// <param name="speakerStart">The offset of the mention the attribution rests on.</param>
    /// <param name="speakerEnd">The end of that mention (exclusive).</param>
    /// <param name="cue">The reporting verb or phrase ("said", "according to").</param>
    /// <param name="confidence">The probability that the quote and its speaker are right, in [0, 1] (see <see cref="Confidence"/>); 1 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in [0, 1].</exception>
    public Quote(int start, int end, string text, QuoteKind kind, string? speaker = null, int? speakerStart = null, int? speakerEnd = null, string? cue = null, double confidence = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        if (!(confidence is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence is a probability in [0, 1].");
        }

        Start = start;
        End = end;
        Text = text;
        Kind = kind;
        Speaker = speaker;
        SpeakerStart = speakerStart;
        SpeakerEnd = speakerEnd;
        Cue = cue;
        Confidence = confidence;
    }

    /// <summary>The UTF-16 offset of the first quoted character.</summary>
    public int Start { get; }

    /// <summary>The offset just past the last quoted character (exclusive).</summary>
    public int End { get; }

    /// <summary>The quoted words, without the marks.</summary>
    public string Text { get; }

    /// <summary>Whether the quote is direct or partial.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The canonical name of who is quoted, or <see langword="null"/> when the text does not say.</summary>
    public string? Speaker { get; }

    /// <summary>The start of the mention the attribution rests on (a name, or a pronoun such as "He").</summary>
    public int? SpeakerStart { get; }

    /// <summary>The end (exclusive) of the mention the attribution rests on.</summary>
    public int? SpeakerEnd { get; }

    /// <summary>The reporting verb or phrase, such as "said" or "according to", or <see langword="null"/>.</summary>
    public string? Cue { get; }

    /// <summary>
    /// The calibrated probability that the quote is right: that it is quoted speech with about this span and,
    /// when a speaker is given, that speaker (or, when none is, that the text names none). Calibrated on
    /// held-back news (<c>docs/confidence.md</c>).
    /// </summary>
    public double Confidence { get; }

    /// <summary>Returns a copy attributed to another speaker.</summary>
    /// <param name="speaker">The speaker's canonical name.</param>
    /// <param name="speakerStart">The start of the mention the attribution rests on.</param>
    /// <param name="speakerEnd">The end of that mention.</param>
    /// <param name="cue">The reporting verb or phrase.</param>
    internal Quote WithSpeaker(string? speaker, int? speakerStart, int? speakerEnd, string? cue) => new(Start, End, Text, Kind, speaker, speakerStart, speakerEnd, cue, Confidence);

    /// <summary>Returns a copy with another confidence.</summary>
    /// <param name="confidence">The new confidence, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in [0, 1].</exception>
    public Quote WithConfidence(double confidence) => new(Start, End, Text, Kind, Speaker, SpeakerStart, SpeakerEnd, Cue, confidence);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} [{Start},{End}) \"{Text}\" — {Speaker ?? "(unknown)"}{(Cue is null ? "" : " (" + Cue + ")")}";
}
