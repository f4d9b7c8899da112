namespace EntityExtract.Entities.Resolution;

/// <summary>
/// "Name (ACRONYM)": the acronym in parentheses right after a recognized name is a mention of the same
/// type, and so is every later standalone occurrence of it (a definition, in the sense of Schwartz &amp;
/// Hearst 2003, binds the short form for the rest of the document). The definitions are kept in
/// <see cref="ResolutionDocument.AcronymDefinitions"/>: the acronym resolves to its long form's canonical name.
/// </summary>
internal sealed class AcronymDefinitionRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        var tokens = document.Context.Tokens;
        string text = document.Text;
        var defined = document.AcronymDefinitions;
        int t = 0;
        foreach (var m in mentions.OrderBy(static m => m.Start).ToArray())
        {
            while (t < tokens.Length && tokens[t].Start < m.End)
            {
                t++;
            }

            if (t + 2 >= tokens.Length || text[tokens[t].Start] != '(' || text[tokens[t + 2].Start] != ')')
            {
                continue;
            }

            var candidate = tokens[t + 1];
            string acronym = text.Substring(candidate.Start, candidate.Length);
            // The letters must be the initials of the whole name or of its start or end
            // ("US Securities and Exchange Commission (SEC)").
            string initials = NameText.Initials(m.Text);
            string letters = NameText.IsAcronym(acronym) ? NameText.Letters(acronym) : "";
            if (letters.Length < 2 || !(initials.StartsWith(letters, StringComparison.Ordinal) || initials.EndsWith(letters, StringComparison.Ordinal)))
            {
                continue;
            }

            defined.TryAdd(acronym, (m.Type, NameText.Normalize(m.Text)));
        }

        if (defined.Count == 0)
        {
            return mentions;
        }

        // The spans before this rule adds any (a lambda over them captured the loop's token: an object per token).
        var spans = new (int Start, int End)[mentions.Count];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = (mentions[i].Start, mentions[i].End);
        }

        // Looked up by span: a string per token of the document was most of this rule's garbage (issue 14).
        var definitions = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in tokens)
        {
            if (token.Length < 2 || !definitions.TryGetValue(text.AsSpan(token.Start, token.Length), out var definition))
            {
                continue;
            }

            if (!Covered(spans, token.Start, token.End))
            {
                mentions.Add(new Mention(definition.Type, token.Start, token.End, text.Substring(token.Start, token.Length)));
            }
        }

        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    private static bool Covered((int Start, int End)[] spans, int start, int end)
    {
        foreach (var s in spans)
        {
            if (s.Start <= start && end <= s.End)
            {
                return true;
            }
        }

        return false;
    }
}
