using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "CNBC Friday", "August National Association of Purchasing Management": a weekday or month name at the
/// edge of a longer mention is the date next to the name, not part of it. A person keeps a last word that
/// is a month (the family names May and March) and a first word that is also a given name (April, August);
/// a last "March" is the noun of a demonstration's name ("Million Man March").
/// </summary>
internal sealed class DateWordTrimRule : ICandidateRule
{
    /// <inheritdoc />
    public bool Apply(in CandidateDocument document, ref NerCandidate candidate, int previousLast)
    {
        var c = candidate;
        int first = c.First, last = c.Last;
        while (first < last && NameOrDate.IsEdgeDateWord(document.Word(first)) && !(c.Type == MentionType.Person && document.Word(first) is "April" or "August"))
        {
            first++;
        }

        while (last > first && c.Type != MentionType.Person && NameOrDate.IsEdgeDateWord(document.Word(last)) && document.Word(last) is not "March")
        {
            last--;
        }

        if (first != c.First || last != c.Last)
        {
            candidate = c with { First = first, Last = last };
        }

        return true;
    }
}
