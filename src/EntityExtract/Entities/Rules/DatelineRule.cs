using System.Buffers;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// A dateline: the ALL CAPS words that open a line, followed by a date ("NEW YORK 1996-08-30"), by a
/// comma, a Title-case region and a date ("LA CORUNA, Spain 1996-08-31"), or by a wire credit in
/// parentheses and a dash ("NEW YORK (AP) -"), name the place the story was filed from, with its article ("THE HAGUE").
/// The tagger, which sees ALL CAPS words without their case, may call them an organization.
/// </summary>
internal sealed class DatelineRule : IDocumentRule
{
    private static readonly SearchValues<char> CapsOrDot = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.-'");
    private static readonly SearchValues<char> DateChars = SearchValues.Create("0123456789-/");

    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        var text = document.Text.AsSpan();
        var tokens = document.Tokens;
        List<(int First, int Last, NerCandidate[] Items)>? ranges = null;
        foreach (var segment in document.Segments)
        {
            int first = segment.FirstToken, end = Math.Min(segment.EndToken, tokens.Length);
            if (first >= end || (first > 0 && !TextScan.LineStartsAt(text, tokens[first].Start)))
            {
                continue;
            }

            int last = first - 1;
            while (last + 1 < end && last - first < 4 && tokens[last + 1].Kind == TokenKind.Word && IsAllCapsWord(tokens[last + 1].GetText(text)))
            {
                last++;
            }

            if (last < first || last + 1 >= end)
            {
                continue;
            }

            int next = last + 1;
            if (tokens[next].GetText(text) is ",")
            {
                next++;
                while (next < end && tokens[next].Kind == TokenKind.Word && char.IsUpper(tokens[next].GetText(text)[0]))
                {
                    next++;
                }
            }

            bool dated = next < end && ((tokens[next].Kind == TokenKind.Number && IsDateShaped(tokens[next].GetText(text))) || (next == last + 1 && IsWireCredit(tokens, text, next, end)));
            if (!dated)
            {
                continue;
            }

            (ranges ??= []).Add((first, last, [new NerCandidate(MentionType.Place, first, last, segment.FirstToken, segment.EndToken)]));
        }

        CandidateRanges.Replace(candidates, ranges);
    }

    // "(AP) -", "(Reuters) -": one word in parentheses and then a dash. A parenthesis alone is not enough: ALL
    // CAPS headings of fact boxes and reviews are followed by one too ("WINNERS (six times)", "FATAL FORCE
    // (MACROSPACE)" on the BBC articles), and they name no place.
    private static bool IsWireCredit(ReadOnlySpan<TextToken> tokens, ReadOnlySpan<char> text, int open, int end)
        => open + 3 < end && tokens[open].GetText(text) is "(" && tokens[open + 1].Kind == TokenKind.Word
            && tokens[open + 2].GetText(text) is ")" && tokens[open + 3].Kind == TokenKind.Dash;

    private static bool IsAllCapsWord(ReadOnlySpan<char> word)
        => word.Length >= 2 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z') && !word.ContainsAnyExcept(CapsOrDot);

    /// <summary>"1996-08-30", "08/30/1996": digits with dashes or slashes.</summary>
    private static bool IsDateShaped(ReadOnlySpan<char> word)
        => word.Length >= 6 && (word.Contains('-') || word.Contains('/')) && !word.ContainsAnyExcept(DateChars);
}
