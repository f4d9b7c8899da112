using System.Buffers;
using BenchmarkDotNet.Attributes;
using EntityExtract.Tokenization;

namespace EntityExtract.Benchmarks.Tokenization;

/// <summary>
/// The tokenizer against a plain vectorized whitespace scan over the same text: the ratio column is
/// the tokenizer's cost relative to the cheapest possible pass over the characters.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\u00A0");
    private string _text = string.Empty;

    [Params("seed", "1MB")]
    public string Text { get; set; } = "seed";

    private readonly List<TextToken> _tokens = [];
    private readonly List<TextSegment> _sentences = [];

    [GlobalSetup]
    public void Setup() => _text = Corpus.Get(Text);

    [Benchmark(Baseline = true)]
    public int WhitespaceWordCount()
    {
        ReadOnlySpan<char> span = _text;
        int words = 0;
        while (!span.IsEmpty)
        {
            int next = span.IndexOfAny(Whitespace);
            if (next != 0)
            {
                words++;
            }

            if (next < 0)
            {
                break;
            }

            span = span[(next + 1)..];
        }

        return words;
    }

    [Benchmark]
    public int Tokenize()
    {
        var reader = new Tokenizer(_text);
        int count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public int TokenizeAndSplitSentences()
    {
        var tokens = new List<TextToken>(_text.Length / 4);
        Tokenizer.Tokenize(_text, tokens);
        var sentences = new List<TextSegment>(tokens.Count / 10);
        SentenceSplitter.Split(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
        return sentences.Count;
    }

    /// <summary>
    /// The same work into lists kept from call to call, as the pipeline keeps its token buffer: the work alone,
    /// without the large-object-heap allocations and collections that fresh lists of a 1 MB text bring.
    /// </summary>
    [Benchmark]
    public int TokenizeAndSplitSentencesReusingLists()
    {
        Tokenizer.Tokenize(_text, _tokens);
        SentenceSplitter.Split(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), _sentences);
        return _sentences.Count;
    }
}
