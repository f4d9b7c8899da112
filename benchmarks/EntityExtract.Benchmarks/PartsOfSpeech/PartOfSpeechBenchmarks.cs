using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using EntityExtract.PartsOfSpeech;
using EntityExtract.Tokenization;

namespace EntityExtract.Benchmarks.PartsOfSpeech;

/// <summary>
/// The part-of-speech tagger over about 1 MB of BBC articles. <see cref="Tokenize"/> (the baseline) is the
/// tokenizer alone; <see cref="TagWords"/> is the tagger proper (feature inputs and greedy decoding over
/// words already segmented into sentences), the figure of issue 17 (3,000,000 words/s on one core);
/// <see cref="Tag"/> is the public call, with tokenization, sentence splitting, lemmas and the result objects.
/// Words per second = <see cref="Words"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class PartOfSpeechBenchmarks
{
    private string _text = string.Empty;
    private PosWord[][] _sentences = [];
    private PosWordInfo[] _infos = [];
    private byte[] _labels = [];
    private PosModel _model = null!;

    /// <summary>The number of words in the text (printed by <see cref="Setup"/>).</summary>
    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Get("1MB");
        _model = PartOfSpeechTagger.Default.Model;
        _sentences = Split(_text);
        Words = _sentences.Sum(static s => s.Length);
        int longest = _sentences.Max(static s => s.Length);
        _infos = new PosWordInfo[longest];
        _labels = new byte[longest];
        Console.WriteLine($"// {Words} words in {_sentences.Length} sentences");
    }

    /// <summary>The sentences of <paramref name="text"/>, each as the words the tagger tags.</summary>
    internal static PosWord[][] Split(string text)
    {
        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var segments = new List<TextSegment>();
        SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(tokens), segments);
        var sentences = new List<PosWord[]>();
        foreach (var segment in segments)
        {
            var words = new List<PosWord>();
            PosWords.Split(text, CollectionsMarshal.AsSpan(tokens).Slice(segment.FirstToken, segment.TokenCount), segment.FirstToken, words);
            sentences.Add(words.ToArray());
        }

        return sentences.ToArray();
    }

    [Benchmark(Baseline = true)]
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
    public int TagWords()
    {
        int sum = 0;
        foreach (var words in _sentences)
        {
            PartOfSpeechTagger.Describe(_model, _text, words, _infos);
            PartOfSpeechTagger.Decode(_model, _infos.AsSpan(0, words.Length), _labels);
            sum += _labels[0];
        }

        return sum;
    }

    /// <summary>The feature inputs alone (<see cref="PartOfSpeechTagger.Describe(PosModel, ReadOnlySpan{char}, ReadOnlySpan{PosWord}, Span{PosWordInfo})"/>), the part of <see cref="TagWords"/> before decoding.</summary>
    public int DescribeWords()
    {
        uint sum = 0;
        foreach (var words in _sentences)
        {
            PartOfSpeechTagger.Describe(_model, _text, words, _infos);
            sum += _infos[0].Lower;
        }

        return (int)sum;
    }

    /// <summary>How many words the decoder takes from the tag dictionary, from their one allowed tag, and by scoring.</summary>
    public (int Dictionary, int Single, int Scored) CountPaths()
    {
        int dictionary = 0, single = 0, scored = 0;
        foreach (var words in _sentences)
        {
            PartOfSpeechTagger.Describe(_model, _text, words, _infos);
            foreach (var info in _infos.AsSpan(0, words.Length))
            {
                if (_model.TagDictionaryTable.TryGetValue(info.Exact, out _))
                {
                    dictionary++;
                }
                else if (UInt128.IsPow2(info.Allowed))
                {
                    single++;
                }
                else
                {
                    scored++;
                }
            }
        }

        return (dictionary, single, scored);
    }

    [Benchmark]
    public int Tag() => PartOfSpeechTagger.Default.Tag(_text).Count;
}
