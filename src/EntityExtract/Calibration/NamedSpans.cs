namespace EntityExtract.Calibration;

/// <summary>
/// The spans of a document's person and organization mentions, sorted by start, so that whether a reported quote's
/// source holds a name (<see cref="ConfidenceSignals.ForIndirectQuote"/>) is a binary search instead of a pass over
/// every mention for every quote (quadratic in a long document: issue 12, "long or odd input stays linear").
/// </summary>
internal sealed class NamedSpans
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private NamedSpans(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The person and organization mentions of <paramref name="mentions"/>.</summary>
    public static NamedSpans Of(IReadOnlyList<Mention> mentions)
    {
        int count = 0;
        foreach (var m in mentions)
        {
            count += m.Type is MentionType.Person or MentionType.Organization ? 1 : 0;
        }

        var starts = new int[count];
        var ends = new int[count];
        int i = 0;
        foreach (var m in mentions)
        {
            if (m.Type is MentionType.Person or MentionType.Organization)
            {
                starts[i] = m.Start;
                ends[i] = m.End;
                i++;
            }
        }

        Array.Sort(starts, ends);
        return new NamedSpans(starts, ends);
    }

    /// <summary>Whether some mention lies inside [<paramref name="start"/>, <paramref name="end"/>].</summary>
    public bool AnyWithin(int start, int end)
    {
        // The first mention starting at or after start; every mention inside starts no later than end.
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_starts[mid] < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < _starts.Length && _starts[i] <= end; i++)
        {
            if (_ends[i] <= end)
            {
                return true;
            }
        }

        return false;
    }
}
