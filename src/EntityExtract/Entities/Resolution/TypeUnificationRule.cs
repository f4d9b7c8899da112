using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EntityExtract.Internal;

namespace EntityExtract.Entities.Resolution;

/// <summary>
/// One type per name (one sense per discourse, Gale, Church &amp; Yarowsky 1992): the same name tagged with
/// different types in one document takes the type most of its mentions have; ties keep each mention's own.
/// </summary>
internal sealed class TypeUnificationRule : IResolutionRule
{
    /// <inheritdoc />
    public List<Mention> Apply(ResolutionDocument document, List<Mention> mentions)
    {
        // The votes of each name, in a table the thread reuses for its next document (issue 14: a table and an
        // array per name for every document).
        var votes = PerThread<Dictionary<string, Votes>>.Take();
        votes.Clear();
        foreach (var m in mentions)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(votes, NameText.Normalize(m.Text), out _)[(int)m.Type]++;
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            var counts = votes[NameText.Normalize(m.Text)];
            int best = (int)m.Type;
            for (int type = 0; type < 3; type++)
            {
                if (counts[type] > counts[best])
                {
                    best = type;
                }
            }

            result.Add(best == (int)m.Type ? m : new Mention((MentionType)best, m.Start, m.End, m.Text, m.Canonical, m.Value));
        }

        PerThread<Dictionary<string, Votes>>.Return(votes, votes.Count);

        return result;
    }

    /// <summary>A name's mentions of each type: person, place, organization.</summary>
    [InlineArray(3)]
    private struct Votes
    {
        private int _count;
    }
}
