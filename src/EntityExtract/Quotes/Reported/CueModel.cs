using System.Globalization;

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
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                int tab = line.LastIndexOf('\t');
                if (line.Length == 0 || line[0] == '#' || tab <= 0)
                {
                    continue;
                }

                if (double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
                {
                    map[line[..tab]] = w;
                }
            }
        }

        return new CueModel(map);
    }
}
