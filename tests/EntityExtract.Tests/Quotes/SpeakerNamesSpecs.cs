using EntityExtract.Quotes;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The surname table of <see cref="SpeakerNames"/>: a single word maps to the latest fuller name that ends
/// (or starts) with it. The lookup is a dictionary probe now (it was a scan over all earlier names, which made
/// the stage quadratic); these cases pin down that the answer did not change.
/// </summary>
public class SpeakerNamesSpecs
{
    [Theory]
    [InlineData("Grant", "Anna Grant")]
    [InlineData("Peter", "Peter Smith")]
    [InlineData("Washington", "Washington")]
    public void A_single_word_maps_to_the_latest_fuller_name(string word, string expected)
    {
        const string text = "Peter Grant met Anna Grant and then Peter Smith. Later Grant spoke, Peter left and Washington waited.";
        var list = new List<TextToken>();
        Tokenizer.Tokenize(text, list);
        var tokens = list.ToArray();
        var names = new SpeakerNames(text, tokens, CancellationToken.None);

        // The last occurrence of the word stands alone in the text above.
        int index = Array.FindLastIndex(tokens, t => t.GetText(text).SequenceEqual(word));
        int name = names.NameAt(index);
        Assert.True(name >= 0, $"no name at {word}");
        Assert.Equal(expected, names.Names[name].Canonical);
    }
}
