using System.Globalization;
using System.Text;
using EntityExtract.Serialization;

namespace EntityExtract.Tools;

/// <summary>
/// <c>fuzz-news</c>: extracts from random slices of the BBC articles in <c>../shared/data/bbc-news</c> (read at run
/// time, never copied), cut anywhere and spliced with the pieces that steer the tokenizer, the sentence splitter,
/// the quote pairing and the reported-speech frames, and from random characters; checks that every result is
/// consistent and serializes. Coverage-guided fuzzing (<c>fuzz/run.sh</c>) mutates bytes of a few seeds; real
/// sentences cut mid-clause reach the frames' word look-ups past a text's ends, which it had not (stop 32: five
/// crashes in reported speech and one endless recursion in the lemmatizer).
/// </summary>
internal static class NewsFuzz
{
    // Quotation marks of every kind, reporting words and frames, abbreviations, dates, separators, surrogates, capitals
    // without a lower case, control and zero-width characters.
    private static readonly string[] Pieces =
    [
        "\"", "'", "“", "”", "‘", "’", "«", "»", " said ", " says ", "According to ", ", according to ", " told reporters that ",
        ", saying", ", adding", " states", " to", "\n\n", ". ", "Mr ", "Dr. ", "U.S.", " — ", "(", ")", ":", "\uD800", "\uDC00",
        "\u0000", "\u200B", "\t", "@", "#", "http://example.org/a?b=c", "12/12/2025", "next Tuesday", "1990s", "Jan. 3", " Kim ",
        " the North ", " he ", " they ", " - ", "...", "…", "\r\n", "ℂℍℕ", "ϒ", "3%", "$1.5bn",
    ];

    /// <summary>Runs the fuzzer; 0 when every input gave a consistent result, 1 when some did not, 2 on bad arguments.</summary>
    public static int Run(string[] args)
    {
        double seconds = Option(args, "--seconds", 60);
        int seed = (int)Option(args, "--seed", 1);
        string outDir = Text(args, "--out") ?? Path.Combine(Path.GetTempPath(), "entityextract-fuzz");
        string? folder = SharedData.PathTo("bbc-news");
        if (folder is null)
        {
            Console.Error.WriteLine("fuzz-news: ../shared/data/bbc-news not found (set ENTITYEXTRACT_DATA)");
            return 2;
        }

        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var articles = files.Select(File.ReadAllText).ToArray();
        Directory.CreateDirectory(outDir);

        // The input in hand is written first, so that one that kills the process (a stack overflow cannot be
        // caught) is still on disk.
        string current = Path.Combine(outDir, $"current-{seed}.txt");
        var random = new Random(seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int count = 0, failed = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            string text = Draw(random, articles);
            var options = new ExtractionOptions
            {
                IncludePartsOfSpeech = random.Next(4) == 0,
                ReferenceDate = random.Next(3) == 0 ? null : new DateOnly(random.Next(1900, 2100), random.Next(1, 13), random.Next(1, 29)),
            };
            File.WriteAllText(current, text, Encoding.Unicode);
            string? problem;
            try
            {
                problem = Check(text, EntityExtractor.Extract(text, options));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problem = $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
            }

            if (problem is not null)
            {
                failed++;
                string name = Path.Combine(outDir, string.Create(CultureInfo.InvariantCulture, $"fail-{seed}-{count}.txt"));
                File.Copy(current, name, overwrite: true);
                Console.WriteLine($"{name} (parts of speech {options.IncludePartsOfSpeech}, reference {options.ReferenceDate?.ToString("O", CultureInfo.InvariantCulture) ?? "none"}): {problem.Split('\n')[0]}");
            }

            count++;
        }

        File.Delete(current);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz-news: {count} inputs in {clock.Elapsed.TotalSeconds:F0} s, {failed} failed; failing inputs (UTF-16) in {outDir}"));
        return failed == 0 ? 0 : 1;
    }

    private static string Draw(Random random, string[] articles)
    {
        string article = articles[random.Next(articles.Length)];
        switch (random.Next(4))
        {
            case 0:
            {
                // Pieces alone.
                var b = new StringBuilder();
                for (int i = random.Next(0, 400); i > 0; i--)
                {
                    b.Append(Pieces[random.Next(Pieces.Length)]);
                }

                return b.ToString();
            }

            case 1:
            {
                // An article with pieces spliced in.
                var b = new StringBuilder(article);
                for (int i = random.Next(1, 30); i > 0; i--)
                {
                    b.Insert(random.Next(b.Length + 1), Pieces[random.Next(Pieces.Length)]);
                }

                return b.ToString();
            }

            case 2:
            {
                // A slice cut anywhere.
                int start = random.Next(article.Length);
                return article.Substring(start, Math.Min(article.Length - start, random.Next(0, 600)));
            }

            default:
            {
                // Any UTF-16 code units, or ASCII.
                var chars = new char[random.Next(0, 300)];
                bool ascii = random.Next(2) == 0;
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)random.Next(0, ascii ? 128 : 65536);
                }

                return new string(chars);
            }
        }
    }

    // What must hold for any result (tests/EntityExtract.Tests/Robustness/Invariants.cs says the same in assertions).
    private static string? Check(string text, ExtractionResult result)
    {
        int previous = -1;
        foreach (var m in result.Mentions)
        {
            if (m.Start < previous || m.Start < 0 || m.End <= m.Start || m.End > text.Length || !text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(m.Text))
            {
                return $"mention {m.Start}-{m.End} '{m.Text}' out of order or not the text's";
            }

            previous = m.Start;
        }

        previous = -1;
        foreach (var q in result.Quotes)
        {
            if (q.Start < previous || q.Start < 0 || q.End <= q.Start || q.End > text.Length || !text.AsSpan(q.Start, q.End - q.Start).SequenceEqual(q.Text))
            {
                return $"quote {q.Start}-{q.End} out of order or not the text's";
            }

            if ((q.SpeakerStart is null) != (q.SpeakerEnd is null) || q.SpeakerStart < 0 || q.SpeakerEnd > text.Length || q.SpeakerEnd < q.SpeakerStart)
            {
                return $"quote {q.Start}-{q.End}: speaker span {q.SpeakerStart}-{q.SpeakerEnd}";
            }
        }

        _ = ExtractionJson.Serialize(result);
        return null;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        string? value = Text(args, name);
        return value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : fallback;
    }

    private static string? Text(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
