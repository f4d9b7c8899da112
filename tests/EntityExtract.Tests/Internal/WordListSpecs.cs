using System.Collections.Frozen;
using EntityExtract.Internal;

namespace EntityExtract.Tests.Internal;

/// <summary>The shape every embedded lexicon must have (docs/architecture.md, "Where a new word goes").</summary>
public sealed class WordListSpecs
{
    public static TheoryData<string> Lexicons()
    {
        var data = new TheoryData<string>();
        foreach (var name in WordList.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_library_embeds_its_word_lists() => Assert.NotEmpty(WordList.Names());

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void Every_lexicon_opens_with_a_header_and_holds_each_entry_once(string name)
    {
        using var stream = WordList.Assembly.GetManifestResourceStream("EntityExtract.Lexicons." + name + ".txt");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var first = reader.ReadLine();
        Assert.True(first is not null && first.StartsWith('#'), $"{name}: the first line must be a comment saying what the list is for");

        var entries = WordList.Lines(name);
        Assert.NotEmpty(entries);
        var duplicates = entries.GroupBy(e => e, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"{name}: entries repeated: {string.Join(", ", duplicates)}");
    }

    /// <summary>
    /// "lemma*" in the reporting-verb lexicon doubles the final consonant (admit -> admitted), which English does only
    /// after a single vowel and before a final consonant other than w, x, y; "swipe*" once wrote "swipeeed", and
    /// "swiped" went unread.
    /// </summary>
    [Fact]
    public void A_doubling_reporting_verb_ends_in_a_vowel_and_a_consonant()
    {
        var wrong = WordList.Lines("quote-reporting-verbs")
            .Where(e => e.EndsWith('*'))
            .Select(e => e[..^1])
            .Where(w => w.Length < 2 || !IsVowel(w[^2]) || IsVowel(w[^1]) || w[^1] is 'w' or 'x' or 'y')
            .ToList();
        Assert.True(wrong.Count == 0, $"entries that cannot double: {string.Join(", ", wrong)}");

        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    }

    [Fact]
    public void A_set_matches_spans_and_strings_alike()
    {
        var set = WordList.Load("quote-term-signals", ignoreCase: true);
        Assert.True(set.Contains("so-called".AsSpan()));
        Assert.True(set.Contains("Dubbed"));
        Assert.False(set.Contains("said".AsSpan()));
    }

    /// <summary>
    /// A set answers from its own table (issue 14) exactly as the frozen set of its entries does: every entry, its
    /// upper, lower and title case, one letter more or less, a non-ASCII letter in it, with and without ignoring case.
    /// </summary>
    [Theory]
    [MemberData(nameof(Lexicons))]
    public void A_set_answers_as_the_frozen_set_of_its_entries(string name)
    {
        foreach (var comparer in new[] { StringComparer.Ordinal, StringComparer.OrdinalIgnoreCase })
        {
            var frozen = WordList.Lines(name).ToFrozenSet(comparer);
            var set = new WordSet(name, frozen);
            foreach (var probe in frozen.SelectMany(Variants).Concat(["", "a", "the", "said", "IS", "\u0131s", "Mr"]))
            {
                Assert.True(frozen.Contains(probe) == set.Contains(probe.AsSpan()), $"{name}, '{probe}', {(comparer == StringComparer.Ordinal ? "ordinal" : "ignoring case")}");
                Assert.Equal(frozen.Contains(probe), set.Contains(probe));
            }
        }
    }

    /// <summary>Entries with letters that fold to ASCII ones (dotless i, long s, Kelvin sign) are matched as the frozen set matches them.</summary>
    [Theory]
    [InlineData("\u0131d", "ID")]
    [InlineData("\u0131d", "id")]
    [InlineData("id", "\u0131D")]
    [InlineData("pa\u017f", "PAS")]
    [InlineData("\u212Ag", "kg")]
    [InlineData("kg", "\u212Ag")]
    [InlineData("caf\u00e9", "CAF\u00c9")]
    public void A_non_ascii_letter_is_matched_as_the_frozen_set_matches_it(string entry, string probe)
    {
        foreach (var comparer in new[] { StringComparer.Ordinal, StringComparer.OrdinalIgnoreCase })
        {
            var frozen = new[] { entry, "other" }.ToFrozenSet(comparer);
            var set = new WordSet("test", frozen);
            Assert.Equal(frozen.Contains(probe), set.Contains(probe.AsSpan()));
            Assert.Equal(frozen.Contains(entry), set.Contains(entry.AsSpan()));
        }
    }

    private static IEnumerable<string> Variants(string entry) =>
    [
        entry,
        entry.ToUpperInvariant(),
        entry.ToLowerInvariant(),
        char.ToUpperInvariant(entry[0]) + entry[1..],
        entry + "s",
        entry[..^1],
        entry.Replace('i', '\u0131'),
        entry.Replace('s', '\u017f'),
    ];

    [Fact]
    public void An_unknown_lexicon_is_a_clear_error() =>
        Assert.Throws<InvalidDataException>(() => WordList.Lines("no-such-list"));
}
