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

    [Fact]
    public void An_unknown_lexicon_is_a_clear_error() =>
        Assert.Throws<InvalidDataException>(() => WordList.Lines("no-such-list"));
}
