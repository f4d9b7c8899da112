using System.Collections.Frozen;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Quotes;

/// <summary>
/// One document as the reported-speech finder reads it: tokens, sentences, which tokens lie inside quotation
/// marks, which entity mention covers each token, and the word classes of the attribution lexicons. Built
/// once per document in linear time; used by one thread.
/// </summary>
internal sealed class ReportedDocument
{
    /// <summary>Words that can head a cue (<c>Resources/Lexicons/attribution-cues.txt</c>).</summary>
    public static readonly WordSet Cues = WordList.Load("attribution-cues", ignoreCase: true);

    /// <summary>Cue verbs that take the hearer as an object (<c>attribution-hearer-cues.txt</c>).</summary>
    public static readonly WordSet HearerCues = WordList.Load("attribution-hearer-cues", ignoreCase: true);

    public static readonly WordSet ObjectOfCues = WordList.Load("attribution-object-of-cues", ignoreCase: true);

    /// <summary>Cue verbs accepted whenever a frame finds their source (<c>attribution-strong-cues.txt</c>).</summary>
    public static readonly WordSet StrongCues = WordList.Load("attribution-strong-cues", ignoreCase: true);

    /// <summary>Head nouns that are no source (<c>attribution-nonsources.txt</c>).</summary>
    public static readonly WordSet NonSources = WordList.Load("attribution-nonsources", ignoreCase: true);

    private static readonly FrozenDictionary<string, string> FunctionWords = WordList.LoadMap("attribution-function-words", ignoreCase: true);
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FunctionLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly TextToken[] tokens;
    private readonly Mention?[] mentionAt;
    private readonly bool[] quoted;

    /// <summary>Reads a document.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="mentions">The entity mentions found so far (dates are ignored).</param>
    /// <param name="taken">The spans of the quotes found between quotation marks.</param>
    public ReportedDocument(string text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, IReadOnlyList<Mention> mentions, IReadOnlyList<(int Start, int End)> taken)
    {
        Text = text;
        this.tokens = tokens.ToArray();
        Sentences = sentences.ToArray();
        mentionAt = new Mention?[this.tokens.Length];
        quoted = new bool[this.tokens.Length];
        foreach (var m in mentions)
        {
            if (m.Type == MentionType.Date)
            {
                continue;
            }

            for (int i = FirstTokenAtOrAfter(m.Start); i < this.tokens.Length && this.tokens[i].Start < m.End; i++)
            {
                mentionAt[i] ??= m;
            }
        }

        foreach (var (start, end) in taken)
        {
            for (int i = FirstTokenAtOrAfter(start); i < this.tokens.Length && this.tokens[i].Start < end; i++)
            {
                quoted[i] = true;
            }
        }

        for (int i = 0; i < this.tokens.Length; i++)
        {
            quoted[i] |= this.tokens[i].Kind == TokenKind.Quote;
        }
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The sentences.</summary>
    public TextSegment[] Sentences { get; }

    /// <summary>How many tokens there are.</summary>
    public int Count => tokens.Length;

    /// <summary>Token <paramref name="i"/>.</summary>
    public TextToken this[int i] => tokens[i];

    /// <summary>The text of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Word(int i) => tokens[i].GetText(Text);

    /// <summary>Whether token <paramref name="i"/> is a quotation mark or lies between marks.</summary>
    public bool IsQuoted(int i) => quoted[i];

    /// <summary>The person, organization or place mention covering token <paramref name="i"/>, if any.</summary>
    public Mention? MentionAt(int i) => mentionAt[i];

    /// <summary>The function-word class of token <paramref name="i"/> (det, pron, aux, prep, stop), or null.</summary>
    public string? ClassOf(int i) => tokens[i].Kind == TokenKind.Word && FunctionLookup.TryGetValue(Word(i), out var c) ? c : null;

    /// <summary>Whether token <paramref name="i"/> is the word <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int i, string word) => i >= 0 && i < tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="i"/> is a comma.</summary>
    public bool IsComma(int i) => i >= 0 && i < tokens.Length && tokens[i].Kind == TokenKind.Punctuation && Word(i) is ",";

    /// <summary>Whether token <paramref name="i"/> is a word that starts with a capital letter.</summary>
    public bool IsCapitalized(int i) => tokens[i].Kind == TokenKind.Word && char.IsUpper(Text[tokens[i].Start]);

    /// <summary>Whether token <paramref name="i"/> is a word that could head a cue.</summary>
    public bool IsCueWord(int i) => tokens[i].Kind == TokenKind.Word && Cues.Contains(Word(i));

    /// <summary>
    /// The features of a candidate cue at token <paramref name="i"/> of the sentence [<paramref name="first"/>,
    /// <paramref name="end"/>): its word, its neighbours' words and shapes (two each side), the entity type and
    /// function-word class beside it, the word's suffix, whether a complementizer, comma or sentence end follows,
    /// and pairs of these. Shared by the library and by <c>train-attributions</c>, so both see the same thing.
    /// </summary>
    public void CueFeatures(int i, int first, int end, List<string> into)
    {
        into.Clear();
        string w = Lower(i);
        into.Add("b");
        into.Add("w=" + w);
        into.Add("suf=" + (w.Length > 3 ? w[^3..] : w));
        string p1 = i - 1 >= first ? Lower(i - 1) : "<s>";
        string p2 = i - 2 >= first ? Lower(i - 2) : "<s>";
        string n1 = i + 1 < end ? Lower(i + 1) : "</s>";
        string n2 = i + 2 < end ? Lower(i + 2) : "</s>";
        string ps1 = Shape(i - 1, first, end);
        string ps2 = Shape(i - 2, first, end);
        string ns1 = Shape(i + 1, first, end);
        string ns2 = Shape(i + 2, first, end);
        into.Add("p1=" + p1);
        into.Add("p2=" + p2);
        into.Add("n1=" + n1);
        into.Add("n2=" + n2);
        into.Add("ps=" + ps2 + ps1);
        into.Add("ns=" + ns1 + ns2);
        into.Add("w|p1=" + w + "|" + p1);
        into.Add("w|n1=" + w + "|" + n1);
        into.Add("w|ps1=" + w + "|" + ps1);
        into.Add("w|ns1=" + w + "|" + ns1);
        into.Add("w|ps|ns=" + w + "|" + ps1 + "|" + ns1);
        into.Add("cap=" + (IsCapitalized(i) ? "1" : "0") + (i == first ? "f" : ""));
        into.Add("pos=" + Math.Min(i - first, 4) + "/" + Math.Min(end - i - 1, 4));
        bool that = (i + 1 < end && Is(i + 1, "that")) || (i + 2 < end && Is(i + 2, "that")) || (i + 3 < end && Is(i + 3, "that"));
        into.Add("that=" + (that ? "1" : "0"));
        into.Add("w|that=" + w + "|" + (that ? "1" : "0"));
        bool subject = false;
        for (int k = i - 1; k >= Math.Max(first, i - 4) && !subject; k--)
        {
            subject = ClassOf(k) is "pron" || MentionAt(k) is { Type: MentionType.Person or MentionType.Organization };
        }

        into.Add("subj=" + (subject ? "1" : "0"));
        into.Add("w|subj=" + w + "|" + (subject ? "1" : "0"));
        bool quoteInSentence = false;
        for (int k = first; k < end && !quoteInSentence; k++)
        {
            quoteInSentence = tokens[k].Kind == TokenKind.Quote;
        }

        into.Add("q=" + (quoteInSentence ? "1" : "0"));
    }

    // A coarse shape: a pronoun, a name (an entity mention), a capitalized or lower-case word, a function-word
    // class, or the punctuation itself; '^'/'$' outside the sentence.
    private string Shape(int i, int first, int end)
    {
        if (i < first)
        {
            return "^";
        }

        if (i >= end)
        {
            return "$";
        }

        var t = tokens[i];
        if (t.Kind == TokenKind.Word)
        {
            if (ClassOf(i) is string c)
            {
                return c;
            }

            if (MentionAt(i) is Mention m)
            {
                return m.Type switch
                {
                    MentionType.Person => "PER",
                    MentionType.Organization => "ORG",
                    _ => "LOC",
                };
            }

            return IsCapitalized(i) ? "X" : "x";
        }

        return t.Kind switch
        {
            TokenKind.Punctuation => Word(i).ToString(),
            TokenKind.Quote => "q",
            TokenKind.Number => "d",
            TokenKind.Dash => "-",
            _ => "o",
        };
    }

    private string Lower(int i) => tokens[i].Kind == TokenKind.Word ? Word(i).ToString().ToLowerInvariant() : tokens[i].Kind == TokenKind.Number ? "0" : Word(i).ToString();

    private int FirstTokenAtOrAfter(int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
