using System.Globalization;
using EntityExtract.Entities;
using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tools;

/// <summary>
/// <c>train-pos</c>: trains the part-of-speech model on UD_English-EWT train and writes
/// <c>src/EntityExtract/Resources/pos.model</c>. Deterministic for a given <c>--seed</c> (one thread, a fixed
/// shuffle per epoch, every table written in key order), so the shipped model is rebuilt byte for byte.
/// </summary>
internal static class PosTraining
{
    /// <summary>Runs the command.</summary>
    /// <param name="args"><c>[--out PATH] [--seed N] [--epochs N] [--prune N] [--dict-min N] [--dev]</c>.</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = DefaultOutput();
        var options = new PosTrainingOptions();
        bool dev = args.Contains("--dev");
        args = args.Where(static a => a != "--dev").ToArray();
        for (int k = 0; k + 1 < args.Length; k += 2)
        {
            switch (args[k])
            {
                case "--out": output = args[k + 1]; break;
                case "--seed": options = options with { Seed = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--epochs": options = options with { Epochs = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--prune": options = options with { Prune = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--dict-min": options = options with { DictionaryMinimum = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[k]}");
                    return 2;
            }
        }

        string? trainPath = SharedData.PathTo("ud-english-ewt/en_ewt-ud-train.conllu");
        if (trainPath is null || output is null)
        {
            Console.Error.WriteLine("train-pos needs ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu and the repository's src/EntityExtract/Resources folder.");
            return 1;
        }

        var train = PosCorpus.Read(trainPath, out int skipped);
        Console.WriteLine($"train: {train.Count} sentences ({skipped} skipped: words not found in their text)");
        var model = Train(train, options, Console.Out);
        using (var file = File.Create(output))
        {
            model.Write(file);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
        if (dev && SharedData.PathTo("ud-english-ewt/en_ewt-ud-dev.conllu") is { } devPath)
        {
            var scores = PosEvaluation.Evaluate(model, PosCorpus.Read(devPath, out _));
            Console.WriteLine($"dev: {scores}");
        }

        return 0;
    }

    /// <summary>Trains a model on aligned treebank sentences.</summary>
    public static PosModel Train(List<PosSentence> sentences, PosTrainingOptions options, TextWriter log)
    {
        // Joint labels (Penn tag, Universal tag) by descending frequency, ties in ordinal order: a fixed
        // numbering. Joint labels measured better on dev than Penn tags mapped to Universal tags afterwards
        // (docs/parts-of-speech.md), because AUX/VERB, SCONJ/ADP and PART/ADP depend on context.
        var tagCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in sentences.SelectMany(static s => s.Gold))
        {
            tagCounts[Key(g)] = tagCounts.GetValueOrDefault(Key(g)) + 1;
        }

        string[] labels = tagCounts.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal).Select(static p => p.Key).ToArray();
        if (labels.Length > PosModel.MaxTags)
        {
            throw new InvalidOperationException($"{labels.Length} labels; the model holds at most {PosModel.MaxTags}.");
        }

        var labelOf = labels.Select(static (t, i) => (t, i)).ToDictionary(static p => p.t, static p => (byte)p.i, StringComparer.Ordinal);
        string[] tags = labels.Select(static l => l[..l.IndexOf('\t', StringComparison.Ordinal)]).ToArray();
        var universal = labels.Select(static l => (UniversalTag)Math.Max(0, Array.IndexOf(TaggedToken.Codes, l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]))).ToArray();
        var universalExceptions = new Dictionary<ulong, byte>();
        var dictionary = LearnDictionary(sentences, labelOf, options);
        var lemmatizer = LearnLemmas(sentences, labelOf);
        log.WriteLine($"{labels.Length} labels, {dictionary.Count} dictionary words, {lemmatizer.Exceptions.Count} lemma exceptions, {lemmatizer.Rules.Count} lemma rules");

        // The entity model's word classes (learnt from unlabelled news by NerClusters) are copied into this
        // model, so that retraining the entity model never changes the tagger's inputs.
        var clusters = new Dictionary<uint, ushort>(NerModel.Default.Clusters);
        var clusterTable = new NerTable<ushort>(clusters.Select(static p => KeyValuePair.Create((ulong)p.Key, p.Value)).ToArray());
        var perceptron = new PosPerceptron(tags.Length);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var infos = new PosWordInfo[512];
        var gold = new int[512];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long words = 0, errors = 0;
            foreach (int index in order)
            {
                var s = sentences[index];
                if (s.Words.Length > infos.Length)
                {
                    continue;
                }

                PartOfSpeechTagger.Describe(clusterTable, s.Text, s.Words, infos);
                for (int w = 0; w < s.Words.Length; w++)
                {
                    gold[w] = s.Source[w] < 0 ? -1 : labelOf[Key(s.Gold[s.Source[w]])];
                }

                errors += perceptron.TrainSentence(infos.AsSpan(0, s.Words.Length), gold.AsSpan(0, s.Words.Length), dictionary);
                words += s.Words.Length;
            }

            log.WriteLine($"epoch {epoch + 1}: {errors} errors in {words} words ({100.0 * (words - errors) / words:F2}% right during training)");
        }

        perceptron.Average();
        var weights = perceptron.Quantize(options.Prune);
        log.WriteLine($"{weights.Count} features with non-zero weights, {weights.Sum(static f => f.Weights.Length)} weights");
        return new PosModel(tags, universal, universalExceptions, dictionary, new PosWeights(weights), lemmatizer, clusters);
    }

    private static string Key(PosGoldWord g) => g.Xpos + "\t" + g.Upos;

    // Frequent words with one tag at least 97% of the time (the NLTK port of Honnibal's tagger uses >= 20 and 97%).
    private static Dictionary<uint, byte> LearnDictionary(List<PosSentence> sentences, Dictionary<string, byte> labelOf, PosTrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<byte, int>>(StringComparer.Ordinal);
        foreach (var g in sentences.SelectMany(static s => s.Gold))
        {
            if (!counts.TryGetValue(g.Form, out var c))
            {
                counts[g.Form] = c = [];
            }

            byte label = labelOf[Key(g)];
            c[label] = c.GetValueOrDefault(label) + 1;
        }

        var dictionary = new Dictionary<uint, byte>();
        foreach (var (form, c) in counts)
        {
            int total = c.Values.Sum();
            var (label, count) = c.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key).Select(static p => (p.Key, p.Value)).First();
            if (total >= options.DictionaryMinimum && count >= options.DictionaryRatio * total)
            {
                dictionary[NerHash.Exact(form)] = label;
            }
        }

        return dictionary;
    }

    // Suffix rules by (tag, case class, suffix), the most frequent edit winning; a rule that repeats its
    // shorter suffix's rule is dropped (the lookup falls back to it). Then every training form whose lemma
    // the rules miss goes into the exceptions table.
    private static PosLemmatizer LearnLemmas(List<PosSentence> sentences, Dictionary<string, byte> labelOf)
    {
        var ruleCounts = new Dictionary<ulong, Dictionary<LemmaRule, int>>();
        var parent = new Dictionary<ulong, ulong>();
        var lemmaCounts = new Dictionary<(string Form, int Label), Dictionary<string, int>>();
        foreach (var g in sentences.SelectMany(static s => s.Gold))
        {
            int label = labelOf[Key(g)];
            var key = (g.Form, label);
            if (!lemmaCounts.TryGetValue(key, out var lc))
            {
                lemmaCounts[key] = lc = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            lc[g.Lemma] = lc.GetValueOrDefault(g.Lemma) + 1;
            var rule = LemmaRule.Learn(g.Form, g.Lemma);
            int caseClass = PosLemmatizer.CaseClass(g.Form);
            ulong previous = 0;
            for (int k = 0; k <= Math.Min(PosLemmatizer.MaxSuffix, g.Form.Length); k++)
            {
                ulong suffixKey = PosLemmatizer.SuffixKey(g.Form.AsSpan(g.Form.Length - k), label, caseClass);
                if (!ruleCounts.TryGetValue(suffixKey, out var rc))
                {
                    ruleCounts[suffixKey] = rc = [];
                }

                rc[rule] = rc.GetValueOrDefault(rule) + 1;
                if (k > 0)
                {
                    parent[suffixKey] = previous;
                }

                previous = suffixKey;
            }
        }

        var best = new Dictionary<ulong, LemmaRule>();
        foreach (var (key, rc) in ruleCounts)
        {
            if (parent.ContainsKey(key) && rc.Values.Sum() < 2)
            {
                continue;
            }

            best[key] = rc.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key.Lower).ThenBy(static p => p.Key.Strip).ThenBy(static p => p.Key.Append, StringComparer.Ordinal).First().Key;
        }

        var rules = new Dictionary<ulong, LemmaRule>();
        foreach (var (key, rule) in best)
        {
            if (parent.TryGetValue(key, out ulong up) && best.TryGetValue(up, out var upRule) && upRule == rule)
            {
                continue;
            }

            rules[key] = rule;
        }

        var lemmatizer = new PosLemmatizer([], rules);
        var exceptions = new Dictionary<ulong, string>();
        foreach (var ((form, label), lc) in lemmaCounts)
        {
            string lemma = lc.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal).First().Key;
            if (lemmatizer.Lemmatize(form, label) != lemma)
            {
                exceptions[PosLemmatizer.FormKey(form, label)] = lemma;
            }
        }

        return new PosLemmatizer(exceptions, rules);
    }

    private static string? DefaultOutput()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntityExtract.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? null : Path.Combine(dir.FullName, "src", "EntityExtract", "Resources", "pos.model");
    }
}

/// <summary>The settings of <see cref="PosTraining"/>; the defaults build the shipped model.</summary>
internal sealed record PosTrainingOptions
{
    public int Seed { get; init; } = 1;

    public int Epochs { get; init; } = 10;

    public int Prune { get; init; } = 1;

    public int DictionaryMinimum { get; init; } = 20;

    public double DictionaryRatio { get; init; } = 0.97;
}
