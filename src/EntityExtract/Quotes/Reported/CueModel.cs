using System.Buffers;
using System.Globalization;
using System.Text;
using System.Runtime.InteropServices;

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

        // The text is decoded whole and cut into lines as StreamReader.ReadLine cuts them (\n, \r or \r\n), and the
        // features go into the table as ranges of it (issue 14, start-up: a string and a dictionary entry per line,
        // then the table built from the dictionary, took 66-100 ms of the AOT console's CPU).
        ReadOnlySpan<char> text;
        using (stream)
        {
            text = ReadText(stream);
        }

        int lines = text.Count('\n') + 1;
        var keys = new List<Range>(lines);
        var weights = new List<double>(lines);
        var rest = text;
        int offset = 0;
        while (rest.Length > 0)
        {
            int end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            int tab = line.LastIndexOf('\t');
            if (line.Length > 0 && line[0] != '#' && tab > 0
                && double.TryParse(line[(tab + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
            {
                keys.Add(new Range(offset, offset + tab));
                weights.Add(w);
            }

            if (end < 0)
            {
                break;
            }

            int next = end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            rest = rest[next..];
            offset += next;
        }

        return new CueModel(new CueWeightTable(text, CollectionsMarshal.AsSpan(keys), CollectionsMarshal.AsSpan(weights)));
    }

    private CueModel(CueWeightTable weights) => this.weights = weights;

    // The stream's text as StreamReader.ReadToEnd decodes it (UTF-8, a UTF-8 byte-order mark dropped), but decoded
    // in pieces straight into one array the size of the stream: no StringBuilder of chunks and no copy of the bytes,
    // whose fresh memory cost more than the decoding here (start-up, issue 14). A stream of unknown length or with
    // a UTF-16 or UTF-32 byte-order mark goes through StreamReader itself.
    private static ReadOnlySpan<char> ReadText(Stream stream)
    {
        long start = stream.CanSeek ? stream.Position : -1;
        if (start < 0 || stream.Length - start > Array.MaxLength)
        {
            using var whole = new StreamReader(stream);
            return whole.ReadToEnd();
        }

        var chars = new char[stream.Length - start];
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read = stream.ReadAtLeast(buffer, 4, throwOnEndOfStream: false);
            var head = buffer.AsSpan(0, read);
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            {
                stream.Position = start;
                using var whole = new StreamReader(stream);
                return whole.ReadToEnd();
            }

            var decoder = Encoding.UTF8.GetDecoder();
            int count = 0;
            int skip = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            while (read > 0)
            {
                // A UTF-8 decoder writes at most one char per byte, plus what it held back from the last piece.
                if (chars.Length - count < read + 4)
                {
                    Array.Resize(ref chars, Math.Max(chars.Length * 2, count + read + 4));
                }

                count += decoder.GetChars(buffer.AsSpan(skip, read - skip), chars.AsSpan(count), flush: false);
                skip = 0;
                read = stream.Read(buffer);
            }

            if (chars.Length - count < 4)
            {
                Array.Resize(ref chars, count + 4);
            }

            count += decoder.GetChars([], chars.AsSpan(count), flush: true);
            return chars.AsSpan(0, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
