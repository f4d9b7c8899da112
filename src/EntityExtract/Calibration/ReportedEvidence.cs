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
    // Up to this many statements a scan is cheaper than a table; beyond it (a long document) the quote stage's one
    // look-up per quote would make the scans quadratic.
    private const int ScanLimit = 16;

    private readonly List<ReportedStatement> _statements;

    // The first statement of each content span, made on the first look-up in a document with many statements. A
    // document's context is read by one thread at a time, and the list is complete before the first look-up.
    private Dictionary<(int Start, int End), ReportedStatement>? _byContent;

    public ReportedEvidence(List<ReportedStatement> statements) => _statements = statements;

    /// <summary>The statement whose content is exactly [<paramref name="start"/>, <paramref name="end"/>), if any
    /// (the first in the finder's order when several are).</summary>
    public ReportedStatement? Find(int start, int end)
    {
        if (_statements.Count > ScanLimit)
        {
            if (_byContent is null)
            {
                _byContent = new Dictionary<(int Start, int End), ReportedStatement>(_statements.Count);
                foreach (var statement in _statements)
                {
                    _byContent.TryAdd((statement.ContentStart, statement.ContentEnd), statement);
                }
            }

            return _byContent.TryGetValue((start, end), out var found) ? found : null;
        }

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
