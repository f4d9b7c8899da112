using EntityExtract.Entities;

namespace EntityExtract.Tools;

/// <summary>
/// An averaged perceptron over the hashed feature table (Collins 2002; the averaging trick of Daumé III,
/// "A Course in Machine Learning", §4.6: keep the running weights and a time-weighted sum of updates).
/// Trains greedy left-to-right with its own predictions as history, which is how it will decode, or (structured)
/// with exact decoding and whole-path updates.
/// </summary>
internal sealed class NerPerceptron
{
    private readonly float[] _weights;
    private readonly double[] _updates;
    private readonly uint _mask;
    private long _clock = 1;

    public NerPerceptron(int bits, bool structured = false, float margin = 0)
    {
        Bits = bits;
        Structured = structured;
        Margin = margin;
        _mask = (1u << bits) - 1;
        _weights = new float[(1 << bits) * NerLabels.Count];
        _updates = new double[_weights.Length];
    }

    public int Bits { get; }

    /// <summary>
    /// Whether it decodes each sentence exactly (second-order Viterbi, as <c>NerTagger</c> does for a model with
    /// <see cref="NerModel.ExactDecoding"/>) and updates on the whole path against the gold one (the structured
    /// perceptron of Collins 2002), instead of greedily with an update per wrong label.
    /// </summary>
    public bool Structured { get; }

    /// <summary>
    /// With <see cref="Structured"/>, the cost each wrong token adds to a path while training decodes (0: none): the
    /// update is on the best path under score plus cost (loss-augmented decoding, the Hamming margin of Taskar et al.
    /// 2003 in perceptron form), so the gold path has to win by a margin that grows with the tokens a rival gets wrong
    /// (<c>train-ner --margin</c>; measured in docs/entities.md, "Per-token losses").
    /// </summary>
    public float Margin { get; }

    private const int States = NerTagger.States;

    // Exact second-order Viterbi over (label, previous label) states with the current weights: NerTagger.DecodeExact
    // over the float weights, the history scores summed once per sentence (the weights change between sentences).
    // With gold labels, each label other than the gold one costs Margin more (loss-augmented, training only).
    private void Viterbi(ReadOnlySpan<NerTokenInfo> s, Span<byte> predicted, ReadOnlySpan<byte> gold = default)
    {
        const int L = NerLabels.Count;
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        var hist = new float[States * States * L];
        for (int p = 0; p < States; p++)
        {
            for (int q = 0; q < States; q++)
            {
                int n = NerFeatures.ComputeHistory(p, q, features);
                Score(features[..n], hist.AsSpan(((p * States) + q) * L, L));
            }
        }

        var back = new byte[s.Length * States * States];
        Span<double> before = stackalloc double[States * States];
        Span<double> here = stackalloc double[States * States];
        Span<float> stat = stackalloc float[L];
        Span<float> row = stackalloc float[L];
        before.Fill(double.NegativeInfinity);
        before[(NerLabels.Start * States) + NerLabels.Start] = 0;
        for (int i = 0; i < s.Length; i++)
        {
            bool last = i == s.Length - 1;
            int ns = NerFeatures.ComputeStatic(s, i, features);
            Score(features[..ns], stat);
            here.Fill(double.NegativeInfinity);
            for (int p = 0; p < States; p++)
            {
                bool any = false;
                for (int q = 0; q < States; q++)
                {
                    any |= before[(p * States) + q] != double.NegativeInfinity;
                }

                if (!any)
                {
                    continue;
                }

                int n = NerFeatures.ComputeDynamicWord(s, i, p, features);
                Score(features[..n], row);
                uint allowed = NerLabels.AllowedAfter(p, last);
                for (int q = 0; q < States; q++)
                {
                    double from = before[(p * States) + q];
                    if (from == double.NegativeInfinity)
                    {
                        continue;
                    }

                    var h = hist.AsSpan(((p * States) + q) * L, L);
                    for (uint a = allowed; a != 0; a &= a - 1)
                    {
                        int l = System.Numerics.BitOperations.TrailingZeroCount(a);
                        double v = from + stat[l] + row[l] + h[l] + (gold.IsEmpty || gold[i] == l ? 0 : Margin);
                        if (v > here[(l * States) + p])
                        {
                            here[(l * States) + p] = v;
                            back[(i * States * States) + (l * States) + p] = (byte)q;
                        }
                    }
                }
            }

            var swap = before;
            before = here;
            here = swap;
        }

        NerTagger.Backtrace<double>(before, back, predicted[..s.Length]);
    }

    // Collins (2002): every position whose label or label history differs between the decoded and the gold path
    // moves the weights toward the gold features and away from the decoded ones (equal features cancel).
    private int TrainStructured(ReadOnlySpan<NerTokenInfo> s, ReadOnlySpan<byte> gold, Span<byte> predicted)
    {
        Viterbi(s, predicted, Margin > 0 ? gold : default);
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        int errors = 0;
        int gp = NerLabels.Start, gq = NerLabels.Start, pp = NerLabels.Start, pq = NerLabels.Start;
        for (int i = 0; i < s.Length; i++)
        {
            int truth = gold[i], guess = predicted[i];
            errors += truth != guess ? 1 : 0;
            if (truth != guess || gp != pp || gq != pq)
            {
                int n = NerFeatures.Compute(s, i, gp, gq, features);
                foreach (uint h in features[..n])
                {
                    Update(((int)(h & _mask) * NerLabels.Count) + truth, 1);
                }

                n = NerFeatures.Compute(s, i, pp, pq, features);
                foreach (uint h in features[..n])
                {
                    Update(((int)(h & _mask) * NerLabels.Count) + guess, -1);
                }
            }

            _clock++;
            gq = gp;
            gp = truth;
            pq = pp;
            pp = guess;
        }

        return errors;
    }

    /// <summary>Decodes one sentence, updating on every wrong label; returns the number of errors.</summary>
    public int TrainSentence(ReadOnlySpan<NerTokenInfo> s, ReadOnlySpan<byte> gold, Span<byte> predicted)
    {
        if (Structured)
        {
            return TrainStructured(s, gold, predicted);
        }

        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerLabels.Count];
        int prev = NerLabels.Start, prev2 = NerLabels.Start, errors = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int n = NerFeatures.Compute(s, i, prev, prev2, features);
            Score(features[..n], scores);
            int guess = NerTagger.Best<float>(scores, prev, i == s.Length - 1);
            int truth = gold[i];
            if (guess != truth)
            {
                errors++;
                foreach (uint h in features[..n])
                {
                    int row = (int)(h & _mask) * NerLabels.Count;
                    Update(row + truth, 1);
                    Update(row + guess, -1);
                }
            }

            _clock++;
            predicted[i] = (byte)guess;
            prev2 = prev;
            prev = guess;
        }

        return errors;
    }

    /// <summary>Decodes one sentence with the current (not averaged) weights.</summary>
    public void Predict(ReadOnlySpan<NerTokenInfo> s, Span<byte> predicted)
    {
        if (Structured)
        {
            Viterbi(s, predicted);
            return;
        }

        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerLabels.Count];
        int prev = NerLabels.Start, prev2 = NerLabels.Start;
        for (int i = 0; i < s.Length; i++)
        {
            int n = NerFeatures.Compute(s, i, prev, prev2, features);
            Score(features[..n], scores);
            int guess = NerTagger.Best<float>(scores, prev, i == s.Length - 1);
            predicted[i] = (byte)guess;
            prev2 = prev;
            prev = guess;
        }
    }

    /// <summary>Replaces the running weights by their average over all steps (call once, at the end).</summary>
    public void Average()
    {
        for (int k = 0; k < _weights.Length; k++)
        {
            _weights[k] = (float)(_weights[k] - (_updates[k] / _clock));
        }
    }

    /// <summary>Adds another perceptron's (averaged) weights, for an ensemble averaged in weight space.</summary>
    public void Add(NerPerceptron other, float factor)
    {
        for (int k = 0; k < _weights.Length; k++)
        {
            _weights[k] += other._weights[k] * factor;
        }
    }

    /// <summary>Multiplies every weight by <paramref name="factor"/>.</summary>
    public void Scale(float factor)
    {
        for (int k = 0; k < _weights.Length; k++)
        {
            _weights[k] *= factor;
        }
    }

    /// <summary>Quantizes to 16 bits; weights under one quantum become zero (pruned).</summary>
    public short[] Quantize(out int nonZero)
    {
        float max = 0;
        foreach (float w in _weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        float scale = max > 0 ? 32000f / max : 1f;
        var result = new short[_weights.Length];
        nonZero = 0;
        for (int k = 0; k < _weights.Length; k++)
        {
            int q = (int)MathF.Round(_weights[k] * scale);
            result[k] = (short)Math.Clamp(q, short.MinValue, short.MaxValue);
            if (q != 0)
            {
                nonZero++;
            }
        }

        return result;
    }

    private void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (uint h in features)
        {
            var row = _weights.AsSpan((int)(h & _mask) * NerLabels.Count, NerLabels.Count);
            for (int l = 0; l < row.Length; l++)
            {
                scores[l] += row[l];
            }
        }
    }

    private void Update(int index, float delta)
    {
        _weights[index] += delta;
        _updates[index] += _clock * (double)delta;
    }
}
