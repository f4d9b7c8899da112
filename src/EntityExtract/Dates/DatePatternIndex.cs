using System.Collections.Frozen;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Dates;

/// <summary>One alternative of a pattern, with the rank of its pattern in the table (lower wins a tie).</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Elements">The alternative's elements.</param>
/// <param name="Rank">The pattern's position in <see cref="DatePatterns.All"/>.</param>
internal readonly record struct DateAlternative(DatePattern Pattern, DateElement[] Elements, int Rank);

/// <summary>
/// The pattern table indexed by first element, and the token classifier that goes with it. Each token of a
/// document is classified once into a small bit set: bit <c>k</c> says that the token may match an element of
/// class <see cref="DateElementKind"/> <c>k</c>, and <see cref="LiteralStart"/> that some alternative starts
/// with the token as a literal word. The recognizer then tries, at each token, only the alternatives whose first
/// element the token can match; most tokens ("said", "the" before a noun, punctuation) have an empty set and cost
/// one hash look-up. Built once; immutable and thread-safe.
/// </summary>
internal sealed class DatePatternIndex
{
    /// <summary>The bit set when the token is the literal first word of some alternative ("the", "last", "fiscal").</summary>
    public const uint LiteralStart = 1u << 31;

    // Every class kind, for the slow path that asks each predicate in turn.
    private static readonly DateElementKind[] ClassKinds = BuildClassKinds();

    private readonly FrozenDictionary<string, DateAlternative[]>.AlternateLookup<ReadOnlySpan<char>> _byWord;
    private readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _wordClasses;
    private readonly DateAlternative[][] _byKind;

    /// <summary>Indexes <paramref name="patterns"/>.</summary>
    public DatePatternIndex(IReadOnlyList<DatePattern> patterns)
    {
        var byWord = new Dictionary<string, List<DateAlternative>>(StringComparer.OrdinalIgnoreCase);
        var byKind = new List<DateAlternative>[32];
        for (int rank = 0; rank < patterns.Count; rank++)
        {
            var pattern = patterns[rank];
            foreach (var elements in pattern.Alternatives)
            {
                var alternative = new DateAlternative(pattern, elements, rank);
                if (elements[0].Kind != DateElementKind.Literal)
                {
                    (byKind[(int)elements[0].Kind] ??= []).Add(alternative);
                    continue;
                }

                // "<weekday>? ,? <month> ..." expands to ", <month> ..." too: a comma is optional only after the
                // weekday, and a mention never starts with punctuation, so such alternatives are dropped. (Punctuation
                // is never classified, see Classify.)
                if (!char.IsLetterOrDigit(elements[0].Words![0][0]))
                {
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

        _byWord = byWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _byKind = new DateAlternative[32][];
        for (int k = 0; k < _byKind.Length; k++)
        {
            _byKind[k] = byKind[k]?.ToArray() ?? [];
        }

        // The classes of plain words (letters only), computed by the element predicates themselves over every
        // word any of them can accept, in lower, Capitalized and UPPER case, so that the table cannot drift from
        // the predicates; a word outside the table matches no class.
        var classes = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in LexiconWords())
        {
            uint mask = 0;
            foreach (var variant in (ReadOnlySpan<string>)[word, char.ToUpperInvariant(word[0]) + word[1..], word.ToUpperInvariant()])
            {
                mask |= PredicateClasses(variant, new TextToken(0, variant.Length, TokenKind.Word));
            }

            if (mask != 0)
            {
                classes[word] = classes.GetValueOrDefault(word) | mask;
            }
        }

        foreach (var word in byWord.Keys)
        {
            classes[word] = classes.GetValueOrDefault(word) | LiteralStart;
        }

        _wordClasses = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The alternatives whose first element is the literal <paramref name="word"/>.</summary>
    public ReadOnlySpan<DateAlternative> StartingWith(ReadOnlySpan<char> word) => _byWord.TryGetValue(word, out var found) ? found : default;

    /// <summary>The alternatives whose first element is of class <paramref name="kind"/> (month, year, weekday ...).</summary>
    public ReadOnlySpan<DateAlternative> StartingWithClass(DateElementKind kind) => _byKind[(int)kind];

    /// <summary>
    /// The class bits of <paramref name="token"/>: a superset of the element classes it matches (the matcher
    /// still checks each), plus <see cref="LiteralStart"/>. Allocation-free.
    /// </summary>
    public uint Classify(ReadOnlySpan<char> text, TextToken token)
    {
        var t = token.GetText(text);
        if (t.Length == 0 || !char.IsLetterOrDigit(t[0]) && t[0] is not '\'' and not '’')
        {
            // Punctuation, quotes, dashes, symbols: no class accepts them and no pattern starts with them.
            return 0;
        }

        uint literal = _wordClasses.TryGetValue(t, out uint known) ? known : 0;
        if (token.Kind == TokenKind.Word && IsPlainWord(t))
        {
            // The common case: one hash look-up.
            return literal;
        }

        // Numbers, hyphenated words ("mid-1990s", "third-quarter") and words with digits ("Q3", "1st"): few enough
        // to ask every predicate.
        return (literal & LiteralStart) | PredicateClasses(text, token);
    }

    /// <summary>Fills <paramref name="classes"/> with the class bits of each token.</summary>
    public void ClassifyAll(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, Span<uint> classes)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            classes[i] = Classify(text, tokens[i]);
        }
    }

    private static bool IsPlainWord(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
        {
            if (!char.IsLetter(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static uint PredicateClasses(ReadOnlySpan<char> text, TextToken token)
    {
        uint mask = 0;
        var scratch = default(DateCaptures);
        foreach (var kind in ClassKinds)
        {
            // The numeric order does not change whether a numeric date matches (both readings are tried).
            if (DatePattern.MatchElement(text, token, new DateElement(kind, null), DateOrder.MonthFirst, ref scratch))
            {
                mask |= 1u << (int)kind;
            }
        }

        return mask;
    }

    private static DateElementKind[] BuildClassKinds()
    {
        var kinds = new List<DateElementKind>();
        foreach (var kind in Enum.GetValues<DateElementKind>())
        {
            if (kind != DateElementKind.Literal)
            {
                kinds.Add(kind);
            }
        }

        return [.. kinds];
    }

    /// <summary>
    /// Every letters-only word that some element predicate accepts (a superset is harmless): the lexicon words,
    /// month names and their three- and four-letter abbreviations, weekday names, each with and without a dot.
    /// </summary>
    private static IEnumerable<string> LexiconWords()
    {
        // The lexicon words, each also with a plural -s (Resources/Lexicons/date-pattern-index-words.txt).
        var words = WordList.Lines("date-pattern-index-words");
        foreach (var w in words)
        {
            yield return w;
            yield return w + "s";
        }

        foreach (var name in DateWords.MonthNames.Concat(DateWords.WeekdayNames))
        {
            yield return name;
            yield return name + ".";
            for (int n = 3; n <= 4 && n < name.Length; n++)
            {
                yield return name[..n];
                yield return name[..n] + ".";
            }
        }
    }
}
