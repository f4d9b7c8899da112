using System.Globalization;
using System.Text;
using EntityExtract.Pipeline;
using EntityExtract.Quotes;
using EntityExtract.Tokenization;

namespace EntityExtract.Tools;

/// <summary>
/// <c>train-attributions [--out PATH] [--epochs N] [--seed N] [--runs N]</c>: trains the reported-speech cue classifier
/// (<see cref="CueModel"/>) on PolNeAR train and writes <c>src/EntityExtract/Resources/attribution.model</c>.
/// </summary>
/// <remarks>
/// Each word of the cue lexicon outside quotation marks is one example; it is positive when it lies in a
/// gold Cue span. The features are the library's own (<see cref="ReportedDocument.CueFeatures"/>), read from
/// the tokens, sentences, mentions and quotes the default pipeline produces, so training sees what the
/// library sees. Averaged perceptron (Collins 2002), a fixed number of epochs over the examples in an order
/// shuffled by a fixed linear congruential generator: the output is the same byte for byte on every run.
/// Weights are written rounded to four decimals, sorted by feature (ordinal).
/// </remarks>
public static class AttributionTraining
{
    private const int MinCount = 3;

    /// <summary>Runs the command.</summary>
    /// <param name="args"><c>--out PATH</c> (default: the library's resource), <c>--epochs N</c> (default 10),
    /// <c>--seed N</c> (default 0: the first shuffle; others measure retraining noise, docs/quotes.md) and <c>--runs N</c>
    /// (default 5: the weights are the mean of N runs with shuffles seed .. seed + N - 1).</param>
    /// <returns>0 on success, 1 when the data is missing.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = Option(args, "--out") ?? DefaultOutput();
        int epochs = int.Parse(Option(args, "--epochs") ?? "10", CultureInfo.InvariantCulture);
        ulong seed = ulong.Parse(Option(args, "--seed") ?? "0", CultureInfo.InvariantCulture);
        int runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        if (runs < 1 || epochs < 1)
        {
            Console.Error.WriteLine("train-attributions: --runs and --epochs must be 1 or more");
            return 1;
        }
        string? train = SharedData.PathTo("polnear/train");
        if (train is null || output is null)
        {
            Console.Error.WriteLine("train-attributions: polnear/train or the repository not found (set ENTITYEXTRACT_DATA)");
            return 1;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var examples = Examples(train, features =>
        {
            var row = new int[features.Count];
            for (int i = 0; i < row.Length; i++)
            {
                if (!ids.TryGetValue(features[i], out int id))
                {
                    id = names.Count;
                    ids.Add(features[i], id);
                    names.Add(features[i]);
                }

                row[i] = id;
            }

            return row;
        });
        // Features seen fewer than MinCount times are dropped: they rarely generalize, and they would make up
        // most of the model's size.
        var counts = new int[names.Count];
        foreach (var (row, _) in examples)
        {
            foreach (int f in row)
            {
                counts[f]++;
            }
        }

        for (int e = 0; e < examples.Count; e++)
        {
            examples[e] = (examples[e].Features.Where(f => counts[f] >= MinCount).ToArray(), examples[e].Label);
        }

        Console.WriteLine($"train-attributions: {examples.Count} candidates ({examples.Count(e => e.Label)} cues), {counts.Count(c => c >= MinCount)} features, {epochs} epochs, {runs} runs");
        // One run's weights depend on its shuffle: two runs on the same data differ by about 0.004 F1 on dev, and a
        // change of a few candidates (an entity fix moving PolNeAR train's mentions) reshuffles which borderline cues
        // pass. The mean of several shuffles' averaged weights is that spread's middle (as train-pos averages seeds).
        var weights = new double[names.Count];
        for (int r = 0; r < runs; r++)
        {
            var run = Train(examples, names.Count, epochs, seed + (ulong)r);
            for (int f = 0; f < weights.Length; f++)
            {
                weights[f] += run[f] / runs;
            }
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Reported-speech cue classifier: averaged perceptron over Quotes/Reported/ReportedDocument.CueFeatures, trained on PolNeAR train ({examples.Count} candidates, {epochs} epochs, mean of {runs} shuffles) by `train-attributions`. Do not edit: retrain.\n");
        foreach (int f in Enumerable.Range(0, names.Count).OrderBy(f => names[f], StringComparer.Ordinal))
        {
            string w = weights[f].ToString("0.####", CultureInfo.InvariantCulture);
            if (counts[f] >= MinCount && w is not "0" and not "-0")
            {
                sb.Append(names[f]).Append('\t').Append(w).Append('\n');
            }
        }

        File.WriteAllText(output, sb.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"wrote {output}");

        // How well the written (rounded) model decides cues on dev.
        string? dev = SharedData.PathTo("polnear/dev");
        if (dev is not null)
        {
            var model = CueModel.Load(File.OpenRead(output));
            int tp = 0, fp = 0, fn = 0;
            var devExamples = Examples(dev, features => features.ToArray());
            foreach (var (features, label) in devExamples)
            {
                bool yes = model.Score(features) > 0;
                tp += yes && label ? 1 : 0;
                fp += yes && !label ? 1 : 0;
                fn += !yes && label ? 1 : 0;
            }

            Console.WriteLine(FormattableString.Invariant($"cue decisions on polnear/dev: {devExamples.Count} candidates, precision {(double)tp / Math.Max(1, tp + fp):0.000}, recall {(double)tp / Math.Max(1, tp + fn):0.000}"));
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? DefaultOutput()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntityExtract.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? null : Path.Combine(dir.FullName, "src", "EntityExtract", "Resources", "attribution.model");
    }

    /// <summary>The candidates of every article in a PolNeAR folder, as the library reads them, with their gold labels.</summary>
    internal static List<(T Features, bool Label)> Examples<T>(string directory, Func<List<string>, T> encode)
    {
        var capture = new CaptureStage();
        var builder = ExtractionPipelineBuilder.CreateDefault();
        builder.Stages.Add(capture);
        var pipeline = builder.Build();
        var examples = new List<(T, bool)>();
        var features = new List<string>();
        foreach (var (_, text, annotation) in AttributionEvaluation.PolNearArticles(directory))
        {
            pipeline.Extract(text);
            var context = capture.Last!;
            var cue = new bool[text.Length];
            var sources = new IReadOnlyList<(int Start, int End)>?[text.Length];
            foreach (var g in AttributionGold.Read(text, annotation))
            {
                foreach (var (s, e) in g.Cues)
                {
                    Array.Fill(cue, true, s, e - s);
                    Array.Fill(sources, g.Sources, s, e - s);
                }
            }

            var doc = ReportedDocument.Of(context);
            foreach (var i in ReportedSpeechFinder.Candidates(doc))
            {
                var sentence = doc.Sentences[i.Sentence];
                ReportedSpeechFinder.Features(doc, i.Token, sentence, features);
                // An attitude after a copula is a cue here only when its subject is the gold source: the frame gives the
                // subject as the source, which a passive's is not ("Fears were expressed that …").
                int at = doc[i.Token].Start;
                bool label = cue[at] && (ReportedSpeechFinder.AttitudeSource(doc, i.Token, sentence) is not var (ss, se) || (sources[at] ?? []).Any(g => g.Start < se && ss < g.End));
                examples.Add((encode(features), label));
            }
        }

        return examples;
    }

    private static double[] Train(List<(int[] Features, bool Label)> examples, int count, int epochs, ulong seed)
    {
        var w = new double[count];
        var total = new double[count];
        var stamp = new int[count];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        // Seed 0 is the shipped model's order; another seed starts the generator elsewhere.
        ulong state = 0x9E3779B97F4A7C15UL ^ (seed * 0xD1B54A32D192ED03UL);
        int step = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            // Fisher–Yates with a fixed 64-bit LCG (Knuth's MMIX constants): the same order on every run.
            for (int i = order.Length - 1; i > 0; i--)
            {
                state = (state * 6364136223846793005UL) + 1442695040888963407UL;
                int j = (int)((state >> 33) % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }

            foreach (int e in order)
            {
                var (features, label) = examples[e];
                double score = 0;
                foreach (int f in features)
                {
                    score += w[f];
                }

                if ((score > 0) != label)
                {
                    double delta = label ? 1 : -1;
                    foreach (int f in features)
                    {
                        total[f] += (step - stamp[f]) * w[f];
                        stamp[f] = step;
                        w[f] += delta;
                    }
                }

                step++;
            }
        }

        var averaged = new double[count];
        for (int f = 0; f < count; f++)
        {
            total[f] += (step - stamp[f]) * w[f];
            averaged[f] = total[f] / step;
        }

        return averaged;
    }
}
