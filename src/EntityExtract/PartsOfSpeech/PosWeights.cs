using System.Runtime.CompilerServices;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The tagger's weights, stored sparsely: an averaged perceptron gives most features a non-zero weight
/// for only a few of the ~50 Penn tags, so each feature keeps a short list of (tag, weight) pairs instead
/// of a dense row. An open-addressing table (load at most 1/2, linear probing) maps the feature's 32-bit
/// hash to its list. The whole table is a few megabytes and stays warm in cache, which a dense hashed
/// table of the same features (tens of megabytes) would not. Immutable; safe to share between threads.
/// </summary>
internal sealed class PosWeights
{
    private readonly ulong[] _slots;
    private readonly uint[] _entries;
    private readonly int _mask;
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    /// <summary>Builds the table from features (distinct keys) and their (label, weight) pairs.</summary>
    public PosWeights(IReadOnlyList<(uint Feature, (byte Label, short Weight)[] Weights)> features)
    {
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Count * 2));
        _slots = new ulong[size];
        _mask = size - 1;
        var entries = new List<uint>();
        foreach (var (feature, weights) in features)
        {
            if (weights.Length == 0)
            {
                continue;
            }

            int slot = (int)feature & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = ((ulong)feature << 32) | ((uint)entries.Count << 8) | (uint)weights.Length;
            foreach (var (label, weight) in weights)
            {
                entries.Add(((uint)label << 16) | (ushort)weight);
            }
        }

        _entries = entries.ToArray();

        // A Bloom filter of the features (one 64-bit block per feature, two bits in it: Putze, Sanders and
        // Singler 2007, "Cache-, hash- and space-efficient Bloom filters"), 16 bits per feature: about 1.5% of
        // the absent features pass it. Most of a word's context features (word pairs, word x tag) were never
        // seen in training, and the filter, an eighth of the table's size, answers them without a cache miss.
        int blocks = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, features.Count / 4));
        _filter = new ulong[blocks];
        _filterShift = 32 - System.Numerics.BitOperations.Log2((uint)blocks);
        foreach (var (feature, weights) in features)
        {
            if (weights.Length > 0)
            {
                _filter[feature >> _filterShift] |= FilterBits(feature);
            }
        }
        Features = features.Where(static f => f.Weights.Length > 0).OrderBy(static f => f.Feature).ToArray();
    }

    /// <summary>The features in key order, as the model file stores them.</summary>
    public IReadOnlyList<(uint Feature, (byte Label, short Weight)[] Weights)> Features { get; }

    /// <summary>Adds the weights of every feature in <paramref name="features"/> into <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<uint> features, Span<int> scores)
    {
        foreach (uint h in features)
        {
            Add(Locate(h), scores);
        }
    }

    /// <summary>Where the weights of <paramref name="feature"/> are: (first entry &lt;&lt; 8) | count, 0 when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Locate(uint feature)
    {
        ulong bits = FilterBits(feature);
        if ((_filter[feature >> _filterShift] & bits) != bits)
        {
            return 0;
        }

        var slots = _slots;
        int slot = (int)feature & _mask;
        while (true)
        {
            ulong e = slots[slot];
            if (e == 0 || (uint)(e >> 32) == feature)
            {
                return (uint)e;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the weights at <paramref name="location"/> (from <see cref="Locate"/>) into <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(uint location, Span<int> scores)
    {
        var entries = _entries;
        int start = (int)(location >> 8);
        int end = start + (int)(location & 0xFF);
        for (int k = start; k < end; k++)
        {
            uint x = entries[k];
            scores[(int)(x >> 16)] += (short)x;
        }
    }

    /// <summary>Adds a dense row of scores (one per label) into <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddRow(ReadOnlySpan<int> row, Span<int> scores)
    {
        int l = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            for (; l + System.Numerics.Vector<int>.Count <= scores.Length; l += System.Numerics.Vector<int>.Count)
            {
                (new System.Numerics.Vector<int>(scores[l..]) + new System.Numerics.Vector<int>(row[l..])).CopyTo(scores[l..]);
            }
        }

        for (; l < scores.Length; l++)
        {
            scores[l] += row[l];
        }
    }

    /// <summary>
    /// Adds a dense row of scores into <paramref name="scores"/> at <paramref name="labels"/> only, or at every label
    /// when <paramref name="labels"/> is empty: a word that may take only a few labels needs only their scores.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddRow(ReadOnlySpan<int> row, Span<int> scores, ReadOnlySpan<byte> labels)
    {
        if (labels.IsEmpty)
        {
            AddRow(row, scores);
            return;
        }

        foreach (byte l in labels)
        {
            scores[l] += row[l];
        }
    }

    /// <summary>Subtracts the weights at <paramref name="location"/> (from <see cref="Locate"/>) from <paramref name="scores"/>.</summary>
    public void Subtract(uint location, Span<int> scores)
    {
        foreach (uint x in _entries.AsSpan((int)(location >> 8), (int)(location & 0xFF)))
        {
            scores[(int)(x >> 16)] -= (short)x;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBits(uint h) => (1UL << (int)(h & 63)) | (1UL << (int)((h >> 6) & 63));
}
