using System.Text;

namespace EntityExtract.Benchmarks;

/// <summary>The texts the benchmarks read: the seed article, and a ~1 MB corpus.</summary>
public static class Corpus
{
    /// <summary>About one megabyte: the BBC News articles of ../shared/data concatenated when present, else the seed repeated.</summary>
    public const int TargetChars = 1 << 20;

    public static string Seed { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_cd29c6cbbf7a37ba.txt"));

    public static IReadOnlyList<string> Articles { get; } = LoadArticles();

    public static string OneMegabyte { get; } = string.Join("\n\n", Articles);

    public static string Describe => BbcFolder() is null ? "seed repeated" : "bbc-news (first ~1 MB)";

    /// <summary>Every BBC News article (about 5 MB) when the data folder is present, else the ~1 MB corpus.</summary>
    public static IReadOnlyList<string> AllArticles => BbcFolder() is { } bbc ? ReadAll(bbc) : Articles;

    /// <summary>What <see cref="AllArticles"/> holds.</summary>
    public static string DescribeAll => BbcFolder() is null ? "seed repeated (~1 MB)" : "bbc-news (all 2,225 articles)";

    public static string Get(string name) => name switch
    {
        "seed" => Seed,
        "1MB" => OneMegabyte,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static List<string> LoadArticles()
    {
        var articles = new List<string>();
        int total = 0;
        if (BbcFolder() is { } bbc)
        {
            foreach (var file in Directory.EnumerateFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string text = File.ReadAllText(file, Encoding.Latin1);
                articles.Add(text);
                total += text.Length;
                if (total >= TargetChars)
                {
                    break;
                }
            }
        }

        while (total < TargetChars)
        {
            articles.Add(Seed);
            total += Seed.Length;
        }

        return articles;
    }

    private static List<string> ReadAll(string bbc) =>
        Directory.EnumerateFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.Latin1)).ToList();

    private static string? BbcFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", "bbc-news");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
