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
                    _model.Lemmatizer.Lemmatize(form, label),
                    s,
                    w.Token));
            }
        }

        return result.ToArray();
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
    /// takes its tag without scoring. Then, when the model has one, the second pass (<see cref="PosStacking"/>)
    /// revisits the words the first pass was unsure of, reading the first pass's tags on both sides.
    /// </summary>
    internal static void Decode(PosModel model, ReadOnlySpan<PosWordInfo> s, Span<byte> labels)
    {
        var stacking = model.Stacking;
        if (stacking.Margin == 0)
        {
            FirstPass(model, s, labels, null, 0);
            return;
        }

        var revisits = PosTypeCache.ForCurrentThread(model).Revisits;
        FirstPass(model, s, labels, revisits, stacking.Margin);
        if (revisits.Count > 0 && (stacking.Kind & PosPassKind.Local) != 0)
        {
            LocalReversePass(model, s, labels, revisits);
        }
        else if (revisits.Count > 0 && stacking.Reverse)
        {
            ReversePass(model, s, labels, revisits);
        }
        else if (revisits.Count > 0)
        {
            SecondPass(model, s, labels, revisits);
        }
    }

    /// <summary>
    /// The greedy first pass of <see cref="Decode"/>. With <paramref name="revisits"/>, it also keeps every scored
    /// word whose margin (best score minus the runner-up's, among its allowed tags) is below <paramref name="margin"/>,
    /// with its scores, and the sentence's tags, for the second pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void FirstPass(PosModel model, ReadOnlySpan<PosWordInfo> s, Span<byte> labels, PosRevisits? revisits, int margin)
    {
        revisits?.Reset(s.Length, model.Tags.Length);
        Span<uint> features = stackalloc uint[PosFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[PosModel.MaxTags];
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
                // far, are looked up in the weight table.
                scores.Clear();
                cache.AddSingles(s, i, scores);
                model.SmallFeatures.Add(s, i, prev, prev2, scores);
                int n = PosFeatures.ComputePairs(s, i, prev, prev2, features);
                model.Weights.Score(features[..n], scores);
                best = PosLexeme.Best(scores, allowed);
                if (revisits is not null)
                {
                    int second = PosStacking.RunnerUp(scores, allowed, best);
                    if (second >= 0 && scores[best] - scores[second] < margin)
                    {
                        revisits.Add(i, scores[best] - scores[second], second, scores);
                    }
                }
            }

            labels[i] = (byte)best;
            prev2 = prev;
            prev = best;
        }

        if (revisits is not null)
        {
            labels[..s.Length].CopyTo(revisits.First);
        }
    }

    /// <summary>
    /// The right-to-left model scored at the revisited words only, from the last to the first, with the tags of the
    /// two words to the right as its history; their scores plus the first pass's choose the tag.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void LocalReversePass(PosModel model, ReadOnlySpan<PosWordInfo> s, Span<byte> labels, PosRevisits revisits)
    {
        Span<uint> features = stackalloc uint[PosFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[PosModel.MaxTags];
        int tagCount = model.Tags.Length;
        scores = scores[..tagCount];
        var weights = model.Stacking.Weights;
        var r = revisits.Words.AsSpan(0, s.Length);
        s.CopyTo(r);
        r.Reverse();
        for (int k = revisits.Count - 1; k >= 0; k--)
        {
            int i = revisits.Positions[k], j = r.Length - 1 - i;
            int prev = i + 1 < s.Length ? labels[i + 1] : PosFeatures.StartTag;
            int prev2 = i + 2 < s.Length ? labels[i + 2] : PosFeatures.StartTag;
            revisits.ScoresOf(k).CopyTo(scores);
            int n = PosFeatures.ComputeStatic(r, j, features);
            n += PosFeatures.ComputeDynamic(r, j, prev, prev2, features[n..]);
            weights.Score(features[..n], scores);
            labels[i] = (byte)PosLexeme.Best(scores, r[j].Allowed);
        }
    }

    /// <summary>
    /// The bidirectional second pass (<see cref="PosStacking.Reverse"/>): a first pass trained right to left tags
    /// the sentence from its end, greedily with its own tags as history, and at each word the left-to-right pass
    /// was unsure of, the sum of both passes' scores chooses the tag.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ReversePass(PosModel model, ReadOnlySpan<PosWordInfo> s, Span<byte> labels, PosRevisits revisits)
    {
        Span<uint> features = stackalloc uint[PosStacking.MaxAllFeatures];
        Span<int> scores = stackalloc int[PosModel.MaxTags];
        int tagCount = model.Tags.Length;
        scores = scores[..tagCount];
        var stacking = model.Stacking;
        var weights = stacking.Weights;
        var dictionary = model.TagDictionaryTable;
        var r = revisits.Words.AsSpan(0, s.Length);
        s.CopyTo(r);
        r.Reverse();
        var first = revisits.Reversed.AsSpan(0, s.Length);
        revisits.First.AsSpan(0, s.Length).CopyTo(first);
        first.Reverse();
        int prev = PosFeatures.StartTag, prev2 = PosFeatures.StartTag, k = revisits.Count - 1;
        for (int j = 0; j < r.Length && k >= 0; j++)
        {
            int i = r.Length - 1 - j, best;
            var allowed = r[j].Allowed;
            if (dictionary.TryGetValue(r[j].Exact, out byte known))
            {
                best = known;
            }
            else if (allowed != 0 && UInt128.IsPow2(allowed) && (int)UInt128.TrailingZeroCount(allowed) < tagCount)
            {
                best = (int)UInt128.TrailingZeroCount(allowed);
            }
            else
            {
                scores.Clear();
                int n = stacking.Stacked
                    ? PosStacking.ComputeAll(r, first, j, prev, prev2, -1, 0, features)
                    : PosFeatures.ComputeStatic(r, j, features) + PosFeatures.ComputeDynamic(r, j, prev, prev2, features[PosFeatures.ComputeStatic(r, j, features)..]);
                weights.Score(features[..n], scores);
                best = PosLexeme.Best(scores, allowed);
                while (k >= 0 && revisits.Positions[k] > i)
                {
                    k--;
                }

                if (k >= 0 && revisits.Positions[k] == i)
                {
                    if (stacking.AddFirst)
                    {
                        var firstScores = revisits.ScoresOf(k);
                        for (int l = 0; l < tagCount; l++)
                        {
                            scores[l] += firstScores[l];
                        }
                    }

                    labels[i] = (byte)PosLexeme.Best(scores, allowed);
                    best = labels[i];
                    k--;
                }
            }

            prev2 = prev;
            prev = best;
        }
    }

    /// <summary>
    /// The second pass (<see cref="PosStacking"/>): left to right over the words the first pass was unsure of,
    /// a second perceptron, whose features add the first pass's tags on both sides to the first pass's own,
    /// chooses the tag again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SecondPass(PosModel model, ReadOnlySpan<PosWordInfo> s, Span<byte> labels, PosRevisits revisits)
    {
        Span<uint> features = stackalloc uint[PosStacking.MaxAllFeatures];
        Span<int> scores = stackalloc int[PosModel.MaxTags];
        scores = scores[..model.Tags.Length];
        var weights = model.Stacking.Weights;
        var first = revisits.First.AsSpan(0, s.Length);
        for (int k = 0; k < revisits.Count; k++)
        {
            int i = revisits.Positions[k];
            if (model.Stacking.AddFirst)
            {
                revisits.ScoresOf(k).CopyTo(scores);
            }
            else
            {
                scores.Clear();
            }

            int n = PosStacking.ComputeAll(s, first, i, i > 0 ? labels[i - 1] : PosFeatures.StartTag, i > 1 ? labels[i - 2] : PosFeatures.StartTag, revisits.Seconds[k], revisits.Margins[k], features);
            weights.Score(features[..n], scores);
            labels[i] = (byte)PosLexeme.Best(scores, s[i].Allowed);
        }
    }
}
