namespace EntityExtract.Entities;

/// <summary>
/// The 13 BILOU labels of the recognizer: <c>O</c>, then Begin/Inside/Last/Unit for person, place and
/// organization. BILOU rather than BIO because Ratinov &amp; Roth (2009, "Design Challenges and
/// Misconceptions in Named Entity Recognition", §3) found it clearly better for a greedy perceptron.
/// </summary>
internal static class NerLabels
{
    /// <summary>The number of labels.</summary>
    public const int Count = 13;

    /// <summary>Outside any entity.</summary>
    public const int Outside = 0;

    /// <summary>The label used as the "previous label" before the first token of a sentence.</summary>
    public const int Start = Count;

    /// <summary>Part codes inside one type's block of four labels.</summary>
    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>Entity type index: 0 person, 1 place, 2 organization; -1 for <see cref="Outside"/>.</summary>
    public static int TypeOf(int label) => label <= 0 || label >= Count ? -1 : (label - 1) >> 2;

    /// <summary>Part of a non-O label: <see cref="Begin"/>, <see cref="Inside"/>, <see cref="Last"/> or <see cref="Unit"/>.</summary>
    public static int PartOf(int label) => (label - 1) & 3;

    /// <summary>Builds a label from an entity type index and a part code.</summary>
    public static int Make(int type, int part) => 1 + (type * 4) + part;

    /// <summary>The mention type of an entity type index.</summary>
    public static MentionType ToMentionType(int type) => type switch
    {
        0 => MentionType.Person,
        1 => MentionType.Place,
        _ => MentionType.Organization,
    };

    /// <summary>
    /// Whether <paramref name="label"/> may follow <paramref name="previous"/> under the BILOU grammar:
    /// after B or I of a type only I or L of the same type; elsewhere only O, B or U.
    /// </summary>
    public static bool IsAllowed(int previous, int label)
    {
        bool open = previous is > 0 and < Count && PartOf(previous) is Begin or Inside;
        if (open)
        {
            return label != Outside && TypeOf(label) == TypeOf(previous) && PartOf(label) is Inside or Last;
        }

        return label == Outside || PartOf(label) is Begin or Unit;
    }

    /// <summary>Whether <paramref name="label"/> may end a sentence (it closes any open entity).</summary>
    public static bool CanEnd(int label) => label == Outside || PartOf(label) is Last or Unit;

    // Bit l of entry p: label l may follow label p (p = Start before a sentence); the last entry: the labels that may end one.
    private static readonly uint[] Allowed = BuildAllowed();

    /// <summary>The labels that may follow <paramref name="previous"/>, as a bit set (bit l for label l); when <paramref name="last"/>, only those that may also end the sentence.</summary>
    public static uint AllowedAfter(int previous, bool last) => Allowed[previous] & (last ? Allowed[Count + 1] : uint.MaxValue);

    private static uint[] BuildAllowed()
    {
        var allowed = new uint[Count + 2];
        for (int label = 0; label < Count; label++)
        {
            for (int previous = 0; previous <= Start; previous++)
            {
                allowed[previous] |= IsAllowed(previous, label) ? 1u << label : 0;
            }

            allowed[Count + 1] |= CanEnd(label) ? 1u << label : 0;
        }

        return allowed;
    }
}
