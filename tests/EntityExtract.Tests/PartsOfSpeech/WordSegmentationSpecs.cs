using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tests.PartsOfSpeech;

/// <summary>
/// The tagger's words follow UD English segmentation where the tokenizer's tokens do not (UD_English-EWT
/// train): addresses and file names are one word, contractions written without an apostrophe are two, and
/// runs of marks the web writes as one symbol are one; a number is cut from its unit, its sign and a hyphen before
/// it, unless it is a telephone number, and "its" meaning "it is" is two words. Twelfth round: a short abbreviation's
/// period cut off by the tokenizer is part of the word again, "Yahoo!", ":?" and a country code "+1" are one word, a
/// slash between numbers that cannot be a date is a word, "etc..." is etc + ..., and "your" meaning "you're" is two.
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
    [InlineData("its a shame and its not over", "it|s|a|shame|and|it|s|not|over")]
    [InlineData("its own tail and its great", "its|own|tail|and|its|great")]
    [InlineData("Lets go, it lets you", "Let|s|go|,|it|lets|you")]
    [InlineData("I havent seen alot", "I|have|nt|seen|a|lot")]
    [InlineData("ranked #1 at 70k for 375mm", "ranked|#|1|at|70|k|for|375|mm")]
    [InlineData("the 10th at 3D in the 1990s", "the|10th|at|3D|in|the|1990s")]
    [InlineData("an F-16 in 1998-2000 for 13-17 years", "an|F|-|16|in|1998|-|2000|for|13|-|17|years")]
    [InlineData("call 3-5290 or 713-853-3989 in mid-2003", "call|3-5290|or|713-853-3989|in|mid-2003")]
    [InlineData("b/c w/o him and/or the 70's", "b/c|w/o|him|and|/|or|the|70's")]
    [InlineData("mail @paulhastings.com ==---- ok", "mail|@paulhastings.com|==----|ok")]
    [InlineData("open at 5pm, 7:30PM to 5:00-8:30", "open|at|5|pm|,|7:30|PM|to|5:00|-|8:30")]
    [InlineData("an F-16-launched bomb", "an|F|-|16|-|launched|bomb")]
    [InlineData("They live in the U.S.", "They|live|in|the|U.S|.")]
    [InlineData("The U.S. team won", "The|U.S.|team|won")]
    [InlineData("PG&E and AT&T sent the .doc file ''now'' :P", "PG&E|and|AT&T|sent|the|.doc|file|''|now|''|:P")]
    [InlineData("I came home .Then", "I|came|home|.|Then")]
    [InlineData("ask the Service Reps. to use it, Federal Sts., now", "ask|the|Service|Reps.|to|use|it|,|Federal|Sts.|,|now")]
    [InlineData("It is as popular as Yahoo! and AOL", "It|is|as|popular|as|Yahoo!|and|AOL")]
    [InlineData("Direct Dial:? 203.961.7523 or RE:??? now", "Direct|Dial|:?|203.961.7523|or|RE|:|???|now")]
    [InlineData("call +1 212-848-8400 or +32 delicious", "call|+1|212-848-8400|or|+|32|delicious")]
    [InlineData("wifi 24/7 on 9/11 in 2001/02", "wifi|24|/|7|on|9/11|in|2001|/|02")]
    [InlineData("45p and $2b but 4g", "45|p|and|$|2|b|but|4g")]
    [InlineData("file: Power (GISB draft).doc)", "file|:|Power|(|GISB|draft|)|.doc|)")]
    [InlineData("phones, etc... and more", "phones|,|etc|...|and|more")]
    [InlineData("If your in the USA, your cat and ur going", "If|you|r|in|the|USA|,|your|cat|and|u|r|going")]
    [InlineData("I dunno, youll see", "I|du|n|no|,|you|ll|see")]
    public void Words_follow_the_treebank(string text, string words)
        => Assert.Equal(words, string.Join('|', PartOfSpeechTagger.Default.Tag(text).Select(static w => w.Text)));
}
