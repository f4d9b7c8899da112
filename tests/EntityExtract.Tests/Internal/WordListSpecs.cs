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
