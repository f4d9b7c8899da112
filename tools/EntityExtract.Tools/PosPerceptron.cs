using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tools;

/// <summary>
/// The averaged perceptron that trains the part-of-speech model (Collins 2002), with the averaging trick of
/// Daumé III ("A Course in Machine Learning", §4.6). Weights are kept only for features that were ever
/// updated, one dense row of tags per feature, which keeps memory to the features that matter. It trains
/// greedily with its own predictions as history and skips tag-dictionary words, exactly as it will decode.
/// </summary>
internal sealed class PosPerceptron
{
    private readonly int _tags;
    private readonly Dictionary<uint, int> _rows = [];
    private float[] _weights = new float[1 << 20];
    private double[] _updates = new double[1 << 20];
    private long _clock = 1;

    public PosPerceptron(int tags)
    {
        _tags = tags;
    }

    /// <summary>Decodes one sentence, updating on every wrong tag; returns the number of errors. A gold label of -1 is not learnt from.</summary>
    public int TrainSentence(ReadOnlySpan<PosWordInfo> s, ReadOnlySpan<int> gold, Dictionary<uint, byte> dictionary)
    {
        Span<uint> features = stackalloc uint[PosFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_tags];
        int prev = PosFeatures.StartTag, prev2 = PosFeatures.StartTag, errors = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int guess;
            if (dictionary.TryGetValue(s[i].Exact, out byte known))
            {
                guess = known;
            }
            else
            {
                int n = PosFeatures.ComputeStatic(s, i, features);
                n += PosFeatures.ComputeDynamic(s, i, prev, prev2, features[n..]);
                scores.Clear();
                foreach (uint h in features[..n])
                {
                    if (_rows.TryGetValue(h, out int row))
                    {
                        var w = _weights.AsSpan(row * _tags, _tags);
                        for (int l = 0; l < _tags; l++)
                        {
                            scores[l] += w[l];
                        }
                    }
                }

                guess = 0;
                for (int l = 1; l < _tags; l++)
                {
                    if (scores[l] > scores[guess])
                    {
                        guess = l;
                    }
                }

                int truth = gold[i];
                if (truth >= 0 && guess != truth)
                {
                    foreach (uint h in features[..n])
                    {
                        int row = Row(h) * _tags;
                        Update(row + truth, 1);
                        Update(row + guess, -1);
                    }
                }

                _clock++;
            }

            if (gold[i] >= 0 && guess != gold[i])
            {
                errors++;
            }

            prev2 = prev;
            prev = guess;
        }

        return errors;
    }

    /// <summary>
    /// Averages the weights over all steps so far (without changing the running ones, so that training can go
    /// on), quantizes them to 16 bits (the largest maps to ±32000) and keeps, for each feature in key order,
    /// the tags whose weight is at least <paramref name="prune"/> quanta.
    /// </summary>
    public List<(uint Feature, (byte Label, short Weight)[] Weights)> Quantize(int prune) => Quantize([this], prune);

    /// <summary>
    /// <see cref="Quantize(int)"/> over the mean of several perceptrons' averaged weights (each trained on its
    /// own shuffle of the data: parameter averaging, which smooths the order-dependence of one perceptron).
    /// </summary>
    public static List<(uint Feature, (byte Label, short Weight)[] Weights)> Quantize(IReadOnlyList<PosPerceptron> models, int prune)
    {
        int tags = models[0]._tags;
        var rows = new SortedDictionary<uint, float[]>();
        float max = 0;
        foreach (var model in models)
        {
            foreach (var (feature, row) in model._rows)
            {
                if (!rows.TryGetValue(feature, out var sum))
                {
                    rows[feature] = sum = new float[tags];
                }

                for (int l = 0; l < tags; l++)
                {
                    int k = (row * tags) + l;
                    sum[l] += (float)(model._weights[k] - (model._updates[k] / model._clock));
                }
            }
        }

        foreach (var sum in rows.Values)
        {
            for (int l = 0; l < tags; l++)
            {
                sum[l] /= models.Count;
                max = Math.Max(max, Math.Abs(sum[l]));
            }
        }

        float scale = max > 0 ? 32000f / max : 1f;
        var result = new List<(uint, (byte, short)[])>();
        foreach (var (feature, weights) in rows)
        {
            var kept = new List<(byte, short)>();
            for (int l = 0; l < tags; l++)
            {
                int q = (int)MathF.Round(weights[l] * scale);
                if (Math.Abs(q) >= Math.Max(1, prune))
                {
                    kept.Add(((byte)l, (short)Math.Clamp(q, short.MinValue, short.MaxValue)));
                }
            }

            if (kept.Count > 0)
            {
                result.Add((feature, kept.ToArray()));
            }
        }

        return result;
    }

    private int Row(uint feature)
    {
        if (_rows.TryGetValue(feature, out int row))
        {
            return row;
        }

        row = _rows.Count;
        _rows[feature] = row;
        if ((row + 1) * _tags > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _updates, _updates.Length * 2);
        }

        return row;
    }

    private void Update(int index, float delta)
    {
        _weights[index] += delta;
        _updates[index] += _clock * (double)delta;
    }
}
