using System.Text;
using EntityExtract.Entities;
using EntityExtract.Tokenization;

namespace EntityExtract.Tools;

/// <summary>A gold entity span in a rebuilt running text.</summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset just past it.</param>
/// <param name="Type">Person, place or organization.</param>
public readonly record struct NerGoldSpan(int Start, int End, MentionType Type);

/// <summary>One corpus document rebuilt as running text, with its gold person/place/organization spans.</summary>
/// <param name="Text">The running text, one sentence per line.</param>
/// <param name="Spans">The gold spans, in order.</param>
public sealed record NerCorpusDocument(string Text, IReadOnlyList<NerGoldSpan> Spans);

/// <summary>
/// Readers for the annotated corpora: CoNLL-2003 (IOB1, <c>-DOCSTART-</c> documents), GMB (CSV, BIO) and
/// WikiANN (BIO, <c>en:</c> prefixes). Token sequences are turned back into running text so that training
/// and evaluation see text the way a user's article looks, and our own tokenizer cuts it again.
/// </summary>
public static class NerCorpus
{
    /// <summary>Reads a CoNLL-2003 file into documents; MISC is dropped (it is not an entity type here).</summary>
    /// <param name="path">The file.</param>
    public static IReadOnlyList<NerCorpusDocument> ReadConll(string path)
    {
        var documents = new List<NerCorpusDocument>();
        var sentences = new List<List<(string Word, string Tag)>>();
        var current = new List<(string Word, string Tag)>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                if (sentences.Count > 0)
                {
                    documents.Add(Build(sentences, iob1: true));
                }

                sentences.Clear();
                continue;
            }

            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var parts = line.Split(' ');
            current.Add((parts[0], parts[^1]));
        }

        Flush();
        if (sentences.Count > 0)
        {
            documents.Add(Build(sentences, iob1: true));
        }

        return documents;

        void Flush()
        {
            if (current.Count > 0)
            {
                sentences.Add(current);
                current = [];
            }
        }
    }

    /// <summary>Reads the GMB CSV (cp1252, read as Latin-1) as sentences of (word, tag).</summary>
    /// <param name="path">The CSV file.</param>
    public static List<List<(string Word, string Tag)>> ReadGmb(string path)
    {
        var sentences = new List<List<(string Word, string Tag)>>();
        List<(string Word, string Tag)>? current = null;
        bool header = true;
        foreach (string raw in File.ReadLines(path, Encoding.Latin1))
        {
            if (header)
            {
                header = false;
                continue;
            }

            string line = raw.TrimEnd('\r');
            int first = line.IndexOf(',', StringComparison.Ordinal);
            int last = line.LastIndexOf(',');
            int posComma = last > 0 ? line.LastIndexOf(',', last - 1) : -1;
            if (first < 0 || posComma <= first)
            {
                continue;
            }

            if (first > 0)
            {
                current = [];
                sentences.Add(current);
            }

            string word = line[(first + 1)..posComma].Trim('"');
            string tag = line[(last + 1)..];
            current?.Add((word, tag));
        }

        return sentences;
    }

    /// <summary>Reads WikiANN (one <c>en:word tag</c> per line, blank lines between sentences).</summary>
    /// <param name="path">The file.</param>
    public static List<List<(string Word, string Tag)>> ReadWikiAnn(string path)
    {
        var sentences = new List<List<(string Word, string Tag)>>();
        var current = new List<(string Word, string Tag)>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    sentences.Add(current);
                    current = [];
                }

                continue;
            }

            int tab = line.LastIndexOfAny(['\t', ' ']);
            if (tab <= 0)
            {
                continue;
            }

            string word = line[..tab];
            if (word.StartsWith("en:", StringComparison.Ordinal))
            {
                word = word[3..];
            }

            current.Add((word, line[(tab + 1)..]));
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }

    /// <summary>
    /// Rebuilds running text from token sequences (one sentence per line) with gold spans. Spacing: no space
    /// before <c>. , ; : ! ? ) ] %</c> and clitics (<c>'s n't 're</c> ...), none after <c>( [ $</c>.
    /// </summary>
    /// <param name="sentences">The sentences of (word, tag).</param>
    /// <param name="iob1">Whether tags are IOB1 (CoNLL: <c>I-</c> starts an entity unless it continues one of the same type).</param>
    public static NerCorpusDocument Build(IReadOnlyList<List<(string Word, string Tag)>> sentences, bool iob1)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var spans = new List<NerGoldSpan>();
        for (int s = 0; s < sentences.Count; s++)
        {
            if (s > 0)
            {
                text.Append('\n');
            }

            string previousWord = "";
            string openType = "";
            int openStart = -1, openEnd = -1;
            var sentence = sentences[s];
            for (int k = 0; k < sentence.Count; k++)
            {
                var (word, tag) = sentence[k];
                if (k > 0 && NeedsSpace(previousWord, word))
                {
                    text.Append(' ');
                }

                int start = text.Length;
                text.Append(word);
                int end = text.Length;
                string type = tag.Length > 2 ? tag[2..].ToUpperInvariant() : "";
                bool begins = tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && (!iob1 ? openType.Length == 0 || openType != type : openType != type));
                if (type.Length == 0 || begins)
                {
                    Close();
                }

                if (type.Length > 0)
                {
                    if (openType.Length == 0)
                    {
                        openType = type;
                        openStart = start;
                    }

                    openEnd = end;
                }

                previousWord = word;
            }

            Close();

            void Close()
            {
                if (openType.Length > 0)
                {
                    MentionType? mapped = MapType(openType);
                    if (mapped is MentionType m)
                    {
                        spans.Add(new NerGoldSpan(openStart, openEnd, m));
                    }
                }

                openType = "";
            }
        }

        return new NerCorpusDocument(text.ToString(), spans);
    }

    /// <summary>Maps a corpus type to ours: PER/per → person, LOC/geo → place, ORG/org → organization; others none.</summary>
    /// <param name="type">The corpus type in upper case.</param>
    public static MentionType? MapType(string type) => type switch
    {
        "PER" => MentionType.Person,
        "LOC" or "GEO" => MentionType.Place,
        "ORG" => MentionType.Organization,
        _ => null,
    };

    private static bool NeedsSpace(string previous, string word)
    {
        if (previous is "(" or "[" or "$")
        {
            return false;
        }

        if (word is "." or "," or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "n't" or "N'T")
        {
            return false;
        }

        return !(word.Length is 2 or 3 && word[0] == '\'' && word.AsSpan(1) is "s" or "S" or "re" or "ve" or "ll" or "d" or "m" or "RE" or "VE" or "LL" or "D" or "M");
    }

    /// <summary>Tokenizes and splits a text exactly as <see cref="Pipeline.ExtractionPipeline"/> does.</summary>
    /// <param name="text">The text.</param>
    internal static (TextToken[] Tokens, TextSegment[] Sentences) Analyze(string text)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var tokenArray = tokens.ToArray();
        var sentences = new List<TextSegment>();
        SentenceSplitter.Split(text, tokenArray, sentences, ExtractionOptions.Default.MaxSentenceTokens);
        return (tokenArray, sentences.ToArray());
    }

    /// <summary>
    /// Gold BILOU labels for our own tokens of <paramref name="document"/>; counts spans whose edges fall
    /// inside one of our tokens (those cannot be recovered by any tagger over our tokens).
    /// </summary>
    internal static byte[] GoldLabels(NerCorpusDocument document, ReadOnlySpan<TextToken> tokens, ref int misaligned)
    {
        var labels = new byte[tokens.Length];
        int t = 0;
        foreach (var span in document.Spans)
        {
            while (t < tokens.Length && tokens[t].End <= span.Start)
            {
                t++;
            }

            int first = t;
            int last = first;
            while (last < tokens.Length && tokens[last].End < span.End)
            {
                last++;
            }

            if (first >= tokens.Length || last >= tokens.Length || tokens[first].Start != span.Start || tokens[last].End != span.End)
            {
                misaligned++;
                continue;
            }

            int type = span.Type switch { MentionType.Person => 0, MentionType.Place => 1, _ => 2 };
            if (first == last)
            {
                labels[first] = (byte)NerLabels.Make(type, NerLabels.Unit);
            }
            else
            {
                labels[first] = (byte)NerLabels.Make(type, NerLabels.Begin);
                for (int k = first + 1; k < last; k++)
                {
                    labels[k] = (byte)NerLabels.Make(type, NerLabels.Inside);
                }

                labels[last] = (byte)NerLabels.Make(type, NerLabels.Last);
            }
        }

        return labels;
    }
}
