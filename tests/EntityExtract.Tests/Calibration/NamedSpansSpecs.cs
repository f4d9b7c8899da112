using EntityExtract.Calibration;
using Xunit;

namespace EntityExtract.Tests.Calibration;

/// <summary>
/// <see cref="NamedSpans"/> answers what the pass over every mention it replaces answered: whether a person or
/// organization mention lies inside a reported quote's source.
/// </summary>
public sealed class NamedSpansSpecs
{
    [Theory]
    [InlineData(0, 3, true)] // "Kim" at the source's start
    [InlineData(1, 3, false)] // starts inside "Kim": no mention lies inside
    [InlineData(0, 2, false)] // ends inside "Kim"
    [InlineData(4, 20, false)] // holds only "Seoul", a place
    [InlineData(4, 40, true)] // holds "Acme Corp", after the place
    [InlineData(31, 45, false)] // both organization and person start before the source
    [InlineData(29, 39, true)] // "Acme Corp" (30-39) inside; "Acme Corp Jr" (29-41) ends after it
    [InlineData(45, 60, false)] // past every mention
    public void A_source_holds_a_name_when_a_person_or_organization_lies_inside_it(int start, int end, bool expected)
    {
        Mention[] mentions =
        [
            new(MentionType.Person, 0, 3, "Kim"),
            new(MentionType.Place, 10, 15, "Seoul"),
            new(MentionType.Organization, 30, 39, "Acme Corp"),
            new(MentionType.Person, 29, 41, "Acme Corp Jr"),
        ];

        Assert.Equal(expected, NamedSpans.Of(mentions).AnyWithin(start, end));
        Assert.Equal(expected, Scan(mentions, start, end));
    }

    [Fact]
    public void Random_documents_give_the_scans_answers()
    {
        var random = new Random(31);
        for (int document = 0; document < 200; document++)
        {
            var mentions = new Mention[random.Next(0, 80)];
            for (int i = 0; i < mentions.Length; i++)
            {
                int start = random.Next(0, 500);
                var type = (MentionType)random.Next(0, 3);
                mentions[i] = new Mention(type, start, start + random.Next(1, 30), "x");
            }

            var names = NamedSpans.Of(mentions);
            for (int probe = 0; probe < 50; probe++)
            {
                int start = random.Next(0, 520);
                int end = start + random.Next(0, 60);
                Assert.Equal(Scan(mentions, start, end), names.AnyWithin(start, end));
            }
        }
    }

    // The pass over every mention that ConfidenceSignals.ForIndirectQuote made before NamedSpans (stop 31).
    private static bool Scan(Mention[] mentions, int start, int end)
    {
        bool named = false;
        foreach (var m in mentions)
        {
            named |= m.Type is MentionType.Person or MentionType.Organization && m.Start >= start && m.End <= end;
        }

        return named;
    }
}
