namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The words of one sentence the first pass was unsure of, left for the second (<see cref="PosSecondPass"/>):
/// each one's position and the first pass's scores of every label. One per thread and model
/// (<see cref="PosTypeCache.Revisits"/>), reused from sentence to sentence; not thread-safe.
/// </summary>
internal sealed class PosRevisits
{
    private readonly int _tags;

    /// <summary>Creates the buffers for a model with <paramref name="tags"/> labels.</summary>
    public PosRevisits(int tags)
    {
        _tags = tags;
        Scores = new int[Positions.Length * tags];
    }

    /// <summary>The words kept.</summary>
    public int Count { get; private set; }

    /// <summary>The position of each word kept, in increasing order.</summary>
    public int[] Positions { get; private set; } = new int[64];

    /// <summary>The first pass's scores of every label at each word kept, one row of labels per word.</summary>
    public int[] Scores { get; private set; }

    /// <summary>Empties the buffers for the next sentence.</summary>
    public void Clear() => Count = 0;

    /// <summary>Keeps word <paramref name="position"/> with its first-pass scores.</summary>
    public void Add(int position, ReadOnlySpan<int> scores)
    {
        if (Count == Positions.Length)
        {
            var positions = new int[Count * 2];
            Positions.CopyTo(positions, 0);
            Positions = positions;
            var grown = new int[Count * 2 * _tags];
            Scores.CopyTo(grown, 0);
            Scores = grown;
        }

        Positions[Count] = position;
        scores.CopyTo(Scores.AsSpan(Count * _tags, _tags));
        Count++;
    }

    /// <summary>The scores kept for the <paramref name="k"/>-th word.</summary>
    public ReadOnlySpan<int> ScoresOf(int k) => Scores.AsSpan(k * _tags, _tags);
}
