namespace EntityExtract.Tests.Robustness;

/// <summary>What must hold for the result of any input (style.md §9, issue "Robustness and scale").</summary>
internal static class Invariants
{
    public static void AssertHold(string text, ExtractionResult result)
    {
        int previous = -1;
        foreach (var m in result.Mentions)
        {
            Assert.InRange(m.Start, 0, text.Length);
            Assert.InRange(m.End, m.Start + 1, text.Length);
            Assert.Equal(text.Substring(m.Start, m.End - m.Start), m.Text);
            Assert.True(m.Start >= previous, "mentions out of document order");
            previous = m.Start;
            if (m.Type == MentionType.Date)
            {
                Assert.Null(m.Canonical);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(m.Canonical ?? m.Text));
            }
        }

        previous = -1;
        foreach (var q in result.Quotes)
        {
            Assert.InRange(q.Start, 0, text.Length);
            Assert.InRange(q.End, q.Start + 1, text.Length);
            Assert.Equal(text.Substring(q.Start, q.End - q.Start), q.Text);
            Assert.True(q.Start >= previous, "quotes out of document order");
            previous = q.Start;
            if (q.SpeakerStart is int s)
            {
                Assert.NotNull(q.SpeakerEnd);
                Assert.InRange(s, 0, text.Length);
                Assert.InRange(q.SpeakerEnd!.Value, s, text.Length);
            }

            // A speaker span without a name is allowed ("The report cited ..."), but the two ends come together.
            Assert.Equal(q.SpeakerStart is null, q.SpeakerEnd is null);
        }

        foreach (var entity in result.People.Concat(result.Places).Concat(result.Organizations))
        {
            Assert.NotEmpty(entity.Mentions);
            Assert.All(entity.Mentions, m => Assert.Equal(entity.Name, m.Canonical ?? m.Text));
        }

        // The JSON edge accepts every result.
        _ = EntityExtract.Serialization.ExtractionJson.Serialize(result);
    }
}
