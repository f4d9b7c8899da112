using System.Numerics;
using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// What the tagger knows about recently seen word types, so that a word that comes back costs one hash of its
/// text instead of a dozen hashes and two table look-ups (<see cref="PosFeatures.Describe"/>), and its
/// features that read one word alone (as itself, as the previous or next word, or the word two away: 23 of
/// the 44 per position) cost four vector additions and six short lists instead of 23 probes into the weight
/// table. Words repeat
/// (Zipf): in news text a few thousand types make most of the running words. Direct-mapped by a hash of the
/// text, which is kept and compared, so a collision only recomputes; words longer than <see cref="MaxChars"/>
/// are not kept. An entry's scores and locations are filled on first use. One cache per thread (<see cref="ForCurrentThread"/>),
/// so no locking; it belongs to one model at a time and holds about 5 MB (8,192 types: a dense row of 102
/// scores, the feature inputs and the text of each).
/// </summary>
internal sealed class PosTypeCache
{
    /// <summary>Entries (a power of two).</summary>
    public const int Size = 8192;

    /// <summary>The longest word kept.</summary>
    public const int MaxChars = 24;

    // The groups of a word's single-word features; a bit of _ready per group says the entry holds it. Own is a
    // dense row of scores (fourteen features, some with weights for most labels). The others read the word as
    // a neighbour: its text and suffix (whose weights are few: the entry keeps where they are, PosWeights.Locate,
    // and adds them at each use), and its word class and likely tag (a few hundred values, whose rows are
    // scored once per cache: _classBefore, _classAfter, _likelyAfter). A dense row per group (issue 17's third
    // round) cost a fill per word type and group and a read of seven cache lines per use, where a short list is
    // one; here one row per type is filled, so twice the types fit in less memory (8,192 in about 5 MB, against
    // 4,096 in 9 MB).
    private const int Own = 0, Before = 1, After = 2, Before2 = 3, After2 = 4, Kinds = 5;

    // Locations per entry: the word's text and suffix before (2), after (2), and its text two before and two after.
    private const int Locations = 6;

    // Values of a word class (ClusterFine, the high byte of a ushort) and of a likely tag (label + 1, or 0).
    private const int ClassValues = 256;

    [ThreadStatic]
    private static PosTypeCache? t_cache;

    private static long s_caches;

    private readonly char[] _text = new char[Size * MaxChars];
    private readonly byte[] _length = new byte[Size];
    private readonly PosWordInfo[] _infos = new PosWordInfo[Size];
    private readonly byte[] _ready = new byte[Size];
    private readonly uint[] _locations = new uint[Size * Locations];
    private readonly int[] _classBefore, _classAfter, _likelyAfter;
    private readonly int[] _vectors;
    private readonly int[] _scratch;
    private readonly int[] _boundaries;
    private readonly int[] _bias;
    private readonly int _stride;
    private long _clock;
    private PosRevisits? _revisits;

    private PosTypeCache(PosModel model)
    {
        Model = model;
        _stride = model.Tags.Length;
        _vectors = new int[Size * _stride];
        _scratch = new int[Kinds * _stride];

        // Stamps are unique across caches (the count of caches in the high bits), so a word described on one
        // thread and decoded on another never reads the other thread's entry.
        _clock = Interlocked.Increment(ref s_caches) << 40;

        _bias = new int[_stride];
        Model.Weights.Score([NerHash.Feature(101, 0)], _bias);

        // The sentence boundaries, scored once: before the first word, two before the first and the second
        // word, after the last, two after the last but one and the last.
        _boundaries = new int[6 * _stride];
        Fill(PosFeatures.BeforeFirst, Before, Boundary(0));
        Fill(PosFeatures.BeforeFirst, Before2, Boundary(1));
        Fill(PosFeatures.BeforeSecond, Before2, Boundary(2));
        Fill(PosFeatures.AfterLast, After, Boundary(3));
        Fill(PosFeatures.AfterLast2, After2, Boundary(4));
        Fill(PosFeatures.AfterSecond, After2, Boundary(5));

        // The rows of the word-class and likely-tag features of a neighbour, by value.
        _classBefore = new int[ClassValues * _stride];
        _classAfter = new int[ClassValues * _stride];
        for (int c = 0; c < ClassValues; c++)
        {
            Model.Weights.Score([NerHash.Feature(126, (uint)c)], _classBefore.AsSpan(c * _stride, _stride));
            Model.Weights.Score([NerHash.Feature(127, (uint)c)], _classAfter.AsSpan(c * _stride, _stride));
        }

        _likelyAfter = new int[(_stride + 1) * _stride];
        for (int l = 0; l <= _stride; l++)
        {
            Model.Weights.Score([NerHash.Feature(140, (uint)l)], _likelyAfter.AsSpan(l * _stride, _stride));
        }
    }

    /// <summary>The model whose word classes and weights the entries come from.</summary>
    public PosModel Model { get; }

    /// <summary>This thread's buffers for the second pass (<see cref="PosSecondPass"/>), made on first use.</summary>
    public PosRevisits Revisits => _revisits ??= new PosRevisits(_stride);

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
        Add(OwnScores(s[i]), scores);
        if (i > 0)
        {
            AddNeighbour(s[i - 1], Before, scores);
        }
        else
        {
            Add(Boundary(0), scores);
        }

        if (i > 1)
        {
            AddNeighbour(s[i - 2], Before2, scores);
        }
        else
        {
            Add(Boundary(i > 0 ? 1 : 2), scores);
        }

        if (i + 1 < s.Length)
        {
            AddNeighbour(s[i + 1], After, scores);
        }
        else
        {
            Add(Boundary(3), scores);
        }

        if (i + 2 < s.Length)
        {
            AddNeighbour(s[i + 2], After2, scores);
        }
        else
        {
            Add(Boundary(i + 1 < s.Length ? 4 : 5), scores);
        }
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

    // The scores of a word's own features: from its entry when the entry still holds the word (filled on first
    // use), else computed afresh.
    private ReadOnlySpan<int> OwnScores(in PosWordInfo w)
    {
        int slot = w.Slot;
        if (w.Stamp == 0 || (uint)slot >= Size || _infos[slot].Stamp != w.Stamp)
        {
            var scratch = _scratch.AsSpan(0, _stride);
            Fill(w, Own, scratch);
            return scratch;
        }

        var row = _vectors.AsSpan(slot * _stride, _stride);
        if ((_ready[slot] & (1 << Own)) == 0)
        {
            Fill(w, Own, row);
            _ready[slot] |= 1 << Own;
        }

        return row;
    }

    // Adds the scores of the features that read word w as a neighbour of the given kind
    // (PosFeatures.ComputeAsNeighbour, ComputeAsNeighbour2): the word and suffix through the locations of its
    // entry (found on first use), the word class and likely tag from the rows by value.
    private void AddNeighbour(in PosWordInfo w, int kind, Span<int> scores)
    {
        Span<uint> features = stackalloc uint[PosFeatures.MaxWordFeatures];
        var weights = Model.Weights;
        int slot = w.Slot;
        if (w.Stamp == 0 || (uint)slot >= Size || _infos[slot].Stamp != w.Stamp || w.ClusterFine >= ClassValues || w.Likely > (uint)_stride)
        {
            weights.Score(features[..Compute(w, kind, features)], scores);
            return;
        }

        // Before: 0 and 1, After: 2 and 3, Before2: 4, After2: 5.
        int first = (slot * Locations) + (kind switch { Before => 0, After => 2, Before2 => 4, _ => 5 });
        if ((_ready[slot] & (1 << kind)) == 0)
        {
            Compute(w, kind, features);
            _locations[first] = weights.Locate(features[0]);
            if (kind is Before or After)
            {
                _locations[first + 1] = weights.Locate(features[1]);
            }

            _ready[slot] |= (byte)(1 << kind);
        }

        weights.Add(_locations[first], scores);
        if (kind == Before)
        {
            weights.Add(_locations[first + 1], scores);
            Add(_classBefore.AsSpan((int)w.ClusterFine * _stride, _stride), scores);
        }
        else if (kind == After)
        {
            weights.Add(_locations[first + 1], scores);
            Add(_classAfter.AsSpan((int)w.ClusterFine * _stride, _stride), scores);
            Add(_likelyAfter.AsSpan((int)w.Likely * _stride, _stride), scores);
        }
    }

    // The features of one group (PosFeatures.ComputeOwn, ComputeAsNeighbour, ComputeAsNeighbour2).
    private static int Compute(in PosWordInfo w, int kind, Span<uint> features) => kind switch
    {
        Own => PosFeatures.ComputeOwn(w, features),
        Before or After => PosFeatures.ComputeAsNeighbour(w, kind == After, features),
        _ => PosFeatures.ComputeAsNeighbour2(w, kind == After2, features),
    };

    private void Fill(in PosWordInfo w, int kind, Span<int> row)
    {
        Span<uint> features = stackalloc uint[PosFeatures.MaxWordFeatures];
        int n = Compute(w, kind, features);
        if (kind == Own)
        {
            // The bias (the first feature, the same for every word) comes as a row scored once.
            _bias.CopyTo(row);
            Model.Weights.Score(features[1..n], row);
            return;
        }

        row.Clear();
        Model.Weights.Score(features[..n], row);
    }
}
