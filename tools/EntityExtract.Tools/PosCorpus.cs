using EntityExtract.PartsOfSpeech;
using EntityExtract.Tokenization;

namespace EntityExtract.Tools;

/// <summary>One word of a CoNLL-U treebank with its character range in the sentence's <c># text</c>.</summary>
internal sealed record PosGoldWord(int Start, int End, string Form, string Lemma, string Upos, string Xpos);

/// <summary>
/// One treebank sentence aligned to the project's words: <see cref="Words"/> are the tokenizer's tokens split
/// as <see cref="PosWords"/> splits them; <see cref="Source"/> gives, for each of them, the gold word that
/// supplies its training tag (the one holding the word's first character), and <see cref="Exact"/> says
/// whether the two cover the same characters.
/// </summary>
internal sealed record PosSentence(string Text, PosGoldWord[] Gold, PosWord[] Words, int[] Source, bool[] Exact)
{
    /// <summary>For each gold word, the index of our word holding its first character (or overlapping it); -1 when none.</summary>
    public int[] Predicting()
    {
        var result = new int[Gold.Length];
        for (int g = 0; g < Gold.Length; g++)
        {
            result[g] = -1;
            for (int w = 0; w < Words.Length; w++)
            {
                if (Words[w].Start <= Gold[g].Start && Gold[g].Start < Words[w].End)
                {
                    result[g] = w;
                    break;
                }

                if (result[g] < 0 && Words[w].Start < Gold[g].End && Gold[g].Start < Words[w].End)
                {
                    result[g] = w;
                }
            }
        }

        return result;
    }
}

/// <summary>
/// Reads UD CoNLL-U files (universaldependencies.org/format.html) and aligns each sentence's words with the
/// project's tokens by character offsets in the <c># text</c> line. The treebank splits "don't" into a
/// multiword token do + n't, as our tokenizer does; it also splits "cannot" and "gonna", which we keep
/// whole (such a token takes the first word's tag).
/// </summary>
internal static class PosCorpus
{
    /// <summary>Reads and aligns every sentence of <paramref name="path"/>; sentences whose words cannot be found in their text are skipped and counted.</summary>
    public static List<PosSentence> Read(string path, out int skipped)
    {
        var result = new List<PosSentence>();
        skipped = 0;
        string? text = null;
        var lines = new List<string[]>();
        foreach (string raw in File.ReadLines(path).Append(string.Empty))
        {
            if (raw.Length == 0)
            {
                if (text is not null && lines.Count > 0)
                {
                    var sentence = Build(text, lines);
                    if (sentence is null)
                    {
                        skipped++;
                    }
                    else
                    {
                        result.Add(sentence);
                    }
                }

                text = null;
                lines.Clear();
                continue;
            }

            if (raw.StartsWith("# text = ", StringComparison.Ordinal))
            {
                text = raw["# text = ".Length..];
            }
            else if (raw[0] != '#')
            {
                lines.Add(raw.Split('\t'));
            }
        }

        return result;
    }

    private static PosSentence? Build(string text, List<string[]> lines)
    {
        var gold = new List<PosGoldWord>();
        int cursor = 0;
        int mwtLast = -1, mwtEnd = -1, mwtPos = -1;
        foreach (var cols in lines)
        {
            if (cols.Length < 10 || cols[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            int dash = cols[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                int at = Find(text, cols[1], cursor);
                if (at < 0)
                {
                    return null;
                }

                mwtLast = int.Parse(cols[0][(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                mwtPos = at;
                mwtEnd = at + cols[1].Length;
                cursor = mwtEnd;
                continue;
            }

            int id = int.Parse(cols[0], System.Globalization.CultureInfo.InvariantCulture);
            int start, end;
            if (id <= mwtLast)
            {
                // A word of a multiword token: its form is the next stretch of the surface form when the
                // forms spell it ("do" + "n't"); otherwise ("wo" + "n't" of "won't") the last word ends the token.
                start = mwtPos;
                end = id == mwtLast ? mwtEnd : Math.Min(mwtEnd, mwtPos + cols[1].Length);
                mwtPos = end;
            }
            else
            {
                start = Find(text, cols[1], cursor);
                if (start < 0)
                {
                    return null;
                }

                end = start + cols[1].Length;
                cursor = end;
            }

            gold.Add(new PosGoldWord(start, end, cols[1], cols[2], cols[3], cols[4]));
        }

        var tokens = new List<TextToken>();
        Tokenizer.Tokenize(text, tokens);
        var words = new List<PosWord>();
        PosWords.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0, words);
        var source = new int[words.Count];
        var exact = new bool[words.Count];
        for (int w = 0; w < words.Count; w++)
        {
            source[w] = -1;
            for (int g = 0; g < gold.Count; g++)
            {
                if (gold[g].Start <= words[w].Start && words[w].Start < gold[g].End)
                {
                    source[w] = g;
                    exact[w] = gold[g].Start == words[w].Start && gold[g].End == words[w].End;
                    break;
                }
            }
        }

        return new PosSentence(text, gold.ToArray(), words.ToArray(), source, exact);
    }

    // The form's offset at or after cursor, with only white space skipped; -1 when it is not there.
    private static int Find(string text, string form, int cursor)
    {
        int at = cursor;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return string.CompareOrdinal(text, at, form, 0, form.Length) == 0 ? at : -1;
    }
}
