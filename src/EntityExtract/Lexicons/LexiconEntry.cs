namespace EntityExtract.Lexicons;

/// <summary>
/// One name a user knows: its type, its canonical form, and the other ways the text may write it. Matched
/// exactly on token boundaries and trusted over the model (the EntityRuler of spaCy, the Spotter of Catalyst).
/// Immutable.
/// </summary>
public sealed class LexiconEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="type">A person, place or organization (dates are not lexicon entries).</param>
    /// <param name="name">The canonical name, which every match resolves to; it is matched too.</param>
    /// <param name="aliases">Other spellings that resolve to <paramref name="name"/>, such as an acronym or a short form.</param>
    /// <param name="ignoreCase">True to match regardless of case ("ACME", "acme"); by default case must match.</param>
    /// <exception cref="ArgumentException">The type is <see cref="MentionType.Date"/>, or the name or an alias is blank.</exception>
    public LexiconEntry(MentionType type, string name, IReadOnlyList<string>? aliases = null, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (type is not (MentionType.Person or MentionType.Place or MentionType.Organization))
        {
            throw new ArgumentException("A lexicon entry is a person, a place or an organization.", nameof(type));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A lexicon entry needs a name.", nameof(name));
        }

        var copy = aliases is null ? [] : aliases.ToArray();
        foreach (var alias in copy)
        {
            if (string.IsNullOrWhiteSpace(alias))
            {
                throw new ArgumentException("An alias is blank.", nameof(aliases));
            }
        }

        Type = type;
        Name = name.Trim();
        Aliases = copy;
        IgnoreCase = ignoreCase;
    }

    /// <summary>The entry's type: person, place or organization.</summary>
    public MentionType Type { get; }

    /// <summary>The canonical name every match resolves to.</summary>
    public string Name { get; }

    /// <summary>Other spellings that resolve to <see cref="Name"/>; empty when there are none.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Whether matching ignores case.</summary>
    public bool IgnoreCase { get; }
}
