using EntityExtract.Entities.Typing;
using EntityExtract.Internal;
using EntityExtract.Tokenization;

namespace EntityExtract.Entities.Rules;

/// <summary>
/// One sentence of grammar a person's name cannot take (<see cref="OrganizationNames.HasGrammar"/>: "Chelsea
/// have decided", "Guidant shares rose", "Guidant, which makes heart devices") retypes every person
/// candidate of that name in the document as an organization (one sense per discourse).
/// </summary>
internal sealed class OrganizationGrammarRule : IDocumentRule
{
    /// <inheritdoc />
    public void Apply(in CandidateDocument document, List<NerCandidate> candidates)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        HashSet<string>? organizations = null;
        HashSet<string>? singleWordPersons = null;
        foreach (var c in candidates)
        {
            if (c.Type != MentionType.Person)
            {
                continue;
            }

            if (OrganizationNames.HasGrammar(text, tokens, c))
            {
                (organizations ??= new HashSet<string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>().Add(NameOf(text, tokens, c));
            }
            else if (c.First == c.Last)
            {
                (singleWordPersons ??= new HashSet<string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>().Add(NameOf(text, tokens, c));
            }
        }

        // The telling sentence may be one where the tagger found no name at all ("... to buy Guidant, which
        // makes heart devices"): look at every occurrence of a one-word person name in the document. A word
        // inside a longer name ("Fernandez" in "Mary Joe Fernandez") is not that one-word name.
        if (singleWordPersons is not null)
        {
            var lookup = singleWordPersons.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var segment in document.Segments)
            {
                for (int k = segment.FirstToken; k < segment.EndToken && k < tokens.Length; k++)
                {
                    if (tokens[k].Kind == TokenKind.Word && lookup.TryGetValue(tokens[k].GetText(text), out string? name)
                        && (organizations is null || !organizations.Contains(name))
                        && !(k > segment.FirstToken && TextScan.IsCapitalizedWord(tokens[k - 1], text))
                        && OrganizationNames.HasGrammar(text, tokens, new NerCandidate(MentionType.Person, k, k, segment.FirstToken, segment.EndToken)))
                    {
                        (organizations ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    }
                }
            }
        }

        if (organizations is null)
        {
            return;
        }

        var isOrganization = organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type == MentionType.Person && isOrganization.Contains(NameOf(text, tokens, c)))
            {
                candidates[i] = c with { Type = MentionType.Organization };
            }
        }
    }

    private static ReadOnlySpan<char> NameOf(string text, ReadOnlySpan<TextToken> tokens, NerCandidate c)
        => text.AsSpan(tokens[c.First].Start, tokens[c.Last].End - tokens[c.First].Start);
}
