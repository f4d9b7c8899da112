using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>Title Case lines, where capitals do not mark names (shared by the headline and given-name rules).</summary>
internal static class HeadlineLines
{
    /// <summary>
    /// A Title Case line: at least three words, and every word of four letters or more capitalized (AP style
    /// capitalizes those in headlines and lowers only short function words; running text always has longer
    /// lower-case words). Capitals there do not mark names. The segment kind is not enough: a line without
    /// final punctuation is a headline segment even when it is half a sentence. ALL CAPS lines are left to
    /// the tagger, which learnt them from Reuters.
    /// </summary>
    public static bool IsHeadline(ReadOnlySpan<NerTokenInfo> info, int first, int end)
    {
        if (first >= end || first >= info.Length || info[first].Mode == 2)
        {
            return false;
        }

        int words = 0;
        for (int i = first; i < end && i < info.Length; i++)
        {
            if ((info[i].Flags & NerFeatures.FlagHasLetter) == 0 || info[i].Kind != (byte)TokenKind.Word)
            {
                continue;
            }

            words++;
            if (info[i].Length > 3 && (info[i].Flags & NerFeatures.FlagCapitalized) == 0)
            {
                return false;
            }
        }

        return words >= 3;
    }
}
