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
        Features = features.Where(static f => f.Weights.Length > 0).OrderBy(static f => f.Feature).ToArray();
    }

    /// <summary>The features in key order, as the model file stores them.</summary>
    public IReadOnlyList<(uint Feature, (byte Label, short Weight)[] Weights)> Features { get; }

    /// <summary>Adds the weights of every feature in <paramref name="features"/> into <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<uint> features, Span<int> scores)
    {
        var slots = _slots;
        var entries = _entries;
        foreach (uint h in features)
        {
            int slot = (int)h & _mask;
            while (true)
            {
                ulong e = slots[slot];
                if (e == 0)
                {
                    break;
                }

                if ((uint)(e >> 32) == h)
                {
                    int start = (int)((uint)e >> 8);
                    int end = start + (int)(e & 0xFF);
                    for (int k = start; k < end; k++)
                    {
                        uint x = entries[k];
                        scores[(int)(x >> 16)] += (short)x;
                    }

                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }
}
