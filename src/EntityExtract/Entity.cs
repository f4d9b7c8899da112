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
    public Entity(MentionType type, string name, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mentions);
        Type = type;
        Name = name;
        Mentions = mentions;
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

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Name} ×{Mentions.Count}";
}
