using System.Diagnostics;

namespace EntityExtract.Benchmarks.Tokenization;

/// <summary>
/// The tokenizer's ratio to the whitespace scan as the minimum of many interleaved runs, which a loaded
/// machine disturbs far less than a mean (<c>... -- tokenizer-ratio [rounds]</c>).
/// </summary>
public static class TokenizerRatio
{
    public static void Run(int rounds)
    {
        var bench = new TokenizerBenchmarks { Text = "1MB" };
        bench.Setup();
        long scan = long.MaxValue, tokenize = long.MaxValue, split = long.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            scan = Math.Min(scan, RunTimer.Wall(() => bench.WhitespaceWordCount()));
            tokenize = Math.Min(tokenize, RunTimer.Wall(() => bench.Tokenize()));
            split = Math.Min(split, RunTimer.Wall(() => bench.TokenizeAndSplitSentences()));
        }

        double ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"1MB, best of {rounds}: scan {ms(scan):F2} ms, Tokenize {ms(tokenize):F2} ms ({(double)tokenize / scan:F2}x), TokenizeAndSplitSentences {ms(split):F2} ms ({(double)split / scan:F2}x)");
    }
}
