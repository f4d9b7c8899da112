using EntityExtract.Entities.Typing;

namespace EntityExtract.Entities.Resolution;

/// <summary>
/// A one-word name tagged as a person is an organization when the document gives organization evidence
/// for it (one sense per discourse): it opens a longer organization name ("Mercantile" and "Mercantile
/// Bancorp Inc."), an organization noun stands before it in apposition ("cables giant Pirelli"), or a
/// word only companies have follows it ("Pirelli chairman"; <see cref="OrganizationNames.HasContext"/>). A
/// name that is part of a longer person name in the document is left alone, and so is one that opens an
/// organization name but is also written as a place.
/// </summary>
internal sealed class OrganizationContextRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        string text = document.Text;
        var evidence = new HashSet<string>(StringComparer.Ordinal);
        var opening = new HashSet<string>(StringComparer.Ordinal);
        var placeLike = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && m.Type == MentionType.Organization)
            {
                opening.Add(name[..space]);
            }

            if (space > 0 && m.Type != MentionType.Person)
            {
                continue;
            }

            if (PlaceNames.HasPlaceContext(text, m.Start))
            {
                placeLike.Add(name);
            }

            if (OrganizationNames.HasContext(text, m.Start, m.End))
            {
                evidence.Add(name);
            }
        }

        // The words of the document's person names, except those of "person" names with organization evidence
        // of their own ("team Deportivo Coruna") or whose first word has it ("Deportivo chairman").
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var longer = new List<string>();
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (m.Type != MentionType.Person || space < 0 || evidence.Contains(name))
            {
                continue;
            }

            if (evidence.Contains(name[..space]))
            {
                longer.Add(name);
            }
            else
            {
                personWords.UnionWith(name.Split(' '));
            }
        }

        evidence.UnionWith(longer);
        foreach (string name in evidence)
        {
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                opening.Add(name[..space]);
            }
        }

        // Opening an organization name is weaker evidence than the context words: places open them too
        // ("Wuxi Tong Ling Company Ltd"), so a name also written as a place ("at a plant in Wuxi") stays.
        opening.ExceptWith(placeLike);
        evidence.UnionWith(opening);
        if (evidence.Count == 0)
        {
            return mentions;
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            bool organization = m.Type == MentionType.Person && evidence.Contains(name) && !personWords.Contains(name);
            result.Add(organization ? new Mention(MentionType.Organization, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
        }

        return result;
    }
}
