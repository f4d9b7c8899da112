using EntityExtract.Entities.Typing;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// Edges no name has: a closing bracket without its opening one inside the span, with the numbers before it
/// ("Maurice 64th)" in a line-up), and a last word that is a title ("Boxing Association President"), which
/// belongs to the person named after it; and a first word that is a conjunction opening the clause ("If Roddick
/// didn't know", "And Ireland's Taniesha Scanlon"; Lexicons/entity-clause-openers.txt), which a capital at the
/// start of a sentence made look like part of the name. Once the title or the conjunction goes, a span of nothing
/// but common words is no name at all ("the Home Secretary", "a Foreign Minister") and is dropped.
/// </summary>
internal sealed class EdgeTrimRule : ICandidateRule
{
    private static readonly WordSet ClauseOpeners = WordList.Load("entity-clause-openers", ignoreCase: true);

    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        var tokens = document.Tokens;
        int first = c.First < c.Last && ClauseOpeners.Contains(document.Word(c.First)) ? c.First + 1 : c.First;
        int last = c.Last;
        for (int t = c.First + 1; t <= c.Last; t++)
        {
            var word = document.Word(t);
            if (word is "(")
            {
                break;
            }

            if (word is ")")
            {
                last = t - 1;
                while (last > c.First && tokens[last].Kind is TokenKind.Number or TokenKind.Punctuation)
                {
                    last--;
                }

                break;
            }
        }

        if (last > c.First && PersonNames.IsTrailingTitle(document.Word(last)))
        {
            last--;
        }

        if (first == c.First && last == c.Last)
        {
            return true;
        }

        if (last < first || AllCommonWords(first, last, document.Info))
        {
            return false;
        }

        candidate = c with { First = first, Last = last };
        return true;
    }

    /// <summary>Whether every token of the range is a word running text writes in lower case (the lexicon's Lower or MostlyLower).</summary>
    internal static bool AllCommonWords(int first, int last, ReadOnlySpan<NerTokenInfo> info)
    {
        for (int t = first; t <= last; t++)
        {
            if (t >= info.Length || info[t].Lexicon is not (LexiconClass.Lower or LexiconClass.MostlyLower))
            {
                return false;
            }
        }

        return true;
    }
}
