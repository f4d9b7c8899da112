using System.Diagnostics;
using System.Runtime.InteropServices;

namespace EntityExtract.Benchmarks;

/// <summary>
/// One run's time in <see cref="Stopwatch"/> ticks, for the ratio commands (<c>tokenizer-ratio</c>,
/// <c>lexicon-ratio</c>, <c>pos-ratio</c>) that take the best or the median of many interleaved runs.
/// </summary>
internal static class RunTimer
{
    /// <summary>The wall-clock time of one call.</summary>
    public static long Wall(Func<int> action)
    {
        long t0 = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetTimestamp() - t0;
    }

    /// <summary>
    /// The processor time this thread spent in one call: on a loaded machine wall time counts the waits for a
    /// core. Linux's per-thread clock (nanoseconds); elsewhere wall time.
    /// </summary>
    public static long Thread(Func<int> action)
    {
        long t0 = ThreadTime();
        action();
        return ThreadTime() - t0;
    }

    private static long ThreadTime()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(3, out var t) != 0)
        {
            return Stopwatch.GetTimestamp();
        }

        return (long)(((t.Seconds * 1e9) + t.Nanoseconds) * Stopwatch.Frequency / 1e9);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
