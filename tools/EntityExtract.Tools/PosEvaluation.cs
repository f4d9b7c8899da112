using System.Diagnostics;
using System.Globalization;
using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tools;

/// <summary>The scores of <see cref="PosEvaluation"/> over one treebank file.</summary>
public sealed record PosScores(int Words, int Universal, int Penn, int Lemma, int Aligned, int UnknownWords, int UnknownPenn, double Seconds)
{
    /// <summary>UPOS accuracy, percent.</summary>
    public double UniversalAccuracy => 100.0 * Universal / Math.Max(1, Words);

    /// <summary>Penn tag accuracy, percent.</summary>
    public double PennAccuracy => 100.0 * Penn / Math.Max(1, Words);

    /// <summary>Lemma accuracy, percent.</summary>
    public double LemmaAccuracy => 100.0 * Lemma / Math.Max(1, Words);

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Words} words ({100.0 * Aligned / Math.Max(1, Words):F2}% with the same boundaries as ours): UPOS {UniversalAccuracy:F2}%, Penn {PennAccuracy:F2}%, lemma {LemmaAccuracy:F2}% (words absent from train: {UnknownWords}, Penn {100.0 * UnknownPenn / Math.Max(1, UnknownWords):F2}%)");
}

/// <summary>
/// <c>eval-pos</c>: UPOS, Penn tag and lemma accuracy of the shipped model (or <c>--model PATH</c>) on
/// UD_English-EWT dev and test. Each treebank word is scored against our word that holds its first character,
/// so a token we keep whole ("cannot") counts as right only for the word whose tag it took. Sentences are the
/// treebank's; words absent from train are counted by their form for an unknown-word figure.
/// </summary>
public static class PosEvaluation
{
    /// <summary>Runs the command.</summary>
    /// <param name="args"><c>[--model PATH] [--errors] [--all] [--dump] [--speed] [--show TEXT] [FILE...]</c> (default: EWT dev and test).</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool errors = args.Contains("--errors");
        bool speed = args.Contains("--speed");
        bool all = args.Contains("--all");
        bool dump = args.Contains("--dump");
        args = args.Where(static a => a is not "--errors" and not "--speed" and not "--all" and not "--dump").ToArray();
        PosModel? model = null;
        string? show = null;
        var files = new List<string>();
        for (int k = 0; k < args.Length; k++)
        {
            if (args[k] == "--model" && k + 1 < args.Length)
            {
                using var stream = File.OpenRead(args[++k]);
                model = PosModel.Read(stream);
            }
            else if (args[k] == "--show" && k + 1 < args.Length)
            {
                show = args[++k];
            }
            else
            {
                files.Add(args[k]);
            }
        }

        model ??= PosModel.Default;
        if (show is not null)
        {
            foreach (var w in new PartOfSpeechTagger(model).Tag(show))
            {
                Console.WriteLine($"{w.Start}\t{w.Text}\t{w.Lemma}\t{w.UniversalCode}\t{w.PennTag}\t{w.Sentence}\t{w.Token}");
            }

            return 0;
        }

        if (files.Count == 0)
        {
            files.AddRange(["ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu"]);
        }

        var known = SharedData.PathTo("ud-english-ewt/en_ewt-ud-train.conllu") is { } trainPath
            ? File.ReadLines(trainPath).Where(static l => l.Length > 0 && l[0] != '#').Select(static l => l.Split('\t')).Where(static c => c.Length > 2).Select(static c => c[1]).ToHashSet(StringComparer.Ordinal)
            : null;
        foreach (string file in files)
        {
            string? path = File.Exists(file) ? file : SharedData.PathTo(file);
            if (path is null)
            {
                Console.Error.WriteLine($"{file}: not found (looked in the data folder too)");
                return 1;
            }

            var sentences = PosCorpus.Read(path, out int skipped);
            if (dump)
            {
                Dump(sentences, Console.Out);
                continue;
            }

            var scores = Evaluate(model, sentences, known, errors || all ? Console.Out : null, all);
            Console.WriteLine($"{file}: {sentences.Count} sentences ({skipped} skipped), {scores}");
            if (speed)
            {
                MeasureSpeed(model, sentences);
            }
        }

        return 0;
    }

    // Every sentence's text, treebank words and our tokens and words, for segmentation analysis (--dump): an "S" line
    // with the text, "G" lines (start, end, form, Penn tag, lemma), "T" lines (the tokenizer's tokens: start, end, kind)
    // and "W" lines (our words: start, end, token index).
    private static void Dump(List<PosSentence> sentences, TextWriter output)
    {
        var tokens = new List<EntityExtract.Tokenization.TextToken>();
        foreach (var s in sentences)
        {
            output.WriteLine($"S\t{s.Text}");
            foreach (var g in s.Gold)
            {
                output.WriteLine($"G\t{g.Start}\t{g.End}\t{g.Form}\t{g.Xpos}\t{g.Lemma}");
            }

            tokens.Clear();
            EntityExtract.Tokenization.Tokenizer.Tokenize(s.Text, tokens);
            foreach (var t in tokens)
            {
                output.WriteLine($"T\t{t.Start}\t{t.End}\t{t.Kind}");
            }

            foreach (var w in s.Words)
            {
                output.WriteLine($"W\t{w.Start}\t{w.End}\t{w.Token}");
            }
        }
    }

    // Words per second of the tagger proper (feature inputs and decoding, one thread), best of five passes
    // over the file after a warm-up pass, in processor time rather than wall time so that a busy machine
    // does not skew it; the benchmark PartOfSpeechBenchmarks is the reference figure.
    private static void MeasureSpeed(PosModel model, List<PosSentence> sentences)
    {
        var infos = new PosWordInfo[1024];
        var labels = new byte[1024];
        var usable = sentences.Where(static s => s.Words.Length <= 1024).ToArray();
        long words = usable.Sum(static s => (long)s.Words.Length);
        double best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (int pass = 0; pass < 6; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            foreach (var s in usable)
            {
                PartOfSpeechTagger.Describe(model, s.Text, s.Words, infos);
                PartOfSpeechTagger.Decode(model, infos.AsSpan(0, s.Words.Length), labels);
            }

            if (pass > 0)
            {
                process.Refresh();
                best = Math.Min(best, (process.TotalProcessorTime - cpu).TotalSeconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed: {words / best:F0} words/s (tagger proper, one thread, processor time, best of 5 passes over {words} words)"));
    }

    // The lemma our word would get with the treebank's tag (its joint label, or "-" when the model has none):
    // what the lemmatizer alone makes of a word, for error analysis in --all.
    private static string GoldTagLemma(PosModel model, PosSentence s, byte[] labels, int w, PosGoldWord gold)
    {
        for (int l = 0; l < model.Tags.Length; l++)
        {
            if (model.Tags[l] == gold.Xpos && TaggedToken.Codes[(int)model.UniversalByTag[l]] == gold.Upos)
            {
                byte mine = labels[w];
                labels[w] = (byte)l;
                string lemma = PartOfSpeechTagger.Lemma(model, s.Text, s.Words, labels.AsSpan(0, s.Words.Length), w);
                labels[w] = mine;
                return lemma;
            }
        }

        return "-";
    }

    /// <summary>Scores the shipped model on one treebank file (the floor test's entry point).</summary>
    /// <param name="path">A CoNLL-U file.</param>
    public static PosScores Evaluate(string path) => Evaluate(PosModel.Default, PosCorpus.Read(path, out _));

    /// <summary>Scores <paramref name="model"/> on aligned sentences.</summary>
    /// <param name="all">With <paramref name="errors"/>, also writes every word (<c>word</c> lines: position in the sentence, treebank form, our word, gold and predicted tag, gold and predicted lemma, and the lemma our word would get with the gold tag) for error analysis.</param>
    internal static PosScores Evaluate(PosModel model, List<PosSentence> sentences, HashSet<string>? known = null, TextWriter? errors = null, bool all = false)
    {
        int words = 0, universal = 0, penn = 0, lemma = 0, aligned = 0, unknown = 0, unknownPenn = 0;
        var infos = new PosWordInfo[1024];
        var labels = new byte[1024];
        var clock = Stopwatch.StartNew();
        foreach (var s in sentences)
        {
            if (s.Words.Length > infos.Length)
            {
                continue;
            }

            PartOfSpeechTagger.Describe(model, s.Text, s.Words, infos);
            PartOfSpeechTagger.Decode(model, infos.AsSpan(0, s.Words.Length), labels);
            var predicting = s.Predicting();
            for (int g = 0; g < s.Gold.Length; g++)
            {
                var gold = s.Gold[g];
                words++;
                int w = predicting[g];
                if (w < 0)
                {
                    continue;
                }

                var word = s.Words[w];
                if (word.Start == gold.Start && word.End == gold.End)
                {
                    aligned++;
                }
                else
                {
                    errors?.WriteLine($"align\t{gold.Form}\t{s.Text[word.Start..word.End]}");
                }

                int label = labels[w];
                string tag = model.Tags[label];
                string code = TaggedToken.Codes[(int)model.Universal(infos[w].Lower, label)];
                string lem = PartOfSpeechTagger.Lemma(model, s.Text, s.Words, labels.AsSpan(0, s.Words.Length), w);
                bool isUnknown = known is not null && !known.Contains(gold.Form);
                unknown += isUnknown ? 1 : 0;
                if (tag == gold.Xpos)
                {
                    penn++;
                    unknownPenn += isUnknown ? 1 : 0;
                }
                else
                {
                    errors?.WriteLine($"penn\t{gold.Form}\t{gold.Xpos}\t{tag}");
                }

                universal += code == gold.Upos ? 1 : 0;
                if (all)
                {
                    errors?.WriteLine($"word\t{g}\t{gold.Form}\t{s.Text[word.Start..word.End]}\t{gold.Xpos}\t{tag}\t{gold.Lemma}\t{lem}\t{GoldTagLemma(model, s, labels, w, gold)}");
                }

                if (lem == gold.Lemma)
                {
                    lemma++;
                }
                else
                {
                    errors?.WriteLine($"lemma\t{gold.Form}\t{gold.Xpos}/{tag}\t{gold.Lemma}\t{lem}");
                }
            }
        }

        return new PosScores(words, universal, penn, lemma, aligned, unknown, unknownPenn, clock.Elapsed.TotalSeconds);
    }
}
