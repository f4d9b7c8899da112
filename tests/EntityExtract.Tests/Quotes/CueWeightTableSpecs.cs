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

    /// <summary>
    /// <see cref="CueModel.Load"/> cuts the text into lines and features itself (start-up, issue 14); it must read
    /// what a <see cref="StreamReader.ReadLine"/> loop into a dictionary reads: every line ending, comments, lines
    /// with no tab or no number skipped, a key holding a tab (the weight follows the last one), a key given twice
    /// (the last weight wins), a byte-order mark, no final line ending.
    /// </summary>
    [Theory]
    [InlineData("b\t9.72\nbo\t-11.8\n")]
    [InlineData("# comment\tstill a comment 1\r\nw=said\t1.5\r\nw=said\t-2\rw=told\t0.25\n\nno tab\n\t3\nx\tnot a number\nk\t\ta\tb\t1e-3\ré|ü\t-0\r\n")]
    [InlineData("\uFEFFfirst\t1\nsecond\t2")]
    [InlineData("a\t1\r\r\n\n\rb\t2\r")]
    [InlineData("")]
    [InlineData("only\t")]
    public void Loading_reads_what_a_line_by_line_reader_reads(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        AssertReadsAsReference(bytes, CueModel.Load(new MemoryStream(bytes)), ["", "#", "# comment", "no tab", "x", "k", "k\t", "k\t\ta", "\uFEFFfirst", "a\t1", "w=said\t1.5"]);
    }

    /// <summary>
    /// A model longer than the pieces <see cref="CueModel.Load"/> decodes at a time, with letters outside ASCII and
    /// lines longer than a piece across their seams, read from a seekable stream, from one that cannot seek, and as
    /// UTF-16 with its byte-order mark.
    /// </summary>
    [Fact]
    public void A_long_model_loads_from_any_stream_as_a_line_by_line_reader_reads_it()
    {
        var random = new Random(6);
        var text = new System.Text.StringBuilder("\uFEFF# cue model\n");
        var keys = new List<string>();
        while (text.Length < 300_000)
        {
            string key = random.Next(10) == 0 && keys.Count > 0 ? keys[random.Next(keys.Count)] : Word(random, 1, 40).Replace("\t", "") + "€𝄞";
            keys.Add(key);
            text.Append(key).Append('\t').Append(((random.NextDouble() - 0.5) * 20).ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .Append(random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
        }

        // A comment and a feature's line longer than several pieces, and the longest key a record holds.
        text.Append('#').Append('c', 200_000).Append('\n').Append('k', char.MaxValue).Append("\t1.5\n");
        text.Append("long\t1.").Append('0', 600_000).Append("25\n");
        keys.Add(new string('k', char.MaxValue));
        text.Append("last\t-2");
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text.ToString());
        var others = keys.Take(100).Select(static k => k + "x").Append("# cue model").ToArray();
        AssertReadsAsReference(utf8, CueModel.Load(new MemoryStream(utf8)), others);
        AssertReadsAsReference(utf8, CueModel.Load(new UnseekableStream(utf8)), others);
        var utf16 = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text.ToString(1, text.Length - 1))).ToArray();
        AssertReadsAsReference(utf16, CueModel.Load(new MemoryStream(utf16)), others);
    }

    // What a StreamReader.ReadLine loop into a dictionary reads from the bytes, and the model holds exactly that.
    private static void AssertReadsAsReference(byte[] bytes, CueModel model, string[] others)
    {
        var expected = new Dictionary<string, double>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new MemoryStream(bytes)))
        {
            while (reader.ReadLine() is { } line)
            {
                int tab = line.LastIndexOf('\t');
                if (line.Length > 0 && line[0] != '#' && tab > 0
                    && double.TryParse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double w))
                {
                    expected[line[..tab]] = w;
                }
            }
        }

        Assert.Equal(expected.Count, model.Count);
        foreach (var (key, weight) in expected)
        {
            Assert.True(model.TryGetWeight(key, out double found), key);
            Assert.Equal(BitConverter.DoubleToInt64Bits(weight), BitConverter.DoubleToInt64Bits(found));
        }

        foreach (string other in others)
        {
            Assert.Equal(expected.ContainsKey(other), model.TryGetWeight(other, out _));
        }
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
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
