namespace EntityExtract.ML;

/// <summary>
/// The columns the entity transform adds. Names are canonical (one per entity, in order of first
/// mention); dates are ISO 8601 values. Counts are floats so that trainers can use them directly.
/// </summary>
public sealed class EntityFeatures
{
    /// <summary>The people's canonical names.</summary>
    public string[] People { get; set; } = [];

    /// <summary>The places' canonical names.</summary>
    public string[] Places { get; set; } = [];

    /// <summary>The organizations' canonical names.</summary>
    public string[] Organizations { get; set; } = [];

    /// <summary>The ISO 8601 values of the resolved dates, in document order.</summary>
    public string[] Dates { get; set; } = [];

    /// <summary>The canonical names of quoted speakers, one per attributed quote, in document order.</summary>
    public string[] QuoteSpeakers { get; set; } = [];

    /// <summary>How many person mentions the text holds.</summary>
    public float PersonMentionCount { get; set; }

    /// <summary>How many place mentions the text holds.</summary>
    public float PlaceMentionCount { get; set; }

    /// <summary>How many organization mentions the text holds.</summary>
    public float OrganizationMentionCount { get; set; }

    /// <summary>How many date mentions the text holds.</summary>
    public float DateMentionCount { get; set; }

    /// <summary>How many quotes the text holds.</summary>
    public float QuoteCount { get; set; }

    internal void Fill(ExtractionResult result)
    {
        People = Names(result.People);
        Places = Names(result.Places);
        Organizations = Names(result.Organizations);
        Dates = result.Dates.Where(d => d.Value is not null).Select(d => d.Value!).ToArray();
        QuoteSpeakers = result.Quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!).ToArray();
        PersonMentionCount = result.People.Sum(e => e.Mentions.Count);
        PlaceMentionCount = result.Places.Sum(e => e.Mentions.Count);
        OrganizationMentionCount = result.Organizations.Sum(e => e.Mentions.Count);
        DateMentionCount = result.Dates.Count;
        QuoteCount = result.Quotes.Count;
    }

    private static string[] Names(IReadOnlyList<Entity> entities)
    {
        var names = new string[entities.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = entities[i].Name;
        }

        return names;
    }
}
