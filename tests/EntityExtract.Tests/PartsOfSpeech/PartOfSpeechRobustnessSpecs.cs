using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tests.PartsOfSpeech;

/// <summary>Thread safety, hostile input, and the model file's integrity checks.</summary>
public class PartOfSpeechRobustnessSpecs
{
    private static readonly string[] Texts =
    [
        "Angela Merkel met Emmanuel Macron in Paris on Monday.",
        "\"We won't stop,\" she said. The vote was 52%-48%.",
        "FIFA FINES ARGENTINA AFTER CLASH IN MADRID",
        "",
        "   \n\n  ",
    ];

    [Fact]
    public void Parallel_tagging_equals_sequential_tagging()
    {
        static string Describe(string text) => string.Join(' ', PartOfSpeechTagger.Default.Tag(text).Select(static w => $"{w.Start}:{w.Text}/{w.PennTag}/{w.Lemma}"));
        var expected = Texts.Select(Describe).ToArray();
        var actual = new string[200];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Describe(Texts[i % Texts.Length]));
        for (int i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % Texts.Length], actual[i]);
        }
    }

    [Fact]
    public void Hostile_input_never_throws_and_every_word_is_its_substring()
    {
        var random = new Random(17);
        var texts = new List<string>
        {
            new('-', 5000),
            string.Concat(Enumerable.Repeat("a-", 3000)),
            new('x', 100_000),
            "\uD800\uDC00\uD800 \uDFFF-\uD83D\uDE00's n't '' -- ---",
            string.Concat(Enumerable.Repeat("don't ", 2000)),
        };
        for (int n = 0; n < 200; n++)
        {
            var chars = new char[random.Next(0, 400)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(4) == 0 ? " -'.%$1aA"[random.Next(9)] : (char)random.Next(0, 0xFFFF);
            }

            texts.Add(new string(chars));
        }

        foreach (var text in texts)
        {
            var words = PartOfSpeechTagger.Default.Tag(text);
            int previousEnd = 0;
            foreach (var w in words)
            {
                Assert.True(w.Start >= previousEnd && w.End <= text.Length);
                Assert.Equal(text[w.Start..w.End], w.Text);
                Assert.False(string.IsNullOrEmpty(w.PennTag));
                Assert.NotNull(w.Lemma);
                previousEnd = w.End;
            }
        }
    }

    [Fact]
    public void Null_text_is_the_only_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => PartOfSpeechTagger.Default.Tag(null!));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PartOfSpeechTagger.Default.Tag("One. Two.", cancelled.Token));
    }

    [Fact]
    public void The_model_file_round_trips_byte_for_byte()
    {
        var first = new MemoryStream();
        PosModel.Default.Write(first);
        var second = new MemoryStream();
        PosModel.Read(new MemoryStream(first.ToArray())).Write(second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void A_model_file_of_another_format_version_is_refused_with_both_versions_named(int version)
    {
        // Format 4 added the second pass; a file of format 3 has none and must be rebuilt with train-pos.
        var bytes = ShippedModelBytes();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), version);
        var error = Assert.Throws<EntityExtract.Entities.ModelFormatException>(() => PosModel.Read(new MemoryStream(bytes)));
        Assert.Contains($"format version {version}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"reads version {PosModel.FormatVersion}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(25)]
    public void A_damaged_model_file_is_refused(int damagedByte)
    {
        var bytes = ShippedModelBytes();
        bytes[damagedByte] ^= 0x5A;
        Assert.Throws<EntityExtract.Entities.ModelFormatException>(() => PosModel.Read(new MemoryStream(bytes)));
        Assert.Throws<EntityExtract.Entities.ModelFormatException>(() => PosModel.Read(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }

    private static byte[] ShippedModelBytes()
    {
        var stream = new MemoryStream();
        PosModel.Default.Write(stream);
        return stream.ToArray();
    }
}
