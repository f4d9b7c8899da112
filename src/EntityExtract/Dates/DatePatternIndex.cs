namespace EntityExtract.Dates;

/// <summary>One alternative of a pattern, with the rank of its pattern in the table (lower wins a tie).</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Elements">The alternative's elements.</param>
/// <param name="Rank">The pattern's position in <see cref="DatePatterns.All"/>.</param>
internal readonly record struct DateAlternative(DatePattern Pattern, DateElement[] Elements, int Rank);

/// <summary>
/// The pattern table indexed by first element, so that each token tries only the alternatives that can start
/// with it: those whose first element is a literal equal to the token, and those that start with a class.
/// Immutable and thread-safe once built.
/// </summary>
internal sealed class DatePatternIndex
{
    private readonly Dictionary<string, DateAlternative[]>.AlternateLookup<ReadOnlySpan<char>> _byWord;
    private readonly DateAlternative[] _byClass;

    /// <summary>Indexes <paramref name="patterns"/>.</summary>
    public DatePatternIndex(IReadOnlyList<DatePattern> patterns)
    {
        var byWord = new Dictionary<string, List<DateAlternative>>(StringComparer.OrdinalIgnoreCase);
        var byClass = new List<DateAlternative>();
        for (int rank = 0; rank < patterns.Count; rank++)
        {
            var pattern = patterns[rank];
            foreach (var elements in pattern.Alternatives)
            {
                var alternative = new DateAlternative(pattern, elements, rank);
                if (elements[0].Kind != DateElementKind.Literal)
                {
                    byClass.Add(alternative);
                    continue;
                }

                foreach (var word in elements[0].Words!)
                {
                    if (!byWord.TryGetValue(word, out var list))
                    {
                        byWord[word] = list = [];
                    }

                    list.Add(alternative);
                }
            }
        }

        var frozen = byWord.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byWord = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        _byClass = byClass.ToArray();
    }

    /// <summary>The alternatives whose first element is the literal <paramref name="word"/>.</summary>
    public ReadOnlySpan<DateAlternative> StartingWith(ReadOnlySpan<char> word) => _byWord.TryGetValue(word, out var found) ? found : default;

    /// <summary>The alternatives whose first element is a class (month, year, weekday ...).</summary>
    public ReadOnlySpan<DateAlternative> StartingWithClass => _byClass;
}
