using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tests.PartsOfSpeech;

/// <summary>
/// The tagger's words follow UD English segmentation where the tokenizer's tokens do not (UD_English-EWT
/// train): addresses and file names are one word, contractions written without an apostrophe are two, and
/// runs of marks the web writes as one symbol are one.
/// </summary>
public class WordSegmentationSpecs
{
    [Theory]
    [InlineData("See alt.animals.cat today", "See|alt.animals.cat|today")]
    [InlineData("Open TEXT.htm and Lisa_resume.doc now", "Open|TEXT.htm|and|Lisa_resume.doc|now")]
    [InlineData("Mail franz371...@gmail.com or Bryngelson@AZURIX", "Mail|franz371...@gmail.com|or|Bryngelson@AZURIX")]
    [InlineData("Visit Seattlepi.com.", "Visit|Seattlepi.com|.")]
    [InlineData("Wait...what happened", "Wait|...|what|happened")]
    [InlineData("It was 3.5 points. Then he left", "It|was|3.5|points|.|Then|he|left")]
    [InlineData("Im sure thats fine", "I|m|sure|that|s|fine")]
    [InlineData("I cant go and it wont stop", "I|ca|nt|go|and|it|wo|nt|stop")]
    [InlineData("Its tail wags", "Its|tail|wags")]
    [InlineData("Really.? Yes!. No__ way // ok", "Really|.?|Yes|!.|No|__|way|//|ok")]
    public void Words_follow_the_treebank(string text, string words)
        => Assert.Equal(words, string.Join('|', PartOfSpeechTagger.Default.Tag(text).Select(static w => w.Text)));
}
