using System.Diagnostics;

namespace EntityExtract.Benchmarks.Lexicons;

/// <summary>
/// What the 100,000-entry lexicon costs the pipeline, as the ratio of <see cref="LexiconBenchmarks.HundredThousandEntries"/>
/// to <see cref="LexiconBenchmarks.NoLexicon"/> over the ~1 MB corpus, measured in interleaved pairs (the order
/// alternating each round) so that a loaded machine disturbs both rows alike
/// (<c>... -- lexicon-ratio [rounds]</c>). Prints the median of the per-round ratios with its quartiles, and the
/// ratio of the two rows' best times. Issue 18's target is a ratio of at most 1.10.
/// </summary>
public static class LexiconRatio
{
    public static void Run(int rounds)
    {
        var bench = new LexiconBenchmarks();
        bench.Setup();
        bench.NoLexicon();
        bench.HundredThousandEntries();
        var ratios = new List<double>(rounds);
        long bestPlain = long.MaxValue, bestLarge = long.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            long plain, large;
            if (round % 2 == 0)
            {
                plain = RunTimer.Wall(bench.NoLexicon);
                large = RunTimer.Wall(bench.HundredThousandEntries);
            }
            else
            {
                large = RunTimer.Wall(bench.HundredThousandEntries);
                plain = RunTimer.Wall(bench.NoLexicon);
            }

            ratios.Add((double)large / plain);
            bestPlain = Math.Min(bestPlain, plain);
            bestLarge = Math.Min(bestLarge, large);
        }

        ratios.Sort();
        double ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        double at(double q) => ratios[(int)Math.Round(q * (ratios.Count - 1))];
        Console.WriteLine($"~1 MB corpus, {rounds} interleaved rounds: NoLexicon best {ms(bestPlain):F0} ms, HundredThousandEntries best {ms(bestLarge):F0} ms");
        Console.WriteLine($"ratio per round: median {at(0.5):F3} (quartiles {at(0.25):F3}-{at(0.75):F3}, range {ratios[0]:F3}-{ratios[^1]:F3}); ratio of best times {(double)bestLarge / bestPlain:F3}");
    }
}
