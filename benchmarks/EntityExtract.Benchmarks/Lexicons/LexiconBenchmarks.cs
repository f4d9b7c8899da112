using BenchmarkDotNet.Attributes;
using EntityExtract.Lexicons;

namespace EntityExtract.Benchmarks.Lexicons;

/// <summary>
/// What a user lexicon costs the full pipeline on the ~1 MB corpus (issue 18's target: a 100,000-entry lexicon
/// at most 10% of the throughput). The baseline is the same pipeline with no lexicon, so the ratio column reads
/// the same on any machine. The large lexicon mixes one-, two- and three-word names, a tenth of them
/// case-insensitive, plus the capitalized words of the corpus itself so that the trie is walked often.
/// </summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    private static readonly ExtractionOptions Plain = new() { ReferenceDate = new DateOnly(2025, 12, 11) };
    private ExtractionOptions _small = Plain;
    private ExtractionOptions _large = Plain;

    [GlobalSetup]
    public void Setup()
    {
        var corpusWords = Corpus.OneMegabyte.Split([' ', '\n', '\t', ',', '.', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && char.IsUpper(w[0]) && w.All(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .Take(20_000)
            .ToArray();
        var entries = new List<LexiconEntry>(100_000);
        for (int i = 0; entries.Count < 100_000; i++)
        {
            string a = corpusWords[i % corpusWords.Length];
            string b = corpusWords[(i * 7 + 3) % corpusWords.Length];
            string name = (i % 3) switch { 0 => $"{a} {b}", 1 => $"{a} {b} Holdings{i}", _ => $"Name{i} {a}" };
            entries.Add(new LexiconEntry((MentionType)(i % 3), name, ignoreCase: i % 10 == 0));
        }

        _small = Plain with { Lexicons = [EntityLexicon.Create([new LexiconEntry(MentionType.Organization, "BBC", ["British Broadcasting Corporation"])])] };
        _large = Plain with { Lexicons = [EntityLexicon.Create(entries)] };
        EntityExtractor.Extract(Corpus.Seed, _large);
    }

    [Benchmark(Baseline = true)]
    public int NoLexicon() => Run(Plain);

    [Benchmark]
    public int OneEntry() => Run(_small);

    [Benchmark]
    public int HundredThousandEntries() => Run(_large);

    private static int Run(ExtractionOptions options)
    {
        int total = 0;
        foreach (var article in Corpus.Articles)
        {
            total += EntityExtractor.Extract(article, options).Mentions.Count;
        }

        return total;
    }
}
