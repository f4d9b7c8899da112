using EntityExtract.Entities;

namespace EntityExtract.Tools;

/// <summary>
/// An averaged perceptron over the hashed feature table (Collins 2002; the averaging trick of Daumé III,
/// "A Course in Machine Learning", §4.6: keep the running weights and a time-weighted sum of updates).
/// Trains greedy left-to-right with its own predictions as history, which is how it will decode.
/// </summary>
internal sealed class NerPerceptron
{
    private readonly float[] _weights;
    private readonly double[] _updates;
    private readonly uint _mask;
    private long _clock = 1;

    public NerPerceptron(int bits)
    {
        Bits = bits;
        _mask = (1u << bits) - 1;
        _weights = new float[(1 << bits) * NerLabels.Count];
        _updates = new double[_weights.Length];
    }

    public int Bits { get; }

    /// <summary>Decodes one sentence, updating on every wrong label; returns the number of errors.</summary>
    public int TrainSentence(ReadOnlySpan<NerTokenInfo> s, ReadOnlySpan<byte> gold, Span<byte> predicted)
    {
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
