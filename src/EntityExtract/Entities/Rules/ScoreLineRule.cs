using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// A score line, "Sale 31 Wasps 33" or "Harlequins 75 Gloucester 19": a line of exactly a name, a number,
/// a name and a number reports a match, and the two names are the teams (organizations), even when a
/// team bears its city's name or a common word. Each name is one to four capitalized words.
/// </summary>
internal sealed class ScoreLineRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        var text = document.Text.AsSpan();
        var tokens = document.Tokens;
        List<(int First, int Last, NerCandidate[] Items)>? ranges = null;
        foreach (var segment in document.Segments)
        {
            int first = segment.FirstToken, end = Math.Min(segment.EndToken, tokens.Length);
            if (end - first < 4 || end - first > 10 || (first > 0 && !TextScan.LineStartsAt(text, tokens[first].Start)))
            {
                continue;
            }

            int firstEnd = NameRunEnd(text, tokens, first, end);
            if (firstEnd < 0 || firstEnd + 1 >= end || !IsScore(text, tokens[firstEnd + 1]))
            {
                continue;
            }

            int second = firstEnd + 2;
            int secondEnd = NameRunEnd(text, tokens, second, end);
            if (secondEnd < 0 || secondEnd + 2 != end || !IsScore(text, tokens[secondEnd + 1]))
            {
                continue;
            }

            (ranges ??= []).Add((first, end - 1,
                [new NerCandidate(MentionType.Organization, first, firstEnd, segment.FirstToken, segment.EndToken), new NerCandidate(MentionType.Organization, second, secondEnd, segment.FirstToken, segment.EndToken)]));
        }

        CandidateRanges.Replace(candidates, ranges);
    }

    /// <summary>The last token of one to four capitalized words starting at <paramref name="start"/> (a possessive may join them), or -1.</summary>
    private static int NameRunEnd(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, int start, int end)
    {
        int last = start - 1;
        while (last + 1 < end && last + 1 - start < 5 && tokens[last + 1].Kind == TokenKind.Word
            && (char.IsUpper(tokens[last + 1].GetText(text)[0]) || (last >= start && tokens[last + 1].GetText(text) is "'s")))
        {
            last++;
        }

        return last >= start && tokens[last].GetText(text) is not "'s" && last - start < 4 ? last : -1;
    }

    /// <summary>A score: one to three digits.</summary>
    private static bool IsScore(ReadOnlySpan<char> text, TextToken token)
        => token.Kind == TokenKind.Number && token.Length <= 3 && !token.GetText(text).ContainsAnyExceptInRange('0', '9');
}
