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
    /// <param name="args"><c>[--out PATH] [--seed N] [--epochs N] [--runs N] [--prune N] [--dict-min N] [--lemmas-from MODEL] [--dev]
    /// [--second-margin N] [--tagger-from MODEL] [--gum-train] [--siblings SPEC]</c>. <c>--siblings</c> sets the groups of
    /// <see cref="WithSiblings"/> ("" for none). <c>--gum-train</c> adds GUM's Wikinews train documents
    /// (<see cref="ReadGumTrain"/>) to what the perceptrons learn from (an experiment: EWT dev level, GUM dev better; not the default). <c>--second-margin 0</c> trains no second pass; <c>--tagger-from</c>
    /// keeps a model's first pass (and lemmas) and trains only the second.</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = DefaultOutput();
        string? lemmasFrom = null, taggerFrom = null;
        var options = new PosTrainingOptions();
        bool dev = args.Contains("--dev");
        bool gumTrain = args.Contains("--gum-train");
        args = args.Where(static a => a is not "--dev" and not "--gum-train").ToArray();
        for (int k = 0; k + 1 < args.Length; k += 2)
        {
            switch (args[k])
            {
                case "--out": output = args[k + 1]; break;
                case "--seed": options = options with { Seed = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--epochs": options = options with { Epochs = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--prune": options = options with { Prune = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--lemma-min-types": options = options with { LemmaMinTypes = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--lemma-candidate-min-types": options = options with { LemmaCandidateMinTypes = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--likely-min": options = options with { LikelyMinimum = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--lemmas-from": lemmasFrom = args[k + 1]; break;
                case "--tagger-from": taggerFrom = args[k + 1]; break;
                case "--second-margin": options = options with { SecondMargin = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;

                case "--runs": options = options with { Runs = int.Parse(args[k + 1], CultureInfo.InvariantCulture) }; break;
                case "--siblings": options = options with { Siblings = args[k + 1] }; break;
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
        if (gumTrain)
        {
            var extra = ReadGumTrain();
            Console.WriteLine($"GUM Wikinews, documents of GUM's train split: {extra.Count} sentences (tagger weights only)");
            options = options with { Extra = extra };
        }
        PosModel model;
        if (lemmasFrom is not null)
        {
            using var stream = File.OpenRead(lemmasFrom);
            model = RelearnLemmas(PosModel.Read(stream), train, options, Console.Out);
        }
        else
        {
            // With --dev, dev is scored after each epoch from the sixth, to choose the number of epochs, and with
            // the second pass at several margins.
            var devSentences = dev && SharedData.PathTo("ud-english-ewt/en_ewt-ud-dev.conllu") is { } devFile ? PosCorpus.Read(devFile, out _) : null;
            PosModel? tagger = null;
            if (taggerFrom is not null)
            {
                using var stream = File.OpenRead(taggerFrom);
                tagger = PosModel.Read(stream);
            }

            model = Train(train, options, Console.Out, devSentences, tagger);
        }

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

    /// <summary>
    /// Trains a model on aligned treebank sentences: the first pass (left to right), then, with a
    /// <see cref="PosTrainingOptions.SecondMargin"/> above 0, the second (<see cref="PosSecondPass"/>: the same
    /// perceptron trained right to left). With <paramref name="tagger"/>, its first pass is kept and only the
    /// second is trained.
    /// </summary>
    public static PosModel Train(List<PosSentence> sentences, PosTrainingOptions options, TextWriter log, List<PosSentence>? dev = null, PosModel? tagger = null)
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

        var model = tagger ?? TrainTagger(sentences, labels, options, log, lemmas: true, reverse: false, dev);
        if (options.SecondMargin <= 0)
        {
            return model;
        }

        // The right-to-left perceptron shares the first pass's labels, tag dictionary and lexicon (learnt from
        // the same sentences); only its weights are kept.
        log.WriteLine("second pass: right to left");
        var reverse = TrainTagger(sentences, labels, options, log, lemmas: false, reverse: true);
        var second = new PosSecondPass(reverse.Weights, options.SecondMargin);
        if (dev is not null)
        {
            foreach (int margin in new[] { 0, 5000, 10000, 20000, 40000, int.MaxValue })
            {
                log.WriteLine($"  dev, second pass below margin {margin}: {PosEvaluation.Evaluate(model.WithSecondPass(new PosSecondPass(second.Weights, margin)), dev)}");
            }
        }

        return model.WithSecondPass(second);
    }

    /// <summary>
    /// Trains a greedy perceptron over the joint <paramref name="labels"/> given; without <paramref name="lemmas"/>,
    /// the lemma tables are left empty; with <paramref name="reverse"/>, it reads every sentence from its end
    /// (the second pass's model, whose dev figures per epoch are not printed: it does not tag alone).
    /// </summary>
    internal static PosModel TrainTagger(List<PosSentence> sentences, string[] labels, PosTrainingOptions options, TextWriter log, bool lemmas, bool reverse, List<PosSentence>? dev = null)
    {
        var labelOf = labels.Select(static (t, i) => (t, i)).ToDictionary(static p => p.t, static p => (byte)p.i, StringComparer.Ordinal);
        string[] tags = labels.Select(static l => l[..l.IndexOf('\t', StringComparison.Ordinal)]).ToArray();
        var universal = labels.Select(static l => (UniversalTag)Math.Max(0, Array.IndexOf(TaggedToken.Codes, l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]))).ToArray();
        var universalExceptions = new Dictionary<ulong, byte>();
        var dictionary = LearnDictionary(sentences, labelOf, options);

        // The entity model's word classes (learnt from unlabelled news by NerClusters) are copied into this
        // model, so that retraining the entity model never changes the tagger's inputs.
        var clusters = new Dictionary<uint, ushort>(NerModel.Default.Clusters);
        var lemmatizer = lemmas ? LearnLemmas(sentences, labelOf, clusters.Keys, options) : new PosLemmatizer([], [], [], [], []);
        log.WriteLine($"{labels.Length} labels, {dictionary.Count} dictionary words, {Describe(lemmatizer)}");
        var clusterTable = new NerTable<ushort>(clusters.Select(static p => KeyValuePair.Create((ulong)p.Key, p.Value)).ToArray());
        var (likely, allowed, counts) = LearnLexicon(sentences, labelOf, options);
        allowed = WithSiblings(allowed, counts, tags, universal, options);
        var lexiconTable = PosLexeme.Table(likely, allowed);
        var perceptrons = new List<PosPerceptron>();

        // The perceptrons also learn from the extra treebank's sentences (after EWT train's, so that each shuffle
        // draws from both); its words whose joint label EWT train never uses ("American" NNP/ADJ in GUM, JJ/ADJ
        // in EWT) give no update. The tag dictionary, lexicon and lemma tables above stay EWT's own.
        var corpus = options.Extra.Count == 0 ? sentences : [.. sentences, .. options.Extra];
        var infos = new PosWordInfo[512];
        var gold = new int[512];
        for (int run = 0; run < options.Runs; run++)
        {
            var perceptron = new PosPerceptron(tags.Length);
            perceptrons.Add(perceptron);
            var order = Enumerable.Range(0, corpus.Count).ToArray();
            var random = new Random(options.Seed + run);
            for (int epoch = 0; epoch < options.Epochs; epoch++)
            {
                random.Shuffle(order);
                long words = 0, errors = 0;
                foreach (int index in order)
                {
                    var s = corpus[index];
                    if (s.Words.Length > infos.Length)
                    {
                        continue;
                    }

                    PartOfSpeechTagger.Describe(clusterTable, lexiconTable, s.Text, s.Words, infos);
                    for (int w = 0; w < s.Words.Length; w++)
                    {
                        gold[w] = s.Source[w] >= 0 && labelOf.TryGetValue(Key(s.Gold[s.Source[w]]), out byte label) ? label : -1;
                    }

                    if (reverse)
                    {
                        infos.AsSpan(0, s.Words.Length).Reverse();
                        gold.AsSpan(0, s.Words.Length).Reverse();
                    }

                    errors += perceptron.TrainSentence(infos.AsSpan(0, s.Words.Length), gold.AsSpan(0, s.Words.Length), dictionary);
                    words += s.Words.Length;
                }

                log.WriteLine($"epoch {epoch + 1}: {errors} errors in {words} words ({100.0 * (words - errors) / words:F2}% right during training)");
                if (dev is not null && !reverse && epoch + 1 >= 6 && epoch + 1 < options.Epochs)
                {
                    var snapshot = new PosModel(tags, universal, universalExceptions, dictionary, new PosWeights(perceptron.Quantize(options.Prune)), lemmatizer, clusters, likely, allowed);
                    log.WriteLine($"  dev after {epoch + 1} epochs: {PosEvaluation.Evaluate(snapshot, dev)}");
                }
            }
        }

        var weights = PosPerceptron.Quantize(perceptrons, options.Prune);
        log.WriteLine($"{weights.Count} features with non-zero weights, {weights.Sum(static f => f.Weights.Length)} weights");
        return new PosModel(tags, universal, universalExceptions, dictionary, new PosWeights(weights), lemmatizer, clusters, likely, allowed);
    }

    /// <summary>Keeps the tagger of <paramref name="model"/> and learns its lemma tables again (<c>--lemmas-from PATH</c>: a quick loop for lemma work).</summary>
    public static PosModel RelearnLemmas(PosModel model, List<PosSentence> sentences, PosTrainingOptions options, TextWriter log)
    {
        var labelOf = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (int i = 0; i < model.Tags.Length; i++)
        {
            labelOf[model.Tags[i] + "\t" + TaggedToken.Codes[(int)model.UniversalByTag[i]]] = (byte)i;
        }

        var lemmatizer = LearnLemmas(sentences, labelOf, model.Clusters.Keys, options);
        log.WriteLine(Describe(lemmatizer));

        // With --prune N, the weights below N quanta go too: what training with --prune N would have kept,
        // since the quantization scale depends only on the largest weight.
        var weights = options.Prune <= 1 ? model.Weights : new PosWeights(model.Weights.Features
            .Select(f => (f.Feature, f.Weights.Where(w => Math.Abs((int)w.Weight) >= options.Prune).ToArray())).ToList());
        log.WriteLine($"{weights.Features.Count} features with non-zero weights, {weights.Features.Sum(static f => f.Weights.Length)} weights");
        var allowed = WithSiblings(model.Allowed, LearnLexicon(sentences, labelOf, options).Counts, model.Tags, model.UniversalByTag, options);
        return new PosModel(model.Tags, model.UniversalByTag, model.UniversalExceptions, model.TagDictionary, weights, lemmatizer, model.Clusters, model.Likely, allowed, model.SecondPass);
    }

    private static string Describe(PosLemmatizer l)
        => $"{l.Exceptions.Count} lemma exceptions, {l.LowerExceptions.Count} lower-case lemma entries, {l.Rules.Count} lemma suffixes ({l.Rules.Values.Sum(static r => r.Length)} edits), {l.Known.Count} known lemmas";

    /// <summary>
    /// The sentences of the GUM Wikinews documents (news and interviews, <c>gum-wikinews/</c> in the data folder)
    /// that GUM's own <c>splits.md</c> puts in its train split: the documents listed under dev, test and test2
    /// are left out, so GUM's held-out documents stay held out. Empty when the folder is missing. UD English
    /// like EWT (same tokenization guidelines, Penn tags and UPOS), newer and news: 35 documents, about 29,000 words
    /// beside EWT train's 205,000.
    /// </summary>
    internal static List<PosSentence> ReadGumTrain()
    {
        string? root = SharedData.PathTo("gum-wikinews");
        if (root is null || !File.Exists(Path.Combine(root, "splits.md")))
        {
            return [];
        }

        var heldOut = new HashSet<string>(StringComparer.Ordinal);
        bool train = false;
        foreach (string line in File.ReadLines(Path.Combine(root, "splits.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                train = line.Trim() == "## train";
            }
            else if (!train && line.TrimStart().StartsWith("* ", StringComparison.Ordinal))
            {
                heldOut.Add(line.Trim()[2..].Trim());
            }
        }

        var result = new List<PosSentence>();
        foreach (string file in Directory.GetFiles(root, "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!heldOut.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                result.AddRange(PosCorpus.Read(file, out _));
            }
        }

        return result;
    }

    private static string Key(PosGoldWord g) => g.Xpos + "\t" + g.Upos;

    // Each word's most frequent label and the set of its labels (by normalized form), for the words seen at
    // least LikelyMinimum times. The set restricts decoding only: training is unconstrained, which measured
    // better on dev (a perceptron trained under the restriction makes fewer mistakes to learn from).
    private static (Dictionary<uint, byte> Likely, Dictionary<uint, UInt128> Allowed, Dictionary<uint, int> Counts) LearnLexicon(List<PosSentence> sentences, Dictionary<string, byte> labelOf, PosTrainingOptions options)
    {
        var counts = new Dictionary<uint, Dictionary<byte, int>>();
        foreach (var g in sentences.SelectMany(static s => s.Gold))
        {
            uint key = NerHash.Lower(g.Form);
            if (!counts.TryGetValue(key, out var c))
            {
                counts[key] = c = [];
            }

            byte label = labelOf[Key(g)];
            c[label] = c.GetValueOrDefault(label) + 1;
        }

        var frequent = counts.Where(p => p.Value.Values.Sum() >= options.LikelyMinimum).ToList();
        return (
            frequent.ToDictionary(static p => p.Key, static p => p.Value.OrderByDescending(static q => q.Value).ThenBy(static q => q.Key).First().Key),
            frequent.ToDictionary(static p => p.Key, static p => p.Value.Keys.Aggregate(UInt128.Zero, static (m, l) => m | (UInt128.One << l))),
            frequent.ToDictionary(static p => p.Key, static p => p.Value.Values.Sum()));
    }

    /// <summary>
    /// The allowed labels of each word (<see cref="LearnLexicon"/>) with their siblings added: <paramref name="spec"/> lists
    /// groups of Penn tags that share their forms ("VBD:VBN,VB:VBP"); a word allowed one tag of a group is allowed
    /// the others, each with the word's Universal tag where that pair is a label, else as the group tag's most
    /// frequent label. An empty spec leaves the sets as they are.
    /// </summary>
    internal static Dictionary<uint, UInt128> WithSiblings(Dictionary<uint, UInt128> allowed, Dictionary<uint, int> counts, string[] tags, UniversalTag[] universal, PosTrainingOptions options)
    {
        string spec = options.Siblings;
        if (string.IsNullOrEmpty(spec))
        {
            return allowed;
        }

        // A group may end in "<N": it applies only to words seen fewer than N times.
        var groups = spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(static g =>
        {
            int lt = g.IndexOf('<', StringComparison.Ordinal);
            return (Tags: (lt < 0 ? g : g[..lt]).Split(':'), Below: lt < 0 ? int.MaxValue : int.Parse(g[(lt + 1)..], CultureInfo.InvariantCulture));
        }).ToArray();

        // Labels are numbered by descending frequency, so the first with a Penn tag is its most frequent.
        var extra = new UInt128[groups.Length, tags.Length];
        for (int gi = 0; gi < groups.Length; gi++)
        {
            for (int l = 0; l < tags.Length; l++)
            {
                if (!groups[gi].Tags.Contains(tags[l], StringComparer.Ordinal))
                {
                    continue;
                }

                foreach (string sibling in groups[gi].Tags.Where(g => g != tags[l]))
                {
                    int same = Enumerable.Range(0, tags.Length).FirstOrDefault(k => tags[k] == sibling && universal[k] == universal[l], -1);
                    int chosen = same >= 0 ? same : Array.IndexOf(tags, sibling);
                    if (chosen >= 0)
                    {
                        extra[gi, l] |= UInt128.One << chosen;
                    }
                }
            }
        }

        var result = new Dictionary<uint, UInt128>(allowed.Count);
        foreach (var (word, set) in allowed)
        {
            var expanded = set;
            int count = counts.GetValueOrDefault(word);
            for (int gi = 0; gi < groups.Length; gi++)
            {
                if (count >= groups[gi].Below)
                {
                    continue;
                }

                for (int l = 0; l < tags.Length; l++)
                {
                    if ((set & (UInt128.One << l)) != 0)
                    {
                        expanded |= extra[gi, l];
                    }
                }
            }

            result[word] = expanded;
        }

        return result;
    }

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

    // Lemma tables (PosLemmatizer): each (form, tag) type of train votes once for its edit under every
    // suffix of up to MaxSuffix characters (keyed by tag and case class); a suffix keeps its edits only
    // when at least LemmaMinTypes different forms share it, so that one frequent word ("are" -> be) cannot
    // make a rule for every word with its ending ("share"). Counting types, not tokens, is what Chrupała
    // (2008) and UDPipe's guesser do. Then every (lower-case form, tag) whose lemma the rules miss goes into
    // the lower-case table, and every (form, tag) that both miss into the exceptions table.
    internal static PosLemmatizer LearnLemmas(List<PosSentence> sentences, Dictionary<string, byte> labelOf, IReadOnlyCollection<uint> vocabulary, PosTrainingOptions options)
    {
        var lemmaCounts = new Dictionary<(string Form, int Label), Dictionary<string, int>>();
        foreach (var g in sentences.SelectMany(static s => s.Gold))
        {
            var key = (g.Form, (int)labelOf[Key(g)]);
            if (!lemmaCounts.TryGetValue(key, out var lc))
            {
                lemmaCounts[key] = lc = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            lc[g.Lemma] = lc.GetValueOrDefault(g.Lemma) + 1;
        }

        var types = lemmaCounts
            .Select(static p => (p.Key.Form, p.Key.Label, Lemma: Majority(p.Value), Count: p.Value.Values.Sum()))
            .OrderBy(static t => t.Form, StringComparer.Ordinal).ThenBy(static t => t.Label)
            .ToList();
        var known = types.Select(static t => NerHash.Exact(t.Lemma)).ToHashSet();
        var stats = new Dictionary<ulong, Dictionary<LemmaRule, (int Types, int Tokens)>>();
        var parent = new Dictionary<ulong, ulong>();
        foreach (var (form, label, lemma, count) in types)
        {
            // A stretched word's edit ("Ummmm" -> um, cut 3) is no ending of English: PosLemmatizer.Unstretched
            // reads those words, and their edits would cut the letters of plain ones ("Yum" -> yu, "Erm" -> er).
            if (PosLemmatizer.IsStretched(form))
            {
                continue;
            }

            var rule = LemmaRule.Learn(form, lemma);
            int caseClass = PosLemmatizer.CaseClass(form);
            ulong previous = 0;
            for (int k = 0; k <= Math.Min(PosLemmatizer.MaxSuffix, form.Length); k++)
            {
                ulong suffixKey = PosLemmatizer.SuffixKey(form.AsSpan(form.Length - k), label, caseClass);
                if (!stats.TryGetValue(suffixKey, out var rc))
                {
                    stats[suffixKey] = rc = [];
                }

                // An edit votes only under suffixes that hold all it cuts: "are" -> be (cut 3) says nothing
                // about words ending in "re". An edit that lengthens the word by more than two letters expands an
                // abbreviation ("Nov" -> November, "gf" -> girlfriend), which no other word's ending shares
                // ("Pimenov" -> Pimenovember): those forms go to the exceptions table.
                if (rule.Strip <= k && rule.Append.Length - rule.Strip <= 2)
                {
                    var (t, n) = rc.GetValueOrDefault(rule);
                    rc[rule] = (t + 1, n + count);
                }
                if (k > 0)
                {
                    parent[suffixKey] = previous;
                }

                previous = suffixKey;
            }
        }

        var chosen = new Dictionary<ulong, LemmaRule[]>();
        foreach (var (key, rc) in stats)
        {
            if (rc.Count == 0 || (parent.ContainsKey(key) && rc.Values.Sum(static v => v.Types) < options.LemmaMinTypes))
            {
                continue;
            }

            var ranked = rc.OrderByDescending(static p => p.Value.Types).ThenByDescending(static p => p.Value.Tokens)
                .ThenBy(static p => p.Key.Lower).ThenBy(static p => p.Key.Strip).ThenBy(static p => p.Key.Append, StringComparer.Ordinal)
                .ToList();
            chosen[key] = ranked.Where((p, i) => i == 0 || p.Value.Types >= options.LemmaCandidateMinTypes)
                .Take(PosLemmatizer.MaxCandidates).Select(static p => p.Key).ToArray();
        }

        // A suffix whose edits are those of the nearest shorter suffix kept adds nothing: the lookup falls back to it.
        var rules = new Dictionary<ulong, LemmaRule[]>();
        foreach (var (key, candidates) in chosen)
        {
            ulong up = key;
            LemmaRule[]? ancestor = null;
            while (parent.TryGetValue(up, out up) && !chosen.TryGetValue(up, out ancestor))
            {
            }

            if (ancestor is null || !ancestor.AsSpan().SequenceEqual(candidates))
            {
                rules[key] = candidates;
            }
        }

        var ruleOnly = new PosLemmatizer([], [], rules, known, vocabulary);
        var lower = new Dictionary<ulong, string>();
        foreach (var group in types.GroupBy(static t => (Form: t.Form.ToLowerInvariant(), t.Label)).OrderBy(static g => g.Key.Form, StringComparer.Ordinal).ThenBy(static g => g.Key.Label))
        {
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var t in group)
            {
                votes[t.Lemma] = votes.GetValueOrDefault(t.Lemma) + t.Count;
            }

            string lemma = Majority(votes);
            if (ruleOnly.Lemmatize(group.Key.Form, group.Key.Label) != lemma)
            {
                lower[PosLemmatizer.FormKey(group.Key.Form, group.Key.Label)] = lemma;
            }
        }

        var withLower = new PosLemmatizer([], lower, rules, known, vocabulary);
        var exceptions = new Dictionary<ulong, string>();
        foreach (var (form, label, lemma, _) in types)
        {
            if (withLower.Lemmatize(form, label) != lemma)
            {
                exceptions[PosLemmatizer.FormKey(form, label)] = lemma;
            }
        }

        // A past form that train gives under one of VBD and VBN only keeps its lemma under the other, which a
        // tagger confusing the two puts it in ("fought" is VBN alone in train, "won" VBD alone): an entry only where
        // the rules miss the lemma, that is for irregular forms ("fought" -> fight, "won" -> win, not "wo").
        var past = labelOf.Where(static p => p.Key is "VBD\tVERB" or "VBN\tVERB").Select(static p => (int)p.Value).Order().ToArray();
        var typed = types.Select(static t => (t.Form, t.Label)).ToHashSet();
        foreach (var group in types.Where(t => past.Contains(t.Label)).GroupBy(static t => t.Form).OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var t in group)
            {
                votes[t.Lemma] = votes.GetValueOrDefault(t.Lemma) + t.Count;
            }

            string lemma = Majority(votes);
            foreach (int label in past)
            {
                if (!typed.Contains((group.Key, label)) && withLower.Lemmatize(group.Key, label) != lemma)
                {
                    exceptions[PosLemmatizer.FormKey(group.Key, label)] = lemma;
                }
            }
        }

        return new PosLemmatizer(exceptions, lower, rules, known, vocabulary);
    }

    private static string Majority(Dictionary<string, int> votes)
        => votes.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal).First().Key;

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
    /// <summary>More treebank sentences the perceptrons learn from (none by default; <c>--gum-train</c>: GUM's Wikinews train documents).</summary>
    public IReadOnlyList<PosSentence> Extra { get; init; } = [];

    /// <summary>The first perceptron's shuffle seed. 11 since issue 17's twelfth round: retrained on that round's words,
    /// seeds 1-3 measured 95.34 / 94.54 / 97.11 on EWT dev (UPOS / Penn / lemma), seeds 11-13 95.40 / 94.61 / 97.11.</summary>
    public int Seed { get; init; } = 11;

    public int Epochs { get; init; } = 10;

    /// <summary>Perceptrons trained (seeds Seed, Seed + 1, ...) whose averaged weights are averaged again.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Weights below this many quanta (of 32,000 for the largest) are dropped: 600 kept 1.9 MB of 4.5 and measured as well on dev.</summary>
    public int Prune { get; init; } = 600;

    public int DictionaryMinimum { get; init; } = 20;

    public double DictionaryRatio { get; init; } = 0.97;

    public int LemmaMinTypes { get; init; } = 2;

    public int LikelyMinimum { get; init; } = 3;

    public int LemmaCandidateMinTypes { get; init; } = 2;

    /// <summary>
    /// The second pass scores again the words whose first-pass margin is below this many quanta (0: no second
    /// pass). On EWT dev 20,000 (about a fifth of the scored words) measured as well as every word.
    /// </summary>
    public int SecondMargin { get; init; } = 20000;

    /// <summary>
    /// Groups of Penn tags whose forms a word shares (<see cref="PosTraining.WithSiblings"/>), allowed together at
    /// decoding; "&lt;N" limits a group to words seen fewer than N times. On EWT dev (docs/parts-of-speech.md) the
    /// verb groups for every word and the noun groups below 8 occurrences kept the whole gain of applying them all
    /// (+0.14 Penn) with 63.5% of BBC words scored instead of 68.8%.
    /// </summary>
    public string Siblings { get; init; } = "VBD:VBN,VB:VBP,NN:NNP<8,NNS:NNPS<8,JJ:NNP<8";
}
