using System.Runtime.CompilerServices;
using EntityExtract.Tokenization;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// Tags English text with parts of speech (Universal and Penn Treebank tags) and lemmas, without running
/// the extraction pipeline. The model, a greedy averaged perceptron trained on the English Web Treebank,
/// ships inside the package and loads on first use. Thread-safe: one instance serves any number of threads.
/// </summary>
/// <example>
/// <code>
/// foreach (var word in PartOfSpeechTagger.Default.Tag("She didn't sign the long-term deal."))
///     Console.WriteLine($"{word.Text}\t{word.UniversalCode}\t{word.PennTag}\t{word.Lemma}");
/// // She PRON PRP she, did AUX VBD do, n't PART RB not, sign VERB VB sign, the DET DT the,
/// // long ADJ JJ long, - PUNCT HYPH -, term NOUN NN term, deal NOUN NN deal, . PUNCT . .
/// </code>
/// </example>
public sealed class PartOfSpeechTagger
{
    private static readonly Lazy<PartOfSpeechTagger> LazyDefault = new(static () => new PartOfSpeechTagger(PosModel.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PosModel _model;

    internal PartOfSpeechTagger(PosModel model)
    {
        _model = model;
    }

    /// <summary>The tagger with the model embedded in the package, loaded on first use.</summary>
    /// <exception cref="Entities.ModelFormatException">The embedded model is missing or corrupt.</exception>
    public static PartOfSpeechTagger Default => LazyDefault.Value;

    internal PosModel Model => _model;

    /// <summary>Tokenizes <paramref name="text"/>, splits it into sentences and tags every word.</summary>
    /// <param name="text">Any string: it is treated as data, and no content makes this method throw.</param>
    /// <param name="cancellationToken">Checked between sentences.</param>
    /// <returns>The words in text order, with offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<TaggedToken> Tag(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextToken>(Math.Max(4, text.Length / 5));
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<TextSegment>(Math.Max(4, tokens.Count / 20));
        SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
        var result = new List<TaggedToken>(tokens.Count + 8);
        var words = new List<PosWord>(64);
        var infos = Array.Empty<PosWordInfo>();
        var labels = Array.Empty<byte>();
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            words.Clear();
            PosWords.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens).Slice(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, words);
            if (infos.Length < words.Count)
            {
                infos = new PosWordInfo[words.Count * 2];
                labels = new byte[words.Count * 2];
            }

            Describe(_model, text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), infos);
            Decode(_model, infos.AsSpan(0, words.Count), labels);
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                var form = text.AsSpan(w.Start, w.Length);
                int label = labels[i];
                result.Add(new TaggedToken(
                    w.Start,
                    text.Substring(w.Start, w.Length),
                    _model.Universal(infos[i].Lower, label),
                    _model.Tags[label],
                    Lemma(_model, text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), labels.AsSpan(0, words.Count), i),
                    s,
                    w.Token));
            }
        }

        return result.ToArray();
    }

    /// <summary>The lemma of word <paramref name="i"/> of a tagged sentence, read with the next word that is not an adverb.</summary>
    internal static string Lemma(PosModel model, string text, ReadOnlySpan<PosWord> words, ReadOnlySpan<byte> labels, int i)
    {
        int next = PosLemmatizer.NextNonAdverb(labels, model.Tags, i);
        var nextForm = next < 0 ? [] : text.AsSpan(words[next].Start, words[next].Length);
        return model.Lemmatizer.Lemmatize(text.AsSpan(words[i].Start, words[i].Length), labels[i], nextForm);
    }

    /// <summary>Computes the feature inputs of each word of one sentence, through this thread's cache of word types.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Describe(PosModel model, ReadOnlySpan<char> text, ReadOnlySpan<PosWord> words, Span<PosWordInfo> infos)
    {
        var cache = PosTypeCache.ForCurrentThread(model);
        for (int i = 0; i < words.Length; i++)
        {
            infos[i] = cache.Describe(text.Slice(words[i].Start, words[i].Length), i == 0);
        }
    }

    /// <summary>Computes the feature inputs of each word of one sentence from the word classes and likely tags given.</summary>
    internal static void Describe(Entities.NerTable<ushort> clusters, Entities.NerTable<PosLexeme> lexicon, ReadOnlySpan<char> text, ReadOnlySpan<PosWord> words, Span<PosWordInfo> infos)
    {
        for (int i = 0; i < words.Length; i++)
        {
            infos[i] = PosFeatures.Describe(text.Slice(words[i].Start, words[i].Length), i == 0, clusters, lexicon);
        }
    }

    /// <summary>
    /// Tags one sentence greedily, left to right (Honnibal 2013: greedy decoding loses little against Viterbi
    /// for this feature set). A word in the tag dictionary, or one that the training data gives only one tag
    /// (<see cref="PosWordInfo.Allowed"/>, which <see cref="PosLexeme.Best"/> would choose whatever the scores),
    /// takes its tag without scoring. Then the second pass (<see cref="PosSecondPass"/>) scores the words the
    /// first was unsure of again, right to left.
    /// </summary>
    internal static void Decode(PosModel model, ReadOnlySpan<PosWordInfo> s, Span<byte> labels)
    {
        var second = model.SecondPass;
        if (second.Margin == 0)
        {
            FirstPass(model, s, labels, null, 0);
            return;
        }

        var revisits = PosTypeCache.ForCurrentThread(model).Revisits;
        FirstPass(model, s, labels, revisits, second.Margin);
        if (revisits.Count > 0)
        {
            SecondPass(model, s, labels, revisits);
        }
    }

    /// <summary>
    /// The greedy left-to-right pass of <see cref="Decode"/>. With <paramref name="revisits"/>, it also keeps every
    /// scored word whose margin (best score minus the runner-up's, among its allowed tags) is below
    /// <paramref name="margin"/>, with its scores.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void FirstPass(PosModel model, ReadOnlySpan<PosWordInfo> s, Span<byte> labels, PosRevisits? revisits, int margin)
    {
        revisits?.Clear();
        Span<uint> features = stackalloc uint[PosFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[PosModel.MaxTags];
        Span<byte> listed = stackalloc byte[PosLexeme.MaxListed];
        int tagCount = model.Tags.Length;
        scores = scores[..tagCount];
        int prev = PosFeatures.StartTag, prev2 = PosFeatures.StartTag;
        var dictionary = model.TagDictionaryTable;
        var cache = PosTypeCache.ForCurrentThread(model);
        for (int i = 0; i < s.Length; i++)
        {
            int best;
            var allowed = s[i].Allowed;
            if (dictionary.TryGetValue(s[i].Exact, out byte known))
            {
                best = known;
            }
            else if (allowed != 0 && UInt128.IsPow2(allowed) && (int)UInt128.TrailingZeroCount(allowed) < tagCount)
            {
                best = (int)UInt128.TrailingZeroCount(allowed);
            }
            else
            {
                // The features that read one word alone come scored from the cache, those over small sets of
                // values from flat arrays; only those that read two words, or a word and the tags chosen so
                // far, are looked up in the weight table. A word allowed a few labels needs only their scores: the
                // dense rows add at those alone (the sparse lists whole; the other labels' partial sums are never read).
                var only = PosLexeme.Labels(allowed, tagCount, listed);
                scores.Clear();
                cache.Singles.AddSingles(s, i, scores, only);
                model.SmallFeatures.Add(s, i, prev, prev2, scores, only);
                int n = PosFeatures.ComputePairs(s, i, prev, prev2, features);
                model.Weights.Score(features[..n], scores);
                best = PosLexeme.Best(scores, allowed);
                if (revisits is not null)
                {
                    int runnerUp = PosSecondPass.RunnerUp(scores, allowed, best);
                    if (runnerUp >= 0 && scores[best] - scores[runnerUp] < margin)
                    {
                        revisits.Add(i, scores);
                    }
                }
            }

            labels[i] = (byte)best;
            prev2 = prev;
            prev = best;
        }
    }

    /// <summary>
    /// The second pass (<see cref="PosSecondPass"/>): from the last revisited word to the first, the right-to-left
    /// perceptron scores the word with the tags of the two words to its right as its history (its previous tags
    /// when it reads the sentence reversed), and its scores plus the first pass's choose the tag. Its features
    /// are grouped as the first pass's (single-word ones from the cache, small sets from flat arrays, the rest
    /// probed) over the reversed window, which sums the same integer weights as scoring them one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SecondPass(PosModel model, ReadOnlySpan<PosWordInfo> s, Span<byte> labels, PosRevisits revisits)
    {
        Span<uint> features = stackalloc uint[PosFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[PosModel.MaxTags];
        scores = scores[..model.Tags.Length];
        Span<PosWordInfo> window = stackalloc PosWordInfo[5];
        Span<byte> listed = stackalloc byte[PosLexeme.MaxListed];
        var weights = model.SecondPass.Weights;
        var singles = PosTypeCache.ForCurrentThread(model).SecondSingles;
        var small = model.SecondSmallFeatures;
        for (int k = revisits.Count - 1; k >= 0; k--)
        {
            int i = revisits.Positions[k];
            var (j, length) = PosSecondPass.Reverse(s, i, window);
            var r = window[..length];
            int prev = i + 1 < s.Length ? labels[i + 1] : PosFeatures.StartTag;
            int prev2 = i + 2 < s.Length ? labels[i + 2] : PosFeatures.StartTag;
            revisits.ScoresOf(k).CopyTo(scores);
            var only = PosLexeme.Labels(s[i].Allowed, scores.Length, listed);
            singles.AddSingles(r, j, scores, only);
            small.Add(r, j, prev, prev2, scores, only);
            int n = PosFeatures.ComputePairs(r, j, prev, prev2, features);
            weights.Score(features[..n], scores);
            labels[i] = (byte)PosLexeme.Best(scores, s[i].Allowed);
        }
    }
}
