using System.Globalization;

namespace EntityExtract.Tools;

/// <summary>Precision, recall and F1 of one matching criterion.</summary>
/// <param name="Precision">Matched predictions over predictions.</param>
/// <param name="Recall">Matched gold expressions over gold expressions.</param>
public readonly record struct PrfScore(double Precision, double Recall)
{
    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The scores of <see cref="DateEvaluation.Score(string, TextWriter?)"/>.</summary>
/// <param name="Documents">How many .tml files were read.</param>
/// <param name="Gold">Gold TIMEX3 of type DATE inside TEXT.</param>
/// <param name="Predicted">Date mentions the extractor returned.</param>
/// <param name="Strict">Exact-span scores.</param>
/// <param name="Overlap">Overlapping-span scores.</param>
/// <param name="ValueAccuracy">Share of overlap-matched gold dates whose predicted value equals the gold value.</param>
/// <param name="ValueMatched">How many overlap-matched pairs the value accuracy is computed over.</param>
/// <param name="FalsePositivesOnOtherTimex">False positives that overlap a gold TIME, DURATION or SET.</param>
/// <param name="EquivalentValueAccuracy">
/// Share of the same pairs whose values are equal after <see cref="DateEvaluation.CanonicalValue(string?)"/>
/// (TIMEX3 spellings of one value: unpadded weeks, trailing <c>-XX</c>, <c>198X</c> decades).
/// </param>
/// <param name="GoldUnderspecifiedCompatible">
/// Informational only, in neither accuracy: pairs still unequal after canonicalization where the gold leaves
/// digits unspecified (<c>1989-WXX</c>) and the prediction fills them in (<c>1989-W43</c>).
/// </param>
public sealed record DateScores(int Documents, int Gold, int Predicted, PrfScore Strict, PrfScore Overlap, double ValueAccuracy, int ValueMatched, int FalsePositivesOnOtherTimex, double EquivalentValueAccuracy, int GoldUnderspecifiedCompatible);

/// <summary>
/// The <c>eval-dates [DIR] [--errors]</c> command: runs the public extractor over TimeML files and scores
/// its date mentions against the gold TIMEX3 of type DATE (TempEval-3 style extent and value scores).
/// </summary>
public static class DateEvaluation
{
    /// <summary>The data set scored when no folder is given.</summary>
    public const string DefaultSet = "tempeval3/TBAQ-cleaned";

    /// <summary>Runs the command.</summary>
    /// <param name="args">An optional folder (absolute, or relative to the shared data folder) and <c>--errors</c> to list every miss.</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool errors = args.Contains("--errors", StringComparer.Ordinal);
        string set = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? DefaultSet;
        string? dir = Directory.Exists(set) ? set : SharedData.PathTo(set);
        if (dir is null)
        {
            Console.Error.WriteLine($"eval-dates: {set} not found (looked beside the repository for shared/data)");
            return 2;
        }

        var scores = Score(dir, errors ? Console.Out : null);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"TimeML dates: {dir}"));
        Console.WriteLine(string.Create(inv, $"documents {scores.Documents}, gold DATE {scores.Gold}, predicted {scores.Predicted}"));
        Console.WriteLine("            P       R       F1");
        Console.WriteLine(string.Create(inv, $"strict   {scores.Strict.Precision,6:F3}  {scores.Strict.Recall,6:F3}  {scores.Strict.F1,6:F3}"));
        Console.WriteLine(string.Create(inv, $"overlap  {scores.Overlap.Precision,6:F3}  {scores.Overlap.Recall,6:F3}  {scores.Overlap.F1,6:F3}"));
        Console.WriteLine(string.Create(inv, $"value accuracy {scores.ValueAccuracy:F3} over {scores.ValueMatched} overlap-matched dates (exact string)"));
        Console.WriteLine(string.Create(inv, $"value accuracy (TIMEX3-equivalent) {scores.EquivalentValueAccuracy:F3} (W07 = W7, 1949-XX = 1949, 198X = 198)"));
        Console.WriteLine(string.Create(inv, $"informational, in neither accuracy: {scores.GoldUnderspecifiedCompatible} wrong values where the gold is underspecified and the prediction compatible (1989-WXX vs 1989-W43)"));
        Console.WriteLine(string.Create(inv, $"false positives on gold TIME/DURATION/SET: {scores.FalsePositivesOnOtherTimex}"));
        return 0;
    }

    /// <summary>Scores every .tml file under <paramref name="directory"/> (recursively).</summary>
    /// <param name="directory">A folder of TimeML files.</param>
    /// <param name="errors">When not <see langword="null"/>, receives one line per missed, spurious or wrongly valued date.</param>
    public static DateScores Score(string directory, TextWriter? errors = null)
    {
        var files = Directory.GetFiles(directory, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        int gold = 0, predicted = 0, strictHits = 0, predOverlap = 0, goldOverlap = 0, valueRight = 0, valueMatched = 0, otherTimex = 0, equivalentRight = 0, compatible = 0;
        foreach (var file in files)
        {
            var doc = TimeMLDocument.Load(file);
            var result = EntityExtractor.Extract(doc.Text, new ExtractionOptions { ReferenceDate = doc.CreationTime });
            var golds = doc.Timexes.Where(t => t.Type == "DATE").ToList();
            var others = doc.Timexes.Where(t => t.Type != "DATE").ToList();
            var preds = result.Dates;
            gold += golds.Count;
            predicted += preds.Count;
            var goldUsed = new bool[golds.Count];
            foreach (var p in preds)
            {
                int exact = golds.FindIndex(g => g.Start == p.Start && g.End == p.End);
                if (exact >= 0)
                {
                    strictHits++;
                }

                // Overlap match, one to one: the exact gold first, else the first unused overlapping gold.
                int match = exact >= 0 && !goldUsed[exact] ? exact : -1;
                for (int k = 0; match < 0 && k < golds.Count; k++)
                {
                    if (!goldUsed[k] && golds[k].Start < p.End && p.Start < golds[k].End)
                    {
                        match = k;
                    }
                }

                bool overlapsAny = golds.Exists(g => g.Start < p.End && p.Start < g.End);
                if (overlapsAny)
                {
                    predOverlap++;
                }
                else
                {
                    var other = others.Find(g => g.Start < p.End && p.Start < g.End);
                    if (other is not null)
                    {
                        otherTimex++;
                    }

                    errors?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FP  {doc.Name}: \"{p.Text}\" = {p.Value}{(other is null ? "" : $"  (gold {other.Type} \"{doc.Text[other.Start..other.End]}\")")}  | {Context(doc.Text, p.Start, p.End)}"));
                }

                if (match >= 0)
                {
                    goldUsed[match] = true;
                    valueMatched++;
                    var g = golds[match];
                    bool equivalent = string.Equals(CanonicalValue(p.Value), CanonicalValue(g.Value), StringComparison.Ordinal);
                    if (equivalent)
                    {
                        equivalentRight++;
                    }
                    else if (IsCompatibleWithUnderspecified(p.Value, g.Value))
                    {
                        compatible++;
                    }

                    if (string.Equals(p.Value, g.Value, StringComparison.Ordinal))
                    {
                        valueRight++;
                    }
                    else
                    {
                        // VAL= marks a spelling difference only (counted right by the TIMEX3-equivalent accuracy).
                        errors?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(equivalent ? "VAL=" : "VAL")} {doc.Name} dct={doc.CreationTime:yyyy-MM-dd}: \"{p.Text}\" = {p.Value ?? "null"}, gold \"{doc.Text[g.Start..g.End]}\" = {g.Value}  | {Context(doc.Text, g.Start, g.End)}"));
                    }

                    if (g.Start != p.Start || g.End != p.End)
                    {
                        errors?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"EXT {doc.Name}: \"{p.Text}\" vs gold \"{doc.Text[g.Start..g.End]}\"  | {Context(doc.Text, g.Start, g.End)}"));
                    }
                }
            }

            for (int k = 0; k < golds.Count; k++)
            {
                var g = golds[k];
                if (preds.Any(p => g.Start < p.End && p.Start < g.End))
                {
                    goldOverlap++;
                }
                else
                {
                    errors?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FN  {doc.Name}: \"{doc.Text[g.Start..g.End]}\" = {g.Value}  | {Context(doc.Text, g.Start, g.End)}"));
                }
            }
        }

        static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
        return new DateScores(
            files.Length,
            gold,
            predicted,
            new PrfScore(Ratio(strictHits, predicted), Ratio(strictHits, gold)),
            new PrfScore(Ratio(predOverlap, predicted), Ratio(goldOverlap, gold)),
            Ratio(valueRight, valueMatched),
            valueMatched,
            otherTimex,
            Ratio(equivalentRight, valueMatched),
            compatible);
    }

    /// <summary>
    /// The canonical spelling of a TIMEX3 value, so that spellings of the same value compare equal and nothing
    /// else does: week numbers lose leading zeros (ISO pads <c>2000-W07</c>, TimeBank writes <c>2000-W7</c>),
    /// trailing unspecified components go (<c>1949-XX</c> and <c>1994-XX-XX</c> say no more than <c>1949</c>),
    /// and a decade or century loses its trailing <c>X</c>s (<c>198X</c> is the decade <c>198</c>). An
    /// unspecified component in the middle (<c>1989-WXX</c>, <c>1988-QX</c>) is kept, so it never matches a
    /// specific week or quarter.
    /// </summary>
    /// <param name="value">A TIMEX3 value, or <see langword="null"/>.</param>
    public static string? CanonicalValue(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var v = value;
        int w = v.IndexOf("-W", StringComparison.Ordinal);
        if (w >= 0)
        {
            int digits = w + 2;
            int end = digits;
            while (end < v.Length && char.IsAsciiDigit(v[end]))
            {
                end++;
            }

            int first = digits;
            while (first < end - 1 && v[first] == '0')
            {
                first++;
            }

            v = v[..digits] + v[first..];
        }

        while (v.Length > 4 && v.EndsWith("-XX", StringComparison.Ordinal))
        {
            v = v[..^3];
        }

        // "198X" and "19XX": digits followed only by X, shorter than a year once the Xs go.
        int lastDigit = v.Length;
        while (lastDigit > 0 && v[lastDigit - 1] == 'X')
        {
            lastDigit--;
        }

        if (lastDigit is > 0 and < 4 && v.Length == 4 && v.AsSpan(0, lastDigit).ContainsAnyExceptInRange('0', '9') is false)
        {
            v = v[..lastDigit];
        }

        return v;
    }

    // Informational: the gold leaves some characters unspecified (X) and the prediction has the same shape with
    // those filled in. Counted apart and never as right.
    private static bool IsCompatibleWithUnderspecified(string? predicted, string? gold)
    {
        var p = CanonicalValue(predicted);
        var g = CanonicalValue(gold);
        if (p is null || g is null || p.Length != g.Length || !g.Contains('X', StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = 0; i < g.Length; i++)
        {
            if (g[i] != p[i] && !(g[i] == 'X' && char.IsAsciiDigit(p[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static string Context(string text, int start, int end)
    {
        int from = Math.Max(0, start - 50);
        int to = Math.Min(text.Length, end + 50);
        return (text[from..start] + "[" + text[start..end] + "]" + text[end..to]).ReplaceLineEndings(" ");
    }
}
