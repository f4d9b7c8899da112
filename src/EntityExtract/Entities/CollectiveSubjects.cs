using EntityExtract.Tokenization;

namespace EntityExtract.Entities;

/// <summary>
/// A one-word name that takes a plural verb is a team or a company, not a person: British English makes
/// verbs agree with the members of a collective ("Chelsea have decided", "Rotor are well placed"), and one
/// person never takes "are". Sports and business pages are full of clubs and firms named like people
/// ("Chelsea", "Jordan", "Ford"), which the tagger, seeing a capitalized word alone, calls persons. One such
/// sentence retypes every person mention of that name in the document.
/// </summary>
internal static class CollectiveSubjects
{
    private const int Person = 0, Organization = 2;

    public static void Apply(string text, ReadOnlySpan<TextToken> tokens, List<NerCandidate> candidates)
    {
        HashSet<string>? collective = null;
        foreach (var c in candidates)
        {
            if (c.Type == Person && c.First == c.Last && IsCollectiveSubject(text, tokens, c))
            {
                (collective ??= new HashSet<string>(StringComparer.Ordinal)).Add(text[tokens[c.First].Start..tokens[c.First].End]);
            }
        }

        if (collective is null)
        {
            return;
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type == Person && c.First == c.Last && collective.Contains(text[tokens[c.First].Start..tokens[c.First].End]))
            {
                candidates[i] = c with { Type = Organization };
            }
        }
    }

    private static bool IsCollectiveSubject(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c)
    {
        var name = tokens[c.First].GetText(text);

        // A name that looks plural ("the Clintons are", "Rangers are") says nothing by taking a plural verb.
        if (name.Length < 3 || name[^1] is 's' or 'S' || !char.IsLower(name[^1]))
        {
            return false;
        }

        int next = c.Last + 1;
        if (next >= c.SentenceEnd || next >= tokens.Length || !IsPluralVerb(tokens[next].GetText(text)))
        {
            return false;
        }

        // The whole subject must be the name, not the last of a list ("Smith and Jones are"; a list ends in
        // its conjunction, "Kim, Lee and Moon have") nor the object of a phrase ("a team of Smith were").
        if (c.First > c.SentenceFirst)
        {
            var before = tokens[c.First - 1].GetText(text);
            if (before is "and" or "or" or "&" or "nor" or "with" or "both" or "of" or "than")
            {
                return false;
            }

            // Bare "have" after a modal or causative is an infinitive ("would Obama have won", "let Smith have
            // it"), and "were" after "if" is the singular subjunctive ("if Smith were elected").
            var verb = tokens[next].GetText(text);
            if ((verb is "have" && IsInfinitiveTrigger(before)) || (verb is "were" && before is "if" or "If" or "though" or "wish" or "wished" or "as"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInfinitiveTrigger(ReadOnlySpan<char> word)
        => word is "did" or "does" or "do" or "Did" or "Does" or "Do" or "will" or "would" or "can" or "could" or "should" or "may" or "might"
            or "must" or "shall" or "Will" or "Would" or "Can" or "Could" or "Should" or "May" or "Might" or "Must" or "Shall" or "let" or "make"
            or "made" or "help" or "helped" or "to" or "'d" or "'ll" or "\u2019d" or "\u2019ll" or "not" or "n't" or "n\u2019t";

    private static bool IsPluralVerb(ReadOnlySpan<char> word) => word is "are" or "were" or "have" or "'re" or "\u2019re";
}
