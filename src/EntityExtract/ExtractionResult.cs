namespace EntityExtract;

/// <summary>
/// Everything extracted from one text. Immutable and thread-safe. Every list is in document order;
/// every offset is a UTF-16 offset into the input string.
/// </summary>
public sealed class ExtractionResult
{
    /// <summary>An empty result, as returned for an empty text.</summary>
    public static ExtractionResult Empty { get; } = new([], [], null);

    /// <summary>Creates a result from mentions and quotes; the entity groups are derived from the mentions.</summary>
    /// <param name="mentions">Every mention, in document order.</param>
    /// <param name="quotes">Every quote, in document order.</param>
    /// <param name="referenceDate">The reference date that relative dates were resolved against, if any.</param>
    public ExtractionResult(IReadOnlyList<Mention> mentions, IReadOnlyList<Quote> quotes, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(quotes);
        Mentions = mentions;
        Quotes = quotes;
        ReferenceDate = referenceDate;
        People = Group(mentions, MentionType.Person);
        Places = Group(mentions, MentionType.Place);
        Organizations = Group(mentions, MentionType.Organization);
        Dates = mentions.Where(m => m.Type == MentionType.Date).ToArray();
    }

    /// <summary>Every mention (people, places, organizations and dates) in document order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The people, one per canonical name, in order of first mention.</summary>
    public IReadOnlyList<Entity> People { get; }

    /// <summary>The places, one per canonical name, in order of first mention.</summary>
    public IReadOnlyList<Entity> Places { get; }

    /// <summary>The organizations, one per canonical name, in order of first mention.</summary>
    public IReadOnlyList<Entity> Organizations { get; }

    /// <summary>The date mentions, with their ISO 8601 values, in document order.</summary>
    public IReadOnlyList<Mention> Dates { get; }

    /// <summary>The quotes, in document order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>
    /// Every word with its part of speech and lemma, in text order, when
    /// <see cref="ExtractionOptions.IncludePartsOfSpeech"/> is set; otherwise empty.
    /// </summary>
    public IReadOnlyList<PartsOfSpeech.TaggedToken> Tokens { get; private init; } = [];

    /// <summary>The publication date that relative dates were resolved against: the option, or the article's dateline; <see langword="null"/> when neither was there.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>A copy of this result that carries <paramref name="tokens"/>.</summary>
    internal ExtractionResult WithTokens(IReadOnlyList<PartsOfSpeech.TaggedToken> tokens)
        => new(Mentions, Quotes, ReferenceDate) { Tokens = tokens };

    private static Entity[] Group(IReadOnlyList<Mention> mentions, MentionType type)
    {
        var order = new List<string>();
        var groups = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Type != type)
            {
                continue;
            }

            string name = mention.Canonical ?? mention.Text;
            if (!groups.TryGetValue(name, out var list))
            {
                list = [];
                groups.Add(name, list);
                order.Add(name);
            }

            list.Add(mention);
        }

        var result = new Entity[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            result[i] = new Entity(type, order[i], groups[order[i]].ToArray());
        }

        return result;
    }
}
