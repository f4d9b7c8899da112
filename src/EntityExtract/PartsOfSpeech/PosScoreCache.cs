using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The scores of the word-internal features (<see cref="PosFeatures.ComputeWord"/>: the word, its affixes,
/// shape and word class, about a third of all features) for recently seen word types, so that a word that
/// comes back is scored by one vector copy instead of fifteen probes into the weight table. Direct-mapped
/// by a hash of the word's exact text and its sentence-initial flag; a collision just recomputes. One cache
/// per thread (<see cref="ForCurrentThread"/>), so no locking; it belongs to one model at a time.
/// </summary>
internal sealed class PosScoreCache
{
    /// <summary>Entries (a power of two): 1,024 x 128 labels x 4 bytes = 512 KB per thread at most.</summary>
    public const int Size = 1024;

    [ThreadStatic]
    private static PosScoreCache? t_cache;

    private readonly ulong[] _keys = new ulong[Size];
    private readonly int[] _scores;
    private readonly int _stride;

    private PosScoreCache(PosModel model)
    {
        Model = model;
        _stride = model.Tags.Length;
        _scores = new int[Size * _stride];
    }

    /// <summary>The model whose weights the cached scores come from.</summary>
    public PosModel Model { get; }

    /// <summary>This thread's cache for <paramref name="model"/> (a new one when the thread last used another model).</summary>
    public static PosScoreCache ForCurrentThread(PosModel model)
    {
        var cache = t_cache;
        if (cache is null || !ReferenceEquals(cache.Model, model))
        {
            t_cache = cache = new PosScoreCache(model);
        }

        return cache;
    }

    /// <summary>Writes the word-internal scores of <paramref name="word"/> into <paramref name="scores"/> (overwriting it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Load(in PosWordInfo word, Span<int> scores)
    {
        // The key: the exact text's hash and the initial flag, with the top bit set so that 0 means empty.
        ulong key = (1UL << 63) | ((ulong)word.Exact << 1) | ((word.Flags & PosFeatures.FlagInitial) != 0 ? 1UL : 0UL);
        int slot = (int)(NerHash.Mix(word.Exact ^ (uint)key) & (Size - 1));
        var row = _scores.AsSpan(slot * _stride, _stride);
        if (_keys[slot] != key)
        {
            Span<uint> features = stackalloc uint[PosFeatures.MaxWordFeatures];
            int n = PosFeatures.ComputeWord(word, features);
            row.Clear();
            Model.Weights.Score(features[..n], row);
            _keys[slot] = key;
        }

        row.CopyTo(scores);
    }
}
