using System.Diagnostics;
using System.Globalization;
using System.Text;
using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Benchmarks.PartsOfSpeech;

/// <summary>
/// The tagger's speed as the minimum of many interleaved runs, which a loaded machine disturbs far less than
/// a mean, in this thread's processor time (<c>... -- pos-ratio [rounds]</c>): <see cref="PartOfSpeechBenchmarks.TagWords"/> in words per
/// second and as a ratio to <see cref="PartOfSpeechBenchmarks.Tokenize"/> on the same ~1 MB, then the cost of
/// tagging every sentence of every BBC article (what <c>ReportedDocument.TagSentences</c> would at most add)
/// in milliseconds per MB of UTF-8 text; first the time to load the model.
/// </summary>
public static class PartOfSpeechRatio
{
    public static void Run(int rounds)
    {
        // Loading the embedded model (inflating, building its tables), best of three, before anything else runs.
        long load = long.MaxValue;
        for (int k = 0; k < 3; k++)
        {
            load = Math.Min(load, RunTimer.Thread(static () =>
            {
                using var stream = typeof(PosModel).Assembly.GetManifestResourceStream(PosModel.ResourceName)!;
                return PosModel.Read(stream).Tags.Length;
            }));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loading the model: {load * 1000.0 / Stopwatch.Frequency:F0} ms (best of 3, the first with the code's compilation)"));
        var bench = new PartOfSpeechBenchmarks();
        bench.Setup();
        long tokenize = long.MaxValue, tag = long.MaxValue, describe = long.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            tokenize = Math.Min(tokenize, RunTimer.Thread(bench.Tokenize));
            tag = Math.Min(tag, RunTimer.Thread(bench.TagWords));
            describe = Math.Min(describe, RunTimer.Thread(bench.DescribeWords));
        }

        double seconds(long t) => (double)t / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1MB ({bench.Words:N0} words), best of {rounds}: Tokenize {seconds(tokenize) * 1000:F2} ms, TagWords {seconds(tag) * 1000:F2} ms ({(double)tag / tokenize:F2}x), {bench.Words / seconds(tag):N0} words/s; of which feature inputs (Describe) {seconds(describe) * 1000:F2} ms"));
        var (dictionary, single, scored) = bench.CountPaths();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words: {100.0 * dictionary / bench.Words:F1}% tag dictionary, {100.0 * single / bench.Words:F1}% one allowed tag, {100.0 * scored / bench.Words:F1}% scored"));

        // Every sentence of every article, words split as the tagger splits them, then tagged (Describe + Decode).
        var articles = Corpus.AllArticles;
        double megabytes = articles.Sum(static a => (double)Encoding.UTF8.GetByteCount(a)) / 1e6;
        var prepared = articles.Select(static a => (Text: a, Sentences: PartOfSpeechBenchmarks.Split(a))).ToArray();
        var model = PartOfSpeechTagger.Default.Model;
        int longest = Math.Max(1, prepared.SelectMany(static p => p.Sentences).Max(static s => s.Length));
        var infos = new PosWordInfo[longest];
        var labels = new byte[longest];
        long all = long.MaxValue;
        for (int round = 0; round < Math.Max(1, rounds / 5); round++)
        {
            all = Math.Min(all, RunTimer.Thread(() =>
            {
                int sum = 0;
                foreach (var (text, sentences) in prepared)
                {
                    foreach (var words in sentences)
                    {
                        PartOfSpeechTagger.Describe(model, text, words, infos);
                        PartOfSpeechTagger.Decode(model, infos.AsSpan(0, words.Length), labels);
                        sum += labels[0];
                    }
                }

                return sum;
            }));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Corpus.DescribeAll}, {megabytes:F2} MB: tagging every sentence {seconds(all) * 1000 / megabytes:F1} ms per MB (best of {Math.Max(1, rounds / 5)})"));
    }
}
