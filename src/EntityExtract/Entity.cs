using EntityExtract.Places;

namespace EntityExtract;

/// <summary>
/// A person, place or organization as the whole document knows it: its canonical name and every mention
/// that resolves to it, in document order. Immutable and thread-safe.
/// </summary>
public sealed class Entity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="type">What the entity is.</param>
    /// <param name="name">Its canonical name.</param>
    /// <param name="mentions">Its mentions, in document order.</param>
    /// <param name="confidence">The group's confidence in [0, 1]; by default the highest of its mentions' (0 when it has none).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in [0, 1].</exception>
    public Entity(MentionType type, string name, IReadOnlyList<Mention> mentions, double? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mentions);
        if (confidence is double c && !(c is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), c, "A confidence is a probability in [0, 1].");
        }

        Type = type;
        Name = name;
        Mentions = mentions;
        Confidence = confidence ?? HighestConfidence(mentions);
    }

    /// <summary>What the entity is.</summary>
    public MentionType Type { get; }

    /// <summary>The canonical name: the fullest name the document uses for the entity.</summary>
    public string Name { get; }

    /// <summary>Every mention of the entity, in document order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>
    /// For a place, where it is (the location its mentions carry, <see cref="Mention.Geo"/>); <see langword="null"/>
    /// when the place could not be resolved, and for people and organizations.
    /// </summary>
    public GeoLocation? Geo => Mentions.FirstOrDefault(static m => m.Geo is not null)?.Geo;

    /// <summary>
    /// The group's confidence: the highest <see cref="Mention.Confidence"/> among its mentions, that is, the
    /// probability that its most trustworthy mention is a right name of this type. One sure mention makes the
    /// entity sure; its weaker mentions keep their own, lower values.
    /// </summary>
    public double Confidence { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Name} ×{Mentions.Count}";

    private static double HighestConfidence(IReadOnlyList<Mention> mentions)
    {
        double best = 0;
        foreach (var m in mentions)
        {
            best = Math.Max(best, m.Confidence);
        }

        return best;
    }
}
