namespace EntityExtract.Entities.Rules;

/// <summary>
/// A recognition rule that reads the whole document at once: it may add, drop, split, join or retype
/// candidates (datelines, score lines, a title inside a name, shareholdings). The candidates are in document
/// order before and after. Implementations are stateless and thread-safe; the run order is
/// <see cref="EntityRecognitionStage"/>'s.
/// </summary>
internal interface IDocumentRule
{
    /// <summary>Applies the rule to <paramref name="candidates"/>, in place.</summary>
    void Apply(in CandidateDocument document, List<NerCandidate> candidates);
}
