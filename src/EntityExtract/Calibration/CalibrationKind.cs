namespace EntityExtract.Calibration;

/// <summary>The five things calibrated separately: one table each in <c>Resources/confidence.tsv</c>.</summary>
internal enum CalibrationKind
{
    Person,
    Place,
    Organization,
    Date,
    Quote,
}
