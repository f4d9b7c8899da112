using System.Globalization;

namespace EntityExtract.Reporting.Internal;

/// <summary>
/// Writes one article as an HTML section: the text with every quote, mention and speaker marked in place,
/// and a side list of the entities, dates and quotes. Thread-safe (stateless).
/// </summary>
/// <remarks>
/// <para>Marked spans may overlap: a quote usually contains people and places, a speaker's attribution
/// rests on a mention, and nothing in the result types forbids a mention that crosses a quote's edge.
/// HTML elements must nest, so the text is cut at every span edge into segments, and each segment is
/// wrapped in the spans that cover it, outermost first: quotes, then mentions, then speaker links.
/// Between two segments only the elements that differ are closed and opened, so a span that crosses
/// another's edge is written as several elements ("fragments"): the first carries the id, the later ones
/// <c>data-of</c> with that id and the class <c>cont</c>; all but the last carry the class <c>part</c>,
/// and only the last shows the label. This is the same "split at boundaries" approach displaCy and
/// brat use for overlapping annotations.</para>
/// <para>The text itself is written only by <see cref="HtmlText"/>, segment by segment, and labels are
/// CSS generated content, so the article element's text content is exactly the input (apart from
/// NULs and lone surrogates, which no HTML file can carry).</para>
/// </remarks>
internal static partial class ArticleView
{
    private enum Layer
    {
        Quote = 0,
        Mention = 1,
        Speaker = 2,
    }

    private readonly record struct Item(Layer Layer, int Start, int End, int Index);

    private sealed record Speaker(int Start, int End, string? Name, List<int> Quotes);

    /// <summary>Writes the article's <c>section</c>.</summary>
    /// <param name="writer">Where the markup goes.</param>
    /// <param name="idPrefix">Prefixed to every id, so that several articles can share a page ("" or "a3-").</param>
    /// <param name="heading">The section heading (escaped here), or <see langword="null"/> when the page heading names the article.</param>
    /// <param name="text">The article text the result was extracted from.</param>
    /// <param name="result">The extraction result.</param>
    /// <param name="describePlace">The optional place extension point (<see cref="ArticleReportOptions.DescribePlace"/>).</param>
    /// <param name="backLink">An id to link back to ("summary"), or <see langword="null"/>.</param>
    public static void Write(TextWriter writer, string idPrefix, string? heading, string text, ExtractionResult result, Func<Entity, string?>? describePlace, string? backLink)
    {
        var context = new Context(idPrefix, text, result, describePlace);

        writer.Write("<section class=\"article\" id=\"");
        writer.Write(idPrefix);
        writer.Write("article\"");
        if (heading is null)
        {
            // A page of one article: the page's h1 already names it.
            writer.Write(" aria-label=\"Article\">\n<header class=\"article-head\">");
        }
        else
        {
            writer.Write(" aria-labelledby=\"");
            writer.Write(idPrefix);
            writer.Write("heading\">\n<header class=\"article-head\"><h2 id=\"");
            writer.Write(idPrefix);
            writer.Write("heading\">");
            HtmlText.Write(writer, heading);
            writer.Write("</h2>");
        }

        if (backLink is not null)
        {
            writer.Write(" <a class=\"back\" href=\"#");
            writer.Write(backLink);
            writer.Write("\">back to the summary</a>");
        }

        writer.Write("\n<p class=\"meta\">");
        WriteMeta(writer, result);
        writer.Write("</p></header>\n<div class=\"layout\">\n<article class=\"text\" id=\"");
        writer.Write(idPrefix);
        writer.Write("text\" lang=\"en\">");
        WriteMarkedText(writer, context);
        writer.Write("</article>\n");
        WriteSide(writer, context);
        writer.Write("</div>\n</section>\n");
    }

    private static void WriteMeta(TextWriter writer, ExtractionResult result)
    {
        writer.Write("Reference date: ");
        writer.Write(result.ReferenceDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unknown (relative dates unresolved)");
        writer.Write(" · ");
        writer.Write(Names.Count(result.People.Count, "person", "people"));
        writer.Write(" · ");
        writer.Write(Names.Count(result.Places.Count, "place", "places"));
        writer.Write(" · ");
        writer.Write(Names.Count(result.Organizations.Count, "organization", "organizations"));
        writer.Write(" · ");
        writer.Write(Names.Count(result.Dates.Count, "date", "dates"));
        writer.Write(" · ");
        writer.Write(Names.Count(result.Quotes.Count, "quote", "quotes"));
    }

    /// <summary>What one article's markup needs to know: valid spans, entity lookups and speaker groups.</summary>
    private sealed class Context
    {
        public Context(string idPrefix, string text, ExtractionResult result, Func<Entity, string?>? describePlace)
        {
            Prefix = idPrefix;
            Text = text;
            Result = result;
            MentionIndex = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < result.Mentions.Count; i++)
            {
                MentionIndex.TryAdd(result.Mentions[i], i);
            }

            EntityOf = new Dictionary<Mention, Entity>(ReferenceEqualityComparer.Instance);
            PlaceDetail = new Dictionary<Entity, string>(ReferenceEqualityComparer.Instance);
            foreach (var entity in result.People.Concat(result.Places).Concat(result.Organizations))
            {
                foreach (var mention in entity.Mentions)
                {
                    EntityOf.TryAdd(mention, entity);
                }

                // EXTENSION POINT (geo): when places carry a country, DescribePlace supplies it and it is
                // shown in the place's details and in the side list. Nothing here depends on it.
                if (entity.Type == MentionType.Place && describePlace?.Invoke(entity) is { Length: > 0 } detail)
                {
                    PlaceDetail[entity] = detail;
                }
            }

            MentionMarked = new bool[result.Mentions.Count];
            QuoteMarked = new bool[result.Quotes.Count];
            QuoteSpeaker = new int[result.Quotes.Count];
            Array.Fill(QuoteSpeaker, -1);

            for (int i = 0; i < result.Quotes.Count; i++)
            {
                var q = result.Quotes[i];
                if (TrySpan(q.Start, q.End, out int s, out int e))
                {
                    Items.Add(new Item(Layer.Quote, s, e, i));
                    QuoteMarked[i] = true;
                }
            }

            for (int i = 0; i < result.Mentions.Count; i++)
            {
                var m = result.Mentions[i];
                if (TrySpan(m.Start, m.End, out int s, out int e))
                {
                    Items.Add(new Item(Layer.Mention, s, e, i));
                    MentionMarked[i] = true;
                }
            }

            // One speaker link per distinct attribution span: "Ahn said" may introduce two quotes.
            var bySpan = new Dictionary<(int, int), Speaker>();
            for (int i = 0; i < result.Quotes.Count; i++)
            {
                var q = result.Quotes[i];
                if (!QuoteMarked[i] || q.SpeakerStart is not { } ss || q.SpeakerEnd is not { } se || !TrySpan(ss, se, out int s, out int e))
                {
                    continue;
                }

                if (!bySpan.TryGetValue((s, e), out var speaker))
                {
                    speaker = new Speaker(s, e, q.Speaker, []);
                    bySpan.Add((s, e), speaker);
                }

                speaker.Quotes.Add(i);
            }

            // Links cannot nest (an <a> inside an <a> is closed by the parser), so of two overlapping
            // attribution spans only the first is linked; its quotes still name their speaker.
            int lastEnd = -1;
            foreach (var speaker in bySpan.Values.OrderBy(x => x.Start).ThenByDescending(x => x.End))
            {
                if (speaker.Start < lastEnd)
                {
                    continue;
                }

                lastEnd = speaker.End;
                int k = Speakers.Count;
                Speakers.Add(speaker);
                Items.Add(new Item(Layer.Speaker, speaker.Start, speaker.End, k));
                foreach (int qi in speaker.Quotes)
                {
                    QuoteSpeaker[qi] = k;
                }
            }
        }

        public string Prefix { get; }

        public string Text { get; }

        public ExtractionResult Result { get; }

        public List<Item> Items { get; } = [];

        public List<Speaker> Speakers { get; } = [];

        public Dictionary<Mention, int> MentionIndex { get; }

        public Dictionary<Mention, Entity> EntityOf { get; }

        public Dictionary<Entity, string> PlaceDetail { get; }

        public bool[] MentionMarked { get; }

        public bool[] QuoteMarked { get; }

        /// <summary>For each quote, the index of its speaker link, or -1.</summary>
        public int[] QuoteSpeaker { get; }

        /// <summary>
        /// Clamps a span to the text and moves an edge that would split a surrogate pair past the pair, so
        /// that no segment starts or ends inside a character; an empty span cannot be marked.
        /// </summary>
        private bool TrySpan(int start, int end, out int s, out int e)
        {
            s = Snap(start);
            e = Snap(end);
            return s < e;
        }

        private int Snap(int offset)
        {
            int b = Math.Clamp(offset, 0, Text.Length);
            if (b > 0 && b < Text.Length && char.IsHighSurrogate(Text[b - 1]) && char.IsLowSurrogate(Text[b]))
            {
                b++;
            }

            return b;
        }
    }

    private static void WriteMarkedText(TextWriter writer, Context context)
    {
        string text = context.Text;
        var items = context.Items;
        if (items.Count == 0)
        {
            HtmlText.Write(writer, text, 0, text.Length);
            return;
        }

        // Segment edges: every span edge, plus both ends of the text.
        var edges = new SortedSet<int> { 0, text.Length };
        foreach (var item in items)
        {
            edges.Add(item.Start);
            edges.Add(item.End);
        }

        int[] b = [.. edges];
        int segments = b.Length - 1;

        // For each segment, the items covering it, outermost first.
        var order = Enumerable.Range(0, items.Count).OrderBy(i => items[i].Start).ToArray();
        var stacks = new int[segments][];
        var active = new List<int>();
        int next = 0;
        for (int seg = 0; seg < segments; seg++)
        {
            active.RemoveAll(i => items[i].End <= b[seg]);
            while (next < order.Length && items[order[next]].Start <= b[seg])
            {
                active.Add(order[next++]);
            }

            stacks[seg] = [.. active
                .OrderBy(i => items[i].Layer)
                .ThenBy(i => items[i].Start)
                .ThenByDescending(i => items[i].End)
                .ThenBy(i => items[i].Index)];
        }

        var open = new List<int>();
        for (int seg = 0; seg < segments; seg++)
        {
            int[] want = stacks[seg];
            int common = 0;
            while (common < open.Count && common < want.Length && open[common] == want[common])
            {
                common++;
            }

            for (int d = open.Count - 1; d >= common; d--)
            {
                writer.Write(items[open[d]].Layer switch { Layer.Quote => "</span>", Layer.Mention => "</mark>", _ => "</a>" });
                open.RemoveAt(d);
            }

            for (int d = common; d < want.Length; d++)
            {
                var item = items[want[d]];

                // This fragment lasts while the following segments keep the same elements down to depth d.
                int until = seg + 1;
                while (until < segments && SamePrefix(stacks[until], want, d))
                {
                    until++;
                }

                bool first = item.Start == b[seg];
                bool last = b[until] >= item.End;
                OpenTag(writer, context, item, first, last);
                open.Add(want[d]);
            }

            HtmlText.Write(writer, text, b[seg], b[seg + 1]);
        }

        for (int d = open.Count - 1; d >= 0; d--)
        {
            writer.Write(items[open[d]].Layer switch { Layer.Quote => "</span>", Layer.Mention => "</mark>", _ => "</a>" });
        }
    }

    private static bool SamePrefix(int[] stack, int[] want, int depth)
    {
        if (stack.Length <= depth)
        {
            return false;
        }

        for (int i = 0; i <= depth; i++)
        {
            if (stack[i] != want[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void OpenTag(TextWriter w, Context context, Item item, bool first, bool last)
    {
        string p = context.Prefix;
        switch (item.Layer)
        {
            case Layer.Quote:
            {
                var q = context.Result.Quotes[item.Index];
                string kind = Names.Of(q.Kind);
                string id = p + "q-" + Names.Int(item.Index);
                w.Write("<span class=\"quote quote-");
                w.Write(kind);
                WriteFragmentClasses(w, first, last);
                WriteIdOrOf(w, id, first);
                w.Write(" data-kind=\"");
                w.Write(kind);
                w.Write('"');
                if (q.Speaker is not null)
                {
                    Attribute(w, "data-speaker", q.Speaker);
                }

                if (last)
                {
                    Attribute(w, "data-label", kind + " · " + (q.Speaker ?? "unattributed"));
                }

                Attribute(w, "title", QuoteTitle(q));
                w.Write('>');
                break;
            }

            case Layer.Mention:
            {
                var m = context.Result.Mentions[item.Index];
                string type = Names.Of(m.Type);
                string id = p + "m-" + Names.Int(item.Index);
                w.Write("<mark class=\"ent ent-");
                w.Write(type);
                WriteFragmentClasses(w, first, last);
                WriteIdOrOf(w, id, first);
                w.Write(" data-type=\"");
                w.Write(type);
                w.Write('"');
                if (m.Type == MentionType.Date)
                {
                    if (m.Value is not null)
                    {
                        Attribute(w, "data-value", m.Value);
                    }

                    if (last)
                    {
                        Attribute(w, "data-label", "DATE " + (m.Value ?? "?"));
                    }
                }
                else
                {
                    Attribute(w, "data-canonical", m.Canonical ?? m.Text);
                    if (m.Geo is { } geo)
                    {
                        // Where the place is, for scripts and tests (the JSON contract's "geo" fields).
                        if (geo.CountryCode is not null)
                        {
                            Attribute(w, "data-country", geo.CountryCode);
                        }

                        if (geo.GeonameId is { } geonameId)
                        {
                            Attribute(w, "data-geonameid", Names.Int(geonameId));
                        }
                    }

                    if (last)
                    {
                        Attribute(w, "data-label", Names.Label(m.Type));
                    }
                }

                Attribute(w, "title", MentionTitle(context, m));
                w.Write('>');
                break;
            }

            default:
            {
                var speaker = context.Speakers[item.Index];
                w.Write("<a class=\"speaker");
                WriteFragmentClasses(w, first, last);
                w.Write("\" href=\"#");
                w.Write(p);
                w.Write("q-");
                w.Write(Names.Int(speaker.Quotes[0]));
                w.Write('"');
                // The first piece is the anchor; a link cut by a mention's edge ("the [Korean Central News
                // Agency] said") continues in pieces that point back to it, as mentions and quotes do.
                w.Write(first ? " id=\"" : " data-of=\"");
                w.Write(p);
                w.Write("s-");
                w.Write(Names.Int(item.Index));
                w.Write('"');

                w.Write(" data-quotes=\"");
                for (int i = 0; i < speaker.Quotes.Count; i++)
                {
                    w.Write(i == 0 ? "" : " ");
                    w.Write(p);
                    w.Write("q-");
                    w.Write(Names.Int(speaker.Quotes[i]));
                }

                w.Write('"');
                if (last)
                {
                    Attribute(w, "data-label", "quoted ×" + Names.Int(speaker.Quotes.Count));
                }

                Attribute(w, "title", "Speaker: " + (speaker.Name ?? "unresolved") + " · " + Names.Count(speaker.Quotes.Count, "quote", "quotes") + " (the link goes to the first)");
                w.Write('>');
                break;
            }
        }
    }

    private static void WriteFragmentClasses(TextWriter w, bool first, bool last)
    {
        if (!first)
        {
            w.Write(" cont");
        }

        if (!last)
        {
            w.Write(" part");
        }
    }

    private static void WriteIdOrOf(TextWriter w, string id, bool first)
    {
        // Only the first fragment is an anchor and a tab stop; the others point back to it.
        w.Write(first ? "\" id=\"" : "\" data-of=\"");
        w.Write(id);
        w.Write(first ? "\" tabindex=\"0\"" : "\"");
    }

    private static void Attribute(TextWriter w, string name, string value)
    {
        w.Write(' ');
        w.Write(name);
        w.Write("=\"");
        HtmlText.Write(w, value);
        w.Write('"');
    }

    private static string QuoteTitle(Quote q)
    {
        string kind = Names.Of(q.Kind);
        string title = char.ToUpperInvariant(kind[0]) + kind[1..] + " quote · " + (q.Speaker is null ? "speaker not named" : "speaker: " + q.Speaker);
        return q.Cue is null ? title : title + " · cue: " + q.Cue;
    }

    private static string MentionTitle(Context context, Mention m)
    {
        if (m.Type == MentionType.Date)
        {
            return m.Value is null ? "Date · no resolved value" : "Date · " + m.Value;
        }

        string title = Names.Singular(m.Type) + " · " + (m.Canonical ?? m.Text);
        if (context.EntityOf.TryGetValue(m, out var entity))
        {
            title += " · " + Names.Count(entity.Mentions.Count, "mention", "mentions");
            if (context.PlaceDetail.TryGetValue(entity, out string? detail))
            {
                title += " · " + detail;
            }
        }

        return title;
    }
}
