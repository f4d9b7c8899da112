using EntityExtract.Entities.Typing;

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
        var types = new Dictionary<string, (bool AnyPerson, bool AfterIn)>(StringComparer.Ordinal);
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            string name = NameText.Normalize(m.Text);
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                if (m.Type == MentionType.Person)
                {
                    nameWords.UnionWith(name.Split(' '));
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
            bool place = m.Type == MentionType.Person && types.TryGetValue(name, out var t) && t.AnyPerson && t.AfterIn && !nameWords.Contains(name);
            result.Add(place ? new Mention(MentionType.Place, m.Start, m.End, m.Text, m.Canonical, m.Value) : m);
        }

        return result;
    }
}
