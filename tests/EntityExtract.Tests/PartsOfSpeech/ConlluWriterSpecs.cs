using EntityExtract.Cli;
using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Tests.PartsOfSpeech;

/// <summary>
/// The CoNLL-U writer, on hand-built tagged words (so these specs do not depend on the model): sentence
/// blocks, multiword tokens for clitics, hyphenated compounds and signs glued to numbers, and TokenRange
/// offsets into the whole input.
/// </summary>
public class ConlluWriterSpecs
{
    // (form, lemma, UPOS, Penn, sentence, token); offsets are found left to right in the text.
    private static List<TaggedToken> Words(string text, params (string Form, string Lemma, UniversalTag Tag, string Penn, int Sentence, int Token)[] words)
    {
        var result = new List<TaggedToken>();
        int at = 0;
        foreach (var (form, lemma, tag, penn, sentence, token) in words)
        {
            at = text.IndexOf(form, at, StringComparison.Ordinal);
            result.Add(new TaggedToken(at, form, tag, penn, lemma, sentence, token));
            at += form.Length;
        }

        return result;
    }

    private static string Write(string text, IReadOnlyList<TaggedToken> words)
    {
        var writer = new StringWriter();
        ConlluWriter.Write(writer, text, words);
        return writer.ToString();
    }

    [Fact]
    public void A_contraction_is_a_multiword_token_with_its_words_and_ranges()
    {
        const string text = "I don't.";
        var words = Words(
            text,
            ("I", "I", UniversalTag.Pronoun, "PRP", 0, 0),
            ("do", "do", UniversalTag.Auxiliary, "VBP", 0, 1),
            ("n't", "not", UniversalTag.Particle, "RB", 0, 2),
            (".", ".", UniversalTag.Punctuation, ".", 0, 3));
        Assert.Equal(
            "# sent_id = 1\n# text = I don't.\n" +
            "1\tI\tI\tPRON\tPRP\t_\t_\t_\t_\tTokenRange=0:1\n" +
            "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tTokenRange=2:7|SpaceAfter=No\n" +
            "2\tdo\tdo\tAUX\tVBP\t_\t_\t_\t_\tTokenRange=2:4\n" +
            "3\tn't\tnot\tPART\tRB\t_\t_\t_\t_\tTokenRange=4:7\n" +
            "4\t.\t.\tPUNCT\t.\t_\t_\t_\t_\tTokenRange=7:8\n\n",
            Write(text, words));
    }

    [Theory]
    [InlineData("Kim's", "Kim|'s", "1-2\tKim's")]
    [InlineData("long-term", "long|-|term", "1-3\tlong-term")]
    [InlineData("3%", "3|%", "1-2\t3%")]
    [InlineData("$1.5", "$|1.5", "1-2\t$1.5")]
    public void One_surface_token_holding_several_words_is_a_multiword_token(string text, string forms, string expectedLine)
    {
        // Hyphenated parts share their token index; clitics and signs have their own, as the tokenizer gives them.
        var parts = forms.Split('|');
        bool hyphenated = text.Contains('-', StringComparison.Ordinal);
        var words = Words(text, parts.Select((f, i) => (f, f, UniversalTag.Other, "XX", 0, hyphenated ? 0 : i)).ToArray());
        var lines = Write(text, words).Split('\n');
        Assert.Equal(expectedLine + "\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:" + text.Length, lines[2]);
        Assert.Equal(parts.Length, lines.Count(static l => l.Length > 0 && char.IsAsciiDigit(l[0]) && !l.Split('\t')[0].Contains('-', StringComparison.Ordinal)));
    }

    [Fact]
    public void Words_separated_by_space_or_punctuation_stay_separate_tokens()
    {
        const string text = "(Hello) 'you'";
        var words = Words(
            text,
            ("(", "(", UniversalTag.Punctuation, "-LRB-", 0, 0),
            ("Hello", "hello", UniversalTag.Interjection, "UH", 0, 1),
            (")", ")", UniversalTag.Punctuation, "-RRB-", 0, 2),
            ("'", "'", UniversalTag.Punctuation, "``", 0, 3),
            ("you", "you", UniversalTag.Pronoun, "PRP", 0, 4),
            ("'", "'", UniversalTag.Punctuation, "''", 0, 5));
        var output = Write(text, words);
        var ids = output.Split('\n').Where(static l => l.Length > 0 && l[0] != '#').Select(static l => l.Split('\t')[0]).ToArray();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], ids);
        Assert.Contains("1\t(\t(\tPUNCT\t-LRB-\t_\t_\t_\t_\tTokenRange=0:1|SpaceAfter=No\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_sentence_is_a_block_and_offsets_count_from_the_start_of_the_whole_input()
    {
        const string text = "Go.\n\nStop now.";
        var words = Words(
            text,
            ("Go", "go", UniversalTag.Verb, "VB", 0, 0),
            (".", ".", UniversalTag.Punctuation, ".", 0, 1),
            ("Stop", "stop", UniversalTag.Verb, "VB", 1, 2),
            ("now", "now", UniversalTag.Adverb, "RB", 1, 3),
            (".", ".", UniversalTag.Punctuation, ".", 1, 4));
        var blocks = Write(text, words).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, blocks.Length);
        Assert.StartsWith("# sent_id = 2\n# text = Stop now.\n1\tStop\tstop\tVERB\tVB\t_\t_\t_\t_\tTokenRange=5:9\n", blocks[1], StringComparison.Ordinal);
        Assert.EndsWith("3\t.\t.\tPUNCT\t.\t_\t_\t_\t_\tTokenRange=13:14", blocks[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It runs 24/7 for you.", "3-5\t24/7\t")]
    [InlineData("Bring phones, etc... and more.", "4-5\tetc...\t")]
    [InlineData("If your in town, call.", "2-3\tyour\t")]
    public void The_tagger_words_that_split_one_token_are_a_multiword_token(string text, string expectedStart)
    {
        // Twelfth round: a slash between numbers that cannot be a date, an ellipsis after an abbreviation and "your"
        // meaning "you're" cut one token of the tokenizer into UD English words.
        var lines = Write(text, PartOfSpeechTagger.Default.Tag(text)).Split('\n');
        Assert.Contains(lines, line => line.StartsWith(expectedStart, StringComparison.Ordinal));
    }

    [Fact]
    public void An_abbreviation_the_tokenizer_cut_from_its_period_is_one_word_of_two_tokens()
    {
        const string text = "Ask the Service Reps. to call.";
        var lines = Write(text, PartOfSpeechTagger.Default.Tag(text)).Split('\n');
        Assert.Contains(lines, static line => line.StartsWith("4\tReps.\t", StringComparison.Ordinal) && line.EndsWith("TokenRange=16:21", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, static line => line.Split('\t')[0].Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void Tagger_output_round_trips_every_TokenRange_to_its_form()
    {
        const string text = "The U.S. didn't cut rates by 3% on Kim's long-term plan, costing $1.5bn.\nShe said so.";
        var words = PartOfSpeechTagger.Default.Tag(text);
        foreach (var line in Write(text, words).Split('\n').Where(static l => l.Length > 0 && l[0] != '#'))
        {
            var cols = line.Split('\t');
            Assert.Equal(10, cols.Length);
            var range = cols[9].Split('|')[0]["TokenRange=".Length..].Split(':').Select(int.Parse).ToArray();
            Assert.Equal(cols[1], text[range[0]..range[1]]);
        }
    }
}
