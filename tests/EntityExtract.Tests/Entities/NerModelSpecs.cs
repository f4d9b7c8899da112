using System.Runtime.InteropServices;
using EntityExtract.Entities;
using EntityExtract.Tokenization;

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
    [InlineData(false, false, 5)]
    [InlineData(true, false, 6)]
    [InlineData(false, true, 6)]
    [InlineData(true, true, 6)]
    public void The_decoder_and_word_keys_a_model_was_trained_for_are_stored_with_it(bool exact, bool caseKeyed, int version)
    {
        // Format 6 records an exactly decoded model (train-ner --structured) and case-keyed words (--case-keys); a
        // greedy model with lower-case keys stays format 5, byte for byte.
        var model = NerModel.Default.WithExactDecoding(exact).WithCaseKeyedWords(caseKeyed);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        Assert.Equal(version, BitConverter.ToInt32(buffer.GetBuffer(), 4));
        buffer.Position = 0;
        var copy = NerModel.Read(buffer);
        Assert.Equal(exact, copy.ExactDecoding);
        Assert.Equal(caseKeyed, copy.CaseKeyedWords);
        Assert.True(model.WeightTable.SameWeights(copy.WeightTable));
    }

    [Theory]
    [InlineData("UN", "Un", false)]
    [InlineData("UN", "un", false)]
    [InlineData("U.S.", "u.s.", false)]
    [InlineData("Un", "un", true)]
    [InlineData("Japan", "JAPAN", false)]
    [InlineData("I", "i", true)]
    [InlineData("2004", "2004", true)]
    public void A_case_keyed_model_reads_a_word_in_capitals_apart(string a, string b, bool same)
    {
        // Kim Jong Un: the title-case name "Un" must not read the evidence of the acronym "UN" (NerHash.Word).
        var model = NerModel.Default.WithCaseKeyedWords(true);
        Assert.Equal(same, model.WordHash(a) == model.WordHash(b));
        Assert.Equal(NerHash.Lower(a) == NerHash.Lower(b), NerModel.Default.WithCaseKeyedWords(false).WordHash(a) == NerModel.Default.WithCaseKeyedWords(false).WordHash(b));
    }

    [Theory]
    [InlineData("Kim Jong Un met UN envoys today .", 2, false)]
    [InlineData("Kim Jong Un met UN envoys today .", 4, true)]
    [InlineData("UN TROOPS ENTER THE CITY", 0, true)]
    [InlineData("JAPAN GET LUCKY WIN", 0, false)]
    public void The_tagger_keys_a_word_in_capitals_apart_outside_all_caps_lines(string text, int token, bool apart)
    {
        // In running text "UN" has keys of its own and "Un" reads "un"; in an ALL CAPS line the case says nothing, so
        // only a word the lexicon knows in capitals ("UN", not "JAPAN") keeps its own keys.
        var model = NerModel.Default.WithCaseKeyedWords(true);
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var info = new NerTokenInfo[tokens.Count];
        TextSegment[] line = [new TextSegment(0, text.Length, 0, tokens.Count, SegmentKind.Sentence, 0)];
        NerTagger.Prepare(model, text, CollectionsMarshal.AsSpan(tokens), line, info);
        Assert.Equal(apart, info[token].Word != info[token].Lower);

        NerTagger.Prepare(NerModel.Default.WithCaseKeyedWords(false), text, CollectionsMarshal.AsSpan(tokens), line, info);
        Assert.Equal(info[token].Lower, info[token].Word);
    }

    [Fact]
    public void A_flipped_byte_is_reported_as_a_corrupt_model()
    {
        var bytes = ModelBytes();
        bytes[bytes.Length / 2] ^= 0x5A;
        var error = Assert.Throws<ModelFormatException>(() => NerModel.Read(new MemoryStream(bytes)));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The envelope checks a seekable stream whose payload is the rest of it in pieces and inflates from the stream
    /// itself (start-up, issue 14), any other stream through a copy: each reads the same model, reports a flipped
    /// byte, and leaves the caller's stream open.
    /// </summary>
    [Theory]
    [InlineData("seekable")]
    [InlineData("unseekable")]
    [InlineData("bytes after the model")]
    public void The_model_reads_the_same_from_any_stream(string kind)
    {
        var bytes = ModelBytes();
        Stream Open(byte[] b) => kind switch
        {
            "seekable" => new MemoryStream(b),
            "unseekable" => new UnseekableStream(b),
            _ => new MemoryStream([.. b, .. "trailing"u8]),
        };

        using var stream = Open(bytes);
        var model = NerModel.Read(stream);
        Assert.True(stream.CanRead);
        Assert.True(NerModel.Default.WeightTable.SameWeights(model.WeightTable));
        Assert.Equal(NerModel.Default.Lexicon, model.Lexicon);
        Assert.Equal(NerModel.Default.Gazetteer, model.Gazetteer);
        Assert.Equal(NerModel.Default.ExactDecoding, model.ExactDecoding);

        bytes[bytes.Length - 5] ^= 0x5A;
        var error = Assert.Throws<ModelFormatException>(() => NerModel.Read(Open(bytes)));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
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
