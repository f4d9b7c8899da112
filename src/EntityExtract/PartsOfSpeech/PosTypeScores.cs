using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The scores, under one weight table, of the features that read one word alone (as itself, as the previous or
/// next word, or the word two away: 23 of the 44 per position) for the word types of a <see cref="PosTypeCache"/>,
/// filled on first use: a word costs four vector additions and six short lists instead of 23 probes into the
/// weight table. The first pass has one (<see cref="PosTypeCache.Singles"/>), the right-to-left second pass
/// another (<see cref="PosTypeCache.SecondSingles"/>): the same word types, another table. Not thread-safe: it
/// belongs to its cache's thread.
/// </summary>
internal sealed class PosTypeScores
{
    // The groups of a word's single-word features; a bit of _ready per group says the entry holds it. Own is a
    // dense row of scores (fourteen features, some with weights for most labels). The others read the word as
    // a neighbour: its text and suffix (whose weights are few: the entry keeps where they are, PosWeights.Locate,
    // and adds them at each use), and its word class and likely tag (a few hundred values, whose rows are
    // scored once per table: _classBefore, _classAfter, _likelyAfter). A dense row per group (issue 17's third
    // round) cost a fill per word type and group and a read of seven cache lines per use, where a short list is
    // one; here one row per type is filled, so twice the types fit in less memory (8,192 in about 5 MB, against
    // 4,096 in 9 MB).
    private const int Own = 0, Before = 1, After = 2, Before2 = 3, After2 = 4, Kinds = 5;

    // Locations per entry: the word's text and suffix before (2), after (2), and its text two before and two after.
    private const int Locations = 6;

    // Values of a word class (ClusterFine, the high byte of a ushort) and of a likely tag (label + 1, or 0).
    private const int ClassValues = 256;

    private readonly PosTypeCache _types;
    private readonly PosWeights _weights;
    private readonly byte[] _ready = new byte[PosTypeCache.Size];
    private readonly uint[] _locations = new uint[PosTypeCache.Size * Locations];
    private readonly int[] _classBefore, _classAfter, _likelyAfter;
    private readonly int[] _vectors;
    private readonly int[] _scratch;
    private readonly uint[] _features = new uint[PosFeatures.MaxWordFeatures];
    private readonly int[] _boundaries;
    private readonly int[] _bias;
    private readonly int _stride;

    /// <summary>Creates the (empty) scores of <paramref name="types"/>' word types under <paramref name="weights"/>.</summary>
    public PosTypeScores(PosTypeCache types, PosWeights weights, int tags)
    {
        _types = types;
        _weights = weights;
        _stride = tags;
        _vectors = new int[PosTypeCache.Size * _stride];
        _scratch = new int[Kinds * _stride];
        _bias = new int[_stride];
        _weights.Score([NerHash.Feature(101, 0)], _bias);

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
            _weights.Score([NerHash.Feature(126, (uint)c)], _classBefore.AsSpan(c * _stride, _stride));
            _weights.Score([NerHash.Feature(127, (uint)c)], _classAfter.AsSpan(c * _stride, _stride));
        }

        _likelyAfter = new int[(_stride + 1) * _stride];
        for (int l = 0; l <= _stride; l++)
        {
            _weights.Score([NerHash.Feature(140, (uint)l)], _likelyAfter.AsSpan(l * _stride, _stride));
        }
    }

    /// <summary>Forgets what the entry at <paramref name="slot"/> held (its cache gave the slot to another word type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Forget(int slot) => _ready[slot] = 0;

    /// <summary>
    /// Adds the scores of the features that read word <paramref name="i"/> alone, or one of its neighbours alone, into
    /// <paramref name="scores"/>: at every label, or, with <paramref name="labels"/>, only the dense rows' scores at those
    /// labels (the sparse weight lists are added whole; the other labels' sums are then partial and not to be read).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddSingles(ReadOnlySpan<PosWordInfo> s, int i, Span<int> scores, ReadOnlySpan<byte> labels = default)
    {
        AddOwn(s[i], scores, labels);
        if (i > 0)
        {
            AddNeighbour(s[i - 1], Before, scores, labels);
        }
        else
        {
            Add(Boundary(0), scores, labels);
        }

        if (i > 1)
        {
            AddNeighbour(s[i - 2], Before2, scores, labels);
        }
        else
        {
            Add(Boundary(i > 0 ? 1 : 2), scores, labels);
        }

        if (i + 1 < s.Length)
        {
            AddNeighbour(s[i + 1], After, scores, labels);
        }
        else
        {
            Add(Boundary(3), scores, labels);
        }

        if (i + 2 < s.Length)
        {
            AddNeighbour(s[i + 2], After2, scores, labels);
        }
        else
        {
            Add(Boundary(i + 1 < s.Length ? 4 : 5), scores, labels);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ReadOnlySpan<int> row, Span<int> scores, ReadOnlySpan<byte> labels) => PosWeights.AddRow(row, scores, labels);

    private Span<int> Boundary(int k) => _boundaries.AsSpan(k * _stride, _stride);

    // Adds the scores of a word's own features: from its entry when the entry still holds the word (filled on
    // first use, for the word as not sentence-initial: the first word of a sentence then trades the flags ×
    // shape feature's weights for those of its own flags, which integer sums make exact), else computed afresh.
    private void AddOwn(in PosWordInfo w, Span<int> scores, ReadOnlySpan<byte> labels)
    {
        int slot = w.Slot;
        if (!_types.Holds(w))
        {
            var scratch = _scratch.AsSpan(0, _stride);
            Fill(w, Own, scratch);
            Add(scratch, scores, labels);
            return;
        }

        var row = _vectors.AsSpan(slot * _stride, _stride);
        uint typeFlags = w.Flags & ~PosFeatures.FlagInitial;
        if ((_ready[slot] & (1 << Own)) == 0)
        {
            var type = w;
            type.Flags = typeFlags;
            Fill(type, Own, row);
            _ready[slot] |= 1 << Own;
        }

        Add(row, scores, labels);
        if (typeFlags != w.Flags)
        {
            _weights.Subtract(_weights.Locate(PosFeatures.ComputeFlags(typeFlags, w.Shape)), scores);
            _weights.Add(_weights.Locate(PosFeatures.ComputeFlags(w.Flags, w.Shape)), scores);
        }
    }

    // Adds the scores of the features that read word w as a neighbour of the given kind
    // (PosFeatures.ComputeAsNeighbour, ComputeAsNeighbour2): the word and suffix through the locations of its
    // entry (found on first use), the word class and likely tag from the rows by value.
    private void AddNeighbour(in PosWordInfo w, int kind, Span<int> scores, ReadOnlySpan<byte> labels)
    {
        // A field, not a stackalloc: this runs four times per scored word, and the runtime zeroes a stackalloc
        // at every call (SkipLocalsInit needs unsafe code).
        var features = _features.AsSpan();
        var weights = _weights;
        int slot = w.Slot;
        if (!_types.Holds(w) || w.ClusterFine >= ClassValues || w.Likely > (uint)_stride)
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
            Add(_classBefore.AsSpan((int)w.ClusterFine * _stride, _stride), scores, labels);
        }
        else if (kind == After)
        {
            weights.Add(_locations[first + 1], scores);
            Add(_classAfter.AsSpan((int)w.ClusterFine * _stride, _stride), scores, labels);
            Add(_likelyAfter.AsSpan((int)w.Likely * _stride, _stride), scores, labels);
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
        var features = _features.AsSpan();
        int n = Compute(w, kind, features);
        if (kind == Own)
        {
            // The bias (the first feature, the same for every word) comes as a row scored once.
            _bias.CopyTo(row);
            _weights.Score(features[1..n], row);
            return;
        }

        row.Clear();
        _weights.Score(features[..n], row);
    }
}
