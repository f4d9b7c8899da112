namespace EntityExtract.Entities.Rules;

/// <summary>Token ranges that a line rule claims, each with the candidates that replace whatever the tagger found there.</summary>
internal static class CandidateRanges
{
    /// <summary>
    /// Replaces the candidates that overlap each range with the range's own, in one pass: the ranges are
    /// disjoint and, like the candidates, in document order.
    /// </summary>
    public static void Replace(List<NerCandidate> candidates, List<(int First, int Last, NerCandidate[] Items)>? ranges)
    {
        if (ranges is null)
        {
            return;
        }

        var result = new List<NerCandidate>(candidates.Count + ranges.Count);
        int r = 0;
        foreach (var c in candidates)
        {
            while (r < ranges.Count && ranges[r].Last < c.First)
            {
                result.AddRange(ranges[r++].Items);
            }

            if (r >= ranges.Count || c.Last < ranges[r].First)
            {
                result.Add(c);
            }
        }

        while (r < ranges.Count)
        {
            result.AddRange(ranges[r++].Items);
        }

        candidates.Clear();
        candidates.AddRange(result);
    }
}
