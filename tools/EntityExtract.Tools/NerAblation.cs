using System.Globalization;
using EntityExtract.Entities;
using EntityExtract.Pipeline;

namespace EntityExtract.Tools;

/// <summary>
/// <c>eval-ner-ablation [--rules A,B] [--without A,B] [--set SET]</c>: what each entity rule is worth (issue 13).
/// Scores the suite of <see cref="NerSuite"/>, on whole documents and on their first sentences, once with
/// every rule and once with each rule of <see cref="EntityRecognitionStage"/> and
/// <see cref="EntityResolutionStage"/> switched off in turn, and prints one row per rule: the change in
/// micro-F1 of every set and of the macro average when the rule is removed (negative: the rule helps), with
/// the change in correct mentions in brackets. A rule earns its place when removing it lowers the macro
/// average and raises no set beyond noise; a new rule is judged the same way before it is committed.
/// </summary>
public static class NerAblation
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">
    /// Options: <c>--rules A,B</c> ablates only these rules (class names); <c>--without A,B</c> removes these
    /// rules from every configuration, the baseline included (to judge a set of deletions before making
    /// them); <c>--set SET</c> scores one set only; <c>--texts DIR</c> also lists, for each rule, the
    /// mentions its removal changes in the <c>.txt</c> files under DIR (texts with no gold, such as the BBC
    /// articles and the seed article: what the suite does not measure must be read).
    /// </param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var all = EntityRecognitionStage.RuleNames.Concat(EntityResolutionStage.RuleNames).ToList();
        var ablate = all;
        var without = new HashSet<string>(StringComparer.Ordinal);
        string? only = null;
        string? texts = null;
        for (int k = 0; k < args.Length; k++)
        {
            switch (args[k])
            {
                case "--rules" when k + 1 < args.Length: ablate = [.. args[++k].Split(',', StringSplitOptions.RemoveEmptyEntries)]; break;
                case "--without" when k + 1 < args.Length: without.UnionWith(args[++k].Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--set" when k + 1 < args.Length: only = args[++k]; break;
                case "--texts" when k + 1 < args.Length: texts = args[++k]; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[k]}");
                    return 2;
            }
        }

        if (ablate.Concat(without).FirstOrDefault(r => !all.Contains(r)) is { } unknown)
        {
            Console.Error.WriteLine($"unknown rule {unknown}; the rules are: {string.Join(", ", all)}");
            return 2;
        }

        // Each set read once, whole and cut to its first sentence: the columns of every row.
        var sets = new List<(string Name, IReadOnlyList<NerCorpusDocument> Documents)>();
        foreach (string name in NerSuite.SetNames.Where(n => only is null || n == only))
        {
            if (NerSuite.Load(name) is { } documents)
            {
                sets.Add((name, documents));
            }
            else
            {
                Console.Error.WriteLine($"{name}: data not found, skipped");
            }
        }

        List<(string Name, IReadOnlyList<NerCorpusDocument> Documents)> columns =
            [.. sets, .. sets.Select(static s => ("1st " + s.Name, (IReadOnlyList<NerCorpusDocument>)s.Documents.Select(NerSuite.FirstSentence).ToList()))];
        int half = sets.Count;

        var baseline = Score(columns, without);
        Console.WriteLine($"baseline{(without.Count > 0 ? " without " + string.Join(", ", without) : "")}: "
            + string.Join(", ", columns.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {baseline[i].F1:F2}")))
            + string.Create(CultureInfo.InvariantCulture, $"; macro {Macro(baseline, 0, half):F2}, first-sentence macro {Macro(baseline, half, half):F2}"));
        Console.WriteLine();
        Console.WriteLine("Change when the rule is removed (F1 points; correct mentions in brackets). Negative: the rule helps.");
        Console.WriteLine();
        string header = string.Join(" | ", columns.Select(static c => c.Name));
        Console.WriteLine($"| rule removed | {header} | **macro** | **1st macro** |");
        Console.WriteLine("|---" + string.Concat(Enumerable.Repeat("|---", columns.Count + 2)) + "|");
        foreach (string rule in ablate.Where(r => !without.Contains(r)))
        {
            var scores = Score(columns, [.. without, rule]);
            var cells = scores.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{s.F1 - baseline[i].F1:+0.00;-0.00;0} ({s.Correct - baseline[i].Correct:+0;-0;0})"));
            double macro = Macro(scores, 0, half) - Macro(baseline, 0, half);
            double first = Macro(scores, half, half) - Macro(baseline, half, half);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rule} | {string.Join(" | ", cells)} | **{macro:+0.00;-0.00;0}** | **{first:+0.00;-0.00;0}** |"));
        }

        if (texts is not null)
        {
            ListChanges(texts, ablate.Where(r => !without.Contains(r)), without);
        }

        return 0;
    }

    /// <summary>For each rule, the person/place/organization mentions of the texts under <paramref name="folder"/> that removing it drops (-) or adds (+).</summary>
    private static void ListChanges(string folder, IEnumerable<string> rules, HashSet<string> without)
    {
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(static f => (Path: f, Text: File.ReadAllText(f))).ToList();
        var baseline = files.Select(f => Names(Pipeline(without), f.Text)).ToList();
        foreach (string rule in rules)
        {
            var pipeline = Pipeline([.. without, rule]);
            var lines = new List<string>();
            for (int f = 0; f < files.Count; f++)
            {
                var names = Names(pipeline, files[f].Text);
                string file = Path.GetRelativePath(folder, files[f].Path);
                lines.AddRange(baseline[f].Except(names).Select(m => $"  - {m.Type,-12} {m.Text}  | {file}: {Context(files[f].Text, m.Start, m.End)}"));
                lines.AddRange(names.Except(baseline[f]).Select(m => $"  + {m.Type,-12} {m.Text}  | {file}: {Context(files[f].Text, m.Start, m.End)}"));
            }

            Console.WriteLine();
            Console.WriteLine($"{rule} removed: {lines.Count} mentions change in {files.Count} texts");
            lines.ForEach(Console.WriteLine);
        }
    }

    private static HashSet<(MentionType Type, int Start, int End, string Text)> Names(ExtractionPipeline pipeline, string text) =>
        pipeline.Extract(text).Mentions
            .Where(static m => m.Type is MentionType.Person or MentionType.Place or MentionType.Organization)
            .Select(static m => (m.Type, m.Start, m.End, m.Text)).ToHashSet();

    private static string Context(string text, int start, int end)
    {
        int from = Math.Max(0, start - 40), to = Math.Min(text.Length, end + 40);
        return text[from..to].ReplaceLineEndings(" ");
    }

    private static ExtractionPipeline Pipeline(HashSet<string> off) =>
        ExtractionPipelineBuilder.CreateDefault()
            .Replace<EntityRecognitionStage>(new EntityRecognitionStage(r => !off.Contains(r)))
            .Replace<EntityResolutionStage>(new EntityResolutionStage(r => !off.Contains(r)))
            .Build();

    private static NerTypeScore[] Score(List<(string Name, IReadOnlyList<NerCorpusDocument> Documents)> columns, HashSet<string> off)
    {
        var pipeline = Pipeline(off);
        return columns.Select(c => NerEvaluation.Evaluate(c.Documents, null, pipeline).Micro).ToArray();
    }

    private static double Macro(NerTypeScore[] scores, int from, int count) => scores.Skip(from).Take(count).Average(static s => s.F1);
}
