namespace EntityExtract.Quotes;

/// <summary>
/// Receives the cue model's features of one candidate, each given as the pieces it is made of ("w|p1=", the
/// word, "|", the word before). A sink either keeps them as strings (<c>train-attributions</c> and the other
/// tools) or adds each feature's weight straight to <see cref="Score"/> without building a string, which is
/// the library's path: about 45 features per candidate were 45 new strings (issue 14: the quote stage allocated
/// 46 MB per MB of text and the collector's pauses were a third of the pipeline's time). Both modes see the same
/// features in the same order, so <see cref="Score"/> is the sum <see cref="CueModel.Score"/> gives over the
/// strings. Not thread-safe: one sink per finder call; a scoring sink is kept per thread between calls
/// (<see cref="Take"/>, <see cref="Return"/>).
/// </summary>
internal sealed class CueFeatureSink
{
    // The largest buffer a kept sink may have grown to: a news article's candidates use under 2,000 characters;
    // a sink grown by an unusual one is left to the collector rather than held by the thread.
    private const int MaxKeptChars = 1 << 16;

    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 16).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    // The thread's scoring sink between finder calls: made afresh for every document, its buffers (grown past their
    // first size on most articles) were a fifth of the quote stage's garbage (issue 14).
    [ThreadStatic]
    private static CueFeatureSink? t_kept;

    private readonly List<string>? strings;
    private CueModel? model;
    private char[] buffer = new char[1024];

    // A scoring sink keeps the candidate's features, one after another in buffer, until Score is read, and then
    // looks them all up at once (CueWeightTable.Sum: the look-ups' cache misses overlap, issue 14).
    private int used;
    private int[] ends = new int[64];
    private int count;
    private double score;
    private bool scored = true;
    private uint touched;

    /// <summary>A sink that keeps every feature as a string in <paramref name="strings"/>.</summary>
    /// <param name="strings">Where the features go; cleared by <see cref="Clear"/>.</param>
    public CueFeatureSink(List<string> strings) => this.strings = strings;

    /// <summary>A sink that sums the weights <paramref name="model"/> gives the features.</summary>
    /// <param name="model">The cue model.</param>
    public CueFeatureSink(CueModel model) => this.model = model;

    /// <summary>
    /// The thread's kept scoring sink, cleared and bound to <paramref name="model"/>, or a new one; the thread keeps
    /// none until <see cref="Return"/>, so a nested call takes a new one and nothing is shared.
    /// </summary>
    /// <param name="model">The cue model.</param>
    public static CueFeatureSink Take(CueModel model)
    {
        var sink = t_kept;
        t_kept = null;
        if (sink is null)
        {
            return new CueFeatureSink(model);
        }

        sink.model = model;
        sink.Clear();
        return sink;
    }

    /// <summary>Keeps a scoring sink from <see cref="Take"/> for the thread's next call; not used by the caller afterwards.</summary>
    /// <param name="sink">The sink.</param>
    public static void Return(CueFeatureSink sink)
    {
        if (sink.strings is null && sink.buffer.Length <= MaxKeptChars)
        {
            sink.model = null;
            t_kept = sink;
        }
    }

    /// <summary>The sum of the weights of the features added since <see cref="Clear"/> (scoring sinks only).</summary>
    public double Score
    {
        get
        {
            if (!scored)
            {
                // Only features with a weight are added, as CueModel.Score does: the same sum, in the same order.
                score = model!.Sum(buffer.AsSpan(0, used), ends.AsSpan(0, count), out uint t);
                touched ^= t;
                scored = true;
            }

            return score;
        }
    }

    /// <summary>The invariant decimal form of a small non-negative number (0-15) without allocating.</summary>
    /// <param name="n">The number.</param>
    public static string Number(int n) => (uint)n < (uint)SmallNumbers.Length ? SmallNumbers[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts a new candidate.</summary>
    public void Clear()
    {
        strings?.Clear();
        used = 0;
        count = 0;
        score = 0;
        scored = true;
    }

    /// <summary>
    /// Adds the feature made of the pieces <paramref name="a"/> to <paramref name="f"/> joined without separators
    /// (pieces left out are empty). Spans rather than strings, so that a caller can hand over a word it lower-cased
    /// into a buffer or a slice of one ("suf=" and the last three letters) without making a string of it.
    /// </summary>
    public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default, ReadOnlySpan<char> e = default, ReadOnlySpan<char> f = default)
    {
        int length = a.Length + b.Length + c.Length + d.Length + e.Length + f.Length;
        int at = strings is null ? used : 0;
        if (buffer.Length < at + length)
        {
            Array.Resize(ref buffer, Math.Max(at + length, buffer.Length * 2));
        }

        Append(a, ref at);
        Append(b, ref at);
        Append(c, ref at);
        Append(d, ref at);
        Append(e, ref at);
        Append(f, ref at);
        if (strings is not null)
        {
            strings.Add(buffer.AsSpan(0, length).ToString());
            return;
        }

        if (count == ends.Length)
        {
            Array.Resize(ref ends, ends.Length * 2);
        }

        ends[count++] = at;
        used = at;
        scored = false;
    }

    private void Append(ReadOnlySpan<char> part, ref int at)
    {
        // Most pieces are a few characters ("w|p1=", a word, "|"): copied in a loop, not by a call to Memmove for each
        // (about 250 pieces per candidate; Memmove was 4% of the quote stage's samples, issue 14).
        if (part.Length <= 16)
        {
            var to = buffer.AsSpan(at, part.Length);
            for (int k = 0; k < to.Length; k++)
            {
                to[k] = part[k];
            }
        }
        else
        {
            part.CopyTo(buffer.AsSpan(at));
        }

        at += part.Length;
    }
}
