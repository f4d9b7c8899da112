using EntityExtract.Entities;

namespace EntityExtract.Tests.Entities;

public class NerModelSpecs
{
    [Fact]
    public void Embedded_model_loads_and_round_trips()
    {
        var model = NerModel.Default;
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;
        var copy = NerModel.Read(buffer);
        Assert.Equal(model.Bits, copy.Bits);
        Assert.True(model.WeightTable.SameWeights(copy.WeightTable));
        Assert.Equal(model.Lexicon.Count, copy.Lexicon.Count);
        Assert.Equal(model.Gazetteer.Count, copy.Gazetteer.Count);
    }

    [Theory]
    [InlineData(false, 5)]
    [InlineData(true, 6)]
    public void The_decoder_a_model_was_trained_for_is_stored_with_it(bool exact, int version)
    {
        // Format 6 records an exactly decoded model (train-ner --structured); a greedy one stays format 5, byte for byte.
        var model = NerModel.Default.WithExactDecoding(exact);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        Assert.Equal(version, BitConverter.ToInt32(buffer.GetBuffer(), 4));
        buffer.Position = 0;
        var copy = NerModel.Read(buffer);
        Assert.Equal(exact, copy.ExactDecoding);
        Assert.True(model.WeightTable.SameWeights(copy.WeightTable));
    }

    [Fact]
    public void A_flipped_byte_is_reported_as_a_corrupt_model()
    {
        var bytes = ModelBytes();
        bytes[bytes.Length / 2] ^= 0x5A;
        var error = Assert.Throws<ModelFormatException>(() => NerModel.Read(new MemoryStream(bytes)));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_model_is_reported()
    {
        var bytes = ModelBytes();
        Assert.Throws<ModelFormatException>(() => NerModel.Read(new MemoryStream(bytes[..(bytes.Length / 3)])));
        Assert.Throws<ModelFormatException>(() => NerModel.Read(new MemoryStream(bytes[..7])));
    }

    [Fact]
    public void Another_file_or_version_is_reported()
    {
        Assert.Throws<ModelFormatException>(() => NerModel.Read(new MemoryStream("not a model at all, just text"u8.ToArray())));
        var bytes = ModelBytes();
        bytes[4] = 99;
        var error = Assert.Throws<ModelFormatException>(() => NerModel.Read(new MemoryStream(bytes)));
        Assert.Contains("version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_is_small_and_loads()
    {
        // Size only: load time is a benchmark figure, never a timed unit test (it fails on a busy machine).
        var bytes = ModelBytes();
        Assert.True(bytes.Length < 20 << 20, $"model is {bytes.Length} bytes");
        Assert.NotNull(NerModel.Read(new MemoryStream(bytes)));
    }

    private static byte[] ModelBytes()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.ResourceName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
