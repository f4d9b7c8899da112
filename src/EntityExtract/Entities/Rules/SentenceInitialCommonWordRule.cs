using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Unfortunately, ...", "Little did I know": a lone word that opens a segment, where every word is
/// capitalized, that running text writes in lower case (lexicon class Lower, not MostlyLower: "Brown" and
/// "King" are mostly lower case but often names), and that a comma or a lower-case word follows, is the
/// common word and is dropped ("Reading 2 Stoke 2" keeps the club: a number follows).
/// </summary>
internal sealed class SentenceInitialCommonWordRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        var info = document.Info;
        var tokens = document.Tokens;
        int next = c.Last + 1;
        if (c.First != c.Last || c.First >= info.Length || (info[c.First].Flags & NerFeatures.FlagInitial) == 0 || info[c.First].Lexicon != LexiconClass.Lower
            || next >= c.SegmentEnd || next >= tokens.Length)
        {
            return true;
        }

        var following = document.Word(next);
        return !(following is "," || (tokens[next].Kind == TokenKind.Word && char.IsLower(following[0])));
    }
}
