using System.Runtime.InteropServices;

namespace EntityExtract.PartsOfSpeech;

/// <summary>
/// One word with its part of speech and lemma, as <see cref="PartOfSpeechTagger.Tag"/> returns it. Words
/// follow UD English segmentation over the project's tokens: clitics are their own words ("do" + "n't",
/// "Kim" + "'s"), hyphenated compounds are split at the hyphen ("long" "-" "term") and "cannot" is
/// can + not, so one token of <see cref="Tokenization.Tokenizer"/> can hold several words
/// (<see cref="Token"/> says which).
/// Immutable. The <c>default</c> value is an empty word at offset 0 tagged <see cref="UniversalTag.Other"/>
/// with empty strings.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct TaggedToken
{
    // The UD tag inventory, indexed by UniversalTag (Resources/Lexicons/pos-universal-tags.txt).
    internal static readonly string[] Codes = [.. Internal.WordList.Lines("pos-universal-tags")];

    private readonly string? _text;
    private readonly string? _pennTag;
    private readonly string? _lemma;

    internal TaggedToken(int start, string text, UniversalTag tag, string pennTag, string lemma, int sentence, int token)
    {
        Start = start;
        _text = text;
        Tag = tag;
        _pennTag = pennTag;
        _lemma = lemma;
        Sentence = sentence;
        Token = token;
    }

    /// <summary>The UTF-16 offset of the word's first character in the input.</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units in the word.</summary>
    public int Length => Text.Length;

    /// <summary>The offset just past the word (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>The word as written in the input.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>The Universal Dependencies part of speech.</summary>
    public UniversalTag Tag { get; }

    /// <summary>The Universal tag as UD writes it: <c>NOUN</c>, <c>PROPN</c>, <c>AUX</c>...</summary>
    public string UniversalCode => (uint)Tag < (uint)Codes.Length ? Codes[(int)Tag] : "X";

    /// <summary>The Penn Treebank tag (<c>NN</c>, <c>VBD</c>, <c>-LRB-</c>...), as in the English Web Treebank.</summary>
    public string PennTag => _pennTag ?? string.Empty;

    /// <summary>The dictionary form: "went" -> "go", "mice" -> "mouse", "n't" -> "not"; proper nouns keep their case.</summary>
    public string Lemma => _lemma ?? string.Empty;

    /// <summary>The index of the sentence holding the word, counting from 0.</summary>
    public int Sentence { get; }

    /// <summary>
    /// The index of the <see cref="Tokenization.Tokenizer"/> token the word comes from. Words split from one
    /// token share it ("long" "-" "term"; "can" "not"); a run of marks written as one symbol ("!!", ":)"),
    /// which the tokenizer cuts into single marks, is one word with its first token's index.
    /// </summary>
    public int Token { get; }
}
