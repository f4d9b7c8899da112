using EntityExtract.Places;

namespace EntityExtract;

/// <summary>
/// One mention in the text: a person, place, organization or date, with its exact UTF-16 span.
/// Immutable and thread-safe.
/// </summary>
public sealed class Mention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="type">What the mention refers to.</param>
    /// <param name="start">The UTF-16 offset of its first character.</param>
    /// <param name="end">The offset just past its last character (exclusive).</param>
    /// <param name="text">The mention's text: the input's substring from <paramref name="start"/> to <paramref name="end"/>.</param>
    /// <param name="canonical">For people, places and organizations: the name the document resolves it to.</param>
    /// <param name="value">For dates: the ISO 8601 value, or <see langword="null"/> when it cannot be resolved.</param>
    /// <param name="confidence">The probability that the mention is right, in [0, 1] (see <see cref="Confidence"/>); 1 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in [0, 1].</exception>
    public Mention(MentionType type, int start, int end, string text, string? canonical = null, string? value = null, double confidence = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        if (!(confidence is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence is a probability in [0, 1].");
        }

        Type = type;
        Start = start;
        End = end;
        Text = text;
        Canonical = canonical;
        Value = value;
        Confidence = confidence;
    }

    /// <summary>What the mention refers to.</summary>
    public MentionType Type { get; }

    /// <summary>The UTF-16 offset of the mention's first character in the input.</summary>
    public int Start { get; }

    /// <summary>The offset just past the mention's last character (exclusive).</summary>
    public int End { get; }

    /// <summary>The number of UTF-16 code units the mention covers.</summary>
    public int Length => End - Start;

    /// <summary>The mention's text, exactly as it appears in the input.</summary>
    public string Text { get; }

    /// <summary>
    /// For people, places and organizations, the fullest name the document uses for the same entity
    /// ("Kim" → "Kim Jong Un"); <see langword="null"/> for dates.
    /// </summary>
    public string? Canonical { get; }

    /// <summary>For dates, the ISO 8601 / TimeML value ("2025-12-09", "2025-W50", "2025-Q3"); otherwise <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>
    /// For places, where the place is (GeoNames id, country, kind, point), as the geocoding stage resolved the
    /// mention's entity; <see langword="null"/> when it could not be resolved, and for other types.
    /// </summary>
    public GeoLocation? Geo { get; private init; }

    /// <summary>
    /// The calibrated probability that the mention is right: that a careful annotator would mark exactly this
    /// span with exactly this type. Of all mentions with confidence near 0.9, about 9 in 10 are right on news
    /// text like the development sets it was calibrated on (<c>docs/confidence.md</c>); elsewhere it still
    /// ranks mentions but may be less exact. Matches of the user's lexicons carry 1.
    /// </summary>
    public double Confidence { get; }

    /// <summary>Returns a copy with another canonical name.</summary>
    /// <param name="canonical">The new canonical name.</param>
    public Mention WithCanonical(string? canonical) => new(Type, Start, End, Text, canonical, Value, Confidence) { Geo = Geo };

    /// <summary>Returns a copy with another location.</summary>
    /// <param name="geo">The location, or <see langword="null"/> for none.</param>
    public Mention WithGeo(GeoLocation? geo) => new(Type, Start, End, Text, Canonical, Value, Confidence) { Geo = geo };

    /// <summary>Returns a copy with another confidence.</summary>
    /// <param name="confidence">The new confidence, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in [0, 1].</exception>
    public Mention WithConfidence(double confidence) => new(Type, Start, End, Text, Canonical, Value, confidence) { Geo = Geo };

    /// <inheritdoc />
    public override string ToString() => $"{Type} [{Start},{End}) \"{Text}\"{(Canonical is null ? "" : " → " + Canonical)}{(Value is null ? "" : " = " + Value)}";
}
