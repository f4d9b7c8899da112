using EntityExtract.Quotes;

namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The cue model looks its weights up in <see cref="CueWeightTable"/> (issue 14) instead of a dictionary of
/// strings; the table must answer every look-up exactly as the dictionary does: the same weight for a key, no
/// weight for anything else, however the hashes fall.
/// </summary>
public class CueWeightTableSpecs
{
    [Fact]
    public void Every_key_and_no_other_text_has_a_weight()
    {
        var random = new Random(14);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        while (weights.Count < 5000)
        {
            weights[Word(random, 1, 40)] = (random.NextDouble() - 0.5) * 10;
        }

        weights["w|p1=said|é"] = -0.0;
        var table = new CueWeightTable(weights);
        Assert.Equal(weights.Count, table.Count);
        foreach (var (key, weight) in weights)
        {
            Assert.True(table.TryGetValue(key, out double found), key);
            Assert.Equal(BitConverter.DoubleToInt64Bits(weight), BitConverter.DoubleToInt64Bits(found));

            // Its prefixes and extensions are other features.
            Assert.Equal(weights.ContainsKey(key[..^1]), table.TryGetValue(key.AsSpan(0, key.Length - 1), out _));
            Assert.Equal(weights.ContainsKey(key + "x"), table.TryGetValue(key + "x", out _));
        }

        for (int i = 0; i < 20000; i++)
        {
            string text = Word(random, 0, 40);
            Assert.Equal(weights.TryGetValue(text, out double expected), table.TryGetValue(text, out double found));
            Assert.Equal(expected, found);
        }
    }

    /// <summary>
    /// The batched sum (the scoring sink's path) is the sum of the weights found one look-up at a time, added in the
    /// features' order: bit for bit, over runs of features longer than one batch, held and not, empty ones among them.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(45)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(200)]
    public void A_batched_sum_is_the_sum_of_the_look_ups_in_order(int features)
    {
        var random = new Random(features);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        while (weights.Count < 3000)
        {
            weights[Word(random, 1, 30)] = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 8));
        }

        var table = new CueWeightTable(weights);
        var keys = weights.Keys.ToList();
        for (int trial = 0; trial < 20; trial++)
        {
            var chars = new System.Text.StringBuilder();
            var ends = new List<int>();
            double expected = 0;
            for (int k = 0; k < features; k++)
            {
                string feature = random.Next(3) switch { 0 => Word(random, 0, 30), _ => keys[random.Next(keys.Count)] };
                chars.Append(feature);
                ends.Add(chars.Length);
                if (table.TryGetValue(feature, out double w))
                {
                    expected += w;
                }
            }

            double sum = table.Sum(chars.ToString(), ends.ToArray(), out _);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sum));
        }
    }

    [Fact]
    public void An_empty_table_holds_nothing()
    {
        var table = new CueWeightTable(new Dictionary<string, double>());
        Assert.Equal(0, table.Count);
        Assert.False(table.TryGetValue("", out _));
        Assert.False(table.TryGetValue("b", out _));
        Assert.Equal(0.0, table.Sum("bw=said", [1, 7], out _));
    }

    [Fact]
    public void The_shipped_model_scores_its_own_features()
    {
        // Every line of the embedded model is a key with its weight.
        using var stream = typeof(CueModel).Assembly.GetManifestResourceStream(CueModel.ResourceName)!;
        using var reader = new StreamReader(stream);
        int checkedLines = 0;
        while (reader.ReadLine() is { } line)
        {
            int tab = line.LastIndexOf('\t');
            if (line.Length == 0 || line[0] == '#' || tab <= 0)
            {
                continue;
            }

            Assert.True(CueModel.Default.TryGetWeight(line.AsSpan(0, tab), out double weight), line);
            Assert.Equal(double.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture), weight);
            checkedLines++;
        }

        Assert.Equal(CueModel.Default.Count, checkedLines);
    }

    // A random short text, with a few letters outside ASCII and the separators the features use.
    private static string Word(Random random, int min, int max)
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789|=<>/ ,.'’éü";
        var chars = new char[random.Next(min, max + 1)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
