using System.Runtime.CompilerServices;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// The tagger's second pass: the words the greedy left-to-right pass was unsure of (a margin between its two
/// best tags below <see cref="Margin"/>) are scored again by a perceptron trained right to left (each sentence
/// reversed, the same features), whose history is the tags of the two words to the right; the sum of both
/// passes' scores chooses the tag. A left-to-right tagger chooses without the tags to its right; a right-to-left
/// one sees them, and the two make different mistakes (Tsuruoka and Tsujii 2005, "Bidirectional inference with
/// the easiest-first strategy", and the bidirectional ensembles of Shen et al. 2007 and Toutanova et al. 2003).
/// Only the unsure words are scored again, about a fifth of the scored words, so the pass costs a fraction of
/// the first (docs/parts-of-speech.md, "Second pass", has the figures and what was tried before it: stacking
/// on jackknifed first-pass tags did not pay). Immutable; safe to share between threads.
/// </summary>
internal sealed class PosSecondPass
{
    /// <summary>A model without a second pass.</summary>
    public static readonly PosSecondPass None = new(new PosWeights([]), 0);

    /// <summary>Creates a second pass from the right-to-left weights and the margin, in the first pass's quanta, below which it scores a word again.</summary>
    public PosSecondPass(PosWeights weights, int margin)
    {
        Weights = weights;
        Margin = Math.Max(0, margin);
    }

    /// <summary>The weights of the right-to-left perceptron (quantized as the first pass's, so that their scores add).</summary>
    public PosWeights Weights { get; }

    /// <summary>
    /// A word whose first-pass margin (best score minus the runner-up's, among the tags the word may take) is
    /// below this is scored again; 0 switches the second pass off.
    /// </summary>
    public int Margin { get; }

    /// <summary>
    /// The label with the second-best score among <paramref name="allowed"/> (every label when it is 0), other
    /// than <paramref name="best"/>; -1 when there is none.
    /// </summary>
    public static int RunnerUp(ReadOnlySpan<int> scores, UInt128 allowed, int best)
    {
        if (allowed == 0)
        {
            // Every label: a plain scan, in increasing order as PosLexeme.Best visits them (ties go the same way),
            // instead of a walk over 128-bit masks.
            int runnerUp = -1;
            for (int l = 0; l < scores.Length; l++)
            {
                if (l != best && (runnerUp < 0 || scores[l] > scores[runnerUp]))
                {
                    runnerUp = l;
                }
            }

            return runnerUp;
        }

        var all = scores.Length >= 128 ? UInt128.MaxValue : (UInt128.One << scores.Length) - 1;
        var rest = (allowed == 0 ? all : allowed & all) & ~(UInt128.One << best);
        return rest == 0 ? -1 : PosLexeme.Best(scores, rest);
    }

    /// <summary>
    /// Copies the words the right-to-left features of word <paramref name="i"/> read (two on each side) into
    /// <paramref name="window"/> in reverse order; returns the word's index in it and the window's length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (int Index, int Length) Reverse(ReadOnlySpan<PosWordInfo> s, int i, Span<PosWordInfo> window)
    {
        int hi = Math.Min(s.Length - 1, i + 2), lo = Math.Max(0, i - 2);
        for (int k = hi; k >= lo; k--)
        {
            window[hi - k] = s[k];
        }

        return (hi - i, hi - lo + 1);
    }
}
