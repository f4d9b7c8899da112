using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tests.PartsOfSpeech;

/// <summary>Lemmas by form and tag (Universal and Penn): regular suffixes, irregular forms from the exceptions table (under VBD and VBN alike), clitics, case, words stretched for emphasis and numbers (EWT drops thousands separators and writes a decimal comma as a point).</summary>
public class LemmaSpecs
{
    // Capitals that have no lower case ("ℂ", "ϒ": char.IsUpper, and ToLowerInvariant keeps them) made the rules for a
    // word in capitals read the same word again, forever (a stack overflow that fuzzing found): every tag must answer.
    [Theory]
    [InlineData("ℂℍℕ")]
    [InlineData("ϒϓ")]
    [InlineData("ℂOVID")]
    public void Capitals_without_lower_case_give_a_lemma_under_every_tag(string form)
    {
        var model = PartOfSpeechTagger.Default.Model;
        for (int label = 0; label < model.Tags.Length; label++)
        {
            Assert.False(string.IsNullOrEmpty(model.Lemmatizer.Lemmatize(form, label)));
        }
    }

    [Theory]
    [InlineData("went", "VERB", "VBD", "go")]
    [InlineData("children", "NOUN", "NNS", "child")]
    [InlineData("studies", "NOUN", "NNS", "study")]
    [InlineData("studied", "VERB", "VBD", "study")]
    [InlineData("running", "VERB", "VBG", "run")]
    [InlineData("made", "VERB", "VBN", "make")]
    [InlineData("is", "AUX", "VBZ", "be")]
    [InlineData("n't", "PART", "RB", "not")]
    [InlineData("better", "ADJ", "JJR", "good")]
    [InlineData("happiest", "ADJ", "JJS", "happy")]
    [InlineData("The", "DET", "DT", "the")]
    [InlineData("London", "PROPN", "NNP", "London")]
    [InlineData("zorbles", "NOUN", "NNS", "zorble")]
    [InlineData("blicked", "VERB", "VBD", "blick")]
    [InlineData("2025", "NUM", "CD", "2025")]
    [InlineData("1,100", "NUM", "CD", "1100")]
    [InlineData("12,345,678", "NUM", "CD", "12345678")]
    [InlineData("7,5", "NUM", "CD", "7.5")]
    [InlineData("1,10,0", "NUM", "CD", "1,10,0")]
    [InlineData("timed", "VERB", "VBN", "time")]
    [InlineData("modelling", "VERB", "VBG", "model")]
    [InlineData("Pimenov", "PROPN", "NNP", "Pimenov")]
    [InlineData("mired", "VERB", "VBN", "mire")]
    [InlineData("Nov", "PROPN", "NNP", "November")]
    [InlineData("hrs", "NOUN", "NNS", "hrs")]
    [InlineData("Putting", "VERB", "VBG", "put")]
    [InlineData("12's", "NOUN", "NNS", "12")]
    [InlineData("HAS", "AUX", "VBZ", "have")]
    [InlineData("TEHRAN", "PROPN", "NNP", "Tehran")]
    [InlineData("howled", "VERB", "VBD", "howl")]
    [InlineData("tickled", "VERB", "VBD", "tickle")]
    [InlineData("recycled", "VERB", "VBN", "recycle")]
    [InlineData("controlled", "VERB", "VBD", "control")]
    [InlineData("stopped", "VERB", "VBD", "stop")]
    [InlineData("sooooo", "ADV", "RB", "so")]
    [InlineData("Soooo", "ADV", "RB", "so")]
    [InlineData("prettty", "ADV", "RB", "pretty")]
    [InlineData("commment", "NOUN", "NN", "comment")]
    [InlineData("XIII", "NUM", "CD", "XIII")]
    [InlineData("Yum", "INTJ", "UH", "yum")]
    [InlineData("fought", "VERB", "VBD", "fight")]
    [InlineData("won", "VERB", "VBN", "win")]
    public void Lemma_of_form_and_tag(string form, string universal, string penn, string lemma)
    {
        var model = PartOfSpeechTagger.Default.Model;
        int label = Enumerable.Range(0, model.Tags.Length).FirstOrDefault(l => model.Tags[l] == penn && TaggedToken.Codes[(int)model.UniversalByTag[l]] == universal, -1);
        Assert.True(label >= 0, $"{universal}/{penn} is not a label of the model");
        Assert.Equal(lemma, model.Lemmatizer.Lemmatize(form, label));
    }

    [Theory]
    [InlineData("fled")]
    [InlineData("won")]
    [InlineData("feces")]
    public void A_suffix_edit_leaves_a_plausible_stem(string form)
    {
        var model = PartOfSpeechTagger.Default.Model;
        for (int label = 0; label < model.Tags.Length; label++)
        {
            string lemma = model.Lemmatizer.Lemmatize(form, label);
            Assert.True(lemma.Length >= 2 && lemma.Any(static c => "aeiouy".Contains(c, StringComparison.Ordinal)), $"{form}/{model.Tags[label]} -> {lemma}");
        }
    }

    [Theory]
    [InlineData("It's been a long day.", "it have be a long day .")]
    [InlineData("She's always had a dog.", "she have always have a dog .")]
    [InlineData("It's a long day.", "it be a long day .")]
    [InlineData("He's not been told.", "he have not be tell .")]
    public void Clitic_s_before_been_or_got_is_have(string text, string lemmas)
    {
        var words = PartOfSpeechTagger.Default.Tag(text);
        Assert.Equal(lemmas, string.Join(' ', words.Select(static w => w.Lemma)));
    }

    [Fact]
    public void Tagged_text_carries_lemmas()
    {
        var words = PartOfSpeechTagger.Default.Tag("The children were running to the shops.");
        Assert.Equal("the child be run to the shop .", string.Join(' ', words.Select(static w => w.Lemma)));
    }
}
