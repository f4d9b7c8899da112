using System.Numerics;
using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// What the tagger knows about recently seen word types, so that a word that comes back costs one hash of its
/// text instead of a dozen hashes and two table look-ups (<see cref="PosFeatures.Describe"/>), and its
/// features that read one word alone (as itself, as the previous or next word, or the word two away: 23 of
/// the 44 per position) cost five vector additions instead of 23 probes into the weight table. Words repeat
/// (Zipf): in news text a few thousand types make most of the running words. Direct-mapped by a hash of the
/// text, which is kept and compared, so a collision only recomputes; words longer than <see cref="MaxChars"/>
/// are not kept. The score vectors are filled on first use. One cache per thread (<see cref="ForCurrentThread"/>),
/// so no locking; it belongs to one model at a time and holds at most a few megabytes.
/// </summary>
internal sealed class PosTypeCache
{
    /// <summary>Entries (a power of two).</summary>
    public const int Size = 4096;

    /// <summary>The longest word kept.</summary>
    public const int MaxChars = 24;

    // The score vectors of an entry, in this order; a bit of _ready per vector says it is filled.
    private const int Own = 0, Before = 1, Before2 = 2, After = 3, After2 = 4, Kinds = 5;

    [ThreadStatic]
    private static PosTypeCache? t_cache;

    private static long s_caches;

    private readonly char[] _text = new char[Size * MaxChars];
    private readonly byte[] _length = new byte[Size];
    private readonly PosWordInfo[] _infos = new PosWordInfo[Size];
    private readonly byte[] _ready = new byte[Size];
    private readonly int[] _vectors;
    private readonly int[] _scratch;
    private readonly int[] _boundaries;
    private readonly int _stride;
    private long _clock;

    private PosTypeCache(PosModel model)
    {
        Model = model;
        _stride = model.Tags.Length;
        _vectors = new int[Size * Kinds * _stride];
        _scratch = new int[Kinds * _stride];

        // Stamps are unique across caches (the count of caches in the high bits), so a word described on one
        // thread and decoded on another never reads the other thread's entry.
        _clock = Interlocked.Increment(ref s_caches) << 40;

        // The sentence boundaries, scored once: before the first word, two before the first and the second
        // word, after the last, two after the last but one and the last.
        _boundaries = new int[6 * _stride];
        Fill(PosFeatures.BeforeFirst, Before, Boundary(0));
        Fill(PosFeatures.BeforeFirst, Before2, Boundary(1));
        Fill(PosFeatures.BeforeSecond, Before2, Boundary(2));
        Fill(PosFeatures.AfterLast, After, Boundary(3));
        Fill(PosFeatures.AfterLast2, After2, Boundary(4));
        Fill(PosFeatures.AfterSecond, After2, Boundary(5));
    }

    /// <summary>The model whose word classes and weights the entries come from.</summary>
    public PosModel Model { get; }

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
            word.CopyTo(kept);
            _length[slot] = (byte)word.Length;
            _ready[slot] = 0;
        }

        var result = _infos[slot];
        if (initial)
        {
            result.Flags |= PosFeatures.FlagInitial;
        }

        return result;
    }

    /// <summary>Adds the scores of the features that read word <paramref name="i"/> alone, or one of its neighbours alone, into <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddSingles(ReadOnlySpan<PosWordInfo> s, int i, Span<int> scores)
    {
        Add(Scores(s[i], Own), scores);
        Add(i > 0 ? Scores(s[i - 1], Before) : Boundary(0), scores);
        Add(i > 1 ? Scores(s[i - 2], Before2) : Boundary(i > 0 ? 1 : 2), scores);
        Add(i + 1 < s.Length ? Scores(s[i + 1], After) : Boundary(3), scores);
        Add(i + 2 < s.Length ? Scores(s[i + 2], After2) : Boundary(i + 1 < s.Length ? 4 : 5), scores);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ReadOnlySpan<int> vector, Span<int> scores)
    {
        int l = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; l + Vector<int>.Count <= scores.Length; l += Vector<int>.Count)
            {
                (new Vector<int>(scores[l..]) + new Vector<int>(vector[l..])).CopyTo(scores[l..]);
            }
        }

        for (; l < scores.Length; l++)
        {
            scores[l] += vector[l];
        }
    }

    private Span<int> Boundary(int k) => _boundaries.AsSpan(k * _stride, _stride);

    // The scores of one group of a word's single-word features: from its entry when the entry still holds the
    // word (filled on first use), else computed afresh.
    private ReadOnlySpan<int> Scores(in PosWordInfo w, int kind)
    {
        int slot = w.Slot;
        if (w.Stamp == 0 || (uint)slot >= Size || _infos[slot].Stamp != w.Stamp)
        {
            var scratch = _scratch.AsSpan(kind * _stride, _stride);
            Fill(w, kind, scratch);
            return scratch;
        }

        var row = _vectors.AsSpan(((slot * Kinds) + kind) * _stride, _stride);
        if ((_ready[slot] & (1 << kind)) == 0)
        {
            Fill(w, kind, row);
            _ready[slot] |= (byte)(1 << kind);
        }

        return row;
    }

    private void Fill(in PosWordInfo w, int kind, Span<int> row)
    {
        Span<uint> features = stackalloc uint[PosFeatures.MaxWordFeatures];
        int n = kind switch
        {
            Own => PosFeatures.ComputeOwn(w, features),
            Before or After => PosFeatures.ComputeAsNeighbour(w, kind == After, features),
            _ => PosFeatures.ComputeAsNeighbour2(w, kind == After2, features),
        };
        row.Clear();
        Model.Weights.Score(features[..n], row);
    }
}
