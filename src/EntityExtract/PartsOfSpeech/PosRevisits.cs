namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// What the first pass leaves for the second (<see cref="PosStacking"/>) in one sentence: its tags, and for each
/// word it was unsure of, the position, the margin and the runner-up tag. One per
/// thread and model (<see cref="PosTypeCache.Revisits"/>), reused from sentence to sentence; not thread-safe.
/// </summary>
internal sealed class PosRevisits
{
    private int _tags;

    /// <summary>The words kept.</summary>
    public int Count { get; private set; }

    /// <summary>The first pass's tags of the sentence.</summary>
    public byte[] First { get; private set; } = new byte[64];

    /// <summary>The position of each word kept.</summary>
    public int[] Positions { get; private set; } = new int[64];

    /// <summary>The first pass's margin at each word kept (best score minus the runner-up's).</summary>
    public int[] Margins { get; private set; } = new int[64];

    /// <summary>The first pass's runner-up tag at each word kept.</summary>
    public int[] Seconds { get; private set; } = new int[64];

    /// <summary>The first pass's tags in reverse order (scratch for the right-to-left second pass).</summary>
    public byte[] Reversed { get; private set; } = new byte[64];

    /// <summary>A scratch copy of the sentence's words (the second pass reads them right to left).</summary>
    public PosWordInfo[] Words { get; private set; } = new PosWordInfo[64];

    /// <summary>The first pass's scores of every label at each word kept, one row of labels per word.</summary>
    public int[] Scores { get; private set; } = [];

    /// <summary>Empties the buffers for a sentence of <paramref name="words"/> words.</summary>
    public void Reset(int words, int tags)
    {
        Count = 0;
        if (_tags != tags)
        {
            _tags = tags;
            Scores = new int[Positions.Length * tags];
        }

        if (First.Length < words)
        {
            First = new byte[words * 2];
            Words = new PosWordInfo[words * 2];
            Reversed = new byte[words * 2];
        }
    }

    /// <summary>Keeps word <paramref name="position"/>, with its margin and runner-up.</summary>
    public void Add(int position, int margin, int second, ReadOnlySpan<int> scores)
    {
        if (Count == Positions.Length)
        {
            int size = Count * 2;
            Positions = Grow(Positions, size);
            Margins = Grow(Margins, size);
            Seconds = Grow(Seconds, size);
            Scores = Grow(Scores, size * _tags);
        }

        Positions[Count] = position;
        Margins[Count] = margin;
        Seconds[Count] = second;
        scores.CopyTo(Scores.AsSpan(Count * _tags, _tags));
        Count++;
    }

    /// <summary>The scores kept for the <paramref name="k"/>-th word.</summary>
    public ReadOnlySpan<int> ScoresOf(int k) => Scores.AsSpan(k * _tags, _tags);

    private static T[] Grow<T>(T[] array, int size)
    {
        var grown = new T[size];
        array.CopyTo(grown, 0);
        return grown;
    }
}
