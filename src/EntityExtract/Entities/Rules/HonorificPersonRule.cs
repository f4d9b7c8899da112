using EntityExtract.Entities.Typing;
using EntityExtract.Internal;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Mr. King added", "Mr. Xi and Mr. Obama", "Ms Jamieson said": the capitalized words right after an honorific (Mr,
/// Mrs, Ms, Mx, Dr, Prof: entity-honorifics.txt) name a person, whatever else the words may name ("King", "Justice",
/// "Law", "Major"). The honorific is outside the span (CoNLL, ACE and OntoNotes alike), so the tagger reads it only
/// as a neighbour: a strong place or organization reading of the word outweighs it, or a common word ("Jobs",
/// "Snow") reads as no name at all; resolution cannot mend either when the document's votes tie ("Charlie King"
/// once, "Mr. King" once). A candidate that starts there becomes a person; where there is none, one to three
/// capitalized words become one (one in a Title Case headline, where every word is capitalized). "Miss" is left
/// out ("Miss World" is a contest), and so are a title that is never a family name after the honorific ("Mr.
/// President", an address; PersonNames.IsTrailingTitle: "Mr King" stays) and a "Dr" after a capitalized word
/// ("Mulholland Dr", a street). After any other title of person-titles.txt ("Professor Rothwell", "President Bush")
/// a one-word place or organization becomes a person too, but nothing is added there and a longer candidate is left
/// alone ("Queen Elizabeth Hospital", "King Abdullah University" are institutions named after a person).
/// </summary>
internal sealed class HonorificPersonRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        int at = 0;
        foreach (var segment in document.Segments)
        {
            int end = Math.Min(segment.EndToken, tokens.Length);
            for (int k = segment.FirstToken; k + 1 < end; k++)
            {
                var word = tokens[k].GetText(text);
                bool honorific = PersonNames.IsHonorific(word);
                if (!honorific && !PersonNames.IsTitle(word))
                {
                    continue;
                }

                // The first candidate that ends at or after the word after the title (candidates are in text order).
                int first = k + 1;
                while (at < candidates.Count && candidates[at].Last < first)
                {
                    at++;
                }

                bool taken = at < candidates.Count && candidates[at].First <= first;
                if (!honorific)
                {
                    if (taken && candidates[at].Last == first)
                    {
                        RetypeAt(candidates, at, first);
                    }

                    continue;
                }

                if (word is "Miss" or "MISS" || !TextScan.IsCapitalizedWord(tokens[first], text) || PersonNames.IsTrailingTitle(tokens[first].GetText(text))
                    || (word is "Dr" or "Dr." or "DR." && k > segment.FirstToken && TextScan.IsCapitalizedWord(tokens[k - 1], text)))
                {
                    continue;
                }

                if (taken)
                {
                    RetypeAt(candidates, at, first);
                    continue;
                }

                int limit = HeadlineLines.IsHeadline(document.Info, segment.FirstToken, end) ? first : Math.Min(first + 2, end - 1);
                int last = first;
                while (last < limit && TextScan.IsCapitalizedWord(tokens[last + 1], text) && tokens[last + 1].HasSpaceBefore
                    && (at >= candidates.Count || candidates[at].First > last + 1))
                {
                    last++;
                }

                candidates.Insert(at, new NerCandidate(MentionType.Person, first, last, segment.FirstToken, segment.EndToken));
            }
        }
    }

    // A place or organization candidate that starts at the word after the title becomes a person.
    private static void RetypeAt(List<NerCandidate> candidates, int at, int first)
    {
        if (candidates[at].First == first && candidates[at].Type != MentionType.Person)
        {
            candidates[at] = candidates[at] with { Type = MentionType.Person };
        }
    }
}
