using EntityExtract.Internal;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// Capitalized words that are never a person, place or organization on their own: the acronyms of
/// ordinary things ("a TV", "DVDs", "HIV", "the GDP", "an IPO"), which the tagger, seeing capitals, takes for
/// organizations; and language names ("in Hindi"), which CoNLL, ACE and OntoNotes all leave out of the three
/// types. Both are closed, general-English lists: a name that contains one keeps it ("BBC TV", "Hindi Film
/// Awards"); only a mention that is nothing but the word (or its plural) is dropped. Storms ("Hurricane
/// Mitch", "Typhoon Haiyan") are dropped too: named after people, but events, which no guideline counts as
/// persons. So are diseases named after a river, a place or a person ("Ebola", "Sars", "Alzheimer's";
/// Lexicons/entity-diseases.txt), and a word of such parts joined by a slash ("HIV/Aids").
/// </summary>
internal sealed class NonNameRule : IDocumentRule
{
    private static readonly WordSet CommonAcronyms = WordList.Load("entity-common-acronyms");
    private static readonly WordSet Languages = WordList.Load("entity-languages");
    private static readonly WordSet Diseases = WordList.Load("entity-diseases");

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

            if (AllNonNames(document, c.First, c.Last))
            {
                candidates.RemoveAt(i);
            }
        }
    }

    // One non-name ("TV", "DVDs", "Ebola", "#Ebola"), or several joined by slashes ("HIV/Aids", "TV/DVD"), as one token or as
    // words and slashes in turn; a mention of two non-names side by side ("Hindi TV") is not one of these.
    private static bool AllNonNames(in CandidateDocument document, int first, int last)
    {
        if ((last - first) % 2 != 0)
        {
            return false;
        }

        for (int t = first; t <= last; t++)
        {
            var word = document.Word(t);
            if (t == first && word.Length > 1 && word[0] == '#')
            {
                word = word[1..]; // a hashtag is read by its body, as the tagger reads it (NerTagger.Prepare): "#Ebola"
            }

            if ((t - first) % 2 == 1 ? word is not "/" : !IsSlashedNonName(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNonName(ReadOnlySpan<char> word) => CommonAcronyms.Contains(word) || Languages.Contains(word) || Diseases.Contains(word);

    // A non-name or its plural, or non-names joined by slashes in one token ("HIV/Aids").
    private static bool IsSlashedNonName(ReadOnlySpan<char> word)
    {
        int slash = word.IndexOf('/');
        while (slash > 0)
        {
            if (!IsNonNameOrPlural(word[..slash]))
            {
                return false;
            }

            word = word[(slash + 1)..];
            slash = word.IndexOf('/');
        }

        return slash < 0 && IsNonNameOrPlural(word);
    }

    private static bool IsNonNameOrPlural(ReadOnlySpan<char> word) => IsNonName(word) || (word.Length > 2 && word[^1] == 's' && IsNonName(word[..^1]));
}
