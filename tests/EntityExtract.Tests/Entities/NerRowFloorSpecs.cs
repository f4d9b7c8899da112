using EntityExtract.Entities;
using EntityExtract.Tools;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// <c>train-ner --row-floor</c> (issue 14): a weight row whose largest weight, in absolute value, is below the floor
/// is dropped whole; a row that reaches it keeps every weight, small ones too.
/// </summary>
public class NerRowFloorSpecs
{
    [Theory]
    [InlineData(new short[] { 15, -15, 3 }, 16, false)]
    [InlineData(new short[] { 16, 0, 0 }, 16, true)]
    [InlineData(new short[] { 1, -16, 2 }, 16, true)]
    [InlineData(new short[] { -32000, 1, 0 }, 16, true)]
    [InlineData(new short[] { 1, 0, 0 }, 0, true)]
    [InlineData(new short[] { 0, 0, 0 }, 0, false)]
    [InlineData(new short[] { 4, 4, 4 }, 5, false)]
    public void A_row_is_kept_whole_or_dropped_whole(short[] first, int floor, bool kept)
    {
        // Two rows: the row under test, then a row far above any floor that must come through untouched.
        var weights = new short[2 * NerLabels.Count];
        first.CopyTo(weights, 0);
        weights[NerLabels.Count + 2] = 500;
        weights[NerLabels.Count + 5] = -1;

        int rows = NerTraining.DropWeakRows(weights, floor, out int nonZero);

        var row = weights.AsSpan(0, NerLabels.Count);
        int firstNonZero = first.Count(static w => w != 0);
        Assert.Equal(kept ? first.Concat(new short[NerLabels.Count - first.Length]).ToArray() : new short[NerLabels.Count], row.ToArray());
        Assert.Equal(500, weights[NerLabels.Count + 2]);
        Assert.Equal(-1, weights[NerLabels.Count + 5]);
        Assert.Equal(kept && firstNonZero > 0 ? 2 : 1, rows);
        Assert.Equal((kept ? firstNonZero : 0) + 2, nonZero);
    }
}
