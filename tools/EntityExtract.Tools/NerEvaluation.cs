using System.Globalization;
using EntityExtract.Pipeline;

namespace EntityExtract.Tools;

/// <summary>
/// <c>eval-ner [FILE...] [--model PATH] [--exact] [--errors] [--speed]</c>: scores the public <see cref="EntityExtractor"/> on CoNLL-2003 files (default
/// <c>conll2003/eng.testa</c>), each <c>-DOCSTART-</c> document rebuilt as running text. Person, place and
/// organization spans must match the gold character spans exactly (CoNLL's own criterion); MISC is ignored.
/// </summary>
public static class NerEvaluation
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">CoNLL files, absolute or relative to the data folder.</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool errors = args.Contains("--errors");
        bool speed = args.Contains("--speed");
        int model = Array.IndexOf(args, "--model");
        if (model >= 0 && model + 1 < args.Length)
        {
            UseModel(args[model + 1]);
            args = [.. args[..model], .. args[(model + 2)..]];
        }

        if (args.Contains("--exact"))
        {
            UseExactDecoding();
        }

        args = args.Where(static a => a is not "--errors" and not "--speed" and not "--exact").ToArray();
        var files = args.Length == 0 ? ["conll2003/eng.testa"] : args;
        foreach (string file in files)
        {
            string? path = File.Exists(file) ? file : SharedData.PathTo(file);
            if (path is null)
            {
                Console.Error.WriteLine($"{file}: not found (looked in the data folder too)");
                return 1;
            }

            var scores = Evaluate(path, errors ? Console.Out : null);
            Console.WriteLine($"{file}: {scores.Documents} documents, {scores.Tokens} tokens, {scores.Seconds:F2}s ({scores.Tokens / Math.Max(1e-9, scores.Seconds):F0} tokens/s through the whole pipeline)");
            Console.WriteLine(scores.ToTable());
            if (speed)
            {
                MeasureSpeed(path);
            }
        }

        return 0;
    }

    /// <summary>Scores the default pipeline on one CoNLL file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="errors">Where to list every wrong or missed mention, or <see langword="null"/>.</param>
    public static NerScores Evaluate(string path, TextWriter? errors = null) => Evaluate(NerCorpus.ReadConll(path), errors);

    /// <summary>Scores the default pipeline on documents with gold spans (exact span and type).</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="errors">Where to list every wrong or missed mention, or <see langword="null"/>.</param>
    /// <param name="pipeline">The pipeline to score, or <see langword="null"/> for the default one (<c>eval-ner-ablation</c> scores variants).</param>
    public static NerScores Evaluate(IReadOnlyList<NerCorpusDocument> documents, TextWriter? errors = null, ExtractionPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new int[3, 3]; // [type, 0 correct / 1 guessed / 2 gold]
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = documents.Select(d => pipeline is null ? EntityExtractor.Extract(d.Text) : pipeline.Extract(d.Text)).ToList();
        watch.Stop();
        long tokens = 0;
        for (int d = 0; d < documents.Count; d++)
        {
            var gold = documents[d].Spans.ToHashSet();
            foreach (var g in gold)
            {
                counts[(int)g.Type, 2]++;
            }

            tokens += NerCorpus.Analyze(documents[d].Text).Tokens.Length;
            foreach (var m in results[d].Mentions)
            {
                if (m.Type is not (MentionType.Person or MentionType.Place or MentionType.Organization))
                {
                    continue;
                }

                counts[(int)m.Type, 1]++;
                if (gold.Contains(new NerGoldSpan(m.Start, m.End, m.Type)))
                {
                    counts[(int)m.Type, 0]++;
                }
                else
                {
                    errors?.WriteLine($"FP {m.Type,-12} {m.Text}  | {Line(documents[d].Text, m.Start)}");
                }
            }

            if (errors is not null)
            {
                var found = results[d].Mentions.Select(static m => new NerGoldSpan(m.Start, m.End, m.Type)).ToHashSet();
                foreach (var g in gold.Where(g => !found.Contains(g)))
                {
                    errors.WriteLine($"FN {g.Type,-12} {documents[d].Text[g.Start..g.End]}  | {Line(documents[d].Text, g.Start)}");
                }
            }
        }

        var perType = new NerTypeScore[3];
        for (int t = 0; t < 3; t++)
        {
            perType[t] = new NerTypeScore((MentionType)t, counts[t, 0], counts[t, 1], counts[t, 2]);
        }

        var micro = new NerTypeScore(null, perType.Sum(static s => s.Correct), perType.Sum(static s => s.Guessed), perType.Sum(static s => s.Gold));
        return new NerScores(perType, micro, documents.Count, tokens, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Recognizer throughput on one thread: model load time, then tokens per second of the entity stage
    /// alone (features, both passes, mentions) over the file's documents, best of five rounds.
    /// </summary>
    private static void MeasureSpeed(string path)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using (var stream = typeof(Entities.NerModel).Assembly.GetManifestResourceStream(Entities.NerModel.ResourceName)!)
        {
            Entities.NerModel.Read(stream);
        }

        Console.WriteLine($"model load: {watch.Elapsed.TotalMilliseconds:F0} ms");
        var contexts = NerCorpus.ReadConll(path).Select(static d =>
        {
            var (tokens, sentences) = NerCorpus.Analyze(d.Text);
            return (d.Text, tokens, sentences);
        }).ToList();
        long total = contexts.Sum(static c => (long)c.tokens.Length);
        var stage = new Entities.EntityRecognitionStage();
        double best = double.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            watch.Restart();
            foreach (var (text, tokens, sentences) in contexts)
            {
                stage.Process(new Pipeline.ExtractionContext(text, tokens, sentences, ExtractionOptions.Default, null, CancellationToken.None));
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"recognizer: {total / best:F0} tokens/s on one thread ({total} tokens in {best * 1000:F0} ms)");
    }

    /// <summary>
    /// Makes the pipeline decode the current entity model exactly for the rest of the process (<c>--exact</c>,
    /// after any <c>--model</c>: a model trained by <c>train-ner --structured</c>).
    /// </summary>
    public static void UseExactDecoding() => Entities.NerModel.OverrideDefault(Entities.NerModel.Default.WithExactDecoding(true));

    /// <summary>
    /// Makes the pipeline use the model file at <paramref name="path"/> instead of the embedded one for the
    /// rest of the process (<c>--model PATH</c>: score a <c>train-ner --out</c> variant without rebuilding).
    /// </summary>
    /// <param name="path">A model written by <c>train-ner</c>.</param>
    public static void UseModel(string path)
    {
        using var stream = File.OpenRead(path);
        Entities.NerModel.OverrideDefault(Entities.NerModel.Read(stream));
    }

    /// <summary>
    /// Makes the pipeline's exact decoding add the normalised scores of the greedy model at <paramref name="path"/>,
    /// <paramref name="weight"/> sixteenths of them, for the rest of the process (<c>--companion PATH
    /// --companion-weight N</c>, after any <c>--model</c>; see <c>NerModel.Companion</c>).
    /// </summary>
    /// <param name="path">A greedy model written by <c>train-ner</c> with the same word keys as the current one.</param>
    /// <param name="weight">Its weight in sixteenths.</param>
    public static void UseCompanion(string path, int weight)
    {
        using var stream = File.OpenRead(path);
        Entities.NerModel.OverrideDefault(Entities.NerModel.Default.WithCompanion(Entities.NerModel.Read(stream), weight));
    }

    private static string Line(string text, int offset)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        int end = text.IndexOf('\n', offset);
        return text[start..(end < 0 ? text.Length : end)];
    }
}

/// <summary>Precision, recall and F1 (in percent) for one type, or micro-averaged when <see cref="Type"/> is null.</summary>
/// <param name="Type">The type, or <see langword="null"/> for the micro average.</param>
/// <param name="Correct">Exact span and type matches.</param>
/// <param name="Guessed">Mentions returned.</param>
/// <param name="Gold">Gold mentions.</param>
public sealed record NerTypeScore(MentionType? Type, int Correct, int Guessed, int Gold)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => Guessed == 0 ? 0 : 100.0 * Correct / Guessed;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The scores of one evaluation run.</summary>
/// <param name="PerType">Person, place, organization.</param>
/// <param name="Micro">The micro average over the three.</param>
/// <param name="Documents">Documents scored.</param>
/// <param name="Tokens">Tokens (ours) in them.</param>
/// <param name="Seconds">Wall time of the extraction calls.</param>
public sealed record NerScores(IReadOnlyList<NerTypeScore> PerType, NerTypeScore Micro, int Documents, long Tokens, double Seconds)
{
    /// <summary>A plain-text table of the scores.</summary>
    public string ToTable()
    {
        var lines = new List<string> { "type          precision  recall     F1   gold  guessed" };
        foreach (var s in PerType.Append(Micro))
        {
            string name = s.Type?.ToString() ?? "micro";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{name,-13} {s.Precision,9:F2} {s.Recall,7:F2} {s.F1,6:F2} {s.Gold,6} {s.Guessed,8}"));
        }

        return string.Join('\n', lines);
    }
}
