using System.Runtime.InteropServices;
using EntityExtract.PartsOfSpeech;
using EntityExtract.Tests.Infrastructure;
using EntityExtract.Tools;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.PartsOfSpeech;

/// <summary>
/// The fast decoder (word types cached per thread, single-word features scored once per type, words with one
/// possible tag not scored) tags exactly as the perceptron's plain definition: every feature of
/// <see cref="PosFeatures.ComputeWord"/>, <see cref="PosFeatures.ComputeContext"/> and
/// <see cref="PosFeatures.ComputeDynamic"/> looked up and summed, the tag dictionary and the allowed tags applied
/// (features over small value sets are read from flat arrays: <see cref="PosSmallFeatures"/>); then the second
/// pass, the right-to-left perceptron over the whole reversed sentence, added at the words whose first-pass
/// margin is below <see cref="PosSecondPass.Margin"/>.
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

    // A word allowed a few labels is scored at those alone: the dense rows of scores add there and nowhere else.
    [Theory]
    [InlineData(new byte[] { }, new[] { 11, 22, 33, 44 })]
    [InlineData(new byte[] { 1, 3 }, new[] { 1, 22, 3, 44 })]
    [InlineData(new byte[] { 0 }, new[] { 11, 2, 3, 4 })]
    public void A_dense_row_adds_at_the_listed_labels_only_or_at_every_label(byte[] labels, int[] expected)
    {
        var scores = new[] { 1, 2, 3, 4 };
        PosWeights.AddRow(new[] { 10, 20, 30, 40 }, scores, labels);
        Assert.Equal(expected, scores);
    }

    [Fact]
    public void The_labels_a_word_is_scored_at_are_its_allowed_ones_in_order_or_all()
    {
        Span<byte> buffer = stackalloc byte[PosLexeme.MaxListed];
        var allowed = (UInt128.One << 3) | (UInt128.One << 70) | (UInt128.One << 101);
        Assert.Equal(new byte[] { 3, 70, 101 }, PosLexeme.Labels(allowed, 102, buffer).ToArray());

        // Labels past the model's are never scored; no restriction, or a wide one, is every label (empty).
        Assert.Equal(new byte[] { 3, 70 }, PosLexeme.Labels(allowed, 100, buffer).ToArray());
        Assert.True(PosLexeme.Labels(UInt128.Zero, 102, buffer).IsEmpty);
        Assert.Equal(PosLexeme.MaxListed, PosLexeme.Labels((UInt128.One << PosLexeme.MaxListed) - 1, 102, buffer).Length);
        Assert.True(PosLexeme.Labels((UInt128.One << (PosLexeme.MaxListed + 1)) - 1, 102, buffer).IsEmpty);
    }

    [Fact]
    public void The_shipped_model_has_a_second_pass()
    {
        Assert.True(PosModel.Default.SecondPass.Margin > 0);
        Assert.NotEmpty(PosModel.Default.SecondPass.Weights.Features);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(4, 2)]
    [InlineData(9, 7)]
    public void The_second_pass_window_holds_two_words_each_side_reversed(int length, int i)
    {
        var s = Enumerable.Range(0, Math.Max(length, 1)).Select(static k => new PosWordInfo { Lower = (uint)k }).ToArray();
        Span<PosWordInfo> window = stackalloc PosWordInfo[5];
        var (j, n) = PosSecondPass.Reverse(s, i, window);
        var expected = Enumerable.Range(Math.Max(0, i - 2), Math.Min(s.Length - 1, i + 2) - Math.Max(0, i - 2) + 1).Reverse().Select(static k => (uint)k).ToArray();
        Assert.Equal(expected, window[..n].ToArray().Select(static w => w.Lower));
        Assert.Equal((uint)i, window[j].Lower);
    }

    [Fact]
    public void The_decoder_tags_as_the_plain_perceptron_with_the_second_pass_off_or_on_every_word()
    {
        var model = PosModel.Default;
        foreach (var variant in new[] { model.WithSecondPass(PosSecondPass.None), model.WithSecondPass(new PosSecondPass(model.SecondPass.Weights, int.MaxValue)) })
        {
            foreach (string text in Texts)
            {
                var (_, s) = Describe(variant, text);
                var labels = new byte[s.Length];
                PartOfSpeechTagger.Decode(variant, s, labels);
                Assert.Equal(PlainDecode(variant, s), labels);
            }
        }
    }

    // Sentences of EWT dev whose tag the second pass corrects: the left-to-right pass reads "start" and "forward"
    // before the words that make them verbs. ("Further to our conversation" was the example until the sixth round's
    // retraining, "Work hard and retire early." until the twelfth's, whose first passes tag them right already.)
    [Theory]
    [InlineData("Start cleaning and start looking.", "start", "NN", "VB")]
    [InlineData("Go ahead and forward to Brant if you are ready.", "forward", "RB", "VB")]
    public void The_second_pass_corrects_what_the_right_context_decides(string text, string word, string firstPass, string tagged)
    {
        var model = PosModel.Default;
        Assert.Equal(firstPass, TagOf(model.WithSecondPass(PosSecondPass.None), text, word));
        Assert.Equal(tagged, TagOf(model, text, word));
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

    // Every sentence of EWT dev (25,000 words: unknown words, long sentences, sentence-initial words of every
    // kind), with the shipped model and with its second pass on every scored word, so that the regrouped second
    // pass (cached single-word scores, flat arrays, the reversed window) meets every case the plain sums do.
    [SharedDataFact("ud-english-ewt/en_ewt-ud-dev.conllu")]
    public void The_decoder_tags_EWT_dev_as_the_plain_perceptron()
    {
        var model = PosModel.Default;
        var texts = File.ReadLines(SharedData.PathTo("ud-english-ewt/en_ewt-ud-dev.conllu")!)
            .Where(static l => l.StartsWith("# text = ", StringComparison.Ordinal))
            .Select(static l => l["# text = ".Length..])
            .ToArray();
        Assert.True(texts.Length > 1000);
        foreach (var variant in new[] { model, model.WithSecondPass(new PosSecondPass(model.SecondPass.Weights, int.MaxValue)) })
        {
            int differing = 0;
            foreach (string text in texts)
            {
                var (_, s) = Describe(variant, text);
                var labels = new byte[s.Length];
                PartOfSpeechTagger.Decode(variant, s, labels);
                differing += labels.AsSpan().SequenceEqual(PlainDecode(variant, s)) ? 0 : 1;
            }

            Assert.Equal(0, differing);
        }
    }

    private static uint[] Features(Span<uint> f, int n) => f[..n].ToArray();

    private static string TagOf(PosModel model, string text, string word)
    {
        var (words, s) = Describe(model, text);
        var labels = new byte[s.Length];
        PartOfSpeechTagger.Decode(model, s, labels);
        int i = Array.FindIndex(words, w => text.AsSpan(w.Start, w.Length).SequenceEqual(word));
        return model.Tags[labels[i]];
    }

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

    // The perceptron as training defines it: all features of a position looked up one by one; then the second pass.
    private static byte[] PlainDecode(PosModel model, PosWordInfo[] s)
    {
        var labels = new byte[s.Length];
        var kept = new int[s.Length][];
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
                int second = PosSecondPass.RunnerUp(scores, s[i].Allowed, best);
                if (second >= 0 && scores[best] - scores[second] < model.SecondPass.Margin)
                {
                    kept[i] = scores;
                }
            }

            labels[i] = (byte)best;
            (prev2, prev) = (prev, best);
        }

        // The right-to-left perceptron reads the sentence reversed, the tags to the word's right as its history.
        var reversed = s.Reverse().ToArray();
        for (int i = s.Length - 1; i >= 0; i--)
        {
            if (kept[i] is not { } scores)
            {
                continue;
            }

            int j = s.Length - 1 - i;
            int n = PosFeatures.ComputeStatic(reversed, j, features);
            n += PosFeatures.ComputeDynamic(reversed, j, i + 1 < s.Length ? labels[i + 1] : PosFeatures.StartTag, i + 2 < s.Length ? labels[i + 2] : PosFeatures.StartTag, features.AsSpan(n));
            model.SecondPass.Weights.Score(features.AsSpan(0, n), scores);
            labels[i] = (byte)PosLexeme.Best(scores, s[i].Allowed);
        }

        return labels;
    }
}
