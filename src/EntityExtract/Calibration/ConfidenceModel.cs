using System.Globalization;

namespace EntityExtract.Calibration;

/// <summary>
/// The calibrators: for each <see cref="CalibrationKind"/>, a logistic regression over standardized signals
/// (Platt 1999) followed by an isotonic map of its output onto observed accuracy (Zadrozny &amp; Elkan 2002),
/// both fitted by <c>train-calibration</c> on one half of the development data and stored in the embedded
/// <c>Resources/confidence.tsv</c>. The name calibrators also read the text-kind model's probabilities: a
/// multinomial logistic regression over a name's document signals (<see cref="ConfidenceSignals.DocumentSignals"/>)
/// that tells newswire, Wikinews, web text and tweets apart from the text alone (issue 18). Immutable and
/// thread-safe once loaded.
/// </summary>
internal sealed class ConfidenceModel
{
    private const string ResourceName = "EntityExtract.Resources.confidence.tsv";

    // The row of the sourceless-passive statements' rate: (right + 0.5) / (n + 1), then n.
    private const string SourcelessRow = "indirectquote-sourceless";
    private static readonly Lazy<ConfidenceModel> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Table?[] _tables;

    public ConfidenceModel(IReadOnlyDictionary<CalibrationKind, Table> tables, TextKindTable? textKind = null, SourcelessRate? sourceless = null)
    {
        TextKind = textKind;
        Sourceless = sourceless;
        _tables = new Table?[Enum.GetValues<CalibrationKind>().Length];
        foreach (var (kind, table) in tables)
        {
            _tables[(int)kind] = table;
        }
    }

    /// <summary>The text-kind model the name calibrators read, if the model has one.</summary>
    public TextKindTable? TextKind { get; }

    /// <summary>
    /// The fitted rate of the reported statements that a sourceless-passive rule states whatever the cue score
    /// (<see cref="Quotes.ReportedStatement.Sourceless"/>), if the model has one; a model without it (an older
    /// file) scores them by the indirect-quote calibrator, as before.
    /// </summary>
    public SourcelessRate? Sourceless { get; }

    /// <summary>The model embedded in the assembly.</summary>
    public static ConfidenceModel Default => LazyDefault.Value;

    /// <summary>The calibrated probability for <paramref name="signals"/>, rounded to three places; 1 when the kind has no table.</summary>
    public double Predict(CalibrationKind kind, ReadOnlySpan<double> signals)
    {
        var table = _tables[(int)kind];
        if (table is null)
        {
            return 1;
        }

        if (TextKind is { } textKind && kind is CalibrationKind.Person or CalibrationKind.Place or CalibrationKind.Organization)
        {
            Span<double> augmented = stackalloc double[signals.Length + textKind.Kinds];
            return Math.Round(table.Predict(textKind.Augment(signals, augmented)), 3, MidpointRounding.ToEven);
        }

        return Math.Round(table.Predict(signals), 3, MidpointRounding.ToEven);
    }

    /// <summary>
    /// The confidence of a statement that a sourceless-passive rule stated: the model's fitted rate, rounded as
    /// <see cref="Predict"/> rounds; without one, the indirect-quote calibrator over <paramref name="signals"/>.
    /// </summary>
    public double PredictSourceless(ReadOnlySpan<double> signals) =>
        Sourceless is { } rate ? Math.Round(rate.Confidence, 3, MidpointRounding.ToEven) : Predict(CalibrationKind.IndirectQuote, signals);

    /// <summary>This model with <paramref name="sourceless"/> as its sourceless-passive rate.</summary>
    public ConfidenceModel WithSourceless(SourcelessRate? sourceless)
    {
        var tables = new Dictionary<CalibrationKind, Table>();
        for (int k = 0; k < _tables.Length; k++)
        {
            if (_tables[k] is { } t)
            {
                tables[(CalibrationKind)k] = t;
            }
        }

        return new ConfidenceModel(tables, TextKind, sourceless);
    }

    /// <summary>Writes the model in the resource's format.</summary>
    public void Write(TextWriter writer, string header)
    {
        writer.Write(header);
        if (TextKind is { } textKind)
        {
            Line(writer, "textkind", "mean", textKind.Mean);
            Line(writer, "textkind", "scale", textKind.Scale);
            for (int k = 0; k < textKind.Kinds; k++)
            {
                Line(writer, "textkind", "weights-" + k.ToString(CultureInfo.InvariantCulture), textKind.Weights[k]);
            }
        }

        for (int k = 0; k < _tables.Length; k++)
        {
            var t = _tables[k];
            if (t is null)
            {
                continue;
            }

            string name = ((CalibrationKind)k).ToString().ToLowerInvariant();
            Line(writer, name, "mean", t.Mean);
            Line(writer, name, "scale", t.Scale);
            Line(writer, name, "weights", t.Weights);
            Line(writer, name, "iso-x", t.IsoX);
            Line(writer, name, "iso-y", t.IsoY);
        }

        // Last, so that every row before it reads as it did before the rate existed.
        if (Sourceless is { } rate)
        {
            Line(writer, SourcelessRow, "rate", [rate.Confidence, rate.Count]);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static ConfidenceModel Parse(TextReader reader)
    {
        var rows = new Dictionary<(string, string), double[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            rows[(cells[0], cells[1])] = cells.Skip(2).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        }

        var tables = new Dictionary<CalibrationKind, Table>();
        foreach (var kind in Enum.GetValues<CalibrationKind>())
        {
            string name = kind.ToString().ToLowerInvariant();
            if (rows.TryGetValue((name, "weights"), out var w))
            {
                tables[kind] = new Table(rows[(name, "mean")], rows[(name, "scale")], w, rows[(name, "iso-x")], rows[(name, "iso-y")]);
            }
        }

        TextKindTable? textKind = null;
        if (rows.TryGetValue(("textkind", "mean"), out var kindMean))
        {
            var weights = new List<double[]>();
            while (rows.TryGetValue(("textkind", "weights-" + weights.Count.ToString(CultureInfo.InvariantCulture)), out var row))
            {
                weights.Add(row);
            }

            textKind = new TextKindTable(kindMean, rows[("textkind", "scale")], [.. weights]);
        }

        SourcelessRate? sourceless = rows.TryGetValue((SourcelessRow, "rate"), out var rateRow) && rateRow.Length >= 2
            ? new SourcelessRate(rateRow[0], (int)rateRow[1])
            : null;
        return new ConfidenceModel(tables, textKind, sourceless);
    }

    private static ConfidenceModel Load()
    {
        using var stream = typeof(ConfidenceModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new ConfidenceModel(new Dictionary<CalibrationKind, Table>());
        }

        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private static void Line(TextWriter writer, string kind, string row, double[] values)
    {
        writer.Write(kind);
        writer.Write('\t');
        writer.Write(row);
        foreach (double v in values)
        {
            writer.Write('\t');
            writer.Write(v.ToString("R", CultureInfo.InvariantCulture));
        }

        writer.Write('\n');
    }

    /// <summary>
    /// The text-kind model: standardization of a name's document signals (<see cref="ConfidenceSignals.DocumentSignals"/>)
    /// and one row of softmax weights (bias first) per kind of text that the development sets stand for.
    /// </summary>
    internal sealed record TextKindTable(double[] Mean, double[] Scale, double[][] Weights)
    {
        /// <summary>How many kinds of text.</summary>
        public int Kinds => Weights.Length;

        /// <summary>The probability of each kind of text given a name's signals.</summary>
        public void Probabilities(ReadOnlySpan<double> signals, Span<double> into)
        {
            var inputs = ConfidenceSignals.DocumentSignals;
            double max = double.NegativeInfinity;
            for (int k = 0; k < Weights.Length; k++)
            {
                var w = Weights[k];
                double z = w[0];
                for (int j = 0; j < inputs.Length && j < Mean.Length; j++)
                {
                    z += w[j + 1] * ((inputs[j] < signals.Length ? signals[inputs[j]] : 0) - Mean[j]) / Scale[j];
                }

                into[k] = z;
                max = Math.Max(max, z);
            }

            double sum = 0;
            for (int k = 0; k < Weights.Length; k++)
            {
                into[k] = Math.Exp(into[k] - max);
                sum += into[k];
            }

            for (int k = 0; k < Weights.Length; k++)
            {
                into[k] /= sum;
            }
        }

        /// <summary>Writes <paramref name="signals"/> and then the kind probabilities into <paramref name="into"/> and returns what it wrote.</summary>
        public ReadOnlySpan<double> Augment(ReadOnlySpan<double> signals, Span<double> into)
        {
            signals.CopyTo(into);
            Probabilities(signals, into.Slice(signals.Length, Kinds));
            return into[..(signals.Length + Kinds)];
        }
    }

    /// <summary>
    /// The rate of the statements a sourceless-passive rule states: (right + 0.5) / (n + 1) over the
    /// <paramref name="Count"/> such statements that <c>train-calibration</c> judged.
    /// </summary>
    internal readonly record struct SourcelessRate(double Confidence, int Count);

    /// <summary>One calibrator: standardization, logistic weights (bias first), isotonic points.</summary>
    internal sealed record Table(double[] Mean, double[] Scale, double[] Weights, double[] IsoX, double[] IsoY)
    {
        public double Score(ReadOnlySpan<double> signals)
        {
            double z = Weights[0];
            for (int i = 0; i < signals.Length && i < Mean.Length; i++)
            {
                z += Weights[i + 1] * (signals[i] - Mean[i]) / Scale[i];
            }

            return 1 / (1 + Math.Exp(-z));
        }

        public double Predict(ReadOnlySpan<double> signals)
        {
            double p = Score(signals);
            if (IsoX.Length == 0)
            {
                return p;
            }

            if (p <= IsoX[0])
            {
                return IsoY[0];
            }

            for (int i = 1; i < IsoX.Length; i++)
            {
                if (p <= IsoX[i])
                {
                    // Linear between the centres of neighbouring isotonic blocks.
                    double t = (p - IsoX[i - 1]) / (IsoX[i] - IsoX[i - 1]);
                    return Math.Clamp(IsoY[i - 1] + (t * (IsoY[i] - IsoY[i - 1])), 0, 1);
                }
            }

            return IsoY[^1];
        }
    }
}
