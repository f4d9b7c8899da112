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
        Dates = OfType(mentions, MentionType.Date);
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

    // Two passes over the mentions with one table the thread reuses, instead of a list per entity copied into its
    // array and a dictionary per type and result (issue 14): the first pass numbers the names in order of first
    // mention and counts their mentions, the second fills arrays of exactly that size.
    private static Entity[] Group(IReadOnlyList<Mention> mentions, MentionType type)
    {
        var tables = Internal.PerThread<GroupTables>.Take();
        var index = tables.Index;
        var names = tables.Names;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Type != type)
            {
                continue;
            }

            string name = mention.Canonical ?? mention.Text;
            if (!index.TryGetValue(name, out int k))
            {
                k = names.Count;
                index.Add(name, k);
                names.Add((name, 0));
            }

            names[k] = (name, names[k].Count + 1);
        }

        var members = new Mention[names.Count][];
        for (int k = 0; k < members.Length; k++)
        {
            members[k] = new Mention[names[k].Count];
            names[k] = (names[k].Name, 0);
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Type == type)
            {
                int k = index[mention.Canonical ?? mention.Text];
                members[k][names[k].Count] = mention;
                names[k] = (names[k].Name, names[k].Count + 1);
            }
        }

        var result = new Entity[members.Length];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = new Entity(type, names[k].Name, members[k]);
        }

        int entries = index.Count;
        index.Clear();
        names.Clear();
        Internal.PerThread<GroupTables>.Return(tables, entries);
        return result;
    }

    private static Mention[] OfType(IReadOnlyList<Mention> mentions, MentionType type)
    {
        int count = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            count += mentions[i].Type == type ? 1 : 0;
        }

        var result = new Mention[count];
        for (int i = 0, k = 0; k < count; i++)
        {
            if (mentions[i].Type == type)
            {
                result[k++] = mentions[i];
            }
        }

        return result;
    }

    /// <summary>The tables of <see cref="Group"/>: each name's number, and the names with their counts.</summary>
    private sealed class GroupTables
    {
        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

        public List<(string Name, int Count)> Names { get; } = [];
    }
}
