using System.Runtime.CompilerServices;
using EntityExtract.Entities;

namespace EntityExtract.PartsOfSpeech;

/// <summary>What the training data says about a frequent word: its most frequent label and every label it has.</summary>
/// <param name="Likely">The most frequent label.</param>
/// <param name="Allowed">One bit per label the word has in the training data.</param>
internal readonly record struct PosLexeme(byte Likely, UInt128 Allowed)
{
    /// <summary>
    /// The most labels <see cref="Labels"/> lists; a word allowed more is scored at every label, whose dense rows add
    /// as a few vector additions.
    /// </summary>
    public const int MaxListed = 16;

    /// <summary>Builds the lookup table of the tagger from the model's two dictionaries (same keys).</summary>
    public static NerTable<PosLexeme> Table(Dictionary<uint, byte> likely, Dictionary<uint, UInt128> allowed)
        => new(likely.Select(p => KeyValuePair.Create((ulong)p.Key, new PosLexeme(p.Value, allowed.GetValueOrDefault(p.Key)))).ToArray());

    /// <summary>
    /// The labels of <paramref name="allowed"/> below <paramref name="tags"/>, in increasing order, written into
    /// <paramref name="labels"/>, or none (an empty span, meaning every label) when it allows every label or more than
    /// <see cref="MaxListed"/>: a word that may take a few labels only is scored at those (<see cref="PosWeights.AddRow(ReadOnlySpan{int}, Span{int}, ReadOnlySpan{byte})"/>).
    /// </summary>
    public static ReadOnlySpan<byte> Labels(UInt128 allowed, int tags, Span<byte> labels)
    {
        if (allowed == 0 || UInt128.PopCount(allowed) > MaxListed)
        {
            return [];
        }

        int n = 0;
        for (var rest = allowed; rest != 0; rest &= rest - 1)
        {
            int l = (int)UInt128.TrailingZeroCount(rest);
            if (l >= tags)
            {
                break;
            }

            labels[n++] = (byte)l;
        }

        return labels[..n];
    }

    /// <summary>
    /// The best-scoring label among <paramref name="allowed"/> (every label when it is 0): at decoding, a
    /// frequent word never takes a tag the treebank never gives it ("rose" is NN or VBD, not VBZ), the tag
    /// dictionary of Ratnaparkhi (1996).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Best(ReadOnlySpan<int> scores, UInt128 allowed)
    {
        int best = -1;
        if (allowed == 0)
        {
            for (int l = 0; l < scores.Length; l++)
            {
                if (best < 0 || scores[l] > scores[best])
                {
                    best = l;
                }
            }

            return best;
        }

        // The allowed labels in increasing order, as the loop above visits them, so ties go the same way.
        for (var rest = allowed; rest != 0; rest &= rest - 1)
        {
            int l = (int)UInt128.TrailingZeroCount(rest);
            if (l >= scores.Length)
            {
                break;
            }

            if (best < 0 || scores[l] > scores[best])
            {
                best = l;
            }
        }

        return best;
    }
}
