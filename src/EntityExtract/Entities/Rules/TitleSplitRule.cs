using EntityExtract.Entities.Typing;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// "Federal Reserve Governor Lawrence Lindsey", "U.N. Ambassador Albright", "Mr Massoud Barzani": a title
/// inside a person or organization mention, followed by a capitalized word, separates the person named
/// after it from the organization (or nothing) before it; the title itself belongs to neither. Before a title in
/// a mention the tagger read as a person, the words are no name of a known type ("Tory MP Boris Johnson"). A person's
/// name stops at "of" ("President Tono Eitel of Germany"): the place after it is a mention of its own.
/// A lone title is not a name. Places are left alone ("Prince Edward Island"), and so is an organization
/// that starts with the title and ends in an organization noun ("King Abdullah University").
/// </summary>
internal sealed class TitleSplitRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        var text = document.Text.AsSpan();
        var tokens = document.Tokens;
        var info = document.Info;
        var result = new List<NerCandidate>(candidates.Count + 4);
        for (int index = 0; index < candidates.Count; index++)
        {
            var c = candidates[index];
            if (c.Type == MentionType.Place)
            {
                result.Add(c);
                continue;
            }

            if (c.First == c.Last)
            {
                if (c.Type != MentionType.Person || !PersonNames.IsTitle(tokens[c.First].GetText(text)))
                {
                    result.Add(c);
                }

                continue;
            }

            int title = -1;
            for (int t = c.First; t < c.Last && title < 0; t++)
            {
                var next = tokens[t + 1].GetText(text);
                if (PersonNames.IsTitle(tokens[t].GetText(text)) && tokens[t + 1].Kind == TokenKind.Word && char.IsUpper(next[0]))
                {
                    title = t;
                }
            }

            // An organization may start with a title word: "General Motors", "General Electric", "Queen Mary"; not with
            // an abbreviated title in capitals ("CEO Mary Barra", "PM David Cameron": the tagger's organizations).
            if (title < 0 || (title == c.First && c.Type == MentionType.Organization && !IsCapitals(tokens[title].GetText(text))))
            {
                result.Add(c);
                continue;
            }

            int personLast = c.Last;
            for (int t = title + 2; t < c.Last; t++)
            {
                if (tokens[t].GetText(text) is "of")
                {
                    personLast = t - 1;
                    break;
                }
            }

            while (personLast > title + 1 && tokens[personLast].Kind == TokenKind.Punctuation)
            {
                personLast--;
            }

            // What follows the title names an organization, not a person.
            if (OrganizationNames.EndsInstitutionName(tokens[personLast].GetText(text)))
            {
                result.Add(c);
                continue;
            }

            // Common words before the title are part of it, not an organization: "Home Secretary David
            // Blunkett", "Shadow Foreign Secretary Liam Fox" (British ministers are "<department> Secretary").
            // "Solicitor General", "Attorney General", "Inspector General": a post-positive "General" takes the
            // word before it into the title.
            bool commonPrefix = true;
            for (int t = c.First; t < title && commonPrefix; t++)
            {
                commonPrefix = info[t].Lexicon is LexiconClass.Lower or LexiconClass.MostlyLower;
            }

            commonPrefix |= title == c.First + 1 && tokens[title].GetText(text) is "General";

            // The words before the title keep the mention's type when it is an organization ("Federal Reserve" of
            // "Federal Reserve Governor Lawrence Lindsey"); when the tagger read the whole a person they are no
            // person ("Tory MP Boris Johnson", "Midlands MEP Robert Kilroy-Silk", "Democratic Senator Kent Conrad"
            // gave the persons "Tory", "Midlands", "Democratic"), and their type is unknown: they go.
            // Their lower-case and punctuation end goes, as at any name's edge (EntityRecognitionStage.Emit): of "Xi
            // and Mr. Obama" the organization left is "Xi", not "Xi and".
            int before = title - 1;
            while (before > c.First && (tokens[before].Kind == TokenKind.Punctuation || char.IsLower(tokens[before].GetText(text)[0])))
            {
                before--;
            }

            if (title > c.First && !commonPrefix && c.Type != MentionType.Person)
            {
                result.Add(c with { Last = before });
            }

            // The tagger, reading the title as the start of the name, often stops one word short: "Home
            // Secretary David | Blunkett". A capitalized word right after, that running text does not write in
            // lower case and that no other mention holds, is the rest of the name.
            bool nextTaken = index + 1 < candidates.Count && candidates[index + 1].First == personLast + 1;
            if (personLast == c.Last && personLast == title + 1 && !nextTaken && personLast + 1 < c.SegmentEnd && personLast + 1 < tokens.Length
                && tokens[personLast + 1].Kind == TokenKind.Word && char.IsUpper(tokens[personLast + 1].GetText(text)[0])
                && info[personLast + 1].Lexicon is not (LexiconClass.Lower or LexiconClass.MostlyLower))
            {
                personLast++;
            }

            // "Metropolitan Police Commissioner Sir": nothing but another title is left, and a title is no name.
            bool onlyTitles = true;
            for (int t = title + 1; t <= personLast && onlyTitles; t++)
            {
                onlyTitles = PersonNames.IsTitle(tokens[t].GetText(text));
            }

            if (onlyTitles)
            {
                continue;
            }

            result.Add(c with { Type = MentionType.Person, First = title + 1, Last = personLast });
            if (personLast + 2 <= c.Last && char.IsUpper(tokens[personLast + 2].GetText(text)[0]))
            {
                result.Add(c with { Type = MentionType.Place, First = personLast + 2 });
            }
        }

        candidates.Clear();
        candidates.AddRange(result);
    }

    private static bool IsCapitals(ReadOnlySpan<char> word) => word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z');
}
