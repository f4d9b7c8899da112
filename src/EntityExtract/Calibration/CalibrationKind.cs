namespace EntityExtract.Calibration;

/// <summary>The six things calibrated separately: one table each in <c>Resources/confidence.tsv</c>.</summary>
internal enum CalibrationKind
{
    Person,
    Place,
    Organization,
    Date,
    Quote,

    /// <summary>Reported speech (<see cref="QuoteKind.Indirect"/>): judged against PolNeAR's attributions, not its quoted pieces.</summary>
    IndirectQuote,
}
