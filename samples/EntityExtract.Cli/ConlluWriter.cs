using System.Globalization;
using EntityExtract.PartsOfSpeech;

namespace EntityExtract.Cli;

/// <summary>
/// Writes tagged words as CoNLL-U (universaldependencies.org/format.html), the format treebank tools read:
/// one block per sentence, a <c># sent_id</c> and a <c># text</c> line, then one line per word with the
/// columns ID, FORM, LEMMA, UPOS and XPOS filled and <c>_</c> for the head, relation and features, which
/// the tagger does not produce. Words follow UD English segmentation; where one surface token holds several
/// words ("don't" = do + n't, "Kim's", "long-term", "3%", "$1.5") a multiword-token line <c>N-M</c> comes
/// first, as UD_English-EWT writes contractions. MISC holds <c>TokenRange=start:end</c>, UTF-16 offsets into
/// the whole input (end exclusive), and <c>SpaceAfter=No</c> where no space follows a token.
/// </summary>
internal static class ConlluWriter
{
    /// <summary>Writes <paramref name="words"/> (from <see cref="PartOfSpeechTagger.Tag"/> over <paramref name="text"/>).</summary>
    public static void Write(TextWriter writer, string text, IReadOnlyList<TaggedToken> words)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        int sentenceNumber = 0;
        for (int first = 0; first < words.Count;)
        {
            int end = first + 1;
            while (end < words.Count && words[end].Sentence == words[first].Sentence)
            {
                end++;
            }

            sentenceNumber++;
            WriteSentence(writer, text, words, first, end, sentenceNumber);
            first = end;
        }
    }

    private static void WriteSentence(TextWriter writer, string text, IReadOnlyList<TaggedToken> words, int first, int end, int number)
    {
        int start = words[first].Start, stop = words[end - 1].End;

        // CoNLL-U comments are one line: line breaks inside the sentence become spaces.
        string sentenceText = text[start..stop].ReplaceLineEndings(" ").Replace('\t', ' ');
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"# sent_id = {number}\n# text = {sentenceText}\n"));
        for (int i = first; i < end;)
        {
            int last = i;
            while (last + 1 < end && Glued(words[last], words[last + 1]))
            {
                last++;
            }

            bool spaceAfter = last + 1 >= words.Count || words[last + 1].Start > words[last].End;
            int id = i - first + 1;
            if (last > i)
            {
                writer.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{id}-{id + last - i}\t{text[words[i].Start..words[last].End]}\t_\t_\t_\t_\t_\t_\t_\t{Range(words[i].Start, words[last].End, spaceAfter)}\n"));
            }

            for (int k = i; k <= last; k++)
            {
                var w = words[k];
                string misc = Range(w.Start, w.End, spaceAfter || last > i);
                writer.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{k - first + 1}\t{w.Text}\t{w.Lemma}\t{w.UniversalCode}\t{w.PennTag}\t_\t_\t_\t_\t{misc}\n"));
            }

            i = last + 1;
        }

        writer.Write('\n');
    }

    private static string Range(int start, int end, bool spaceAfter)
        => string.Create(CultureInfo.InvariantCulture, $"TokenRange={start}:{end}{(spaceAfter ? string.Empty : "|SpaceAfter=No")}");

    // Words that touch form one surface token when they come from the same hyphenated token, when the second
    // is a clitic ('s, n't, 're), or when a currency or percent sign touches a number ("$1.5", "3%").
    private static bool Glued(TaggedToken a, TaggedToken b)
    {
        if (a.End != b.Start)
        {
            return false;
        }

        return a.Token == b.Token || IsClitic(b.Text) || (IsSign(a.Text) && StartsWithDigit(b.Text)) || (StartsWithDigit(a.Text) && IsSign(b.Text));
    }

    private static bool IsClitic(string word)
        => (word.Length > 1 && word[0] is '\'' or '\u2019' && char.IsLetter(word[1]))
           || word.Equals("n't", StringComparison.OrdinalIgnoreCase) || word.Equals("n\u2019t", StringComparison.OrdinalIgnoreCase);

    private static bool IsSign(string word)
        => word.Length == 1 && (word[0] == '%' || CharUnicodeInfo.GetUnicodeCategory(word[0]) == UnicodeCategory.CurrencySymbol);

    private static bool StartsWithDigit(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);
}
