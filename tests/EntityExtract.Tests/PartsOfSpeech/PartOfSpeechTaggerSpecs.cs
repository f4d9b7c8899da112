using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tests.PartsOfSpeech;

/// <summary>
/// Tagged sentences: each row is a sentence and its correct tagging as <c>word/UPOS/Penn</c>, following the
/// UD English and Penn Treebank guidelines (EWT's conventions: "n't" is PART/RB, the hyphen HYPH).
/// </summary>
public class PartOfSpeechTaggerSpecs
{
    public static TheoryData<string, string> Sentences => new()
    {
        { "She didn't sign the deal.", "She/PRON/PRP did/AUX/VBD n't/PART/RB sign/VERB/VB the/DET/DT deal/NOUN/NN ./PUNCT/." },
        { "The minister said that prices would rise.", "The/DET/DT minister/NOUN/NN said/VERB/VBD that/SCONJ/IN prices/NOUN/NNS would/AUX/MD rise/VERB/VB ./PUNCT/." },
        { "Kim's long-term plan is working.", "Kim/PROPN/NNP 's/PART/POS long/ADJ/JJ -/PUNCT/HYPH term/NOUN/NN plan/NOUN/NN is/AUX/VBZ working/VERB/VBG ./PUNCT/." },
        { "We have two children.", "We/PRON/PRP have/VERB/VBP two/NUM/CD children/NOUN/NNS ./PUNCT/." },
        { "Prices rose by 3% in London.", "Prices/NOUN/NNS rose/VERB/VBD by/ADP/IN 3/NUM/CD %/SYM/NN in/ADP/IN London/PROPN/NNP ./PUNCT/." },
        { "However, the best players were tired.", "However/ADV/RB ,/PUNCT/, the/DET/DT best/ADJ/JJS players/NOUN/NNS were/AUX/VBD tired/ADJ/JJ ./PUNCT/." },
        { "I cannot go, she said.", "I/PRON/PRP can/AUX/MD not/PART/RB go/VERB/VB ,/PUNCT/, she/PRON/PRP said/VERB/VBD ./PUNCT/." },
        { "He has been working there since 2019.", "He/PRON/PRP has/AUX/VBZ been/AUX/VBN working/VERB/VBG there/ADV/RB since/ADP/IN 2019/NUM/CD ./PUNCT/." },
        { "The company has paid $1.5 billion.", "The/DET/DT company/NOUN/NN has/AUX/VBZ paid/VERB/VBN $/SYM/$ 1.5/NUM/CD billion/NUM/CD ./PUNCT/." },

        // "revised" is VBN in all 9 of its EWT train occurrences: the regular past tense is allowed as VBN's sibling.
        { "I revised the language.", "I/PRON/PRP revised/VERB/VBD the/DET/DT language/NOUN/NN ./PUNCT/." },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Tags_follow_the_treebank_guidelines(string text, string expected)
    {
        var words = PartOfSpeechTagger.Default.Tag(text);
        Assert.Equal(expected, string.Join(' ', words.Select(static w => $"{w.Text}/{w.UniversalCode}/{w.PennTag}")));
    }

    [Fact]
    public void Words_carry_offsets_sentences_and_token_indexes()
    {
        const string text = "It's well-known.\nYes.";
        var words = PartOfSpeechTagger.Default.Tag(text);
        Assert.Equal(["It", "'s", "well", "-", "known", ".", "Yes", "."], words.Select(static w => w.Text));
        Assert.All(words, w => Assert.Equal(w.Text, text[w.Start..w.End]));
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1], words.Select(static w => w.Sentence));
        Assert.Equal([0, 1, 2, 2, 2, 3, 4, 5], words.Select(static w => w.Token));
    }

    [Fact]
    public void The_front_door_fills_tokens_only_when_asked()
    {
        const string text = "Angela Merkel visited Paris on Monday.";
        Assert.Empty(EntityExtractor.Extract(text).Tokens);
        var tagged = EntityExtractor.Extract(text, new ExtractionOptions { IncludePartsOfSpeech = true });
        Assert.Equal(PartOfSpeechTagger.Default.Tag(text), tagged.Tokens);
        Assert.Equal(EntityExtractor.Extract(text).Mentions.Count, tagged.Mentions.Count);
    }

    [Fact]
    public void A_default_tagged_token_is_empty_and_safe()
    {
        var word = default(TaggedToken);
        Assert.Equal(string.Empty, word.Text);
        Assert.Equal(string.Empty, word.Lemma);
        Assert.Equal(string.Empty, word.PennTag);
        Assert.Equal("X", word.UniversalCode);
        Assert.Equal(0, word.End);
    }
}
