using EntityExtract.Quotes;

namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The quote stage reads the mentions it keeps in order of start, as a stable sort gives them
/// (<see cref="QuoteDocument.MentionsByStart"/>): mentions with the same start keep the context's order, whether the
/// context's list is already by start (read without sorting) or not.
/// </summary>
public class MentionOrderSpecs
{
    public static TheoryData<int[]> Starts() => new()
    {
        new[] { 0, 5, 5, 9, 20 },
        new[] { 9, 5, 0, 5, 20 },
        new[] { 7, 7, 7 },
        new[] { 3 },
        Array.Empty<int>(),
    };

    [Theory]
    [MemberData(nameof(Starts))]
    public void Kept_mentions_come_in_the_order_of_a_stable_sort_by_start(int[] starts)
    {
        // Every third mention a date, which the filter leaves out; each with its own text to tell equal starts apart.
        var mentions = starts.Select((s, i) => new Mention(i % 3 == 2 ? MentionType.Date : MentionType.Person, s, s + 3, "m" + i)).ToList();

        var kept = QuoteDocument.MentionsByStart(mentions, static m => m.Type != MentionType.Date);

        var expected = mentions.Where(static m => m.Type != MentionType.Date).OrderBy(static m => m.Start).ToArray();
        Assert.Equal(expected, kept);
    }
}
