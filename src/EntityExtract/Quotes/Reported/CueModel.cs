using System.Buffers;
using System.Globalization;
using System.Text;

namespace EntityExtract.Quotes;

/// <summary>
/// The learned cue classifier: an averaged perceptron (Collins 2002) over sparse string features of a
/// candidate cue word (<see cref="ReportedDocument.CueFeatures"/>), trained on PolNeAR train by
/// <c>train-attributions</c> (tools/EntityExtract.Tools/AttributionTraining.cs). It decides whether a word of
/// the cue lexicon is a cue in this sentence ("officials said", not "said company", "the speech he gave").
/// Immutable and thread-safe.
/// </summary>
internal sealed class CueModel
{
    /// <summary>The resource the library ships: <c>Resources/attribution.model</c>.</summary>
    public const string ResourceName = "EntityExtract.Resources.attribution.model";

    private static readonly Lazy<CueModel> LazyDefault = new(() => Load(typeof(CueModel).Assembly.GetManifestResourceStream(ResourceName)));

    // Looked up by the features' characters (CueWeightTable: one slot read per feature the model lacks).
    private readonly CueWeightTable weights;

    /// <summary>Creates a model from its weights.</summary>
    /// <param name="weights">Feature → weight; missing features weigh nothing.</param>
    public CueModel(IReadOnlyDictionary<string, double> weights) => this.weights = new CueWeightTable(weights);

    /// <summary>The model embedded in the library (an empty model, which accepts nothing, when absent).</summary>
    public static CueModel Default => LazyDefault.Value;

    /// <summary>How many features have a weight.</summary>
    public int Count => weights.Count;

    /// <summary>The sum of the weights of <paramref name="features"/>.</summary>
    /// <param name="features">The candidate's features.</param>
    public double Score(IReadOnlyList<string> features)
    {
        double sum = 0;
        for (int i = 0; i < features.Count; i++)
        {
            if (weights.TryGetValue(features[i].AsSpan(), out double w))
            {
                sum += w;
            }
        }

        return sum;
    }

    /// <summary>The weight of one feature given as characters, without making a string of it.</summary>
    /// <param name="feature">The feature.</param>
    /// <param name="weight">Its weight, when it has one.</param>
    /// <returns>Whether the feature has a weight.</returns>
    public bool TryGetWeight(ReadOnlySpan<char> feature, out double weight) => weights.TryGetValue(feature, out weight);

    /// <summary>The sum of the weights of the features cut from <paramref name="chars"/> at <paramref name="ends"/>, in their order (<see cref="CueWeightTable.Sum"/>).</summary>
    /// <param name="chars">The features' characters, one after another.</param>
    /// <param name="ends">Where each feature ends.</param>
    /// <param name="touched">What the table's first pass read (of no use).</param>
    public double Sum(ReadOnlySpan<char> chars, ReadOnlySpan<int> ends, out uint touched) => weights.Sum(chars, ends, out touched);

    /// <summary>Reads a model: one <c>feature&lt;TAB&gt;weight</c> line each; <c>#</c> lines are comments.</summary>
    /// <param name="stream">The model, or <see langword="null"/> for an empty one.</param>
    public static CueModel Load(Stream? stream)
    {
        if (stream is null)
        {
            return new CueModel(new Dictionary<string, double>());
        }

        using (stream)
        {
            return new CueModel(Read(stream).Build());
        }
    }

    private CueModel(CueWeightTable weights) => this.weights = weights;

    // The features of the stream's lines, decoded as StreamReader decodes them (UTF-8, a UTF-8 byte-order mark
    // dropped) in 64 KB pieces and written into the table's records as each line is cut (issue 14, start-up: a
    // string and a dictionary entry per line, then the table built from the dictionary, took 66-100 ms of the AOT
    // console's CPU; the whole text as one array cost more in fresh memory than its decoding). Lines end at '\n' or
    // '\r' alone: with "\r\n" that makes an empty line between, which is skipped as ReadLine's lines would be. A
    // stream that cannot seek, or with a UTF-16 or UTF-32 byte-order mark, goes through StreamReader.ReadLine.
    private static CueWeightTable.Builder Read(Stream stream)
    {
        long start = stream.CanSeek ? stream.Position : -1;
        if (start < 0 || stream.Length - start > Array.MaxLength)
        {
            return ReadLines(stream);
        }

        var table = new CueWeightTable.Builder((int)(stream.Length - start));
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent((1 << 16) + 8);
        try
        {
            int read = stream.ReadAtLeast(bytes, 4, throwOnEndOfStream: false);
            var head = bytes.AsSpan(0, read);
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            {
                stream.Position = start;
                return ReadLines(stream);
            }

            var decoder = Encoding.UTF8.GetDecoder();
            int skip = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            int pending = 0; // the start of a line whose end is not read yet
            while (read > 0)
            {
                // A UTF-8 decoder writes at most one char per byte, plus what it held back from the last piece.
                Reserve(ref chars, pending, pending + read + 8);

                int length = pending + decoder.GetChars(bytes.AsSpan(skip, read - skip), chars.AsSpan(pending), flush: false);
                int last = chars.AsSpan(0, length).LastIndexOfAny('\r', '\n');
                if (last >= 0)
                {
                    AddLines(chars.AsSpan(0, last), table);
                    chars.AsSpan(last + 1, length - last - 1).CopyTo(chars);
                    pending = length - last - 1;
                }
                else
                {
                    pending = length;
                }

                skip = 0;
                read = stream.Read(bytes);
            }

            Reserve(ref chars, pending, pending + 8);

            int end = pending + decoder.GetChars([], chars.AsSpan(pending), flush: true);
            AddLines(chars.AsSpan(0, end), table);
            return table;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // Makes a pooled buffer hold at least needed chars, keeping its first kept ones (the unfinished line).
    private static void Reserve(ref char[] chars, int kept, int needed)
    {
        if (chars.Length >= needed)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, needed));
        chars.AsSpan(0, kept).CopyTo(larger);
        ArrayPool<char>.Shared.Return(chars);
        chars = larger;
    }

    private static CueWeightTable.Builder ReadLines(Stream stream)
    {
        var table = new CueWeightTable.Builder(1 << 12);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            AddLine(line, table);
        }

        return table;
    }

    private static void AddLines(ReadOnlySpan<char> text, CueWeightTable.Builder table)
    {
        foreach (var range in text.SplitAny('\r', '\n'))
        {
            AddLine(text[range], table);
        }
    }

    private static void AddLine(ReadOnlySpan<char> line, CueWeightTable.Builder table)
    {
        int tab = line.LastIndexOf('\t');
        if (line.Length > 0 && line[0] != '#' && tab > 0
            && double.TryParse(line[(tab + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
        {
            table.Add(line[..tab], w);
        }
    }
}
