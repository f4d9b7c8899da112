using System.Globalization;
using System.Text;
using EntityExtract.Pipeline;
using EntityExtract.Quotes;

namespace EntityExtract.Tools;

/// <summary>
/// <c>eval-attributions [DIR] [--verbose] [--all] [--causes] [--model PATH]</c>: scores every attribution of a PolNeAR folder
/// (direct, mixed and indirect), not only the pieces between quotation marks that <c>eval-quotes</c> scores.
/// </summary>
/// <remarks>
/// <para>Gold: each attribution event's Content span (its pieces, when discontinuous), its Source span(s),
/// and a kind read from the text: <em>direct</em> when every letter or digit of the content lies between
/// quotation marks, <em>mixed</em> when some do, <em>indirect</em> when none do.</para>
/// <para>Matching (the Gender Gap Tracker's criterion, <c>NLP/evaluation/src/eval/README.md</c>): a predicted
/// quote matches a gold content when it covers more than 30% of the content's characters; pairs are taken
/// one to one, greedily, largest overlap first. The same is reported at 80%.</para>
/// <para>Predicted quotes that lie wholly inside another predicted quote with the same speaker are the
/// partial quotes of one mixed statement (PARC 3.0: a fragment in reported speech is part of that
/// attribution) and are not counted on their own. A predicted quote left unmatched whose span lies at
/// least half inside a gold content that another prediction with the same speaker matched is a further
/// piece of the same statement (a quotation split by its attribution, <c>"…," he said, "…"</c>, is two
/// quotes but one PolNeAR content): it is counted as a <em>piece</em>, neither right nor wrong.</para>
/// <para>Speaker accuracy on matched contents uses <c>eval-quotes</c>'s test
/// (<see cref="QuoteEvaluation.SpeakerIsCorrect"/>). Articles annotated by several annotators are scored
/// once, with the first annotation file in ordinal order.</para>
/// </remarks>
public static class AttributionEvaluation
{
    /// <summary>The overlap criterion of the headline figures (the Gender Gap Tracker's 30%).</summary>
    internal const double HeadlineCriterion = 0.3;

    /// <summary>Runs the command.</summary>
    /// <param name="args">An optional folder relative to the data folder (default <c>polnear/dev</c>), <c>--verbose</c> for error examples (and, as <c>BOUNDS</c>, the contents matched at 30% but not at 80%), <c>--all</c> for every one of them, <c>--causes</c> for the stage that lost each missed indirect content (<see cref="AttributionMisses"/>), <c>--model PATH</c> for a cue model other than the library's (one trained by <c>train-attributions --seed N --out PATH</c>).</param>
    /// <returns>0 on success, 1 when the data is missing.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var model = CueModel.Default;
        int option = Array.IndexOf(args, "--model");
        if (option >= 0 && option + 1 < args.Length)
        {
            using var stream = File.OpenRead(args[option + 1]);
            model = CueModel.Load(stream);
            args = [.. args[..option], .. args[(option + 2)..]];
        }

        if (args.Contains("--causes"))
        {
            string relative = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "polnear/dev";
            string? dir = Directory.Exists(relative) ? relative : SharedData.PathTo(relative);
            if (dir is null)
            {
                Console.Error.WriteLine($"eval-attributions: {relative} not found (set ENTITYEXTRACT_DATA or place ../shared/data)");
                return 1;
            }

            AttributionMisses.Run(dir, Console.Out, model);
            return 0;
        }

        return QuoteEvaluation.RunOnPolNear(args, "eval-attributions", (dir, errors, examples, relative) => Evaluate(dir, errors, examples, Pipeline(model)).ToTable(relative));
    }

    /// <summary>
    /// The default pipeline with its reported speech decided by <paramref name="model"/>: the quote stage without
    /// reported speech, then a stage that adds it as the library does (<see cref="ReportedQuotes"/>).
    /// </summary>
    /// <param name="model">The cue classifier.</param>
    /// <returns>Extracts the quotes of a text.</returns>
    internal static Func<string, IReadOnlyList<Quote>> Pipeline(CueModel model)
    {
        if (ReferenceEquals(model, CueModel.Default))
        {
            return text => EntityExtractor.Extract(text).Quotes;
        }

        var builder = ExtractionPipelineBuilder.CreateDefault();
        int quotes = builder.Stages.ToList().FindIndex(s => s is QuoteAttributionStage);
        builder.Stages.Insert(quotes + 1, new ReportedStage(model));
        var pipeline = builder.Build();
        var options = new ExtractionOptions { IncludeReportedSpeech = false };
        return text => pipeline.Extract(text, options).Quotes;
    }

    /// <summary>Scores the extractor on one PolNeAR folder.</summary>
    /// <param name="directory">The folder holding <c>text/</c> and <c>attributions/</c>.</param>
    /// <param name="errors">Receives error examples (at the 30% criterion), or <see langword="null"/> for none.</param>
    /// <param name="examples">How many examples of each kind of error to write.</param>
    /// <param name="options">The extraction options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The scores.</returns>
    public static AttributionScores Evaluate(string directory, TextWriter? errors = null, int examples = 150, ExtractionOptions? options = null) =>
        Evaluate(directory, errors, examples, text => EntityExtractor.Extract(text, options).Quotes);

    private static AttributionScores Evaluate(string directory, TextWriter? errors, int examples, Func<string, IReadOnlyList<Quote>> extract)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var loose = new Tally();
        var strict = new Tally();
        int articles = 0;
        var shown = new int[4];
        foreach (var (stem, text, annotation) in PolNearArticles(directory))
        {
            articles++;
            var gold = AttributionGold.Read(text, annotation);
            var predicted = Counted(extract(text));
            Score(text, stem, gold, predicted, HeadlineCriterion, loose, errors, examples, shown);
            Score(text, stem, gold, predicted, 0.8, strict, errors, examples, shown);
        }

        return new AttributionScores(articles, loose.ToScores(HeadlineCriterion), strict.ToScores(0.8));
    }

    /// <summary>The articles of a PolNeAR folder: stem, text, and the first annotation file's lines.</summary>
    /// <param name="directory">The folder holding <c>text/</c> and <c>attributions/</c>.</param>
    internal static IEnumerable<(string Stem, string Text, string[] Annotation)> PolNearArticles(string directory)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(Path.Combine(directory, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(ann);
            int cut = name.LastIndexOf('_');
            string stem = cut > 0 ? name[..cut] : name;
            string textPath = Path.Combine(directory, "text", stem + ".txt");
            if (File.Exists(textPath) && seen.Add(stem))
            {
                yield return (stem, File.ReadAllText(textPath), File.ReadAllLines(ann));
            }
        }
    }

    // Drops the quotes that lie wholly inside another quote of the same speaker: the partial quotes of a
    // mixed statement, which the statement itself already counts.
    internal static List<Quote> Counted(IReadOnlyList<Quote> quotes) => [.. CountedIndices(quotes).Select(i => quotes[i])];

    private static List<int> CountedIndices(IReadOnlyList<Quote> quotes)
    {
        var kept = new List<int>(quotes.Count);
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            bool inside = false;
            for (int j = 0; j < quotes.Count && !inside; j++)
            {
                var o = quotes[j];
                inside = j != i && o.Start <= q.Start && q.End <= o.End && (o.End - o.Start > q.End - q.Start || j < i) && SameSpeaker(o, q);
            }

            if (!inside)
            {
                kept.Add(i);
            }
        }

        return kept;
    }

    /// <summary>
    /// The articles of one PolNeAR folder (as <see cref="PolNearArticles"/> orders them) with a judge that tells,
    /// for predicted quotes, which are right as this evaluation scores them at its headline criterion
    /// (<see cref="HeadlineCriterion"/>): counted, matched one to one to a gold content, and attributed to its
    /// speaker (<see cref="QuoteEvaluation.SpeakerIsCorrect"/>). A partial quote inside a statement of the same
    /// speaker, and a further piece of a matched content, are not matched and so not right. For confidence
    /// calibration of reported speech (<c>train-calibration</c>).
    /// </summary>
    /// <param name="directory">The folder holding <c>text/</c> and <c>attributions/</c>.</param>
    internal static IReadOnlyList<(string Text, Func<IReadOnlyList<Quote>, bool[]> Judge)> Articles(string directory)
    {
        var articles = new List<(string, Func<IReadOnlyList<Quote>, bool[]>)>();
        foreach (var (_, text, annotation) in PolNearArticles(directory))
        {
            var gold = AttributionGold.Read(text, annotation);
            articles.Add((text, quotes =>
            {
                var right = new bool[quotes.Count];
                var counted = CountedIndices(quotes);
                var (goldMatch, _) = Match(gold, [.. counted.Select(i => quotes[i])], HeadlineCriterion);
                for (int g = 0; g < gold.Count; g++)
                {
                    if (goldMatch[g] >= 0)
                    {
                        int p = counted[goldMatch[g]];
                        right[p] = QuoteEvaluation.SpeakerIsCorrect(text, quotes[p], gold[g].Sources);
                    }
                }

                return right;
            }));
        }

        return articles;
    }

    private static bool SameSpeaker(Quote a, Quote b) =>
        string.Equals(a.Speaker, b.Speaker, StringComparison.Ordinal) && (a.Speaker is not null || a.SpeakerStart == b.SpeakerStart);

    // Gold contents and predictions paired one to one, greedily, largest overlap first, where the prediction
    // covers more than `criterion` of the content: the prediction of each content and the content of each
    // prediction, or -1.
    internal static (int[] GoldMatch, int[] PredictedMatch) Match(List<GoldAttribution> gold, List<Quote> predicted, double criterion)
    {
        var pairs = new List<(int Overlap, int Gold, int Predicted)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                int overlap = gold[g].Overlap(predicted[p].Start, predicted[p].End);
                if (overlap > criterion * gold[g].Length)
                {
                    pairs.Add((overlap, g, p));
                }
            }
        }

        // Largest overlap first; ties by position, so the result does not depend on sort stability.
        pairs.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var goldMatch = Enumerable.Repeat(-1, gold.Count).ToArray();
        var predictedMatch = Enumerable.Repeat(-1, predicted.Count).ToArray();
        foreach (var (_, g, p) in pairs)
        {
            if (goldMatch[g] < 0 && predictedMatch[p] < 0)
            {
                goldMatch[g] = p;
                predictedMatch[p] = g;
            }
        }

        return (goldMatch, predictedMatch);
    }

    private static void Score(string text, string stem, List<GoldAttribution> gold, List<Quote> predicted, double criterion, Tally tally, TextWriter? errors, int examples, int[] shown)
    {
        var (goldMatch, predictedMatch) = Match(gold, predicted, criterion);
        for (int g = 0; g < gold.Count; g++)
        {
            var item = gold[g];
            tally.Gold[(int)item.Kind]++;
            if (criterion > HeadlineCriterion)
            {
                // The stricter criterion shows only its own errors: a content the headline criterion matched whose
                // boundaries are off (the prediction that covers most of it, cut short or running on).
                if (goldMatch[g] < 0 && predicted.Count > 0 && predicted.MaxBy(q => item.Overlap(q.Start, q.End)) is { } near && item.Overlap(near.Start, near.End) > HeadlineCriterion * item.Length)
                {
                    Show(errors, examples, ref shown[3], $"BOUNDS  {item.Kind,-8} {stem}: gold \"{Clip(text, item.Start, item.End)}\" predicted \"{Clip(text, near.Start, near.End)}\" cue={near.Cue} — {Context(text, Math.Min(item.Start, near.Start), Math.Max(item.End, near.End))}");
                }

                if (goldMatch[g] >= 0)
                {
                    tally.Matched[(int)item.Kind]++;
                    if (QuoteEvaluation.SpeakerIsCorrect(text, predicted[goldMatch[g]], item.Sources))
                    {
                        tally.SpeakerCorrect[(int)item.Kind]++;
                    }
                }

                continue;
            }

            if (goldMatch[g] < 0)
            {
                int best = predicted.Count == 0 ? 0 : predicted.Max(q => item.Overlap(q.Start, q.End));
                string cueText = item.Cues.Count == 0 ? "(none)" : string.Join(" ", item.Cues.Select(c => text[c.Start..c.End]));
                Show(errors, examples, ref shown[0], FormattableString.Invariant($"MISSED  {item.Kind,-8} {stem}: \"{Clip(text, item.Start, item.End)}\" source={item.SourceText(text)} cue={cueText} best={(double)best / item.Length:0.00} at={item.Start}-{item.End} — {Context(text, item.Start, item.End)}"));
                continue;
            }

            tally.Matched[(int)item.Kind]++;
            var p = predicted[goldMatch[g]];
            if (QuoteEvaluation.SpeakerIsCorrect(text, p, item.Sources))
            {
                tally.SpeakerCorrect[(int)item.Kind]++;
            }
            else
            {
                Show(errors, examples, ref shown[1], $"SPEAKER {item.Kind,-8} {stem}: \"{Clip(text, p.Start, p.End)}\" gold={item.SourceText(text)} predicted={p.Speaker ?? "(null)"} at {(p.SpeakerStart is int ps ? text[ps..p.SpeakerEnd!.Value] : "-")} cue={p.Cue} — {Context(text, p.Start, p.End)}");
            }
        }

        for (int p = 0; p < predicted.Count; p++)
        {
            if (predictedMatch[p] >= 0)
            {
                continue;
            }

            var q = predicted[p];
            bool piece = false;
            for (int g = 0; g < gold.Count && !piece; g++)
            {
                piece = goldMatch[g] >= 0 && gold[g].Overlap(q.Start, q.End) * 2 >= q.End - q.Start && SameSpeaker(predicted[goldMatch[g]], q);
            }

            if (piece)
            {
                tally.Pieces++;
            }
            else
            {
                tally.Extra++;
                Show(criterion > HeadlineCriterion ? null : errors, examples, ref shown[2], $"EXTRA   {q.Kind,-8} {stem}: \"{Clip(text, q.Start, q.End)}\" speaker={q.Speaker ?? "(null)"} cue={q.Cue} — {Context(text, q.Start, q.End)}");
            }
        }

        tally.Predicted += predicted.Count;
    }

    private static void Show(TextWriter? errors, int examples, ref int shown, string line) => QuoteEvaluation.Show(errors, examples, ref shown, line);

    private static string Clip(string text, int start, int end) => QuoteEvaluation.Clip(text, start, end, 100);

    private static string Context(string text, int start, int end) => QuoteEvaluation.Context(text, start, end);

    private sealed class Tally
    {
        public int[] Gold { get; } = new int[3];

        public int[] Matched { get; } = new int[3];

        public int[] SpeakerCorrect { get; } = new int[3];

        public int Predicted { get; set; }

        public int Extra { get; set; }

        public int Pieces { get; set; }

        public AttributionCriterionScores ToScores(double criterion) =>
            new(criterion, Gold.Sum(), Predicted - Pieces, Matched.Sum(), SpeakerCorrect.Sum(), Pieces, [.. Gold], [.. Matched], [.. SpeakerCorrect]);
    }
}

/// <summary>How an attribution's content sits with respect to quotation marks.</summary>
internal enum GoldKind
{
    /// <summary>Every letter of the content is between quotation marks.</summary>
    Direct,

    /// <summary>Some letters are.</summary>
    Mixed,

    /// <summary>None are.</summary>
    Indirect,
}

/// <summary>One PolNeAR attribution: its content pieces, source pieces, cue pieces and kind.</summary>
internal sealed record GoldAttribution(IReadOnlyList<(int Start, int End)> Content, IReadOnlyList<(int Start, int End)> Sources, IReadOnlyList<(int Start, int End)> Cues, GoldKind Kind)
{
    /// <summary>The first content character.</summary>
    public int Start => Content[0].Start;

    /// <summary>The end of the last content piece.</summary>
    public int End => Content[^1].End;

    /// <summary>The number of content characters.</summary>
    public int Length => Content.Sum(c => c.End - c.Start);

    /// <summary>How many content characters lie in [start, end).</summary>
    public int Overlap(int start, int end)
    {
        int total = 0;
        foreach (var (s, e) in Content)
        {
            total += Math.Max(0, Math.Min(e, end) - Math.Max(s, start));
        }

        return total;
    }

    /// <summary>The source words, or <c>(none)</c>.</summary>
    public string SourceText(string text) => Sources.Count == 0 ? "(none)" : string.Join(" ", Sources.Select(s => text[s.Start..s.End]));
}

/// <summary>Reads PolNeAR's brat standoff attributions.</summary>
internal static class AttributionGold
{
    /// <summary>The attributions of one article, in content order; events without a content are skipped.</summary>
    public static List<GoldAttribution> Read(string text, string[] lines)
    {
        var spans = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        var events = new List<(string? Content, string? Source, string? Cue)>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (line.StartsWith('T'))
            {
                if (QuoteEvaluation.BratPieces(fields[1], text.Length) is not var (_, list))
                {
                    continue;
                }

                list.Sort();
                spans[fields[0]] = list;
            }
            else if (line.StartsWith('E'))
            {
                string? content = null, source = null, cue = null;
                foreach (var role in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int colon = role.IndexOf(':', StringComparison.Ordinal);
                    if (colon < 0)
                    {
                        continue;
                    }

                    switch (role[..colon])
                    {
                        case "Content":
                            content = role[(colon + 1)..];
                            break;
                        case "Source":
                            source = role[(colon + 1)..];
                            break;
                        case "Cue":
                            cue = role[(colon + 1)..];
                            break;
                    }
                }

                events.Add((content, source, cue));
            }
        }

        var result = new List<GoldAttribution>();
        foreach (var (content, source, cue) in events)
        {
            if (content is null || !spans.TryGetValue(content, out var c) || c.Count == 0)
            {
                continue;
            }

            IReadOnlyList<(int, int)> sources = source is not null && spans.TryGetValue(source, out var s) ? s : [];
            IReadOnlyList<(int, int)> cues = cue is not null && spans.TryGetValue(cue, out var k) ? k : [];
            result.Add(new GoldAttribution(c, sources, cues, KindOf(text, c)));
        }

        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return result;
    }

    private static GoldKind KindOf(string text, List<(int Start, int End)> content)
    {
        int inside = 0, outside = 0;
        foreach (var (start, end) in content)
        {
            var quoted = new bool[end - start];
            foreach (var (qs, qe) in QuoteEvaluation.QuotedPieces(text, start, end))
            {
                for (int i = qs; i < qe; i++)
                {
                    quoted[i - start] = true;
                }
            }

            for (int i = start; i < end; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    if (quoted[i - start])
                    {
                        inside++;
                    }
                    else
                    {
                        outside++;
                    }
                }
            }
        }

        return inside == 0 ? GoldKind.Indirect : outside == 0 ? GoldKind.Direct : GoldKind.Mixed;
    }
}

/// <summary>Attribution scores on one corpus folder, at the 30% and 80% overlap criteria.</summary>
/// <param name="Articles">How many articles were scored.</param>
/// <param name="Loose">Scores at the 30% criterion.</param>
/// <param name="Strict">Scores at the 80% criterion.</param>
public sealed record AttributionScores(int Articles, AttributionCriterionScores Loose, AttributionCriterionScores Strict)
{
    /// <summary>A printable table.</summary>
    /// <param name="title">The corpus name.</param>
    public string ToTable(string title)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"attributions on {title}: {Articles} articles, {Loose.Gold} gold contents (direct {Loose.GoldByKind[0]}, mixed {Loose.GoldByKind[1]}, indirect {Loose.GoldByKind[2]}), {Loose.Predicted} predicted\n");
        sb.Append("| criterion | precision | recall | F1 | speaker accuracy | recall direct | recall mixed | recall indirect | speaker indirect | pieces |\n|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var s in new[] { Loose, Strict })
        {
            sb.Append(CultureInfo.InvariantCulture, $"| >{s.Criterion:0%} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.SpeakerAccuracy:0.000} ({s.SpeakerCorrect}/{s.Matched}) | {s.RecallOf(0):0.000} | {s.RecallOf(1):0.000} | {s.RecallOf(2):0.000} | {s.SpeakerAccuracyOf(2):0.000} | {s.Pieces} |\n");
        }

        return sb.ToString().TrimEnd();
    }
}

/// <summary>Attribution scores at one overlap criterion.</summary>
/// <param name="Criterion">The share of a gold content a prediction must cover (more than).</param>
/// <param name="Gold">Gold contents.</param>
/// <param name="Predicted">Counted predictions (partial quotes inside a statement of the same speaker, and further pieces of a matched content, left out).</param>
/// <param name="Matched">Gold contents matched one to one.</param>
/// <param name="SpeakerCorrect">Matched contents whose speaker is correct.</param>
/// <param name="Pieces">Unmatched predictions that are further pieces of a matched content with the same speaker.</param>
/// <param name="GoldByKind">Gold contents by kind: direct, mixed, indirect.</param>
/// <param name="MatchedByKind">Matched contents by kind.</param>
/// <param name="SpeakerCorrectByKind">Correct speakers by kind.</param>
public sealed record AttributionCriterionScores(double Criterion, int Gold, int Predicted, int Matched, int SpeakerCorrect, int Pieces, IReadOnlyList<int> GoldByKind, IReadOnlyList<int> MatchedByKind, IReadOnlyList<int> SpeakerCorrectByKind)
{
    /// <summary>Matched over predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched over gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Correct speakers over matched contents.</summary>
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakerCorrect / Matched;

    /// <summary>Recall of one kind (0 direct, 1 mixed, 2 indirect).</summary>
    /// <param name="kind">The kind's index.</param>
    public double RecallOf(int kind) => GoldByKind[kind] == 0 ? 0 : (double)MatchedByKind[kind] / GoldByKind[kind];

    /// <summary>Speaker accuracy of one kind (0 direct, 1 mixed, 2 indirect).</summary>
    /// <param name="kind">The kind's index.</param>
    public double SpeakerAccuracyOf(int kind) => MatchedByKind[kind] == 0 ? 0 : (double)SpeakerCorrectByKind[kind] / MatchedByKind[kind];
}

/// <summary>Adds reported speech as the quote stage does, with a given cue model (<c>eval-attributions --model</c>).</summary>
/// <param name="model">The cue classifier.</param>
internal sealed class ReportedStage(CueModel model) : IExtractionStage
{
    /// <inheritdoc/>
    public string Name => "reported";

    /// <inheritdoc/>
    public void Process(ExtractionContext context) => ReportedQuotes.Add(context, model);
}
