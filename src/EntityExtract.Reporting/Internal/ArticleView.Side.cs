using System.Globalization;

namespace EntityExtract.Reporting.Internal;

// The side list of one article (entities, dates, quotes), apart from the marked text in ArticleView.cs.
internal static partial class ArticleView
{
    private static void WriteSide(TextWriter w, Context context)
    {
        var result = context.Result;
        string p = context.Prefix;
        w.Write("<aside class=\"side\" aria-label=\"Entities and quotes\">\n<div class=\"detail\" role=\"status\" aria-live=\"polite\">Hover over or tab to a marked span to see its details here.</div>\n");

        w.Write("<h3>Quotes <span class=\"count\">");
        w.Write(Names.Int(result.Quotes.Count));
        w.Write("</span></h3>\n");
        if (result.Quotes.Count > 0)
        {
            w.Write("<ol class=\"quotes\">\n");
            for (int i = 0; i < result.Quotes.Count; i++)
            {
                var q = result.Quotes[i];
                w.Write("<li>");
                if (context.QuoteMarked[i])
                {
                    w.Write("<a href=\"#");
                    w.Write(p);
                    w.Write("q-");
                    w.Write(Names.Int(i));
                    w.Write("\">“");
                    HtmlText.Write(w, HtmlText.Shorten(q.Text, 70));
                    w.Write("”</a>");
                }
                else
                {
                    w.Write('“');
                    HtmlText.Write(w, HtmlText.Shorten(q.Text, 70));
                    w.Write('”');
                }

                w.Write(" <span class=\"kind\">");
                w.Write(Names.Of(q.Kind));
                w.Write("</span> ");
                int k = context.QuoteSpeaker[i];
                string who = q.Speaker ?? (k >= 0 ? "“" + context.Text[context.Speakers[k].Start..context.Speakers[k].End] + "” (unresolved)" : "unattributed");
                if (k >= 0)
                {
                    w.Write("<a class=\"who\" href=\"#");
                    w.Write(p);
                    w.Write("s-");
                    w.Write(Names.Int(k));
                    w.Write("\">");
                    HtmlText.Write(w, who);
                    w.Write("</a>");
                }
                else
                {
                    w.Write("<span class=\"who\">");
                    HtmlText.Write(w, who);
                    w.Write("</span>");
                }

                if (q.Cue is not null)
                {
                    w.Write(" <span class=\"cue\">(");
                    HtmlText.Write(w, q.Cue);
                    w.Write(")</span>");
                }

                w.Write("</li>\n");
            }

            w.Write("</ol>\n");
        }

        WriteEntities(w, context, MentionType.Person, result.People);
        WriteEntities(w, context, MentionType.Place, result.Places);
        WriteEntities(w, context, MentionType.Organization, result.Organizations);

        w.Write("<h3>Dates <span class=\"count\">");
        w.Write(Names.Int(result.Dates.Count));
        w.Write("</span></h3>\n");
        if (result.Dates.Count > 0)
        {
            w.Write("<ul class=\"list t-date\">\n");
            foreach (var date in result.Dates)
            {
                w.Write("<li>");
                WriteMentionLink(w, context, date, date.Text);
                w.Write(" → <code>");
                HtmlText.Write(w, date.Value ?? "?");
                w.Write("</code></li>\n");
            }

            w.Write("</ul>\n");
        }

        w.Write("</aside>\n");
    }

    private static void WriteEntities(TextWriter w, Context context, MentionType type, IReadOnlyList<Entity> entities)
    {
        w.Write("<h3>");
        w.Write(Names.Plural(type));
        w.Write(" <span class=\"count\">");
        w.Write(Names.Int(entities.Count));
        w.Write("</span></h3>\n");
        if (entities.Count == 0)
        {
            return;
        }

        w.Write("<ul class=\"list t-");
        w.Write(Names.Of(type));
        w.Write("\">\n");

        // Most mentioned first; ties keep the order of first mention (OrderBy is stable).
        foreach (var entity in entities.OrderByDescending(e => e.Mentions.Count))
        {
            w.Write("<li>");
            if (entity.Mentions.Count > 0)
            {
                WriteMentionLink(w, context, entity.Mentions[0], entity.Name);
            }
            else
            {
                HtmlText.Write(w, entity.Name);
            }

            w.Write(" <span class=\"count\" title=\"mentions\">");
            w.Write(Names.Int(entity.Mentions.Count));
            w.Write("</span>");
            var forms = entity.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal).Where(f => f != entity.Name).ToList();
            if (forms.Count > 0)
            {
                w.Write(" <span class=\"forms\">also ");
                HtmlText.Write(w, string.Join(", ", forms));
                w.Write("</span>");
            }

            if (context.PlaceDetail.TryGetValue(entity, out string? detail))
            {
                // EXTENSION POINT (geo): the place's country or other detail, when the caller supplies it.
                w.Write(" <span class=\"geo\">");
                HtmlText.Write(w, detail);
                w.Write("</span>");
            }

            w.Write("</li>\n");
        }

        w.Write("</ul>\n");
    }

    private static void WriteMentionLink(TextWriter w, Context context, Mention mention, string label)
    {
        if (context.MentionIndex.TryGetValue(mention, out int index) && context.MentionMarked[index])
        {
            w.Write("<a href=\"#");
            w.Write(context.Prefix);
            w.Write("m-");
            w.Write(Names.Int(index));
            w.Write("\">");
            HtmlText.Write(w, label);
            w.Write("</a>");
        }
        else
        {
            HtmlText.Write(w, label);
        }
    }
}
