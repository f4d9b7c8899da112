using EntityExtract.Grammar;
using EntityExtract.Pipeline;
using EntityExtract.Quotes;
using EntityExtract.Tokenization;

namespace EntityExtract.Tests.Grammar;

/// <summary>
/// The shallow parser (src/EntityExtract/Grammar/ShallowParser.cs) on plain sentences, with the quote stage's
/// answers about names and cues and no recognizer mentions: a sentence and a verb → the subject before the verb or
/// the phrase after it, written <c>words as written = canonical name</c> (<c>-</c> for no name), or <c>-</c> when there is
/// none. Every sentence is written for these tests.
/// </summary>
public class ShallowParserSpecs
{
    public static TheoryData<string, string, string> SubjectsBefore => new()
    {
        { "Tom Walsh said the plan was dead.", "said", "Tom Walsh = Tom Walsh" },
        // Adverbs, auxiliaries, time adverbials and infinitives between the subject and the verb.
        { "Tom Walsh has repeatedly said the plan was dead.", "said", "Tom Walsh = Tom Walsh" },
        { "Tom Walsh last week said the plan was dead.", "said", "Tom Walsh = Tom Walsh" },
        { "Tom Walsh was prompted to say the plan was dead.", "say", "Tom Walsh = Tom Walsh" },
        // Asides between commas: the name before them, or the name that is the aside.
        { "Tom Walsh, the city engineer, said the plan was dead.", "said", "Tom Walsh = Tom Walsh" },
        { "Her adviser, Jake Sullivan, said the plan was dead.", "said", "Jake Sullivan = Jake Sullivan" },
        // Descriptions back to their determiner; a bare plural; a pronoun and its antecedent.
        { "The bridge closed and a senior official said the plan was dead.", "said", "a senior official = -" },
        { "The bridge closed and officials said the plan was dead.", "said", "officials = -" },
        { "Mr. Tom Walsh arrived late. He said the plan was dead.", "said", "He = Tom Walsh" },
        // No subject: the word before the verb is quoted, or the verb opens the text.
        { "“Dead,” said the mayor.", "said", "-" },
        { "Said the mayor: the plan is dead.", "Said", "-" },
    };

    [Theory]
    [MemberData(nameof(SubjectsBefore))]
    public void Finds_the_subject_before_a_verb(string sentence, string verb, string expected)
    {
        var (document, index) = Read(sentence, verb);
        Assert.Equal(expected, Show(document, document.Parser.SubjectBefore(index)));
    }

    public static TheoryData<string, string, string> PhrasesAfter => new()
    {
        { "“The plan is dead,” said Tom Walsh.", "said", "Tom Walsh = Tom Walsh" },
        { "“The plan is dead,” said the report.", "said", "the report = -" },
        // "said Tuesday", "said in a statement" name nobody.
        { "“The plan is dead,” said in a statement by the council.", "said", "-" },
    };

    [Theory]
    [MemberData(nameof(PhrasesAfter))]
    public void Finds_the_phrase_after_a_verb(string sentence, string verb, string expected)
    {
        var (document, index) = Read(sentence, verb);
        Assert.Equal(expected, Show(document, document.Parser.NounPhraseAfter(index + 1)));
    }

    private static (QuoteDocument Document, int Verb) Read(string text, string verb)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var segments = new List<TextSegment>();
        SentenceSplitter.Split(text, tokens.ToArray(), segments);
        var context = new ExtractionContext(text, tokens.ToArray(), segments.ToArray(), ExtractionOptions.Default, null, CancellationToken.None);
        var document = new QuoteDocument(context);
        var spans = new List<QuotedSpan>();
        QuoteMarks.Find(text, document.Tokens, ExtractionOptions.Default.MaxQuoteLength, spans, CancellationToken.None);
        document.MarkQuoted(spans);
        int index = tokens.FindIndex(t => t.GetText(text).SequenceEqual(verb));
        Assert.True(index >= 0, $"no '{verb}' in the sentence");
        return (document, index);
    }

    private static string Show(QuoteDocument document, NounPhrase? phrase)
        => phrase is NounPhrase p
            ? $"{document.Text[document.Tokens[p.FirstToken].Start..document.Tokens[p.EndToken - 1].End]} = {p.Canonical ?? "-"}"
            : "-";
}
