using System.Globalization;
using EntityExtract.Pipeline;
using EntityExtract.Quotes;
using EntityExtract.Tokenization;

namespace EntityExtract.Tools;

/// <summary>
/// <c>eval-attributions [DIR] --causes</c>: for each indirect gold content the extractor misses (no counted
/// prediction covers more than 30% of it, one to one), the stage that lost it, as the library reads the text:
/// no source in the gold, the gold cue in a headline or inside quotation marks, the cue word no candidate (in the
/// lexicon or not), a candidate the cue model rejects, an accepted cue no frame turned into a statement, or a
/// statement from that cue whose content overlaps the gold content by 30% or less (where its boundary is wrong).
/// Prints one <c>CAUSE</c> line per miss and a table of counts; the classes are those of docs/quotes.md.
/// </summary>
internal static class AttributionMisses
{
    /// <summary>Classifies the missed indirect contents of one PolNeAR folder.</summary>
    /// <param name="directory">The folder holding <c>text/</c> and <c>attributions/</c>.</param>
    /// <param name="output">Receives the lines and the table.</param>
    /// <param name="model">The cue classifier (the library's unless <c>--model</c> gave another).</param>
    public static void Run(string directory, TextWriter output, CueModel model)
    {
        var capture = new CaptureStage();
        var builder = ExtractionPipelineBuilder.CreateDefault();
        if (!ReferenceEquals(model, CueModel.Default))
        {
            int quotes = builder.Stages.ToList().FindIndex(s => s is QuoteAttributionStage);
            builder.Stages.Insert(quotes + 1, new ReportedStage(model));
        }

        builder.Stages.Add(capture);
        var pipeline = builder.Build();
        var options = new ExtractionOptions { IncludeReportedSpeech = ReferenceEquals(model, CueModel.Default) };
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var features = new List<string>();
        int total = 0;
        foreach (var (stem, text, annotation) in AttributionEvaluation.PolNearArticles(directory))
        {
            var result = pipeline.Extract(text, options);
            var context = capture.Last!;
            var gold = AttributionGold.Read(text, annotation);
            var predicted = AttributionEvaluation.Counted(result.Quotes);
            var (goldMatch, _) = AttributionEvaluation.Match(gold, predicted, AttributionEvaluation.HeadlineCriterion);
            var doc = ReportedDocument.Of(context);
            var scores = new Dictionary<int, (bool Open, double Score)>();
            foreach (var (s, t) in ReportedSpeechFinder.Candidates(doc))
            {
                ReportedSpeechFinder.Features(doc, t, doc.Sentences[s], features);
                scores[t] = (!doc.IsCueWord(t), model.Score(features));
            }

            var statements = ReportedSpeechFinder.Find(doc, model);
            for (int g = 0; g < gold.Count; g++)
            {
                var item = gold[g];
                if (item.Kind != GoldKind.Indirect || goldMatch[g] >= 0)
                {
                    continue;
                }

                total++;
                string cause = Cause(doc, text, item, scores, statements, predicted);
                string key = cause.Split(':')[0];
                counts[key] = counts.GetValueOrDefault(key) + 1;
                string cue = item.Cues.Count == 0 ? "(none)" : string.Join(" ", item.Cues.Select(c => text[c.Start..c.End]));
                output.WriteLine(FormattableString.Invariant($"CAUSE {cause} | {stem} cue={cue} source={item.SourceText(text)} content=\"{QuoteEvaluation.Clip(text, item.Start, item.End, 100)}\" — {QuoteEvaluation.Context(text, item.Start, item.End)}"));
            }
        }

        output.WriteLine(FormattableString.Invariant($"missed indirect contents: {total}"));
        output.WriteLine("| cause | missed |\n|---|---|");
        foreach (var (key, n) in counts.OrderByDescending(p => p.Value))
        {
            output.WriteLine(FormattableString.Invariant($"| {key} | {n} |"));
        }
    }

    private static string Cause(ReportedDocument d, string text, GoldAttribution item, Dictionary<int, (bool Open, double Score)> scores, List<ReportedStatement> statements, List<Quote> predicted)
    {
        int best = predicted.Count == 0 ? 0 : predicted.Max(q => item.Overlap(q.Start, q.End));
        var cueTokens = new List<int>();
        foreach (var (s, e) in item.Cues)
        {
            for (int t = 0; t < d.Count; t++)
            {
                if (d[t].Start >= s && d[t].Start < e && d[t].Kind == TokenKind.Word)
                {
                    cueTokens.Add(t);
                }
            }
        }

        if (cueTokens.Count == 0)
        {
            return "no cue in gold";
        }

        // The statement this gold cue produced, if any.
        foreach (var st in statements)
        {
            if (cueTokens.Any(t => d[t].Start >= st.CueStart && d[t].Start < st.CueEnd))
            {
                int overlap = item.Overlap(st.ContentStart, st.ContentEnd);
                string where = st.ContentStart > item.Start + 2 ? "starts late" : st.ContentStart < item.Start - 2 ? "starts early" : "start ok";
                where += st.ContentEnd < item.End - 2 ? ", ends early" : st.ContentEnd > item.End + 2 ? ", ends late" : ", end ok";
                return overlap * 10 > item.Length * 3
                    ? "statement from the gold cue, matched to another content: " + where
                    : FormattableString.Invariant($"statement from the gold cue, overlap <=30%: {where} ({(double)overlap / item.Length:0.00})");
            }
        }

        if (item.Sources.Count == 0)
        {
            return "no source in gold";
        }

        int first = cueTokens[0];
        var sentence = d.Sentences.FirstOrDefault(s => s.FirstToken <= first && first < s.EndToken);
        if (sentence.Kind is SegmentKind.Headline or SegmentKind.Dateline)
        {
            return "cue in a headline or dateline";
        }

        if (cueTokens.All(d.IsQuoted))
        {
            return "cue inside quotation marks";
        }

        string words = string.Join(" ", cueTokens.Select(t => d.Word(t).ToString().ToLowerInvariant()));
        var candidates = cueTokens.Where(scores.ContainsKey).ToList();
        if (candidates.Count == 0)
        {
            bool lexicon = cueTokens.Any(d.IsCueWord);
            bool passive = cueTokens.Any(t => t > 0 && (d.Is(t - 1, "is") || d.Is(t - 1, "was") || d.Is(t - 1, "were") || d.Is(t - 1, "are") || d.Is(t - 1, "been") || d.Is(t - 1, "be")));
            bool nominal = cueTokens.Any(t => t > 0 && (d.ClassOf(t - 1) is "det" || d.Word(t - 1) is "'s" or "’s"));
            bool before = item.Start < d[first].Start;
            string kind = lexicon ? "lexicon word" : "open word";
            string shape = passive ? "passive" : nominal ? "nominal" : before ? "after its content" : "before its content";
            return FormattableString.Invariant($"no candidate ({kind}, {shape}): {words}");
        }

        var (open, score) = scores[candidates[0]];
        if (score <= 0 && !d.IsIn(candidates[0], ReportedDocument.StrongCues))
        {
            return FormattableString.Invariant($"rejected by the cue model ({(open ? "open" : "lexicon")}): {words} {score:0.0}");
        }

        if (best * 10 > item.Length * 3)
        {
            return "accepted, another statement covers it (matched elsewhere)";
        }

        return FormattableString.Invariant($"accepted, no statement from it ({(open ? "open" : "lexicon")}{(best > 0 ? ", inside another statement" : "")}): {words}");
    }
}
