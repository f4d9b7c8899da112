using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// A news outlet written as one CamelCase word or as a web domain ("NewsToday", "NewsToday.com") is an
/// organization where a text names its source: at the start of a line before a colon, possibly with a
/// date in parentheses ("NewsToday (12/12/2025): ..."), or alone on the last line (the credit line).
/// Only these shapes are taken: a plain capitalized word there could be a person's byline.
/// </summary>
internal sealed class NewsSourceRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var segments = document.Segments;
        for (int s = 0; s < segments.Length; s++)
        {
            var segment = segments[s];
            int first = segment.FirstToken;
            if (segment.TokenCount <= 0 || segment.EndToken > tokens.Length)
            {
                continue;
            }

            int last = SourceNameEnd(text, tokens, first, segment.EndToken);
            if (last < 0)
            {
                continue;
            }

            int next = last + 1;
            bool credit = s == segments.Length - 1 && (next == segment.EndToken || (next + 1 == segment.EndToken && tokens[next].Kind == TokenKind.Punctuation));
            if (!credit && next < segment.EndToken && tokens[next].GetText(text) is "(")
            {
                int close = next + 1;
                while (close < segment.EndToken && close <= next + 6 && tokens[close].GetText(text) is not ")")
                {
                    close++;
                }

                next = close + 1;
            }

            if (!credit && !(next < segment.EndToken && tokens[next].GetText(text) is ":"))
            {
                continue;
            }

            candidates.RemoveAll(c => c.First <= last && c.Last >= first);
            int at = 0;
            while (at < candidates.Count && candidates[at].First < first)
            {
                at++;
            }

            candidates.Insert(at, new NerCandidate(MentionType.Organization, first, last, segment.FirstToken, segment.EndToken));
        }
    }

    /// <summary>The last token of a CamelCase or domain name starting at <paramref name="first"/>, or -1.</summary>
    private static int SourceNameEnd(string text, ReadOnlySpan<TextToken> tokens, int first, int end)
    {
        var word = tokens[first].GetText(text);
        if (tokens[first].Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]))
        {
            return -1;
        }

        // "NewsToday.com": the name, a dot and a top-level domain, written without spaces.
        if (first + 2 < end && tokens[first + 1].GetText(text) is "." && !tokens[first + 1].HasSpaceBefore && !tokens[first + 2].HasSpaceBefore
            && tokens[first + 2].GetText(text) is var tld && IsTopLevelDomain(tld))
        {
            return first + 2;
        }

        return IsCamelCase(word) ? first : -1;
    }

    private static bool IsTopLevelDomain(ReadOnlySpan<char> word)
        => word.Equals("com", StringComparison.OrdinalIgnoreCase) || word.Equals("net", StringComparison.OrdinalIgnoreCase)
            || word.Equals("org", StringComparison.OrdinalIgnoreCase) || word.Equals("news", StringComparison.OrdinalIgnoreCase)
            || word.Equals("info", StringComparison.OrdinalIgnoreCase) || word.Equals("tv", StringComparison.OrdinalIgnoreCase);

    /// <summary>"NewsToday", "BuzzFeed": a lower-case letter then a capital inside one word; not "McDonald" or "MacLeod".</summary>
    private static bool IsCamelCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.StartsWith("Mc", StringComparison.Ordinal) || word.StartsWith("Mac", StringComparison.Ordinal))
        {
            return false;
        }

        bool inner = false;
        for (int i = 0; i < word.Length; i++)
        {
            if (!char.IsLetterOrDigit(word[i]))
            {
                return false;
            }

            inner |= i >= 2 && char.IsLower(word[i - 1]) && char.IsUpper(word[i]);
        }

        return inner;
    }
}
