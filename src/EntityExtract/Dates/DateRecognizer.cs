using System.Buffers;
using System.Numerics;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Dates;

/// <summary>A date expression found by phase one: its tokens, its character span, its underspecified value and tense.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Expression">The underspecified value.</param>
/// <param name="Tense">The tense of its clause.</param>
/// <param name="Sentence">The index of its sentence.</param>
internal readonly record struct RecognizedDate(int Start, int End, DateExpression Expression, DateTense Tense, int Sentence);

/// <summary>
/// Phase one: walks the tokens of each sentence once, tries the <see cref="DatePatterns"/> table at each token,
/// keeps the longest match, applies the negative rules and the extent rules, and moves past it. Linear in the
/// number of tokens (a fixed table, fixed-length alternatives, no backtracking). Stateless and thread-safe.
/// </summary>
internal static class DateRecognizer
{
    /// <summary>Words before a bare year that make it a year even before a plural noun ("in 2026 elections").</summary>
    private static readonly WordSet YearIntroducers = WordList.Load("date-year-introducers", ignoreCase: true);

    /// <summary>Capitalized words that make a weekday part of a name: "Good Friday", "Super Tuesday".</summary>
    private static readonly WordSet WeekdayNamePrefixes = WordList.Load("date-weekday-name-prefixes", ignoreCase: true);

    /// <summary>Nouns that number things rather than years: "Room 2025", "Flight 1549", "No. 1999".</summary>
    private static readonly WordSet NumberedThings = WordList.Load("date-numbered-things", ignoreCase: true);

    /// <summary>Words before a bare month or season that show it is used as a date ("his October tour", "in May").</summary>
    private static readonly WordSet MonthIntroducers = WordList.Load("date-month-introducers", ignoreCase: true);

    /// <summary>Finds every date expression in the document, in order.</summary>
    public static List<RecognizedDate> Recognize(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<TextSegment> sentences, DateOrder order, CancellationToken cancellationToken)
    {
        var found = new List<RecognizedDate>();
        var index = DatePatterns.Index;

        // Each token is classified once (one hash look-up for a plain word); a pooled buffer keeps the call free of
        // per-document allocations beyond the result.
        uint[] rented = ArrayPool<uint>.Shared.Rent(Math.Max(1, tokens.Length));
        try
        {
            var classes = rented.AsSpan(0, tokens.Length);
            index.ClassifyAll(text, tokens, classes);
            RecognizeCore(text, tokens, classes, sentences, order, index, found, cancellationToken);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(rented);
        }

        ShareRangeYears(text, found);
        return found;
    }

    /// <summary>
    /// The first end of a range takes the year written on the second ("between March and October 2004", "from Dec. 30
    /// to Jan. 2, 2026"), one year earlier when it falls later in the calendar: the text states that year once for
    /// both, which TimeML resolves to the same year rather than by the reference date.
    /// </summary>
    private static void ShareRangeYears(ReadOnlySpan<char> text, List<RecognizedDate> found)
    {
        for (int k = 0; k + 1 < found.Count; k++)
        {
            var a = found[k];
            var b = found[k + 1].Expression;
            if (a.Sentence != found[k + 1].Sentence || a.Expression.Kind != DateKind.Yearless || a.Expression.Offset != 0 || a.Expression.Part != 0
                || a.Expression.Unit is not (DateUnit.Month or DateUnit.Day) || b.Kind != DateKind.Explicit || b.Unit is not (DateUnit.Month or DateUnit.Day)
                || !IsRangeJoiner(text[a.End..found[k + 1].Start].Trim()))
            {
                continue;
            }

            var e = a.Expression;
            bool later = e.Month > b.Month || (e.Month == b.Month && e.Day > b.Day);
            found[k] = a with { Expression = e with { Kind = DateKind.Explicit, Year = later ? b.Year - 1 : b.Year } };
        }
    }

    private static bool IsRangeJoiner(ReadOnlySpan<char> w) =>
        DateLexicon.Is(w, "and") || DateLexicon.Is(w, "to") || DateLexicon.Is(w, "through") || DateLexicon.Is(w, "until")
        || DateLexicon.Is(w, "till") || DateLexicon.Is(w, "or") || w is "-" or "–" or "—";

    private static void RecognizeCore(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<uint> classes, ReadOnlySpan<TextSegment> sentences, DateOrder order, DatePatternIndex index, List<RecognizedDate> found, CancellationToken cancellationToken)
    {
        int work = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            int limit = Math.Min(sentence.EndToken, tokens.Length);
            int i = Math.Max(0, sentence.FirstToken);

            // Extents grow leftwards ("early", "the") but never into the previous mention.
            int floor = i;
            while (i < limit)
            {
                if ((++work & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int bestEnd = -1;
                int bestRank = int.MaxValue;
                DatePattern? best = null;
                DateExpression bestExpression = default;

                // Only the alternatives whose first element this token can match: its literal word, then each of its
                // classes. The winner (longest, then earliest row) does not depend on the order they are tried in.
                uint tokenClasses = classes[i];
                if ((tokenClasses & DatePatternIndex.LiteralStart) != 0)
                {
                    Try(index.StartingWith(tokens[i].GetText(text)), text, tokens, classes, sentence, i, limit, order, ref bestEnd, ref bestRank, ref best, ref bestExpression);
                }

                for (uint bits = tokenClasses & ~DatePatternIndex.LiteralStart; bits != 0; bits &= bits - 1)
                {
                    var kind = (DateElementKind)BitOperations.TrailingZeroCount(bits);
                    Try(index.StartingWithClass(kind), text, tokens, classes, sentence, i, limit, order, ref bestEnd, ref bestRank, ref best, ref bestExpression);
                }

                if (best is null)
                {
                    // "Dec. 15-16": a month and a day range held in one number token.
                    if (i + 1 < limit && (tokenClasses & (1u << (int)DateElementKind.Month)) != 0 && tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && DateWords.Month(tokens[i].GetText(text)) is int month and > 0
                        && TrySplitDayRange(text, tokens[i + 1], out var fromDay, out var toDay))
                    {
                        var rangeTense = DateTenseDetector.Detect(text, tokens, sentence, i, i + 2);
                        var expression = new DateExpression(DateKind.Yearless, DateUnit.Day, Month: month, Day: fromDay.Day);
                        found.Add(new RecognizedDate(tokens[i].Start, fromDay.End, expression, rangeTense, s));
                        found.Add(new RecognizedDate(toDay.Start, toDay.End, expression with { Day = toDay.Day }, rangeTense, s));
                        i = floor = i + 2;
                        continue;
                    }

                    // "2009-2013" is one token: its two years are two dates (the tokenizer keeps hyphenated numbers whole).
                    if (TrySplitYearRange(text, tokens[i], out var left, out var right))
                    {
                        found.Add(new RecognizedDate(left.Start, left.End, new DateExpression(DateKind.Explicit, DateUnit.Year, left.Year), DateTense.Unknown, s));
                        found.Add(new RecognizedDate(right.Start, right.End, new DateExpression(DateKind.Explicit, DateUnit.Year, right.Year), DateTense.Unknown, s));
                    }

                    i++;
                    continue;
                }

                int first = ExtendLeft(text, tokens, floor, i, best.Options);
                int last = bestEnd;
                if ((best.Options & DatePatternOptions.TakesDayPart) != 0 && last < limit && tokens[last].Kind == TokenKind.Word && DateLexicon.IsDayPart(tokens[last].GetText(text)))
                {
                    last++;
                }

                var tense = DateTenseDetector.Detect(text, tokens, sentence, first, last);
                found.Add(new RecognizedDate(tokens[first].Start, tokens[last - 1].End, bestExpression, tense, s));
                i = floor = last;

                // "April 24 and 25", "Dec. 16 to 18": the second day shares the month (and year) of the first.
                if (bestExpression.Unit == DateUnit.Day && bestExpression.Month != 0 && bestExpression.Day != 0 && last + 1 < limit
                    && IsDayJoiner(tokens[last].GetText(text)) && tokens[last + 1].Kind == TokenKind.Number
                    && AbsoluteDateParser.TryDay(tokens[last + 1].GetText(text), out int secondDay)
                    && !(last + 2 < limit && IsQuantityFollower(text, tokens[last + 2])))
                {
                    var second = bestExpression with { Day = secondDay, Part = 0 };
                    found.Add(new RecognizedDate(tokens[last + 1].Start, tokens[last + 1].End, second, tense, s));
                    i = floor = last + 2;
                }
            }
        }
    }

    private static void Try(ReadOnlySpan<DateAlternative> candidates, ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<uint> classes, TextSegment sentence, int i, int limit, DateOrder order,
        ref int bestEnd, ref int bestRank, ref DatePattern? best, ref DateExpression bestExpression)
    {
        foreach (var alternative in candidates)
        {
            // An alternative that cannot beat the best so far is not even matched.
            int length = alternative.Elements.Length;
            if (i + length < bestEnd || (i + length == bestEnd && alternative.Rank >= bestRank) || i + length > limit)
            {
                continue;
            }

            var captures = default(DateCaptures);
            int end = DatePattern.Match(text, tokens, classes, i, limit, alternative.Elements, order, ref captures);
            if (end < 0)
            {
                continue;
            }

            if (alternative.Pattern.Build(captures) is not DateExpression expression || !Accept(text, tokens, sentence, i, end, alternative.Pattern.Options)
                || IsInTitle(text, tokens, sentence, i, alternative.Elements))
            {
                continue;
            }

            bestEnd = end;
            bestRank = alternative.Rank;
            best = alternative.Pattern;
            bestExpression = expression;
        }
    }

    // What follows a number that is a quantity, not a second day: "March 3 and 10 percent", "and 25 days", "and 4 May".
    private static bool IsQuantityFollower(ReadOnlySpan<char> text, TextToken token)
    {
        var w = token.GetText(text);
        if (token.Kind is TokenKind.Symbol or TokenKind.Number || DateWords.Month(w) > 0 || DateLexicon.Is(w, "percent") || DateLexicon.Is(w, "per"))
        {
            return true;
        }

        return token.Kind == TokenKind.Word && w.Length > 3 && char.IsLower(w[0]) && w[^1] == 's' && !DateLexicon.Is(w, "was") && !DateLexicon.Is(w, "has");
    }

    private static bool IsDayJoiner(ReadOnlySpan<char> w) =>
        DateLexicon.Is(w, "and") || DateLexicon.Is(w, "or") || DateLexicon.Is(w, "to") || DateLexicon.Is(w, "through") || w is "-" or "–";

    private static bool TrySplitDayRange(ReadOnlySpan<char> text, TextToken token, out (int Start, int End, int Day) first, out (int Start, int End, int Day) second)
    {
        first = second = default;
        var t = token.GetText(text);
        int dash = t.IndexOf('-');
        if (token.Kind != TokenKind.Number || dash <= 0 || !AbsoluteDateParser.TryDay(t[..dash], out int a) || !AbsoluteDateParser.TryDay(t[(dash + 1)..], out int b) || b <= a)
        {
            return false;
        }

        first = (token.Start, token.Start + dash, a);
        second = (token.Start + dash + 1, token.End, b);
        return true;
    }

    private static bool TrySplitYearRange(ReadOnlySpan<char> text, TextToken token, out (int Start, int End, int Year) left, out (int Start, int End, int Year) right)
    {
        left = right = default;
        var t = token.GetText(text);
        if (token.Kind != TokenKind.Number || t.Length != 9 || t[4] != '-'
            || !AbsoluteDateParser.TryYear(t[..4], out int from) || !AbsoluteDateParser.TryYear(t[5..], out int to) || to <= from || to - from > 100)
        {
            return false;
        }

        left = (token.Start, token.Start + 4, from);
        right = (token.Start + 5, token.End, to);
        return true;
    }

    /// <summary>
    /// TimeML keeps part-of-period modifiers in the extent ("early next year", "late yesterday", "the end of 1990")
    /// and, for periods, the determiner ("the third quarter", "the early 1980s").
    /// </summary>
    private static int ExtendLeft(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int floor, int first, DatePatternOptions options)
    {
        bool article = (options & DatePatternOptions.TakesArticle) != 0 && !Is(text, tokens, first, "the");

        // TimeML's mod="APPROX" words stay inside too ("around Nov. 1", "around year end").
        if (first - 1 >= floor && tokens[first - 1].Kind == TokenKind.Word && DateLexicon.IsApproximator(tokens[first - 1].GetText(text)))
        {
            first--;
        }

        if (first - 1 >= floor && tokens[first - 1].Kind == TokenKind.Word && DateLexicon.IsPartModifier(tokens[first - 1].GetText(text))
            && !IsComparativeBeforeDay(text, tokens, first))
        {
            first--;
            article = true;
        }
        else if (first - 2 >= floor && Is(text, tokens, first - 1, "of") && DateLexicon.IsPartNoun(tokens[first - 2].GetText(text)))
        {
            first -= 2;
            article = true;
        }

        if (article && first - 1 >= floor && Is(text, tokens, first - 1, "the"))
        {
            first--;
        }

        return first;
    }

    // "Earlier Friday", "later today": before a single day the comparative is an adverb of the clause (earlier than
    // the events just told), not a part of the day as "early Friday" is, so it stays outside the extent.
    private static bool IsComparativeBeforeDay(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int first)
    {
        var modifier = tokens[first - 1].GetText(text);
        if (!DateLexicon.Is(modifier, "earlier") && !DateLexicon.Is(modifier, "later"))
        {
            return false;
        }

        var head = tokens[first].GetText(text);
        return DateLexicon.FullWeekday(head) is not null || DateLexicon.Is(head, "today") || DateLexicon.Is(head, "yesterday") || DateLexicon.Is(head, "tomorrow");
    }

    /// <summary>The negative rules: sets, and the bare forms that are most often not dates.</summary>
    private static bool Accept(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, TextSegment sentence, int start, int end, DatePatternOptions options)
    {
        bool hasPrev = start - 1 >= sentence.FirstToken;
        var prev = hasPrev ? tokens[start - 1].GetText(text) : default;
        bool hasNext = end < sentence.EndToken && end < tokens.Length;
        var next = hasNext ? tokens[end].GetText(text) : default;

        // A holiday inside a longer name is another day or no day ("Holocaust Memorial Day", "the Good Friday
        // Agreement", "the Easter Rising").
        if ((options & DatePatternOptions.Holiday) != 0
            && ((hasPrev && tokens[start - 1].Kind == TokenKind.Word && char.IsUpper(prev[0]) && start - 1 != sentence.FirstToken)
                || (hasNext && tokens[end].Kind == TokenKind.Word && char.IsUpper(next[0]))))
        {
            return false;
        }

        // Named days built on a weekday are not that weekday of the reference week ("Good Friday", "Black
        // Friday", "Super Tuesday", "Bloody Sunday").
        if (hasPrev && (options & DatePatternOptions.TakesDayPart) != 0 && WeekdayNamePrefixes.Contains(prev))
        {
            return false;
        }

        // TimeML SETs ("every Monday", "each year") are not dates.
        if (hasPrev && (DateLexicon.Is(prev, "every") || DateLexicon.Is(prev, "each")))
        {
            return false;
        }

        if ((options & DatePatternOptions.BareYear) != 0)
        {
            // "$2000", "2000%", "No. 2000", "2000 shoes" (unless introduced as a year: "in 2026 elections").
            if (hasPrev && (tokens[start - 1].Kind == TokenKind.Number || IsCurrency(prev) || NumberedThings.Contains(prev)))
            {
                return false;
            }

            if (hasNext && (tokens[end].Kind == TokenKind.Number || next is "%" || DateLexicon.Is(next, "percent")))
            {
                return false;
            }

            bool introduced = hasPrev && YearIntroducers.Contains(prev);
            if (hasNext && !introduced && tokens[end].Kind == TokenKind.Word && next.Length > 2 && char.IsLower(next[0]) && next[^1] == 's')
            {
                return false;
            }
        }

        if ((options & DatePatternOptions.NotBeforeQuantity) != 0 && hasNext
            && (tokens[end].Kind == TokenKind.Number || DateLexicon.Count(next) >= 0 || DateLexicon.Unit(next, false) is not null || DateLexicon.Unit(next, true) is not null))
        {
            return false;
        }

        if ((options & DatePatternOptions.BareMonth) != 0)
        {
            var month = tokens[start].GetText(text);
            bool introduced = hasPrev && (MonthIntroducers.Contains(prev) || tokens[start - 1].Kind == TokenKind.Punctuation && text[tokens[start - 1].Start] == '(');

            // "May" the modal verb: only a date when introduced ("in May") or followed by a day or year.
            if (DateLexicon.Is(month, "May") && !introduced)
            {
                return false;
            }

            // A month-named person ("August Wilson", "April Ryan") unless a determiner shows a date ("his October Asia tour").
            if (hasNext && tokens[end].Kind == TokenKind.Word && next.Length > 0 && char.IsUpper(next[0]) && !introduced)
            {
                return false;
            }
        }

        if ((options & DatePatternOptions.BareSeason) != 0)
        {
            var season = tokens[start].GetText(text);

            // "a winter of purging" is generic; "fall" and "spring" are verbs and nouns unless introduced ("in the fall").
            if (hasPrev && (DateLexicon.Is(prev, "a") || DateLexicon.Is(prev, "an")))
            {
                return false;
            }

            bool verbish = DateLexicon.Is(season, "fall") || DateLexicon.Is(season, "spring");
            if (verbish && !(hasPrev && DateLexicon.Is(prev, "the") && start - 2 >= sentence.FirstToken && MonthIntroducers.Contains(tokens[start - 2].GetText(text))))
            {
                return false;
            }

            // "winter storms", "summer camp": a season before a noun modifies it.
            if (hasNext && tokens[end].Kind == TokenKind.Word && next.Length > 0 && char.IsLower(next[0]) && !DateLexicon.Is(next, "and") && !DateLexicon.Is(next, "or"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Common words of a pattern written capitalized inside a sentence belong to a name or title ("Institute for
    /// the Future", "Suddenly Last Summer", NBC's "Today"), not to a date. Proper words ("Christmas") are unaffected.
    /// </summary>
    private static bool IsInTitle(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, TextSegment sentence, int start, DateElement[] elements)
    {
        if (!HasCapitalizedCommonWord(text, tokens, sentence, start, elements))
        {
            return false;
        }

        // A headline in Title Case ("Talks Resume Next Week") capitalizes every word, so capitals there say nothing
        // about names, except that a capitalized word right after the match still continues a name ("Twentieth
        // Century Fox"), unless it is a preposition ("Next Week After Talks"). Computed only for the rare capitalized match.
        int end = start + elements.Length;
        bool nameGoesOn = end < sentence.EndToken && end < tokens.Length && tokens[end].Kind == TokenKind.Word
            && char.IsUpper(text[tokens[end].Start]) && !TitlePrepositions.Contains(tokens[end].GetText(text));
        // A single capitalized word stays a name even there ("Winter" in a team line-up).
        return nameGoesOn || elements.Length < 2 || !IsTitleCaseSentence(text, tokens, sentence);
    }

    /// <summary>Capitalized prepositions and conjunctions that may follow a date in a Title Case headline.</summary>
    private static readonly WordSet TitlePrepositions = WordList.Load("date-title-prepositions", ignoreCase: true);

    private static bool HasCapitalizedCommonWord(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, TextSegment sentence, int start, DateElement[] elements)
    {
        for (int k = 0; k < elements.Length; k++)
        {
            int index = start + k;
            // Common words only: lower-case literals and the word classes; month and weekday names are proper.
            bool common = elements[k].Kind switch
            {
                DateElementKind.Literal => char.IsLower(elements[k].Words![0][0]),
                DateElementKind.Relation or DateElementKind.Season or DateElementKind.Unit or DateElementKind.Units or DateElementKind.Count => true,
                _ => false,
            };
            if (!common || tokens[index].Kind != TokenKind.Word)
            {
                continue;
            }

            var w = tokens[index].GetText(text);
            bool opensClause = index == sentence.FirstToken || tokens[index - 1].Kind is TokenKind.Quote or TokenKind.Dash or TokenKind.Bullet
                || (tokens[index - 1].Kind == TokenKind.Punctuation && text[tokens[index - 1].Start] is ':' or '(' or '.');
            if (char.IsUpper(w[0]) && !opensClause && !(k > 0 && char.IsUpper(text[tokens[start].Start]) && index - 1 == start && start == sentence.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every word of the sentence but the short function words starts with a capital letter, as in a Title
    /// Case headline (at least three such words, so that a short name is not a headline). An ALL-CAPS line counts too.
    /// </summary>
    private static bool IsTitleCaseSentence(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, TextSegment sentence)
    {
        int capitalized = 0;
        int end = Math.Min(sentence.EndToken, tokens.Length);
        for (int i = Math.Max(0, sentence.FirstToken); i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsLetter(text[tokens[i].Start]))
            {
                continue;
            }

            var w = tokens[i].GetText(text);
            if (char.IsUpper(w[0]))
            {
                capitalized++;
            }
            else if (!TitleFunctionWords.Contains(w))
            {
                return false;
            }
        }

        return capitalized >= 3;
    }

    /// <summary>Words that Title Case (AP, Chicago) leaves in lower case.</summary>
    private static readonly WordSet TitleFunctionWords = WordList.Load("date-title-function-words", ignoreCase: true);

    private static bool IsCurrency(ReadOnlySpan<char> w) => w is "$" or "£" or "€" or "¥" or "US$" or "C$" or "A$";

    private static bool Is(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int index, string word) =>
        index >= 0 && index < tokens.Length && tokens[index].GetText(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
