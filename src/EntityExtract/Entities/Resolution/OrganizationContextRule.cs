using EntityExtract.Entities.Typing;
using EntityExtract.Internal;

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

        // First words are added and looked up as spans, and the sets reused by the thread's next document
        // (issue 14: a string per first word and per split word, and five tables per document).
        var tables = PerThread<Tables>.Take();
        var evidence = tables.Evidence;
        var evidenceWords = evidence.GetAlternateLookup<ReadOnlySpan<char>>();
        var opening = tables.Opening.GetAlternateLookup<ReadOnlySpan<char>>();
        var placeLike = tables.PlaceLike;
        var personWords = tables.PersonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && m.Type == MentionType.Organization)
            {
                opening.Add(name.AsSpan(0, space));
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
        var longer = tables.Longer;
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (m.Type != MentionType.Person || space < 0 || evidence.Contains(name))
            {
                continue;
            }

            if (evidenceWords.Contains(name.AsSpan(0, space)))
            {
                longer.Add(name);
            }
            else
            {
                foreach (var word in name.AsSpan().Split(' '))
                {
                    personWords.Add(name.AsSpan()[word]);
                }
            }
        }

        evidence.UnionWith(longer);
        foreach (string name in evidence)
        {
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                opening.Add(name.AsSpan(0, space));
            }
        }

        // Opening an organization name is weaker evidence than the context words: places open them too
        // ("Wuxi Tong Ling Company Ltd"), so a name also written as a place ("at a plant in Wuxi") stays.
        opening.Set.ExceptWith(placeLike);
        evidence.UnionWith(opening.Set);
        var result = mentions;
        if (evidence.Count > 0)
        {
            result = new List<Mention>(mentions.Count);
            foreach (var m in mentions)
            {
                string name = NameText.Normalize(m.Text);
                bool organization = m.Type == MentionType.Person && evidence.Contains(name) && !tables.PersonWords.Contains(name);
                result.Add(organization ? new Mention(MentionType.Organization, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
            }
        }

        PerThread<Tables>.Return(tables, tables.Clear());

        return result;
    }

    /// <summary>The rule's sets for one document, cleared after it and kept for the thread's next one.</summary>
    private sealed class Tables
    {
        // The names (one-word person names and the longer ones they open) with organization evidence.
        public HashSet<string> Evidence { get; } = new(StringComparer.Ordinal);

        // The first words of organization names and of the names with evidence.
        public HashSet<string> Opening { get; } = new(StringComparer.Ordinal);

        // The names written in a place context.
        public HashSet<string> PlaceLike { get; } = new(StringComparer.Ordinal);

        // The words of person names without organization evidence.
        public HashSet<string> PersonWords { get; } = new(StringComparer.Ordinal);

        // Person names whose first word has organization evidence.
        public List<string> Longer { get; } = [];

        // Empties the sets; returns how many entries they held.
        public int Clear()
        {
            int entries = Evidence.Count + Opening.Count + PlaceLike.Count + PersonWords.Count + Longer.Count;
            Evidence.Clear();
            Opening.Clear();
            PlaceLike.Clear();
            PersonWords.Clear();
            Longer.Clear();
            return entries;
        }
    }
}
