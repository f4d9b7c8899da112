using EntityExtract.Tokenization;

namespace EntityExtract.Calibration;

/// <summary>
/// What a document's own text says about its kind, for the name calibrators: its length, how much of it is
/// written in lower case or in capitals, how long its sentences are, how sure the tagger was of its names, and
/// which of its names' words it also writes in lower case. Newswire, web text and tweets differ in all of these
/// (Ritter et al. 2011 and Derczynski et al. 2015 on the capitalization of tweets), and a tagger trained on
/// newswire is right more or less often accordingly. Computed once per document from its tokens and mentions;
/// never from the name of the set a document came from. Immutable once made.
/// </summary>
internal sealed class DocumentProfile
{
    // The capitalized words inside the document's names, each marked true once the document writes it in lower
    // case elsewhere ("Bank" in a name, "the bank" later: the word is common, the name less sure).
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _nameWords;

    private DocumentProfile(Dictionary<string, bool> nameWords) => _nameWords = nameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokens in the document.</summary>
    public int Tokens { get; private init; }

    /// <summary>Share of the word tokens that start with a lower-case letter.</summary>
    public double LowerShare { get; private init; }

    /// <summary>Share of the word tokens of two or more letters written all in capitals.</summary>
    public double CapsShare { get; private init; }

    /// <summary>Share of the word tokens not first in their sentence that start with a capital.</summary>
    public double TitleShare { get; private init; }

    /// <summary>Mean tokens per sentence.</summary>
    public double SentenceLength { get; private init; }

    /// <summary>The tagger's mean margin over the tokens of the document's names.</summary>
    public double MeanMargin { get; private init; }

    /// <summary>How many person, place and organization mentions the document has.</summary>
    public int Names { get; private init; }

    /// <summary>The tagger's mean margin over "outside" at the first token of the document's names.</summary>
    public double MeanOutside { get; private init; }

    /// <summary>The tagger's mean margin over another type at the first token of the document's names.</summary>
    public double MeanOtherType { get; private init; }

    /// <summary>Share of the tokens that are handles, hashtags or web addresses ("@", "#", "http", "www.").</summary>
    public double WebShare { get; private init; }

    /// <summary>Quotation marks per token.</summary>
    public double QuoteShare { get; private init; }

    /// <summary>Share of the sentences whose first word starts lower-case.</summary>
    public double LowerStartShare { get; private init; }

    /// <summary>How many sentences the document has.</summary>
    public int Sentences { get; private init; }

    /// <summary>Profiles a document.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="mentions">Its mentions so far (dates are skipped).</param>
    /// <param name="evidence">The tagger's margins, if it left them.</param>
    public static DocumentProfile Of(string text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, IReadOnlyList<Mention> mentions, NerEvidence? evidence)
    {
        // Only the words of names are looked up later, so only they are kept: no string per token of the text.
        var nameWords = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var lookup = nameWords.GetAlternateLookup<ReadOnlySpan<char>>();
        long marginSum = 0, outsideSum = 0, otherTypeSum = 0;
        int marginCount = 0, names = 0;
        foreach (var m in mentions)
        {
            if (m.Type == MentionType.Date)
            {
                continue;
            }

            names++;
            int head = ConfidenceSignals.FirstTokenAt(tokens, m.Start);
            if (evidence is not null && head < tokens.Length)
            {
                outsideSum += Math.Min(evidence.Rivals[2 * head], 100_000);
                otherTypeSum += Math.Min(evidence.Rivals[(2 * head) + 1], 100_000);
            }

            for (int t = head; t < tokens.Length && tokens[t].Start < m.End; t++)
            {
                var word = tokens[t].GetText(text);
                if (tokens[t].Kind == TokenKind.Word && char.IsUpper(word[0]))
                {
                    lookup.TryAdd(word, false); // a string only for a word not seen yet
                }

                if (evidence is not null)
                {
                    // The tagger writes int.MaxValue / 2 where no other label was allowed; bounded so one such
                    // token does not swamp the mean.
                    marginSum += Math.Min(evidence.Margins[t], 100_000);
                    marginCount++;
                }
            }
        }

        int words = 0, lower = 0, caps = 0, inner = 0, title = 0, sentence = 0, web = 0, quotes = 0, lowerStarts = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var whole = t.GetText(text);
            if (whole.IsEmpty)
            {
                continue;
            }

            quotes += whole[0] is '"' or '\u201C' or '\u201D' ? 1 : 0;
            web += whole[0] is '@' or '#' || whole.StartsWith("http", StringComparison.OrdinalIgnoreCase) || whole.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (t.Kind != TokenKind.Word || !char.IsLetter(text[t.Start]))
            {
                continue;
            }

            while (sentence < sentences.Length && sentences[sentence].EndToken <= i)
            {
                sentence++;
            }

            var span = t.GetText(text);
            bool first = sentence < sentences.Length && sentences[sentence].FirstToken == i;
            words++;
            inner += first ? 0 : 1;
            if (char.IsLower(span[0]))
            {
                lower++;
                lowerStarts += first ? 1 : 0;
                if (lookup.ContainsKey(span))
                {
                    lookup[span] = true;
                }

                continue;
            }

            bool allCaps = span.Length > 1;
            foreach (char c in span)
            {
                allCaps &= !char.IsLower(c);
            }

            caps += allCaps ? 1 : 0;
            title += first ? 0 : 1;
        }

        return new DocumentProfile(nameWords)
        {
            MeanOutside = names == 0 ? 0 : outsideSum / (double)names,
            MeanOtherType = names == 0 ? 0 : otherTypeSum / (double)names,
            Tokens = tokens.Length,
            LowerShare = words == 0 ? 0 : lower / (double)words,
            CapsShare = words == 0 ? 0 : caps / (double)words,
            TitleShare = inner == 0 ? 0 : title / (double)inner,
            SentenceLength = sentences.Length == 0 ? tokens.Length : tokens.Length / (double)sentences.Length,
            MeanMargin = marginCount == 0 ? 0 : marginSum / (double)marginCount,
            Names = names,
            WebShare = tokens.Length == 0 ? 0 : web / (double)tokens.Length,
            QuoteShare = tokens.Length == 0 ? 0 : quotes / (double)tokens.Length,
            LowerStartShare = sentences.Length == 0 ? 0 : lowerStarts / (double)sentences.Length,
            Sentences = sentences.Length,
        };
    }

    /// <summary>Whether the document writes this capitalized word of one of its names in lower case somewhere.</summary>
    public bool UsesInLowerCase(ReadOnlySpan<char> word) => _nameWords.TryGetValue(word, out bool lower) && lower;
}
