using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.PartsOfSpeech;

/// <summary>One word the tagger tags: a token of the <see cref="Tokenizer"/>, or a part of a hyphenated one.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Token">Index of the token the word comes from.</param>
internal readonly record struct PosWord(int Start, int Length, int Token)
{
    /// <summary>The offset just past the word.</summary>
    public int End => Start + Length;
}

/// <summary>
/// Turns the project's tokens into the words of UD English segmentation. The tokenizer already splits
/// clitics as the treebank does ("don't" -> do + n't, "Kim's" -> Kim + 's) and cuts symbols from numbers
/// ("3%" -> 3 + %, "$1.5" -> $ + 1.5). What remains, following UD_English-EWT:
/// <list type="bullet">
/// <item>hyphenated compounds split at the hyphen ("Al-Zaman" -> Al - Zaman, "15-year" -> 15 - year) except
/// after a short list of prefixes ("e-mail", "non-profit"; UD English guidelines, "Hyphenation"), while the
/// tokenizer keeps them whole because the entity model was trained on CoNLL-2003's whole hyphenated tokens;</item>
/// <item>contractions written as one word split ("cannot" -> can + not, "gonna" -> gon + na, "im" -> i + m);</item>
/// <item>addresses and file names that the tokenizer cuts at dots, at-signs and underscores joined ("alt.animals.cat", "TEXT.htm", "franz371...@gmail.com");</item>
/// <item>runs of punctuation that the web writes as one symbol kept together ("!!", "?!", "$$$", ">>") and
/// emoticons (":)", ";-(" ), which the tokenizer cuts into single marks; EWT tags them as one word (NFP).</item>
/// </list>
/// </summary>
internal static class PosWords
{
    private static readonly WordSet Prefixes = WordList.Load("HyphenPrefixes", ignoreCase: true);

    private static readonly System.Collections.Frozen.FrozenDictionary<string, string> Contractions = WordList.LoadMap("UnmarkedContractions", ignoreCase: true);

    /// <summary>Appends the words of <paramref name="tokens"/> to <paramref name="words"/>; a word's <see cref="PosWord.Token"/> is its (first) token's index.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int firstToken, List<PosWord> words)
    {
        var lookup = Contractions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            int index = firstToken + t;
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol && token.Length == 1)
            {
                int last = t;
                while (last + 1 < tokens.Length && Joins(text, tokens, t, last + 1))
                {
                    last++;
                }

                if (last > t)
                {
                    words.Add(new PosWord(token.Start, tokens[last].End - token.Start, index));
                    t = last;
                    continue;
                }
            }

            if (token.Kind is TokenKind.Word or TokenKind.Number && JoinedName(text, tokens, t) is var end && end > t)
            {
                words.Add(new PosWord(token.Start, tokens[end].End - token.Start, index));
                t = end;
                continue;
            }

            if (token.Kind == TokenKind.Word && token.Length is >= 2 and <= 8
                && lookup.TryGetValue(token.GetText(text), out var split)
                && int.TryParse(split, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int cut)
                && cut > 0 && cut < token.Length)
            {
                words.Add(new PosWord(token.Start, cut, index));
                words.Add(new PosWord(token.Start + cut, token.Length - cut, index));
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number) || token.Length < 3 || token.GetText(text).IndexOf('-') < 0)
            {
                words.Add(new PosWord(token.Start, token.Length, index));
                continue;
            }

            SplitHyphenated(text, token, index, words);
        }
    }

    // The last token of an address or file name that starts at token first and that the tokenizer cut at
    // its dots, at-signs and underscores ("alt.animals.cat", "UnleadedStocks.pdf", "Lisa_resume.doc",
    // "franz371...@gmail.com", "Bryngelson@AZURIX"): tokens touching one another, words or numbers joined by
    // ".", "...", "_" or an "@" (alone or starting a handle), the mark after a dot being a letter. UD English
    // keeps such a name one word (EWT tags it ADD, NN or NNP); first when there is none.
    private static int JoinedName(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int first)
    {
        int end = first;
        bool joined = false;
        for (int k = first + 1; k < tokens.Length && tokens[k].Start == tokens[k - 1].End; k++)
        {
            var s = tokens[k].GetText(text);
            if (s.Length > 1 && s[0] == '@')
            {
                joined = true;
                end = k;
                continue;
            }

            if (s is not ("." or "..." or "_" or "@") || k + 1 >= tokens.Length)
            {
                break;
            }

            var next = tokens[k + 1];
            if (next.Start != tokens[k].End || next.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Handle)
                || (s is "." && !char.IsLetter(text[next.Start])))
            {
                break;
            }

            // "..." joins only in a truncated address ("franz371...@gmail.com"), not "wait...what".
            joined |= s is not "..." || text[next.Start] == '@';
            end = ++k;
        }

        return joined ? end : first;
    }

    // Whether token next (touching the one before it) continues the symbol run that starts at token first:
    // the same mark repeated ("!!!", "$$$", "___", "//"), sentence marks mixed ("?!", ".?", "!."), or an
    // emoticon (":)", ":-(", ";]").
    private static bool Joins(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int first, int next)
    {
        var token = tokens[next];
        if (token.Start != tokens[next - 1].End || token.Length != 1)
        {
            return false;
        }

        char a = text[tokens[first].Start], c = text[token.Start];
        if (c == a && "!?*$<>=~#+_/\\".Contains(a))
        {
            return true;
        }

        // EWT train joins ".?" 31 times of 36, "!?" and "?!" always, "!." 3 of 4.
        if (a is '!' or '?' or '.')
        {
            return c is '!' or '?' || (c == '.' && a != '.');
        }

        if (a is ':' or ';' or '=' && next - first <= 2)
        {
            char between = next - first == 2 ? text[tokens[first + 1].Start] : '\0';
            return next - first == 1 ? c is '-' or ')' or '(' or ']' or '[' : between == '-' && c is ')' or '(' or ']' or '[';
        }

        return false;
    }

    // Splits at each hyphen that has a letter or digit before it and a letter after it ("long-term",
    // "15-year", but not "713-853-3989" or "CCA-15"); the first part stays joined when it is a prefix.
    private static void SplitHyphenated(ReadOnlySpan<char> text, TextToken token, int index, List<PosWord> words)
    {
        var s = token.GetText(text);
        int partStart = 0;
        for (int i = 1; i < s.Length - 1; i++)
        {
            if (s[i] != '-' || !char.IsLetterOrDigit(s[i - 1]) || !char.IsLetter(s[i + 1]))
            {
                continue;
            }

            if (partStart == 0 && Prefixes.Contains(s[..i]))
            {
                continue;
            }

            words.Add(new PosWord(token.Start + partStart, i - partStart, index));
            words.Add(new PosWord(token.Start + i, 1, index));
            partStart = i + 1;
        }

        words.Add(new PosWord(token.Start + partStart, s.Length - partStart, index));
    }
}
