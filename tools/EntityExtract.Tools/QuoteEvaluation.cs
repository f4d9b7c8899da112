using System.Globalization;
using System.Text;

namespace EntityExtract.Tools;

/// <summary>
/// <c>eval-quotes [DIR] [--verbose]</c>: scores quote detection and speaker attribution on a PolNeAR folder
/// (brat standoff: <c>text/*.txt</c> and <c>attributions/*_ANNOTATOR.ann</c>).
/// </summary>
/// <remarks>
/// Gold quotes are the pieces between quotation marks inside each attribution's Content span (marks
/// excluded); the gold speaker is that attribution's Source span, which may be absent. A predicted quote
/// matches a gold one when their spans overlap by at least half of the shorter (one to one, greedily).
/// A matched quote's speaker is correct when its <c>speakerStart</c>/<c>speakerEnd</c> overlaps the Source
/// span, or its canonical name equals or contains the Source's text or last word; when the gold has no
/// Source, it is correct only when the prediction has no speaker either. Articles annotated by several
/// annotators are scored once, with the first annotation file in ordinal order.
/// </remarks>
public static class QuoteEvaluation
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">An optional folder relative to the data folder (default <c>polnear/dev</c>), <c>--verbose</c> for error examples and <c>--all</c> for every one of them.</param>
    /// <returns>0 on success, 1 when the data is missing.</returns>
    public static int Run(string[] args) => RunOnPolNear(args, "eval-quotes", (dir, errors, examples, relative) => Evaluate(dir, errors, examples).ToTable(relative));

    /// <summary>
    /// A brat text-bound annotation's second field ("Content 120 180;190 220"): its label and its non-empty
    /// pieces inside a text of <paramref name="textLength"/> characters, or <see langword="null"/> when it has no
    /// offsets.
    /// </summary>
    internal static (string Label, List<(int Start, int End)> Pieces)? BratPieces(string field, int textLength)
    {
        int space = field.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return null;
        }

        var list = new List<(int Start, int End)>();
        foreach (var piece in field[(space + 1)..].Split(';'))
        {
            var bounds = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length == 2 && int.TryParse(bounds[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) && int.TryParse(bounds[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int e) && s < e && e <= textLength)
            {
                list.Add((s, e));
            }
        }

        return (field[..space], list);
    }

    /// <summary>
    /// The command line both PolNeAR evaluations share: an optional folder relative to the data folder (default
    /// <c>polnear/dev</c>), <c>--verbose</c> for error examples, <c>--all</c> for every one of them; prints the table.
    /// </summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="command">The command's name, for the message when the data is missing.</param>
    /// <param name="scoreToTable">Scores a folder (path, error writer or null, examples per kind, name as given) into a printed table.</param>
    /// <returns>0 on success, 1 when the data is missing.</returns>
    internal static int RunOnPolNear(string[] args, string command, Func<string, TextWriter?, int, string, string> scoreToTable)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool verbose = args.Contains("--verbose");
        string relative = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "polnear/dev";
        string? dir = Directory.Exists(relative) ? relative : SharedData.PathTo(relative);
        if (dir is null)
        {
            Console.Error.WriteLine($"{command}: {relative} not found (set ENTITYEXTRACT_DATA or place ../shared/data)");
            return 1;
        }

        Console.WriteLine(scoreToTable(dir, verbose ? Console.Out : null, args.Contains("--all") ? int.MaxValue : 150, relative));
        return 0;
    }

    /// <summary>Scores the extractor on one PolNeAR folder.</summary>
    /// <param name="directory">The folder holding <c>text/</c> and <c>attributions/</c>.</param>
    /// <param name="errors">Receives error examples, or <see langword="null"/> for none.</param>
    /// <param name="examples">How many examples of each kind of error to write.</param>
    /// <returns>The scores.</returns>
    public static QuoteScores Evaluate(string directory, TextWriter? errors = null, int examples = 150)
    {
        ArgumentNullException.ThrowIfNull(directory);
        int predicted = 0, gold = 0, matched = 0, speakerCorrect = 0, articles = 0;
        var shown = new int[3];
        foreach (var (stem, text, annotation) in AttributionEvaluation.PolNearArticles(directory))
        {
            articles++;
            var goldQuotes = ReadGold(text, annotation);
            // Quotes between marks only: reported speech (QuoteKind.Indirect) is eval-attributions' to score.
            var result = EntityExtractor.Extract(text, new ExtractionOptions { IncludeReportedSpeech = false });
            predicted += result.Quotes.Count;
            gold += goldQuotes.Count;
            var match = Match(goldQuotes, result.Quotes);
            var used = new bool[result.Quotes.Count];
            for (int k = 0; k < goldQuotes.Count; k++)
            {
                var g = goldQuotes[k];
                int best = match[k];
                if (best < 0)
                {
                    Show(errors, examples, ref shown[0], $"MISSED  {stem}: \"{Clip(text, g.Start, g.End)}\" — {Context(text, g.Start, g.End)}");
                    continue;
                }

                used[best] = true;
                matched++;
                var p = result.Quotes[best];
                if (SpeakerIsCorrect(text, p, g.Sources))
                {
                    speakerCorrect++;
                }
                else
                {
                    string goldSource = g.Sources.Count == 0 ? "(none)" : string.Join(" ", g.Sources.Select(s => text[s.Start..s.End]));
                    Show(errors, examples, ref shown[1], $"SPEAKER {stem}: \"{Clip(text, p.Start, p.End)}\" gold={goldSource} predicted={p.Speaker ?? "(null)"} at {(p.SpeakerStart is int ps ? text[ps..p.SpeakerEnd!.Value] : "-")} cue={p.Cue} — {Context(text, p.Start, p.End)}");
                }
            }

            for (int i = 0; i < used.Length; i++)
            {
                if (!used[i])
                {
                    var q = result.Quotes[i];
                    Show(errors, examples, ref shown[2], $"EXTRA   {stem}: \"{Clip(text, q.Start, q.End)}\" {q.Kind} — {Context(text, q.Start, q.End)}");
                }
            }
        }

        return new QuoteScores(articles, gold, predicted, matched, speakerCorrect);
    }

    /// <summary>
    /// The articles of one PolNeAR folder (first annotation of each, in ordinal order) with a judge that
    /// tells, for predicted quotes, which are right: matched to a gold quote as <see cref="Evaluate"/> matches
    /// them and attributed to its speaker. For confidence calibration (<c>train-calibration</c>).
    /// </summary>
    /// <param name="directory">The folder holding <c>text/</c> and <c>attributions/</c>.</param>
    public static IReadOnlyList<(string Text, Func<IReadOnlyList<Quote>, bool[]> Judge)> Articles(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var articles = new List<(string, Func<IReadOnlyList<Quote>, bool[]>)>();
        foreach (var (_, text, annotation) in AttributionEvaluation.PolNearArticles(directory))
        {
            var goldQuotes = ReadGold(text, annotation);
            articles.Add((text, quotes =>
            {
                var right = new bool[quotes.Count];
                var match = Match(goldQuotes, quotes);
                for (int k = 0; k < goldQuotes.Count; k++)
                {
                    if (match[k] >= 0)
                    {
                        right[match[k]] = SpeakerIsCorrect(text, quotes[match[k]], goldQuotes[k].Sources);
                    }
                }

                return right;
            }));
        }

        return articles;
    }

    // Each gold quote in turn takes the unused prediction it overlaps most, if the overlap is at least half of
    // the shorter of the two: the index of the prediction matched to each gold quote, or -1.
    private static int[] Match(List<GoldQuote> gold, IReadOnlyList<Quote> quotes)
    {
        var match = new int[gold.Count];
        var used = new bool[quotes.Count];
        for (int k = 0; k < gold.Count; k++)
        {
            var g = gold[k];
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < quotes.Count; i++)
            {
                var q = quotes[i];
                int overlap = Math.Min(q.End, g.End) - Math.Max(q.Start, g.Start);
                if (!used[i] && overlap > bestOverlap && overlap * 2 >= Math.Min(q.End - q.Start, g.End - g.Start))
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            match[k] = best;
            if (best >= 0)
            {
                used[best] = true;
            }
        }

        return match;
    }

    /// <summary>Writes one error example while fewer than <paramref name="examples"/> of its kind were shown (shared with <see cref="AttributionEvaluation"/>).</summary>
    internal static void Show(TextWriter? errors, int examples, ref int shown, string line)
    {
        if (errors is not null && shown < examples)
        {
            errors.WriteLine(line.Replace('\n', ' '));
            shown++;
        }
    }

    /// <summary>The text of a span, its middle cut out when it is longer than <paramref name="max"/> characters.</summary>
    internal static string Clip(string text, int start, int end, int max = 80)
    {
        int half = (max - 4) / 2;
        return end - start <= max ? text[start..end] : string.Concat(text.AsSpan(start, half), " … ", text.AsSpan(end - half, half));
    }

    /// <summary>The text around a span, the span itself shown as […].</summary>
    internal static string Context(string text, int start, int end)
    {
        int a = Math.Max(0, start - 100);
        int b = Math.Min(text.Length, end + 60);
        return string.Concat(text.AsSpan(a, start - a), "[…]", text.AsSpan(end, b - end));
    }

    /// <summary>
    /// Whether <paramref name="predicted"/>'s speaker agrees with the gold source spans: its speaker span
    /// overlaps one, or its canonical name contains a source's text or capitalized last word; with no gold
    /// source, only a prediction without a speaker is correct. Shared with <see cref="AttributionEvaluation"/>.
    /// </summary>
    internal static bool SpeakerIsCorrect(string text, Quote predicted, IReadOnlyList<(int Start, int End)> sources)
    {
        if (sources.Count == 0)
        {
            return predicted.Speaker is null && predicted.SpeakerStart is null;
        }

        foreach (var s in sources)
        {
            if (predicted.SpeakerStart is int ps && predicted.SpeakerEnd is int pe && ps < s.End && s.Start < pe)
            {
                return true;
            }

            if (predicted.Speaker is string name)
            {
                string source = text[s.Start..s.End].Trim();
                if (source.EndsWith("'s", StringComparison.Ordinal) || source.EndsWith("’s", StringComparison.Ordinal))
                {
                    source = source[..^2];
                }

                string last = source[(source.LastIndexOf(' ') + 1)..];
                if (source.Length > 0 && (name.Contains(source, StringComparison.OrdinalIgnoreCase) || (last.Length > 1 && char.IsUpper(last[0]) && name.Contains(last, StringComparison.OrdinalIgnoreCase))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A gold quote: the span between marks and its attribution's source spans.</summary>
    private sealed record GoldQuote(int Start, int End, IReadOnlyList<(int Start, int End)> Sources);

    private static List<GoldQuote> ReadGold(string text, string[] lines)
    {
        var spans = new Dictionary<string, (string Type, List<(int Start, int End)> Spans)>(StringComparer.Ordinal);
        var events = new List<(string? Content, string? Source)>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (line.StartsWith('T') && fields.Length >= 2)
            {
                if (BratPieces(fields[1], text.Length) is not var (label, list))
                {
                    continue;
                }

                spans[fields[0]] = (label, list);
            }
            else if (line.StartsWith('E'))
            {
                string? content = null;
                string? source = null;
                foreach (var role in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (role.StartsWith("Content:", StringComparison.Ordinal))
                    {
                        content = role["Content:".Length..];
                    }
                    else if (role.StartsWith("Source:", StringComparison.Ordinal))
                    {
                        source = role["Source:".Length..];
                    }
                }

                events.Add((content, source));
            }
        }

        var result = new List<GoldQuote>();
        var taken = new HashSet<(int, int)>();
        foreach (var (content, source) in events)
        {
            if (content is null || !spans.TryGetValue(content, out var c))
            {
                continue;
            }

            IReadOnlyList<(int, int)> sources = source is not null && spans.TryGetValue(source, out var s) ? s.Spans : [];
            foreach (var (start, end) in c.Spans)
            {
                foreach (var (qs, qe) in QuotedPieces(text, start, end))
                {
                    if (taken.Add((qs, qe)))
                    {
                        result.Add(new GoldQuote(qs, qe, sources));
                    }
                }
            }
        }

        return result;
    }

    // The outermost quote-mark-delimited pieces of text[start..end]; a piece left open ends at a line break
    // or at the end of the span (a quotation running on into the next paragraph).
    internal static IEnumerable<(int Start, int End)> QuotedPieces(string text, int start, int end)
    {
        var stack = new Stack<char>();
        int open = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (stack.Count > 0)
                {
                    var piece = Trim(text, open, i);
                    if (piece.End > piece.Start)
                    {
                        yield return piece;
                    }
                }

                stack.Clear();
                continue;
            }

            bool letterBefore = i > 0 && char.IsLetterOrDigit(text[i - 1]);
            bool letterAfter = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            char kind;
            bool opens;
            switch (c)
            {
                case '“':
                    kind = 'd';
                    opens = true;
                    break;
                case '”':
                    kind = 'd';
                    opens = false;
                    break;
                case '"':
                    kind = 's';
                    opens = !stack.Contains('s');
                    break;
                case '‘':
                    kind = 'q';
                    opens = true;
                    break;
                case '’':
                    if (letterBefore && letterAfter)
                    {
                        continue;
                    }

                    kind = 'q';
                    opens = false;
                    break;
                case '\'':
                    if (letterBefore && letterAfter)
                    {
                        continue;
                    }

                    kind = 'a';
                    opens = !stack.Contains('a') && !letterBefore;
                    break;
                default:
                    continue;
            }

            if (opens)
            {
                if ((kind is 'q' or 'a') && !letterAfter)
                {
                    continue;
                }

                if (stack.Count == 0)
                {
                    open = i + 1;
                }

                stack.Push(kind);
                continue;
            }

            if (!stack.Contains(kind))
            {
                continue;
            }

            while (stack.Count > 0 && stack.Pop() != kind)
            {
            }

            if (stack.Count == 0)
            {
                var piece = Trim(text, open, i);
                if (piece.End > piece.Start)
                {
                    yield return piece;
                }
            }
        }

        if (stack.Count > 0)
        {
            var piece = Trim(text, open, end);
            if (piece.End > piece.Start)
            {
                yield return piece;
            }
        }
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}

/// <summary>Quote detection and attribution scores on one corpus folder.</summary>
/// <param name="Articles">How many articles were scored.</param>
/// <param name="Gold">Gold quotes.</param>
/// <param name="Predicted">Predicted quotes.</param>
/// <param name="Matched">Predicted quotes matched one to one with gold quotes.</param>
/// <param name="SpeakerCorrect">Matched quotes whose speaker is correct.</param>
public sealed record QuoteScores(int Articles, int Gold, int Predicted, int Matched, int SpeakerCorrect)
{
    /// <summary>Matched over predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched over gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Correct speakers over matched quotes.</summary>
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakerCorrect / Matched;

    /// <summary>A printable table.</summary>
    /// <param name="title">The corpus name.</param>
    public string ToTable(string title)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"quotes on {title}: {Articles} articles, {Gold} gold, {Predicted} predicted, {Matched} matched\n");
        sb.Append("| precision | recall | F1 | speaker accuracy |\n|---|---|---|---|\n");
        sb.Append(CultureInfo.InvariantCulture, $"| {Precision:0.000} | {Recall:0.000} | {F1:0.000} | {SpeakerAccuracy:0.000} ({SpeakerCorrect}/{Matched}) |");
        return sb.ToString();
    }
}
