using EntityExtract.Entities.Typing;
using EntityExtract.Internal;

namespace EntityExtract.Entities.Resolution;

/// <summary>
/// "stranded in Longyear", "the fighting near Tavildara", "the town of Tavildara": a one-word name tagged as
/// a person that the document also writes in a place context (<see cref="PlaceNames.HasPlaceContext"/>; not
/// as a possessive: "in Smith's view") is a place; English seldom puts a person there. Every person mention
/// of the name becomes a place (one sense per discourse). A name that is part of a longer person name in the
/// document is left alone.
/// </summary>
internal sealed class PlaceContextRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        string text = document.Text;
        // Split words are added as spans, and the tables reused by the thread's next document (issue 14).
        var tables = PerThread<Tables>.Take();
        var types = tables.Types;
        var nameWords = tables.NameWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                if (m.Type == MentionType.Person)
                {
                    foreach (var word in name.AsSpan().Split(' '))
                    {
                        nameWords.Add(name.AsSpan()[word]);
                    }
                }

                continue;
            }

            var (anyPerson, afterIn) = types.GetValueOrDefault(name, (false, false));
            bool possessive = m.End < text.Length && text[m.End] is '\'' or '\u2019';
            types[name] = (anyPerson || m.Type == MentionType.Person, afterIn || (!possessive && PlaceNames.HasPlaceContext(text, m.Start)));
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            bool place = m.Type == MentionType.Person && types.TryGetValue(name, out var t) && t.AnyPerson && t.AfterIn && !tables.NameWords.Contains(name);
            result.Add(place ? new Mention(MentionType.Place, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
        }

        PerThread<Tables>.Return(tables, tables.Clear());

        return result;
    }

    /// <summary>The rule's tables for one document, cleared after it and kept for the thread's next one.</summary>
    private sealed class Tables
    {
        // Each one-word name: whether any mention of it is a person, and whether one stands in a place context.
        public Dictionary<string, (bool AnyPerson, bool AfterIn)> Types { get; } = new(StringComparer.Ordinal);

        // The words of the longer person names.
        public HashSet<string> NameWords { get; } = new(StringComparer.Ordinal);

        // Empties the tables; returns how many entries they held.
        public int Clear()
        {
            int entries = Types.Count + NameWords.Count;
            Types.Clear();
            NameWords.Clear();
            return entries;
        }
    }
}
