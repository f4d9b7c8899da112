using EntityExtract.Internal;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// Capitalized words that are never a person, place or organization on their own: the acronyms of
/// ordinary things ("a TV", "DVDs", "HIV", "the GDP", "an IPO"), which the tagger, seeing capitals, takes for
/// organizations; and language names ("in Hindi"), which CoNLL, ACE and OntoNotes all leave out of the three
/// types. Both are closed, general-English lists: a name that contains one keeps it ("BBC TV", "Hindi Film
/// Awards"); only a mention that is nothing but the word (or its plural) is dropped. Storms ("Hurricane
/// Mitch", "Typhoon Haiyan") are dropped too: named after people, but events, which no guideline counts as
/// persons.
/// </summary>
internal sealed class NonNameRule : IDocumentRule
{
    private static readonly WordSet CommonAcronyms = WordList.Load("entity-common-acronyms");
    private static readonly WordSet Languages = WordList.Load("entity-languages");

    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.Last > c.First && document.Word(c.First) is "Hurricane" or "Typhoon" or "Cyclone" or "Storm")
            {
                candidates.RemoveAt(i);
                continue;
            }

            if (c.First != c.Last)
            {
                continue;
            }

            var word = document.Word(c.First);
            if (IsNonName(word) || (word.Length > 2 && word[^1] == 's' && IsNonName(word[..^1])))
            {
                candidates.RemoveAt(i);
            }
        }
    }

    private static bool IsNonName(ReadOnlySpan<char> word) => CommonAcronyms.Contains(word) || Languages.Contains(word);
}
