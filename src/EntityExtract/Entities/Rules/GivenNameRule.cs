using System.Buffers;
using EntityExtract.Entities.Typing;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Romania - Cosmin Contra", "Australian Tom Moody": the tagger sometimes leaves a rare given name out of
/// the person name after it. A Title-case word right before a person mention joins it when running text
/// writes that word capitalized (or the lexicon does not know it and it does not open the segment, where
/// any word is capitalized: "Fullback Andre Joubert"; nor a participle opening a Title Case headline,
/// "Ghosting Trump"), it is one plain word (not "Boston-based"), it is not a place or organization of
/// the gazetteer, and it is none of the words that stand before names without being part of them: a
/// title, a nationality, a month or weekday (a three-letter abbreviation without a dot is a given name
/// too: "Jan Allan Mueller"), an ordinal.
/// </summary>
internal sealed class GivenNameRule : ICandidateRule
{
    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        var tokens = document.Tokens;
        var info = document.Info;
        int p = c.First - 1;
        if (c.Type != MentionType.Person || OrganizationNames.IsSuffix(document.Word(c.Last)) || p < c.SegmentFirst || p <= previousLast || p >= info.Length
            || tokens[p].Kind != TokenKind.Word || !tokens[c.First].HasSpaceBefore)
        {
            return true;
        }

        var word = document.Word(p);
        if (word.Length < 2 || !char.IsUpper(word[0]) || !word[1..].ContainsAnyInRange('a', 'z') || word.ContainsAnyExcept(Letters)
            || info[p].Lexicon is not (LexiconClass.Capitalized or LexiconClass.Unknown)
            || (info[p].Lexicon == LexiconClass.Unknown && (info[p].Flags & NerFeatures.FlagInitial) != 0)
            || (word.EndsWith("ing", StringComparison.Ordinal) && HeadlineLines.IsHeadline(info, c.SegmentFirst, c.SegmentEnd)))
        {
            return true;
        }

        const int placeOrOrganization = (1 << (4 + NerLabels.Unit)) | (1 << (8 + NerLabels.Unit));
        if ((info[p].Gazetteer & placeOrOrganization) != 0 || PersonNames.IsTitle(word)
            || Nationalities.IsDemonym(word) || CommonWordRule.IsOrdinal(word)
            || Nationalities.IsNationalityNoun(word)
            || NameOrDate.IsDateBeforeName(word))
        {
            return true;
        }

        candidate = c with { First = p };
        return true;
    }
}
