using EntityExtract.Quotes;

namespace EntityExtract.Calibration;

/// <summary>
/// What the reported-speech finder leaves for confidence calibration in the <see cref="Pipeline.ExtractionContext"/>:
/// each statement's content span, the cue classifier's score for its cue, and whether its frame reads the
/// source after the cue. A <see cref="Quote"/> keeps none of these, so <see cref="QuoteConfidenceStage"/> finds
/// them here by the quote's span.
/// </summary>
internal sealed class ReportedEvidence
{
    private readonly List<ReportedStatement> _statements;

    public ReportedEvidence(List<ReportedStatement> statements) => _statements = statements;

    /// <summary>The statement whose content is exactly [<paramref name="start"/>, <paramref name="end"/>), if any.</summary>
    public ReportedStatement? Find(int start, int end)
    {
        foreach (var s in _statements)
        {
            if (s.ContentStart == start && s.ContentEnd == end)
            {
                return s;
            }
        }

        return null;
    }
}
