using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// A person candidate of two words or more that ends in a geographic or street noun is a place: "Downing
/// Street", "Abbey Road", "Tiananmen Square", "Korean Peninsula" (the tagger calls such names persons when the
/// first word is a surname). A name that starts with a known first name stays a person. ("The town of X" is
/// read in <c>Resolution/PlaceContextRule</c>, with the other place contexts of a one-word name.)
/// </summary>
internal sealed class PlaceHeadNounRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            // The first-name lists live with the quote speaker code (Quotes/QuoteWords); read from there for now.
            if (c.Type == MentionType.Person && c.Last > c.First && PlaceNames.IsHeadNoun(document.Word(c.Last))
                && !Quotes.QuoteWords.IsMaleName(document.Word(c.First)) && !Quotes.QuoteWords.IsFemaleName(document.Word(c.First)))
            {
                candidates[i] = c with { Type = MentionType.Place };
            }
        }
    }
}
