using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The feature templates whose values come from small sets: the previous tag and the two previous tags (131,
/// 132), the previous tag with the word's class (137) or the next word's likely tag (138), the likely tags of
/// the word and its right neighbours (141, 143), the word classes of the word and the previous one (128), and
/// the capitalization pattern (146). Every value of these is enumerated when the model loads and the location
/// of its weights (<see cref="PosWeights.Locate"/>) kept in a flat array indexed by the values, so decoding
/// reads them without hashing or probing (about 0.5 MB, read often enough to stay in cache). The previous tag
/// alone and the capitalization pattern, whose features carry weights for most labels (35 and 55 on average
/// over the scored words of 1 MB of BBC news), are kept as dense rows of scores instead (504 values: about
/// 200 KB), one vector addition each instead of a scatter of their weights. Immutable; safe to share between threads.
/// </summary>
internal sealed class PosSmallFeatures
{
    // Word classes (PosWordInfo.ClusterFine) are the high byte of a ushort.
    private const int Classes = 256;

    private readonly PosWeights _weights;

    // Tag values: a label, or the sentence start (index _tags). Likely tags: the label + 1, 0 for none, or the
    // boundary value (index _tags + 1). Classes: 0..255, or the boundary value (index 256).
    private readonly int _tags;
    private readonly uint[] _prev2, _prevClass, _prevNextLikely, _likelyNext2, _likelyNext, _classes;
    private readonly int[] _prevRows, _caps;

    /// <summary>Enumerates the values of the templates for a model with <paramref name="tags"/> labels.</summary>
    public PosSmallFeatures(PosWeights weights, int tags)
    {
        _weights = weights;
        _tags = tags;
        int t = tags + 1, k = tags + 2;
        _prevRows = new int[t * tags];
        _prev2 = new uint[t * t];
        _prevClass = new uint[t * Classes];
        _prevNextLikely = new uint[t * k];
        for (int p1 = 0; p1 < t; p1++)
        {
            uint v1 = Tag(p1);
            weights.Add(weights.Locate(NerHash.Feature(131, v1)), _prevRows.AsSpan(p1 * tags, tags));
            for (int p2 = 0; p2 < t; p2++)
            {
                _prev2[(p2 * t) + p1] = weights.Locate(NerHash.Feature(132, Tag(p2), v1));
            }

            for (int c = 0; c < Classes; c++)
            {
                _prevClass[(p1 * Classes) + c] = weights.Locate(NerHash.Feature(137, v1, (uint)c));
            }

            for (int l = 0; l < k; l++)
            {
                _prevNextLikely[(p1 * k) + l] = weights.Locate(NerHash.Feature(138, v1, Likely(l, 300u)));
            }
        }

        _likelyNext2 = new uint[k * k];
        _likelyNext = new uint[k * k];
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                _likelyNext2[(a * k) + b] = weights.Locate(NerHash.Feature(141, Likely(a, 300u), Likely(b, 301u)));
                _likelyNext[(a * k) + b] = weights.Locate(NerHash.Feature(143, Likely(a, 0u), Likely(b, 300u)));
            }
        }

        _classes = new uint[(Classes + 1) * Classes];
        for (int a = 0; a <= Classes; a++)
        {
            for (int b = 0; b < Classes; b++)
            {
                _classes[(a * Classes) + b] = weights.Locate(NerHash.Feature(128, a == Classes ? 300u : (uint)a, (uint)b));
            }
        }

        _caps = new int[5 * 16 * 5 * tags];
        for (int m = 0; m < 5; m++)
        {
            for (int f = 0; f < 16; f++)
            {
                for (int p = 0; p < 5; p++)
                {
                    weights.Add(weights.Locate(NerHash.Feature(146, ((uint)m << 4) | (uint)f, (uint)p)), _caps.AsSpan(((((m * 16) + f) * 5) + p) * tags, tags));
                }
            }
        }
    }

    /// <summary>
    /// Adds the scores of these templates at position <paramref name="i"/> (previous tags <paramref name="prev"/>
    /// and <paramref name="prev2"/>) into <paramref name="scores"/>; the values are those of
    /// <see cref="PosFeatures.ComputeContext"/> and <see cref="PosFeatures.ComputeDynamic"/>. With
    /// <paramref name="labels"/>, the dense rows add their scores at those labels only (as <see cref="PosTypeScores.AddSingles"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<PosWordInfo> s, int i, int prev, int prev2, Span<int> scores, ReadOnlySpan<byte> labels = default)
    {
        ref readonly var t = ref s[i];
        bool first = i == 0, last = i + 1 >= s.Length;
        int t1 = TagIndex(prev), t2 = TagIndex(prev2);
        int k = _tags + 2;

        // The likely tags read as values: the word's own, the next word's (the boundary at the end), the one after.
        int own = LikelyIndex(t.Likely, 0u), next = last ? _tags + 1 : LikelyIndex(s[i + 1].Likely, 300u);
        int next2 = i + 2 < s.Length ? LikelyIndex(s[i + 2].Likely, 301u) : _tags + 1;
        int cls = t.ClusterFine < Classes ? (int)t.ClusterFine : -1;
        int prevCls = first ? Classes : s[i - 1].ClusterFine < Classes ? (int)s[i - 1].ClusterFine : -1;
        uint capm1 = first ? 4u : s[i - 1].Flags & (PosFeatures.FlagCapitalized | PosFeatures.FlagAllCaps);
        uint capp1 = last ? 4u : s[i + 1].Flags & (PosFeatures.FlagCapitalized | PosFeatures.FlagAllCaps);
        uint nextLikely = last ? 300u : s[i + 1].Likely;
        uint prevClass = first ? 300u : s[i - 1].ClusterFine;
        uint nextLikely2 = i + 2 < s.Length ? s[i + 2].Likely : 301u;
        int tt = _tags + 1;
        if (t1 >= 0)
        {
            PosWeights.AddRow(_prevRows.AsSpan(t1 * _tags, _tags), scores, labels);
        }
        else
        {
            AddAt(Locate(NerHash.Feature(131, (uint)prev)), scores);
        }

        AddAt(t1 >= 0 && t2 >= 0 ? _prev2[(t2 * tt) + t1] : Locate(NerHash.Feature(132, (uint)prev2, (uint)prev)), scores);
        AddAt(t1 >= 0 && cls >= 0 ? _prevClass[(t1 * Classes) + cls] : Locate(NerHash.Feature(137, (uint)prev, t.ClusterFine)), scores);
        AddAt(t1 >= 0 && next >= 0 ? _prevNextLikely[(t1 * k) + next] : Locate(NerHash.Feature(138, (uint)prev, nextLikely)), scores);
        AddAt(next >= 0 && next2 >= 0 ? _likelyNext2[(next * k) + next2] : Locate(NerHash.Feature(141, nextLikely, nextLikely2)), scores);
        AddAt(own >= 0 && next >= 0 ? _likelyNext[(own * k) + next] : Locate(NerHash.Feature(143, t.Likely, nextLikely)), scores);
        AddAt(prevCls >= 0 && cls >= 0 ? _classes[(prevCls * Classes) + cls] : Locate(NerHash.Feature(128, prevClass, t.ClusterFine)), scores);
        PosWeights.AddRow(_caps.AsSpan((int)((((capm1 * 16) + (t.Flags & 0xF)) * 5) + capp1) * _tags, _tags), scores, labels);
    }

    /// <summary>The hashes of these templates at position <paramref name="i"/>, as <see cref="Add"/> scores them (for tests).</summary>
    public static int Compute(ReadOnlySpan<PosWordInfo> s, int i, int prev, int prev2, Span<uint> f)
    {
        ref readonly var t = ref s[i];
        bool first = i == 0, last = i + 1 >= s.Length;
        uint nextLikely = last ? 300u : s[i + 1].Likely;
        uint capm1 = first ? 4u : s[i - 1].Flags & (PosFeatures.FlagCapitalized | PosFeatures.FlagAllCaps);
        uint capp1 = last ? 4u : s[i + 1].Flags & (PosFeatures.FlagCapitalized | PosFeatures.FlagAllCaps);
        f[0] = NerHash.Feature(131, (uint)prev);
        f[1] = NerHash.Feature(132, (uint)prev2, (uint)prev);
        f[2] = NerHash.Feature(137, (uint)prev, t.ClusterFine);
        f[3] = NerHash.Feature(138, (uint)prev, nextLikely);
        f[4] = NerHash.Feature(141, nextLikely, i + 2 < s.Length ? s[i + 2].Likely : 301u);
        f[5] = NerHash.Feature(143, t.Likely, nextLikely);
        f[6] = NerHash.Feature(128, first ? 300u : s[i - 1].ClusterFine, t.ClusterFine);
        f[7] = NerHash.Feature(146, (capm1 << 4) | (t.Flags & 0xF), capp1);
        return 8;
    }

    private uint Tag(int index) => index == _tags ? PosFeatures.StartTag : (uint)index;

    private uint Likely(int index, uint boundary) => index == _tags + 1 ? boundary : (uint)index;

    // The index of a previous tag, or -1 for a value outside the tables (a label the model does not have).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TagIndex(int tag) => (uint)tag < (uint)_tags ? tag : tag == PosFeatures.StartTag ? _tags : -1;

    // The index of a likely tag (label + 1, or 0): the boundary value is not a word's, so it maps to -1 here.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LikelyIndex(uint likely, uint boundary) => likely <= (uint)_tags ? (int)likely : likely == boundary ? _tags + 1 : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Locate(uint feature) => _weights.Locate(feature);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddAt(uint location, Span<int> scores) => _weights.Add(location, scores);
}
