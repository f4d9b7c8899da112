namespace EntityExtract.Entities.Resolution;

/// <summary>
/// One type per name (one sense per discourse, Gale, Church &amp; Yarowsky 1992): the same name tagged with
/// different types in one document takes the type most of its mentions have; ties keep each mention's own.
/// </summary>
internal sealed class TypeUnificationRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            string key = NameText.Normalize(m.Text);
            if (!votes.TryGetValue(key, out var counts))
            {
                counts = new int[3];
                votes[key] = counts;
            }

            counts[(int)m.Type]++;
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            var counts = votes[NameText.Normalize(m.Text)];
            int best = (int)m.Type;
            for (int type = 0; type < 3; type++)
            {
                if (counts[type] > counts[best])
                {
                    best = type;
                }
            }

            result.Add(best == (int)m.Type ? m : new Mention((MentionType)best, m.Start, m.End, m.Text, m.Canonical, m.Value));
        }

        return result;
    }
}
