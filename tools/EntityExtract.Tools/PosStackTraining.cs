using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tools;

/// <summary>
/// Trains the tagger's second pass (<see cref="PosStacking"/>) by stacking (Wolpert 1992) with jackknifed
/// first-pass tags: train is cut into k folds (sentence n goes to fold n mod k), a first pass trained on the
/// other k - 1 folds tags each fold, and the second pass learns on those tags, so that it sees the mistakes a
/// first pass makes on text it was not trained on, not the near-perfect tags it gives its own training data.
/// The second pass is trained as the first (<see cref="PosPerceptron"/>: greedy, its own tags as history, several
/// shuffles averaged) with the stacked features added.
/// </summary>
internal static class PosStackTraining
{
    /// <summary>The first pass's output on one sentence: its tags, and for each word its runner-up tag (-1 for none) and margin.</summary>
    internal sealed record FirstPass(byte[] Labels, int[] Seconds, int[] Margins);

    /// <summary>Jackknifes the first pass over <paramref name="sentences"/> (or reads the result from <paramref name="cache"/>) and trains the second pass.</summary>
    public static PosStacking Train(List<PosSentence> sentences, string[] labels, PosModel full, PosTrainingOptions options, TextWriter log, List<PosSentence>? dev, string? cache)
    {
        var firstPasses = cache is not null && File.Exists(cache) ? ReadCache(cache, sentences.Count, labels.Length, options) : null;
        if (firstPasses is null)
        {
            firstPasses = Jackknife(sentences, labels, options, log);
            if (cache is not null)
            {
                WriteCache(cache, firstPasses, labels.Length, options);
            }
        }

        var labelOf = labels.Select(static (t, i) => (t, i)).ToDictionary(static p => p.t, static p => p.i, StringComparer.Ordinal);
        long words = 0, wrong = 0;
        var infos = new PosWordInfo[512];
        var gold = new int[512];
        for (int n = 0; n < sentences.Count; n++)
        {
            var s = sentences[n];
            for (int w = 0; w < s.Words.Length; w++)
            {
                if (s.Source[w] >= 0)
                {
                    words++;
                    wrong += firstPasses[n].Labels[w] != labelOf[s.Gold[s.Source[w]].Xpos + "\t" + s.Gold[s.Source[w]].Upos] ? 1 : 0;
                }
            }
        }

        log.WriteLine($"jackknifed first pass: {100.0 * (words - wrong) / words:F2}% of train words right");
        var perceptrons = new List<PosPerceptron>();
        for (int run = 0; run < options.Runs; run++)
        {
            var perceptron = new PosPerceptron(labels.Length);
            perceptrons.Add(perceptron);
            var order = Enumerable.Range(0, sentences.Count).ToArray();
            var random = new Random(options.Seed + run);
            for (int epoch = 0; epoch < options.StackEpochs; epoch++)
            {
                random.Shuffle(order);
                long errors = 0, seen = 0;
                foreach (int index in order)
                {
                    var s = sentences[index];
                    if (s.Words.Length > infos.Length)
                    {
                        continue;
                    }

                    PartOfSpeechTagger.Describe(full, s.Text, s.Words, infos);
                    for (int w = 0; w < s.Words.Length; w++)
                    {
                        gold[w] = s.Source[w] < 0 ? -1 : labelOf[s.Gold[s.Source[w]].Xpos + "\t" + s.Gold[s.Source[w]].Upos];
                    }

                    var stacked = firstPasses[index];
                    if (options.Reverse)
                    {
                        // The right-to-left second pass reads the sentence reversed, the first pass's tags with it.
                        infos.AsSpan(0, s.Words.Length).Reverse();
                        gold.AsSpan(0, s.Words.Length).Reverse();
                        stacked = new FirstPass(stacked.Labels.Reverse().ToArray(), stacked.Seconds.Reverse().ToArray(), stacked.Margins.Reverse().ToArray());
                    }

                    errors += perceptron.TrainSentence(infos.AsSpan(0, s.Words.Length), gold.AsSpan(0, s.Words.Length), full.TagDictionary, stacked);
                    seen += s.Words.Length;
                }

                log.WriteLine($"second pass, run {run + 1}, epoch {epoch + 1}: {errors} errors in {seen} words");
            }
        }

        var weights = PosPerceptron.Quantize(perceptrons, options.Prune);
        log.WriteLine($"second pass: {weights.Count} features, {weights.Sum(static f => f.Weights.Length)} weights");
        var kind = PosPassKind.Stacked | (options.Reverse ? PosPassKind.Reverse : PosPassKind.None);
        var stacking = new PosStacking(new PosWeights(weights), options.StackMargin, kind);
        if (dev is not null)
        {
            Report(full, stacking, dev, log);
        }

        return stacking;
    }

    /// <summary>Writes the dev figures of <paramref name="full"/> with <paramref name="stacking"/> revisiting the words below several margins.</summary>
    public static void Report(PosModel full, PosStacking stacking, List<PosSentence> dev, TextWriter log)
    {
        {
            var devMargins = DevMargins(full, dev);
            log.WriteLine($"dev, first pass: margin quartiles {Quantile(devMargins, 0.25)} / {Quantile(devMargins, 0.5)} / {Quantile(devMargins, 0.75)} quanta over {devMargins.Length} words with a runner-up");
            log.WriteLine($"  dev, first pass only: {PosEvaluation.Evaluate(full.WithStacking(PosStacking.None), dev)}");
            foreach (var kind in stacking.Stacked ? new[] { stacking.Kind & ~PosPassKind.AddFirst, stacking.Kind | PosPassKind.AddFirst } : [stacking.Kind])
            {
                foreach (int m in new[] { 5000, 10000, 20000, 40000, int.MaxValue })
                {
                    log.WriteLine($"  dev, second pass ({kind}) below margin {m} ({devMargins.Count(x => x < m)} words): {PosEvaluation.Evaluate(full.WithStacking(new PosStacking(stacking.Weights, m, kind)), dev)}");
                }
            }
        }
    }

    // k first passes, each trained on the sentences outside one fold, tag that fold.
    private static FirstPass[] Jackknife(List<PosSentence> sentences, string[] labels, PosTrainingOptions options, TextWriter log)
    {
        var result = new FirstPass[sentences.Count];
        int k = options.StackFolds;
        var foldOptions = options with { Runs = options.StackRuns, Reverse = false };
        var infos = new PosWordInfo[1024];
        for (int fold = 0; fold < k; fold++)
        {
            var rest = sentences.Where((_, n) => n % k != fold).ToList();
            var model = PosTraining.TrainTagger(rest, labels, foldOptions, TextWriter.Null, lemmas: false);
            for (int n = fold; n < sentences.Count; n += k)
            {
                result[n] = Tag(model, sentences[n], infos);
            }

            log.WriteLine($"jackknife: fold {fold + 1} of {k} tagged by a first pass trained on {rest.Count} sentences");
        }

        return result;
    }

    // The first pass of model over one sentence, with each word's runner-up and margin.
    private static FirstPass Tag(PosModel model, PosSentence s, PosWordInfo[] infos)
    {
        int length = s.Words.Length;
        var result = new FirstPass(new byte[length], new int[length], new int[length]);
        Array.Fill(result.Seconds, -1);
        Array.Fill(result.Margins, int.MaxValue);
        if (length > infos.Length)
        {
            return result;
        }

        var revisits = PosTypeCache.ForCurrentThread(model).Revisits;
        PartOfSpeechTagger.Describe(model, s.Text, s.Words, infos);
        PartOfSpeechTagger.FirstPass(model, infos.AsSpan(0, length), result.Labels, revisits, int.MaxValue);
        for (int k = 0; k < revisits.Count; k++)
        {
            result.Seconds[revisits.Positions[k]] = revisits.Seconds[k];
            result.Margins[revisits.Positions[k]] = revisits.Margins[k];
        }

        return result;
    }

    private static int[] DevMargins(PosModel model, List<PosSentence> dev)
    {
        var infos = new PosWordInfo[1024];
        return dev.SelectMany(s => Tag(model, s, infos).Margins).Where(static m => m < int.MaxValue).Order().ToArray();
    }

    private static int Quantile(int[] sorted, double q) => sorted.Length == 0 ? 0 : sorted[(int)(q * (sorted.Length - 1))];

    // The jackknifed first passes take minutes; --stack-cache keeps them between experiments on the second pass.
    // The header holds what they depend on, and a file that does not match is recomputed.
    private static void WriteCache(string path, FirstPass[] passes, int tags, PosTrainingOptions options)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(CacheKey(passes.Length, tags, options));
        foreach (var p in passes)
        {
            writer.Write(p.Labels.Length);
            writer.Write(p.Labels);
            for (int w = 0; w < p.Labels.Length; w++)
            {
                writer.Write(p.Seconds[w]);
                writer.Write(p.Margins[w]);
            }
        }
    }

    private static FirstPass[]? ReadCache(string path, int sentences, int tags, PosTrainingOptions options)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != CacheKey(sentences, tags, options))
        {
            return null;
        }

        var result = new FirstPass[sentences];
        for (int n = 0; n < sentences; n++)
        {
            var labels = reader.ReadBytes(reader.ReadInt32());
            var pass = new FirstPass(labels, new int[labels.Length], new int[labels.Length]);
            for (int w = 0; w < labels.Length; w++)
            {
                pass.Seconds[w] = reader.ReadInt32();
                pass.Margins[w] = reader.ReadInt32();
            }

            result[n] = pass;
        }

        return result;
    }

    private static string CacheKey(int sentences, int tags, PosTrainingOptions options)
        => $"v2 {sentences} {tags} folds {options.StackFolds} runs {options.StackRuns} epochs {options.Epochs} seed {options.Seed} prune {options.Prune} dict {options.DictionaryMinimum} likely {options.LikelyMinimum}";
}
