using System.Runtime.InteropServices;
using EntityExtract.Entities;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// The exact decoder (<see cref="NerModel.ExactDecoding"/>): on short lines, every label sequence the BILOU grammar
/// allows is scored by the model's features, and none may beat the one the decoder chose for the final pass.
/// </summary>
public class NerDecoderSpecs
{
    [Theory]
    [InlineData("Leicestershire beat Somerset .")]
    [InlineData("Nasser Hussain struck 158 .")]
    [InlineData("MEANWHILE IN NEW YORK")]
    [InlineData("Kim went to Seoul")]
    [InlineData("the Department of Health said")]
    [InlineData("@Reuters says #Sydney")]
    public void Exact_decoding_finds_the_best_scoring_allowed_sequence(string text)
    {
        var model = NerModel.Default.WithExactDecoding(true);
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var info = new NerTokenInfo[tokens.Count];
        var labels = new byte[tokens.Count];
        TextSegment[] line = [new TextSegment(0, text.Length, 0, tokens.Count, SegmentKind.Sentence, 0)];
        NerTagger.Prepare(model, text, CollectionsMarshal.AsSpan(tokens), line, info);
        NerTagger.Tag(model, line, info, labels, CancellationToken.None);

        // info now holds the document fields the final pass read; score every allowed sequence under them.
        long chosen = PathScore(model, info, labels);
        var sequence = new byte[tokens.Count];
        long best = Best(model, info, sequence, 0, NerLabels.Start);
        Assert.True(IsAllowed(labels), string.Join(",", labels));
        Assert.Equal(best, chosen);
    }

    [Theory]
    [InlineData("Leicestershire beat Somerset at Grace Road. Nasser Hussain struck 158 for Essex, and Hussain said Essex would win.\n\nMEANWHILE IN NEW YORK\n\nThe Department of Health said Kim went to Seoul with Hussain.")]
    [InlineData("Mr Blair told the BBC that Labour would win. \"We will,\" Blair said in London. Blair, Brown and the Liberal Democrats met in Brighton on Monday.")]
    [InlineData("@Reuters says #Sydney . where can i get morcillas in tampa bay")]
    public void Exact_decoding_gives_the_labels_and_margins_of_a_plain_second_order_Viterbi(string text)
    {
        // The decoder sums each token's scores from parts (static, document, kept previous-label rows, history) and
        // takes the best predecessor with vector maxima; the reference scores every (previous, one before) pair from
        // all its features at once and breaks ties the plain way (the first label before, the first final state).
        AssertExactDecodingIsViterbi(NerModel.Default.WithExactDecoding(true).WithExactMargin(int.MaxValue), text, companion: null, weight: 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5_000)]
    [InlineData(20_000)]
    [InlineData(NerModel.DefaultExactMargin)]
    [InlineData(int.MaxValue)]
    public void Pruned_exact_decoding_gives_the_labels_and_margins_of_a_plainly_pruned_Viterbi(int margin)
    {
        // NerModel.ExactMargin: after each token but the last, a label is dropped when its best path so far plus the
        // most the rest of the sentence can add after it by the shared scores (static and document rows) and the
        // highest history rows falls more than the margin below the best label's such sum. The reference prunes so,
        // written out plainly.
        var model = NerModel.Default.WithExactDecoding(true).WithExactMargin(margin);
        foreach (string text in PruningTexts)
        {
            AssertExactDecodingIsViterbi(model, text, companion: null, weight: 0, margin);
        }
    }

    [Fact]
    public void Pruning_drops_labels_and_the_default_margin_keeps_the_exact_labels_on_the_spec_texts()
    {
        // At margin 0 only the labels whose path and estimate are the best survive each token, and some label of these
        // texts changes (so that the pruned reference above is not the unpruned one, and a decoder that did not prune
        // would fail it); at the default margin none does (docs/performance.md: none on all BBC articles and the
        // suite sets with the structured model).
        var exact = NerModel.Default.WithExactDecoding(true);
        int changedAtZero = 0;
        foreach (string text in PruningTexts)
        {
            var plain = Labels(exact.WithExactMargin(int.MaxValue), text);
            Assert.Equal(plain, Labels(exact, text));
            changedAtZero += plain.Zip(Labels(exact.WithExactMargin(0), text)).Count(static x => x.First != x.Second);
        }

        Assert.NotEqual(0, changedAtZero);
        Assert.Equal(NerModel.DefaultExactMargin, exact.ExactMargin);
        Assert.Throws<ArgumentOutOfRangeException>(() => exact.WithExactMargin(-1));
    }

    private static readonly string[] PruningTexts =
    [
        "Leicestershire beat Somerset at Grace Road. Nasser Hussain struck 158 for Essex, and Hussain said Essex would win.\n\nMEANWHILE IN NEW YORK\n\nThe Department of Health said Kim went to Seoul with Hussain.",
        "Mr Blair told the BBC that Labour would win. \"We will,\" Blair said in London. Blair, Brown and the Liberal Democrats met in Brighton on Monday.",
        "@Reuters says #Sydney . where can i get morcillas in tampa bay",
        "Radical Shiite cleric Muqtada al-Sadr said the attack was criminal. However, Democratic Senator Kent Conrad said the proposals exposed the country to huge financial risks.",
        "In an interview on the network CNBC Friday, he said prices rose. Andover Town won the league. North Korea fired a missile. The North said it was a test.",
        "Ad sales lift Stone Harbour profit\n\nQuarterly profits at UK media group StoneHarbour rose 12% to $1.2bn. Stone Harbour said on Monday that it now owns 5% of search firm Acme, and Harbour Bros lost users.",
    ];

    private static byte[] Labels(NerModel model, string text)
    {
        var (sentences, info, _) = Prepared(model, text);
        var labels = new byte[info.Length];
        NerTagger.Tag(model, sentences, info, labels, CancellationToken.None);
        return labels;
    }

    [Theory]
    [InlineData("Leicestershire beat Somerset at Grace Road. Nasser Hussain struck 158 for Essex, and Hussain said Essex would win.\n\nMEANWHILE IN NEW YORK\n\nThe Department of Health said Kim went to Seoul with Hussain.", 16)]
    [InlineData("Mr Blair told the BBC that Labour would win. \"We will,\" Blair said in London. Blair, Brown and the Liberal Democrats met in Brighton on Monday.", 8)]
    [InlineData("Mr Blair told the BBC that Labour would win. \"We will,\" Blair said in London. Blair, Brown and the Liberal Democrats met in Brighton on Monday.", NerModel.MaxCompanionWeight)]
    [InlineData("@Reuters says #Sydney . where can i get morcillas in tampa bay", 160)]
    public void Exact_decoding_with_a_companion_adds_its_weighted_regret_to_every_label(string text, int weight)
    {
        // NerModel.Companion: each label's score given (p, q) gains weight / 16 times the companion's score of it minus
        // the companion's best allowed label given (p, q), the regret clamped at -2^20. The greedy model is its own
        // companion here (the same token facts); the reference adds the term to a plain second-order Viterbi. The
        // margins stay the model's own local ones along the chosen path.
        AssertExactDecodingIsViterbi(
            NerModel.Default.WithExactDecoding(true).WithCompanion(NerModel.Default, weight), text, NerModel.Default, weight);
    }

    /// <summary>
    /// The exact decoder's labels and margins against the reference: a plain second-order Viterbi over each
    /// sentence of both passes (with the companion's weighted regret added when one is given), margins from the
    /// second pass.
    /// </summary>
    private static void AssertExactDecodingIsViterbi(NerModel model, string text, NerModel? companion, int weight, int margin = int.MaxValue)
    {
        var (sentences, info, reference) = Prepared(model, text);
        var labels = new byte[info.Length];
        var margins = new int[info.Length];
        NerTagger.Tag(model, sentences, info, labels, CancellationToken.None, margins);

        var expected = new byte[info.Length];
        var expectedMargins = new int[info.Length];
        TwoPasses(sentences, reference, expected, (sentence, second) =>
        {
            var s = reference.AsSpan(sentence.FirstToken, sentence.TokenCount);
            Viterbi(model, s, expected.AsSpan(sentence.FirstToken, sentence.TokenCount), companion, weight, margin);
            if (second)
            {
                Margins(model, s, expected.AsSpan(sentence.FirstToken, sentence.TokenCount), expectedMargins.AsSpan(sentence.FirstToken, sentence.TokenCount));
            }
        });

        Assert.Contains(expected, static l => l != NerLabels.Outside);
        Assert.Equal(expected, labels);
        Assert.Equal(expectedMargins, margins);
    }

    [Fact]
    public void A_companion_at_weight_zero_changes_no_label()
    {
        const string Text = "Mr Blair told the BBC that Labour would win. \"We will,\" Blair said in London. Blair, Brown and the Liberal Democrats met in Brighton on Monday.";
        var exact = NerModel.Default.WithExactDecoding(true);
        var (sentences, info, _) = Prepared(exact, Text);
        var alone = new byte[info.Length];
        NerTagger.Tag(exact, sentences, info, alone, CancellationToken.None);
        var (_, again, _) = Prepared(exact, Text);
        var withCompanion = new byte[info.Length];
        NerTagger.Tag(exact.WithCompanion(NerModel.Default, 0), sentences, again, withCompanion, CancellationToken.None);
        Assert.Equal(alone, withCompanion);
        Assert.Throws<ArgumentOutOfRangeException>(() => exact.WithCompanion(NerModel.Default, NerModel.MaxCompanionWeight + 1));
    }

    [Theory]
    [InlineData("Ad sales lift Stone Harbour profit\n\nQuarterly profits at UK media group StoneHarbour rose 12% to $1.2bn for the three months to June, from $900m a year earlier.\n\nThe firm, which is now one of the biggest investors in Acme, gained from sales of broadband lines and higher advert sales. StoneHarbour said second quarter sales rose 3% to $9.1bn. Its profits were lifted by one-off gains which offset a loss at Harbour Bros, and fewer users for BXT.\n\nStone Harbour said on Monday that it now owns 5% of search firm Acme. But its own internet business, BXT, lost users.")]
    [InlineData("Brown sales lift Gordon Harbour profit\n\nProfits at Harbour rose. Harbour said on Monday that Brown would go. Gordon Harbour met Brown in Leeds, and Harbour Bros said Leeds was calm.\n\nHarbour lost users. Brown said Harbour Bros would win.")]
    public void Greedy_decoding_gives_the_labels_margins_and_rivals_of_plain_greedy_passes(string text)
    {
        // The greedy decoder reuses a token's first-pass scores in the second pass where its features did not change
        // (no document features, the same two labels before it); the reference scores every token of both passes
        // from all its features. The last two texts repeat capitalized words so that the second pass changes labels with
        // tokens after them that have no document features: a decoder that reused those tokens' first-pass scores without
        // checking the two labels before them gives other margins there (checked with such a build).
        // The shipped model decodes exactly (stop 31); the greedy decoder is checked on its weights decoded greedily.
        var model = NerModel.Default.WithExactDecoding(false);
        var (sentences, info, reference) = Prepared(model, text);
        var labels = new byte[info.Length];
        var margins = new int[info.Length];
        var rivals = new int[2 * info.Length];
        NerTagger.Tag(model, sentences, info, labels, CancellationToken.None, margins, rivals);

        var expected = new byte[info.Length];
        var expectedMargins = new int[info.Length];
        var expectedRivals = new int[2 * info.Length];
        var features = new uint[NerFeatures.MaxFeatures];
        var scores = new int[NerModel.RowStride];
        TwoPasses(sentences, reference, expected, (sentence, _) =>
        {
            var s = reference.AsSpan(sentence.FirstToken, sentence.TokenCount);
            int prev = NerLabels.Start, prev2 = NerLabels.Start;
            for (int i = 0; i < s.Length; i++)
            {
                int n = NerFeatures.Compute(s, i, prev, prev2, features);
                Array.Clear(scores);
                NerFeatures.Score(model, features.AsSpan(0, n), scores);
                bool last = i == s.Length - 1;
                int best = NerTagger.Best<int>(scores, prev, last);
                int k = sentence.FirstToken + i;
                expected[k] = (byte)best;
                expectedMargins[k] = Over(scores, best, l => l != best && Allowed(prev, l, last));
                expectedRivals[2 * k] = Over(scores, best, l => l != best && l == NerLabels.Outside && Allowed(prev, l, last));
                expectedRivals[(2 * k) + 1] = Over(scores, best, l => l != NerLabels.Outside && NerLabels.TypeOf(l) != NerLabels.TypeOf(best) && Allowed(prev, l, last));
                prev2 = prev;
                prev = best;
            }
        });

        Assert.Contains(expected, static l => l != NerLabels.Outside);
        Assert.Equal(expected, labels);
        Assert.Equal(expectedMargins, margins);
        Assert.Equal(expectedRivals, rivals);
    }

    [Fact]
    public void The_shipped_model_decodes_exactly()
    {
        // Since stop 31 the shipped model is the structured one (train-ner's defaults), and its file says so.
        Assert.True(NerModel.Default.ExactDecoding);
        Assert.False(NerModel.Default.WithExactDecoding(false).ExactDecoding);
        Assert.Same(NerModel.Default, NerModel.Default.WithExactDecoding(true));
        Assert.Null(NerModel.Default.Companion);
    }

    private static long Best(NerModel model, NerTokenInfo[] info, byte[] sequence, int i, int previous)
    {
        if (i == sequence.Length)
        {
            return PathScore(model, info, sequence);
        }

        long best = long.MinValue;
        for (int l = 0; l < NerLabels.Count; l++)
        {
            if (!NerLabels.IsAllowed(previous, l) || (i == sequence.Length - 1 && !NerLabels.CanEnd(l)))
            {
                continue;
            }

            sequence[i] = (byte)l;
            best = Math.Max(best, Best(model, info, sequence, i + 1, l));
        }

        return best;
    }

    // Second-order Viterbi written out plainly: delta[l, p] over label pairs, each (p, q) scored from all its features.
    // With a companion, each label also gains weight / 16 of the companion's regret given (p, q) (NerModel.Companion).
    // With a margin (no companion), after each token but the last the labels whose best path plus Future falls more than
    // the margin below the best label's are dropped.
    private static void Viterbi(NerModel model, ReadOnlySpan<NerTokenInfo> s, Span<byte> labels, NerModel? companion = null, int weight = 0, int margin = int.MaxValue)
    {
        var future = margin == int.MaxValue || companion is not null ? null : Future(model, s);
        var companionScores = new int[NerModel.RowStride];
        const int S = NerLabels.Start + 1;
        var features = new uint[NerFeatures.MaxFeatures];
        var scores = new int[NerModel.RowStride];
        var delta = new long[S, S];
        var back = new int[s.Length, S, S];
        Fill(delta, long.MinValue);
        delta[NerLabels.Start, NerLabels.Start] = 0;
        for (int i = 0; i < s.Length; i++)
        {
            var next = new long[S, S];
            Fill(next, long.MinValue);
            for (int p = 0; p < S; p++)
            {
                for (int q = 0; q < S; q++)
                {
                    if (delta[p, q] == long.MinValue)
                    {
                        continue;
                    }

                    int n = NerFeatures.Compute(s, i, p, q, features);
                    Array.Clear(scores);
                    NerFeatures.Score(model, features.AsSpan(0, n), scores);
                    long companionBest = long.MinValue;
                    if (companion is not null)
                    {
                        Array.Clear(companionScores);
                        NerFeatures.Score(companion, features.AsSpan(0, n), companionScores);
                        for (int l = 0; l < NerLabels.Count; l++)
                        {
                            companionBest = Allowed(p, l, i == s.Length - 1) ? Math.Max(companionBest, companionScores[l]) : companionBest;
                        }
                    }

                    for (int l = 0; l < NerLabels.Count; l++)
                    {
                        if (!NerLabels.IsAllowed(p, l) || (i == s.Length - 1 && !NerLabels.CanEnd(l)))
                        {
                            continue;
                        }

                        long regret = companion is null ? 0 : Math.Max(companionScores[l] - companionBest, -(1 << 20));
                        long v = delta[p, q] + scores[l] + ((regret * weight) >> 4);
                        if (v > next[l, p])
                        {
                            next[l, p] = v;
                            back[i, l, p] = q;
                        }
                    }
                }
            }

            if (future is not null && i < s.Length - 1)
            {
                var best = new long[NerLabels.Count];
                long top = long.MinValue;
                for (int l = 0; l < NerLabels.Count; l++)
                {
                    best[l] = long.MinValue;
                    for (int p = 0; p < S; p++)
                    {
                        best[l] = Math.Max(best[l], next[l, p]);
                    }

                    best[l] = best[l] == long.MinValue ? long.MinValue : best[l] + future[i, l];
                    top = Math.Max(top, best[l]);
                }

                for (int l = 0; l < NerLabels.Count; l++)
                {
                    for (int p = 0; p < S && best[l] < top - margin; p++)
                    {
                        next[l, p] = long.MinValue;
                    }
                }
            }

            delta = next;
        }

        int label = 0, previous = 0;
        for (int l = 0; l < S; l++)
        {
            for (int p = 0; p < S; p++)
            {
                if (delta[l, p] > delta[label, previous])
                {
                    (label, previous) = (l, p);
                }
            }
        }

        for (int i = s.Length - 1; i >= 0; i--)
        {
            labels[i] = (byte)label;
            int earlier = back[i, label, previous];
            (label, previous) = (previous, earlier);
        }
    }

    // What the rest of the sentence can add after label l at token i, by the static and document features of the
    // tokens after it and the highest history score given l (over every label before l): future[i, l], 0 at the end.
    private static long[,] Future(NerModel model, ReadOnlySpan<NerTokenInfo> s)
    {
        const int S = NerLabels.Start + 1;
        var features = new uint[NerFeatures.MaxFeatures];
        var scores = new int[NerModel.RowStride];
        var future = new long[s.Length, NerLabels.Count];
        for (int i = s.Length - 2; i >= 0; i--)
        {
            int n = NerFeatures.ComputeStatic(s, i + 1, features);
            n += NerFeatures.ComputeDocument(s, i + 1, features.AsSpan(n));
            Array.Clear(scores);
            NerFeatures.Score(model, features.AsSpan(0, n), scores);
            for (int l = 0; l < NerLabels.Count; l++)
            {
                long f = long.MinValue;
                for (int k = 0; k < NerLabels.Count; k++)
                {
                    if (!Allowed(l, k, i + 1 == s.Length - 1))
                    {
                        continue;
                    }

                    long history = long.MinValue;
                    for (int q = 0; q < S; q++)
                    {
                        int m = NerFeatures.ComputeHistory(l, q, features);
                        var h = new int[NerModel.RowStride];
                        NerFeatures.Score(model, features.AsSpan(0, m), h);
                        history = Math.Max(history, h[k]);
                    }

                    f = Math.Max(f, scores[k] + history + future[i + 1, k]);
                }

                future[i, l] = f;
            }
        }

        return future;
    }

    // Each token's margin along the path: its label's score minus the best other label the grammar allows there.
    private static void Margins(NerModel model, ReadOnlySpan<NerTokenInfo> s, ReadOnlySpan<byte> labels, Span<int> margins)
    {
        var features = new uint[NerFeatures.MaxFeatures];
        var scores = new int[NerModel.RowStride];
        int prev = NerLabels.Start, prev2 = NerLabels.Start;
        for (int i = 0; i < s.Length; i++)
        {
            int n = NerFeatures.Compute(s, i, prev, prev2, features);
            Array.Clear(scores);
            NerFeatures.Score(model, features.AsSpan(0, n), scores);
            long second = long.MinValue;
            for (int l = 0; l < NerLabels.Count; l++)
            {
                if (l != labels[i] && NerLabels.IsAllowed(prev, l) && (i < s.Length - 1 || NerLabels.CanEnd(l)))
                {
                    second = Math.Max(second, scores[l]);
                }
            }

            margins[i] = second == long.MinValue ? int.MaxValue / 2 : (int)Math.Clamp(scores[labels[i]] - second, 0, int.MaxValue / 2);
            prev2 = prev;
            prev = labels[i];
        }
    }

    private static bool Allowed(int previous, int label, bool last) => NerLabels.IsAllowed(previous, label) && (!last || NerLabels.CanEnd(label));

    // The chosen label's score minus the best of the labels that pass the test, at least 0; int.MaxValue / 2 when none does.
    private static int Over(int[] scores, int best, Func<int, bool> test)
    {
        long second = long.MinValue;
        for (int l = 0; l < NerLabels.Count; l++)
        {
            if (test(l))
            {
                second = Math.Max(second, scores[l]);
            }
        }

        return second == long.MinValue ? int.MaxValue / 2 : (int)Math.Clamp(scores[best] - second, 0, int.MaxValue / 2);
    }

    private static void Fill(long[,] table, long value)
    {
        for (int a = 0; a < table.GetLength(0); a++)
        {
            for (int b = 0; b < table.GetLength(1); b++)
            {
                table[a, b] = value;
            }
        }
    }

    // A document's sentences and token features as the pipeline prepares them, with a copy of the features for a
    // reference decoder (the tagger writes its document fields into the original).
    // The document's two passes as the tagger runs them: every sentence decoded, then the document features set from
    // the first pass's labels and every sentence decoded again (decode is told which pass it is in).
    private static void TwoPasses(TextSegment[] sentences, NerTokenInfo[] reference, byte[] expected, Action<TextSegment, bool> decode)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            if (pass == 1)
            {
                NerTagger.SetDocumentFeatures(reference, expected);
            }

            foreach (var sentence in sentences)
            {
                decode(sentence, pass == 1);
            }
        }
    }

    private static (TextSegment[] Sentences, NerTokenInfo[] Info, NerTokenInfo[] Reference) Prepared(NerModel model, string text)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<TextSegment>();
        SentenceSplitter.Split(text, tokens.ToArray(), sentences);
        var info = new NerTokenInfo[tokens.Count];
        NerTagger.Prepare(model, text, CollectionsMarshal.AsSpan(tokens), CollectionsMarshal.AsSpan(sentences), info);
        return (sentences.ToArray(), info, (NerTokenInfo[])info.Clone());
    }

    private static long PathScore(NerModel model, NerTokenInfo[] info, byte[] labels)
    {
        var features = new uint[NerFeatures.MaxFeatures];
        var scores = new int[NerModel.RowStride];
        long total = 0;
        int prev = NerLabels.Start, prev2 = NerLabels.Start;
        for (int i = 0; i < labels.Length; i++)
        {
            int n = NerFeatures.Compute(info, i, prev, prev2, features);
            Array.Clear(scores);
            NerFeatures.Score(model, features.AsSpan(0, n), scores);
            total += scores[labels[i]];
            prev2 = prev;
            prev = labels[i];
        }

        return total;
    }

    private static bool IsAllowed(byte[] labels)
    {
        int prev = NerLabels.Start;
        foreach (byte l in labels)
        {
            if (!NerLabels.IsAllowed(prev, l))
            {
                return false;
            }

            prev = l;
        }

        return labels.Length == 0 || NerLabels.CanEnd(labels[^1]);
    }
}
