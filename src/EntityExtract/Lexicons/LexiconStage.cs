using EntityExtract.Pipeline;

namespace EntityExtract.Lexicons;

/// <summary>
/// Applies the user's lexicons (<see cref="ExtractionOptions.Lexicons"/>): every match becomes a mention of the
/// entry's type whose canonical name is the entry's name, and any mention the model found that overlaps a match
/// is dropped, since the user's list is trusted over the model. A model mention with exactly a match's span
/// takes its canonical group along: the document's other mentions of that group ("Smith" after "Jane Smith")
/// resolve to the entry too. Does nothing, at no cost, when no lexicon is given. Stateless and thread-safe.
/// </summary>
public sealed class LexiconStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "lexicons";

    /// <inheritdoc />
    public void Process(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lexicons = context.Options.Lexicons;
        if (lexicons.Count == 0)
        {
            return;
        }

        var found = new List<LexiconMatch>();
        for (int k = 0; k < lexicons.Count; k++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            lexicons[k].Match(context.Text, context.Tokens, found, k);
        }

        if (found.Count == 0)
        {
            return;
        }

        // Leftmost-longest, as regular-expression engines and the EntityRuler choose among overlapping matches:
        // earlier start first, then the longer span, then the earlier lexicon and entry.
        found.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : a.Lexicon != b.Lexicon ? a.Lexicon.CompareTo(b.Lexicon)
            : a.Order.CompareTo(b.Order));
        var chosen = new List<LexiconMatch>(found.Count);
        int end = -1;
        foreach (var m in found)
        {
            if (m.Start >= end)
            {
                chosen.Add(m);
                end = m.End;
            }
        }

        var starts = chosen.ConvertAll(m => m.Start);
        var regrouped = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var kept = new List<Mention>(context.Mentions.Count + chosen.Count);
        foreach (var mention in context.Mentions)
        {
            int hit = Overlapping(chosen, starts, mention.Start, mention.End);
            if (hit < 0)
            {
                kept.Add(mention);
                continue;
            }

            var match = chosen[hit];
            if (mention.Type != MentionType.Date && mention.Start == match.Start && mention.End == match.End && mention.Canonical is string group)
            {
                regrouped.TryAdd(group, match.Entry);
            }
        }

        for (int i = 0; i < kept.Count; i++)
        {
            var m = kept[i];
            if (m.Type != MentionType.Date && m.Canonical is string group && regrouped.TryGetValue(group, out var entry))
            {
                kept[i] = new Mention(entry.Type, m.Start, m.End, m.Text, entry.Name, m.Value);
            }
        }

        foreach (var m in chosen)
        {
            kept.Add(new Mention(m.Entry.Type, m.Start, m.End, context.Text[m.Start..m.End], m.Entry.Name));
        }

        // Document order, as the model stages leave it, for the stages after this one (geocoding reads neighbours).
        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        context.ReplaceMentions(kept);
    }

    // The chosen match overlapping [start, end), or -1: the matches do not overlap each other and are sorted,
    // so the only candidate is the last one starting before end.
    private static int Overlapping(List<LexiconMatch> chosen, List<int> starts, int start, int end)
    {
        int i = starts.BinarySearch(end);
        i = i >= 0 ? i - 1 : ~i - 1;
        while (i >= 0 && starts[i] == end)
        {
            i--;
        }

        return i >= 0 && chosen[i].End > start && chosen[i].Start < end ? i : -1;
    }
}
