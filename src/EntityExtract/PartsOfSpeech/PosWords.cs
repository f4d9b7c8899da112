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
/// <item>(sixth round) "its" meaning "it is" split, a number cut from its unit, am/pm, number sign or a hyphen before
/// it ("70k", "5pm", "#1", "F-16", "13-17"; not a telephone number), a sentence-final abbreviation's period its own
/// word, and "b/c", "70's", "PG&amp;E", ".doc" one word;</item>
/// <item>(twelfth round) a short abbreviation's period that the tokenizer cut off joined again ("Drs. Ali", "Reps. to"),
/// "Yahoo!", ":?" and a country code "+1" one word, a slash between numbers that cannot be a date a word of its own
/// ("24/7"), "etc..." as etc + ..., a number cut from b, p, c or x ("70p"), and "your" meaning "you're" as you + r;</item>
/// <item>runs of punctuation that the web writes as one symbol kept together ("!!", "?!", "$$$", ">>") and
/// emoticons (":)", ";-(" ), which the tokenizer cuts into single marks; EWT tags them as one word (NFP).</item>
/// </list>
/// </summary>
internal static class PosWords
{
    private static readonly WordSet Prefixes = WordList.Load("HyphenPrefixes", ignoreCase: true);

    private static readonly WordSet ItIsFollowers = WordList.Load("ItIsFollowers", ignoreCase: true);

    private static readonly WordSet MarkedNames = WordList.Load("MarkedNames");

    private static readonly System.Collections.Frozen.FrozenDictionary<string, string> Contractions = WordList.LoadMap("UnmarkedContractions", ignoreCase: true);

    /// <summary>Appends the words of <paramref name="tokens"/> to <paramref name="words"/>; a word's <see cref="PosWord.Token"/> is its (first) token's index.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int firstToken, List<PosWord> words)
    {
        var lookup = Contractions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            int index = firstToken + t;
            if (RuleEnd(text, tokens, t) is var rule && rule > t)
            {
                words.Add(new PosWord(token.Start, tokens[rule].End - token.Start, index));
                t = rule;
                continue;
            }

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

            if (token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Handle && JoinedName(text, tokens, t) is var end && end > t)
            {
                words.Add(new PosWord(token.Start, tokens[end].End - token.Start, index));
                t = end;
                continue;
            }

            if (JoinedPair(text, tokens, t) is var pairEnd && pairEnd > t)
            {
                words.Add(new PosWord(token.Start, tokens[pairEnd].End - token.Start, index));
                t = pairEnd;
                continue;
            }

            if (TrailingEllipsis(text, tokens, t))
            {
                // "etc..." -> etc + ...: the tokenizer reads "etc." and "..".
                words.Add(new PosWord(token.Start, token.Length - 1, index));
                words.Add(new PosWord(token.End - 1, tokens[t + 1].End - token.End + 1, index));
                t++;
                continue;
            }

            if (SlashNumbers(text, token) is var slash && slash > 0)
            {
                words.Add(new PosWord(token.Start, slash, index));
                words.Add(new PosWord(token.Start + slash, 1, index));
                words.Add(new PosWord(token.Start + slash + 1, token.Length - slash - 1, index));
                continue;
            }

            if (Cut(text, tokens, t) is var at && at > 0)
            {
                words.Add(new PosWord(token.Start, at, index));
                words.Add(new PosWord(token.Start + at, token.Length - at, index));
                continue;
            }

            if (token.Kind == TokenKind.Word && token.Length is >= 2 and <= 8
                && lookup.TryGetValue(token.GetText(text), out var split) && Parts(split, token.Length) is var parts && parts.Cut > 0)
            {
                words.Add(new PosWord(token.Start, parts.Cut, index));
                if (parts.Second > 0)
                {
                    words.Add(new PosWord(token.Start + parts.Cut, parts.Second, index));
                }

                int rest = parts.Cut + parts.Second;
                words.Add(new PosWord(token.Start + rest, token.Length - rest, index));
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

    // The lengths of the first part and (0 when there are two parts) the second of a word of UnmarkedContractions
    // ("3" for cannot, "2,1" for dunno); a cut of 0 when the entry does not fit the word.
    private static (int Cut, int Second) Parts(string split, int length)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        int comma = split.IndexOf(',', StringComparison.Ordinal);
        if (!int.TryParse(comma < 0 ? split : split[..comma], System.Globalization.NumberStyles.None, culture, out int cut) || cut <= 0)
        {
            return (0, 0);
        }

        int second = 0;
        if (comma >= 0 && (!int.TryParse(split[(comma + 1)..], System.Globalization.NumberStyles.None, culture, out second) || second <= 0))
        {
            return (0, 0);
        }

        return cut + second < length ? (cut, second) : (0, 0);
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

    // The last token of a pair or triple that UD English writes as one word although the tokenizer cuts it, t
    // when none: a single letter, a slash and at most one more letter or digit ("b/c", "w/", "w/o", "I/S": EWT train
    // keeps 10 of 13 whole; "and/or" is split), and a number with a touching "'s" ("the 70's": 7 of 8 whole in
    // train, the plural of a decade, not a possessive).
    private static int JoinedPair(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int t)
    {
        var token = tokens[t];
        if (t + 1 >= tokens.Length || tokens[t + 1].Start != token.End)
        {
            return t;
        }

        var next = tokens[t + 1].GetText(text);
        if (AbbreviationEnd(text, tokens, t) is var abbreviation && abbreviation > t)
        {
            return abbreviation;
        }

        // A name written with a mark of its own ("Yahoo!": train 4 of 4 one word; Resources/Lexicons/MarkedNames.txt).
        if (token.Kind == TokenKind.Word && next.Length == 1 && !char.IsLetterOrDigit(next[0])
            && MarkedNames.Contains(text[token.Start..tokens[t + 1].End]))
        {
            return t + 1;
        }

        // A telephone number's country code ("+1 212-848-8400", "+44 20 7484 9866": train 6 of 6 one word): a plus
        // sign, one to three digits, then another group of digits or a bracketed area code; "+32 delicious" stays apart.
        if (token.Length == 1 && text[token.Start] == '+' && tokens[t + 1].Kind == TokenKind.Number && next.Length <= 3 && IsDigits(next)
            && t + 2 < tokens.Length && tokens[t + 2].Start > tokens[t + 1].End && text[tokens[t + 2].Start] is '(' or (>= '0' and <= '9'))
        {
            return t + 1;
        }

        if (token.Kind == TokenKind.Number && next is "'s" or "\u2019s" && IsDigits(token.GetText(text)))
        {
            return t + 1;
        }

        // Two quote marks touching, which EWT writes as one word ("''", "‘’": train 41 of 41).
        if (token.Kind == TokenKind.Quote && token.Length == 1 && tokens[t + 1].Kind == TokenKind.Quote && next.Length == 1
            && "'‘’".Contains(text[token.Start]) && "'‘’".Contains(next[0]))
        {
            return t + 1;
        }

        // Initials joined by an ampersand ("PG&E", "P&L", "AT&T": train 32 of 39 one word), and a file extension
        // written alone, in lower case (" .doc": train 8 of 8; " .Then" is a sentence's mark misplaced), or after the
        // closing bracket of a file name ("(nmemdrft8-7-01).doc": train 4 of 4).
        if (token.Kind == TokenKind.Word && token.Length <= 3 && IsLetters(token.GetText(text)) && next is "&"
            && t + 2 < tokens.Length && tokens[t + 2].Start == tokens[t + 1].End && tokens[t + 2].Length <= 3 && IsLetters(tokens[t + 2].GetText(text))
            && (t + 3 >= tokens.Length || tokens[t + 3].Start != tokens[t + 2].End || !char.IsLetterOrDigit(text[tokens[t + 3].Start])))
        {
            return t + 2;
        }

        if (token.GetText(text) is "." && (t == 0 || tokens[t - 1].End != token.Start || tokens[t - 1].GetText(text) is ")" or "]") && tokens[t + 1].Kind == TokenKind.Word
            && next.Length is >= 2 and <= 4 && IsLetters(next) && !next.ContainsAnyInRange('A', 'Z'))
        {
            return t + 1;
        }

        if (token.Kind != TokenKind.Word || token.Length != 1 || !char.IsLetter(text[token.Start]) || next is not "/")
        {
            return t;
        }

        int end = t + 1;
        if (end + 1 < tokens.Length && tokens[end + 1].Start == tokens[end].End)
        {
            if (tokens[end + 1].Length != 1 || !char.IsLetterOrDigit(text[tokens[end + 1].Start]))
            {
                return t;
            }

            end++;
        }

        return end + 1 < tokens.Length && tokens[end + 1].Start == tokens[end].End && char.IsLetterOrDigit(text[tokens[end + 1].Start]) ? t : end;
    }

    // The period of a short abbreviation that the tokenizer cut off ("Drs. Ali", "ext. 37625", "Wed. Sept. 20",
    // "lb., 10 oz.", "Va.-based"): a word of one to four letters, a touching period, then a letter or digit after a
    // space or a touching comma or hyphen. EWT train writes all 48 such periods inside the word and cuts the 4
    // longer words' periods ("Lessons learned. which"); a period ending the sentence stays apart (Cut). The last
    // token of the abbreviation, t when there is none.
    private static int AbbreviationEnd(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int t)
    {
        var token = tokens[t];
        if (token.Kind != TokenKind.Word || token.Length > 4 || !IsLetters(token.GetText(text)) || t + 2 >= tokens.Length
            || tokens[t + 1].Start != token.End || tokens[t + 1].GetText(text) is not ".")
        {
            return t;
        }

        var after = tokens[t + 2];
        char c = text[after.Start];
        return after.Start > tokens[t + 1].End ? (char.IsLetterOrDigit(c) ? t + 1 : t) : (c is ',' or '-' ? t + 1 : t);
    }

    // Whether token t is a word ending in a period (an abbreviation the tokenizer recognized: "etc.") touched by "..",
    // which UD English writes as the word and an ellipsis ("etc..." -> etc + ...: train 2 of 2).
    private static bool TrailingEllipsis(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int t)
    {
        var token = tokens[t];
        return token.Kind == TokenKind.Word && token.Length >= 2 && text[token.End - 1] == '.' && char.IsLetter(text[token.End - 2])
            && t + 1 < tokens.Length && tokens[t + 1].Start == token.End && tokens[t + 1].GetText(text) is "..";
    }

    // Where a number token of two numbers joined by a slash is cut (the slash's offset), 0 when it is not: UD English
    // writes a date ("9/11", "6/14") as one word but a score, a range of years or a ratio as three ("24/7", "20/20",
    // "2001/02", "1774/76"). Those that cannot be a month and day are cut: train 6 of the 14 cut, none of the 20 whole.
    private static int SlashNumbers(ReadOnlySpan<char> text, TextToken token)
    {
        var s = token.GetText(text);
        int slash = s.IndexOf('/');
        if (token.Kind != TokenKind.Number || slash <= 0 || slash >= s.Length - 1 || !IsDigits(s[..slash]) || !IsDigits(s[(slash + 1)..]))
        {
            return 0;
        }

        bool date = slash <= 2 && s.Length - slash - 1 <= 2
            && int.Parse(s[..slash], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12
            && int.Parse(s[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;
        return date ? 0 : slash;
    }

    // Where UD English cuts a token in two that the tokenizer keeps whole (the length of the first part), 0 when
    // it does not (UD_English-EWT train v2.16 for each case):
    // - "its" meaning "it is" (it + s), told from the possessive by the next word, one of the closed-class words
    //   that never follow the possessive (Resources/Lexicons/ItIsFollowers.txt: "its a", "its not", "its been"); and
    //   "your" or "ur" meaning "you're" (you + r, u + r) before the same words ("your in", "your gonna": train 5 of 5
    //   such "your" split, none of the 663 possessive "your" before one of them);
    // - "Lets" opening a sentence before a word ("Lets go": let + s, as "let's"); lower case "lets" stays whole
    //   ("it lets you");
    // - the period of an abbreviation that ends the sentence ("in the U.S." -> U.S + ., "etc." -> etc + .): EWT
    //   writes the sentence's period as a word of its own, as in train's 2,639 sentences ending in a word and a
    //   period (none keeps it in the word);
    // - a number sign before a number ("#1": # + 1; train 19 of 19);
    // - a number or a time and a unit written together ("70k", "375mm", "8gb", "24hrs", "5pm", "7:30PM": train
    //   splits k, m, mm, cm, ft, kg, hz, mins ... 55 times and am/pm after a number or time all 58 times), but not an
    //   ordinal or a decade ("10th", "1990s") nor a single letter other than k, m or (in lower case: billions, pence,
    //   cents, times) b, p, c, x ("$2b", "70p", "2c", "3x": train 10 of 11; "3D", "4g" stay whole).
    private static int Cut(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int t)
    {
        var token = tokens[t];
        var s = token.GetText(text);
        if (token.Kind == TokenKind.Word && s.Length is >= 2 and <= 4 && t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Word
            && ItIsFollowers.Contains(tokens[t + 1].GetText(text)))
        {
            if (s.Equals("its", StringComparison.OrdinalIgnoreCase))
            {
                return 2;
            }

            if (s.Equals("your", StringComparison.OrdinalIgnoreCase) || s.Equals("ur", StringComparison.OrdinalIgnoreCase))
            {
                return s.Length - 1;
            }
        }

        if (t == 0 && s is "Lets" && t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Word)
        {
            return 3;
        }

        if (token.Kind == TokenKind.Word && s.Length >= 2 && s[^1] == '.' && char.IsLetter(s[^2]) && EndsSentence(text, tokens, t))
        {
            return s.Length - 1;
        }

        if (s.Length >= 2 && s[0] == '#' && IsDigits(s[1..]))
        {
            return 1;
        }

        int digits = 0;
        while (digits < s.Length && (char.IsAsciiDigit(s[digits]) || (s[digits] == ':' && digits > 0 && digits + 1 < s.Length && char.IsAsciiDigit(s[digits + 1]))))
        {
            digits++;
        }

        if (digits == 0 || digits == s.Length || !IsLetters(s[digits..]))
        {
            return 0;
        }

        var unit = s[digits..];
        bool split = unit.Length == 1
            ? unit[0] is 'k' or 'K' or 'm' or 'M' or 'b' or 'p' or 'c' or 'x'
            : !(unit.Equals("st", StringComparison.OrdinalIgnoreCase) || unit.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || unit.Equals("rd", StringComparison.OrdinalIgnoreCase) || unit.Equals("th", StringComparison.OrdinalIgnoreCase));
        return split ? digits : 0;
    }

    // Whether token t is the sentence's last but for closing quotes and brackets.
    private static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int t)
    {
        for (int k = t + 1; k < tokens.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Quote && tokens[k].GetText(text) is not (")" or "]"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExceptInRange('0', '9');

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // The last token of a drawn line of hyphens and equals signs mixed ("==----", "---="), which the tokenizer
    // cuts where the mark changes and EWT writes as one symbol; t when the tokens there make no such line.
    private static int RuleEnd(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int t)
    {
        int end = t;
        while (IsRule(tokens[end].GetText(text)) && end + 1 < tokens.Length && tokens[end + 1].Start == tokens[end].End
            && IsRule(tokens[end + 1].GetText(text)))
        {
            end++;
        }

        // A run of one mark only is left to the tokenizer and Joins.
        var run = text[tokens[t].Start..tokens[end].End];
        return run.Contains('-') && run.Contains('=') ? end : t;

        static bool IsRule(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExcept('-', '=');
    }

    // Whether token next (touching the one before it) continues the symbol run that starts at token first:
    // the same mark repeated ("!!!", "$$$", "___", "//"), sentence marks mixed ("?!", ".?", "!."), or an
    // emoticon (":)", ":-(", ";]", ":D", ":P"), or ":?".
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

        // A colon or comma touched by one question mark (":?", ",?": a character lost in conversion; train 2 of 2,
        // dev writes "Dial:?" as one word too); "RE:???" stays apart.
        if (a is ':' or ',' && c == '?' && next == first + 1)
        {
            return next + 1 >= tokens.Length || tokens[next + 1].Start != token.End || text[tokens[next + 1].Start] != '?';
        }

        if (a is ':' or ';' or '=' && next - first <= 2)
        {
            char between = next - first == 2 ? text[tokens[first + 1].Start] : '\0';
            return next - first == 1 ? c is '-' or ')' or '(' or ']' or '[' or 'D' or 'P' or 'p' : between == '-' && c is ')' or '(' or ']' or '[' or 'D' or 'P' or 'p';
        }

        return false;
    }

    // Splits at each hyphen that has a letter or digit before it and a letter after it ("long-term",
    // "15-year"), and at a hyphen between letters and a number ("F-16", "AK-47": EWT train 13 of 16) or between
    // two numbers of a range ("1998-2000", "13-17": 43 of 75), but not in a telephone number or extension, whose
    // last group has four digits after a shorter one or which has several hyphens ("3-5290", "713-853-3989",
    // the other 32); the first part stays joined when it is a prefix ("mid-2003").
    private static void SplitHyphenated(ReadOnlySpan<char> text, TextToken token, int index, List<PosWord> words)
    {
        var s = token.GetText(text);
        int partStart = 0;
        for (int i = 1; i < s.Length - 1; i++)
        {
            if (s[i] != '-' || !char.IsLetterOrDigit(s[i - 1]) || !(char.IsLetter(s[i + 1]) || SplitsBeforeNumber(s, partStart, i)))
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

    // Whether the hyphen at i, a number after it, cuts s (the part before it starting at partStart): after
    // letters, or between two numbers that are not a telephone number.
    private static bool SplitsBeforeNumber(ReadOnlySpan<char> s, int partStart, int i)
    {
        var after = s[(i + 1)..];
        int next = after.IndexOf('-');
        var number = next < 0 ? after : after[..next];
        if (!IsTime(number))
        {
            return false;
        }

        var before = s[partStart..i];
        if (IsLetters(before))
        {
            return IsDigits(number);
        }

        // "F-16-launched" splits before the number and before "launched"; "713-853-3989" nowhere; a range of
        // times splits ("5:00-8:30": train 7 of 7).
        return partStart == 0 && IsTime(before) && (next < 0 || (next + 1 < after.Length && !char.IsAsciiDigit(after[next + 1])))
            && !(number.Length == 4 && before.Length < 4 && IsDigits(number) && IsDigits(before));

        // Digits, or hours and minutes ("7:30").
        static bool IsTime(ReadOnlySpan<char> s)
        {
            int colon = s.IndexOf(':');
            return colon < 0 ? IsDigits(s) : IsDigits(s[..colon]) && s.Length - colon == 3 && IsDigits(s[(colon + 1)..]);
        }
    }
}
