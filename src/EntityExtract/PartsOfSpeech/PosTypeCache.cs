using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// What the tagger knows about recently seen word types, so that a word that comes back costs one hash of its
/// text instead of a dozen hashes and two table look-ups (<see cref="PosFeatures.Describe"/>), and its
/// features that read one word alone cost a few vector additions and short lists instead of 23 probes into
/// the weight table (<see cref="Singles"/>, and <see cref="SecondSingles"/> for the second pass). Words repeat
/// (Zipf): in news text a few thousand types make most of the running words. Direct-mapped by a hash of the
/// text, which is kept and compared, so a collision only recomputes; words longer than <see cref="MaxChars"/>
/// are not kept. One cache per thread (<see cref="ForCurrentThread"/>), so no locking; it belongs to one model
/// at a time and holds about 5 MB (8,192 types: the text and feature inputs of each, 1.2 MB, and the first pass's
/// scores, 3.8 MB, mostly a dense row of 102 scores per type), and 3.8 MB more for the second pass once it runs.
/// </summary>
internal sealed class PosTypeCache
{
    /// <summary>Entries (a power of two).</summary>
    public const int Size = 8192;

    /// <summary>The longest word kept.</summary>
    public const int MaxChars = 24;

    [ThreadStatic]
    private static PosTypeCache? t_cache;

    private static long s_caches;

    private readonly char[] _text = new char[Size * MaxChars];
    private readonly byte[] _length = new byte[Size];
    private readonly PosWordInfo[] _infos = new PosWordInfo[Size];

    // The stamp of each entry apart from its description (a long against 80 bytes), so that checking that an
    // entry still holds a word, four times per scored word, reads 64 KB rather than 640 KB.
    private readonly long[] _stamps = new long[Size];
    private long _clock;
    private PosRevisits? _revisits;
    private PosTypeScores? _secondSingles;

    private PosTypeCache(PosModel model)
    {
        Model = model;

        // Stamps are unique across caches (the count of caches in the high bits), so a word described on one
        // thread and decoded on another never reads the other thread's entry.
        _clock = Interlocked.Increment(ref s_caches) << 40;
        Singles = new PosTypeScores(this, model.Weights, model.Tags.Length);
    }

    /// <summary>The model whose word classes and weights the entries come from.</summary>
    public PosModel Model { get; }

    /// <summary>The single-word scores of the cached types under the first pass's weights.</summary>
    public PosTypeScores Singles { get; }

    /// <summary>The single-word scores of the cached types under the second pass's weights (<see cref="PosSecondPass.Weights"/>), made on first use.</summary>
    public PosTypeScores SecondSingles => _secondSingles ??= new PosTypeScores(this, Model.SecondPass.Weights, Model.Tags.Length);

    /// <summary>This thread's buffers for the second pass (<see cref="PosSecondPass"/>), made on first use.</summary>
    public PosRevisits Revisits => _revisits ??= new PosRevisits(Model.Tags.Length);

    /// <summary>This thread's cache for <paramref name="model"/> (a new one when the thread last used another model).</summary>
    public static PosTypeCache ForCurrentThread(PosModel model)
    {
        var cache = t_cache;
        if (cache is null || !ReferenceEquals(cache.Model, model))
        {
            t_cache = cache = new PosTypeCache(model);
        }

        return cache;
    }

    /// <summary>Whether the entry that described <paramref name="w"/> still holds its type (and so its scores).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Holds(in PosWordInfo w) => w.Stamp != 0 && (uint)w.Slot < Size && _stamps[w.Slot] == w.Stamp;

    /// <summary>The feature inputs of <paramref name="word"/>, as <see cref="PosFeatures.Describe"/> computes them, with the word's slot and stamp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PosWordInfo Describe(ReadOnlySpan<char> word, bool initial)
    {
        if (word.Length is 0 or > MaxChars)
        {
            return PosFeatures.Describe(word, initial, Model.ClusterTable, Model.LexiconTable);
        }

        int slot = (int)(NerHash.Mix(NerHash.Exact(word)) & (Size - 1));
        var kept = _text.AsSpan(slot * MaxChars, word.Length);
        if (_length[slot] != word.Length || !word.SequenceEqual(kept))
        {
            // The word is described as not initial; the flag is per occurrence and only the flags × shape feature reads it.
            var info = PosFeatures.Describe(word, false, Model.ClusterTable, Model.LexiconTable);
            info.Slot = slot;
            info.Stamp = ++_clock;
            _infos[slot] = info;
            _stamps[slot] = info.Stamp;
            word.CopyTo(kept);
            _length[slot] = (byte)word.Length;
            Singles.Forget(slot);
            _secondSingles?.Forget(slot);
        }

        var result = _infos[slot];
        if (initial)
        {
            result.Flags |= PosFeatures.FlagInitial;
        }

        return result;
    }
}
