using System.Runtime.InteropServices;
using EntityExtract.PartsOfSpeech;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.PartsOfSpeech;

/// <summary>
/// The fast decoder (word types cached per thread, single-word features scored once per type, words with one
/// possible tag not scored) tags exactly as the perceptron's plain definition: every feature of
/// <see cref="PosFeatures.ComputeWord"/>, <see cref="PosFeatures.ComputeContext"/> and
/// <see cref="PosFeatures.ComputeDynamic"/> looked up and summed, the tag dictionary and the allowed tags applied
/// (features over small value sets are read from flat arrays: <see cref="PosSmallFeatures"/>).
/// </summary>
public class PosDecodingSpecs
{
    private static readonly string[] Texts =
    [
        "She didn't sign the long-term deal.",
        "Prices rose.",
        "Go!",
        "The the the the the the.",
        "However, Kim's supercalifragilisticexpialidocious internationalization plan worked in 2019.",
        "FIFA FINES ARGENTINA AFTER CLASH IN MADRID",
        "\"We won't stop,\" she said :) !!",
        "Meanwhile shares of Acme Corp. fell 3% to $1.5 on Monday, the company said.",
    ];

    public static TheoryData<string> Sentences => new(Texts);

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Cached_descriptions_equal_fresh_ones(string text)
    {
        var model = PosModel.Default;
        var (words, cached) = Describe(model, text);
        var fresh = new PosWordInfo[words.Length];
        PartOfSpeechTagger.Describe(model.ClusterTable, model.LexiconTable, text, words, fresh);
        for (int i = 0; i < words.Length; i++)
        {
            var c = cached[i];
            (c.Slot, c.Stamp) = (0, 0);
            Assert.Equal(fresh[i], c);
        }
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_decoder_groups_the_same_features_as_training(string text)
    {
        var (_, s) = Describe(PosModel.Default, text);
        Span<uint> f = stackalloc uint[PosFeatures.MaxFeatures];
        foreach (var (prev, prev2) in new[] { (PosFeatures.StartTag, PosFeatures.StartTag), (0, PosFeatures.StartTag), (3, 7), (-1, 2) })
        {
            for (int i = 0; i < s.Length; i++)
            {
                int n = PosFeatures.ComputeStatic(s, i, f);
                n += PosFeatures.ComputeDynamic(s, i, prev, prev2, f[n..]);
                var expected = f[..n].ToArray().Order();
                var actual = new List<uint>();
                actual.AddRange(Features(f, PosFeatures.ComputeOwn(s[i], f)));
                actual.AddRange(Features(f, PosFeatures.ComputeAsNeighbour(i > 0 ? s[i - 1] : PosFeatures.BeforeFirst, after: false, f)));
                actual.AddRange(Features(f, PosFeatures.ComputeAsNeighbour2(i > 1 ? s[i - 2] : i > 0 ? PosFeatures.BeforeFirst : PosFeatures.BeforeSecond, after: false, f)));
                actual.AddRange(Features(f, PosFeatures.ComputeAsNeighbour(i + 1 < s.Length ? s[i + 1] : PosFeatures.AfterLast, after: true, f)));
                actual.AddRange(Features(f, PosFeatures.ComputeAsNeighbour2(i + 2 < s.Length ? s[i + 2] : i + 1 < s.Length ? PosFeatures.AfterLast2 : PosFeatures.AfterSecond, after: true, f)));
                actual.AddRange(Features(f, PosFeatures.ComputePairs(s, i, prev, prev2, f)));
                actual.AddRange(Features(f, PosSmallFeatures.Compute(s, i, prev, prev2, f)));
                Assert.Equal(expected, actual.Order());
            }
        }
    }

    [Fact]
    public void The_small_feature_tables_score_as_the_weight_table()
    {
        var model = PosModel.Default;
        var (_, s) = Describe(model, "Meanwhile shares of Acme Corp. fell 3% to $1.5 on Monday, the company said.");
        var f = new uint[PosFeatures.MaxFeatures];
        foreach (var (prev, prev2) in new[] { (PosFeatures.StartTag, PosFeatures.StartTag), (0, 1), (4, 4), (-1, 2) })
        {
            for (int i = 0; i < s.Length; i++)
            {
                var expected = new int[model.Tags.Length];
                model.Weights.Score(f.AsSpan(0, PosSmallFeatures.Compute(s, i, prev, prev2, f)), expected);
                var actual = new int[model.Tags.Length];
                model.SmallFeatures.Add(s, i, prev, prev2, actual);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void The_decoder_tags_as_the_plain_perceptron_sentence_after_sentence()
    {
        // Twice over, so that the second pass reads every word type from the cache.
        var model = PosModel.Default;
        foreach (string text in Texts.Concat(Texts))
        {
            var (_, s) = Describe(model, text);
            var labels = new byte[s.Length];
            PartOfSpeechTagger.Decode(model, s, labels);
            Assert.Equal(PlainDecode(model, s), labels);
        }
    }

    private static uint[] Features(Span<uint> f, int n) => f[..n].ToArray();

    private static (PosWord[] Words, PosWordInfo[] Infos) Describe(PosModel model, string text)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var words = new List<PosWord>();
        PosWords.Split(text, CollectionsMarshal.AsSpan(tokens), 0, words);
        var infos = new PosWordInfo[words.Count];
        PartOfSpeechTagger.Describe(model, text, CollectionsMarshal.AsSpan(words), infos);
        return (words.ToArray(), infos);
    }

    // The perceptron as training defines it: all features of a position looked up one by one.
    private static byte[] PlainDecode(PosModel model, PosWordInfo[] s)
    {
        var labels = new byte[s.Length];
        var features = new uint[PosFeatures.MaxFeatures];
        int prev = PosFeatures.StartTag, prev2 = PosFeatures.StartTag;
        for (int i = 0; i < s.Length; i++)
        {
            int best;
            if (model.TagDictionary.TryGetValue(s[i].Exact, out byte known))
            {
                best = known;
            }
            else
            {
                var scores = new int[model.Tags.Length];
                int n = PosFeatures.ComputeStatic(s, i, features);
                n += PosFeatures.ComputeDynamic(s, i, prev, prev2, features.AsSpan(n));
                model.Weights.Score(features.AsSpan(0, n), scores);
                best = PosLexeme.Best(scores, s[i].Allowed);
            }

            labels[i] = (byte)best;
            (prev2, prev) = (prev, best);
        }

        return labels;
    }
}
