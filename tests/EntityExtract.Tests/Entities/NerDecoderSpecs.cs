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

    [Fact]
    public void Greedy_decoding_is_the_default()
    {
        Assert.False(NerModel.Default.ExactDecoding);
        Assert.True(NerModel.Default.WithExactDecoding(true).ExactDecoding);
        Assert.Same(NerModel.Default, NerModel.Default.WithExactDecoding(false));
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
