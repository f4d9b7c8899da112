using Spectre.Console;
using Spectre.Console.Rendering;

namespace EntityExtract.Cli;

/// <summary>The human-readable report: tables of people, places, organizations, dates and quotes.</summary>
internal static class TextReport
{
    public static void Write(TextWriter writer, string title, ExtractionResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = writer == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (console.Profile.Width < 100 || Console.IsOutputRedirected)
        {
            console.Profile.Width = 120;
        }

        console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });
        string reference = result.ReferenceDate is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "unknown (relative dates unresolved)";
        console.Write(new Text($"Reference date: {reference}\n\n"));

        WriteEntities(console, "People", result.People);
        WriteEntities(console, "Places", result.Places, places: true);
        WriteEntities(console, "Organizations", result.Organizations);

        var dates = NewTable("Dates", "Text", "Value", "Offset", "Confidence");
        foreach (var m in result.Dates)
        {
            dates.AddRow(Cell(m.Text), Cell(m.Value ?? "(unresolved)"), Cell($"{m.Start}-{m.End}"), Cell(Score(m.Confidence)));
        }

        console.Write(dates);

        var quotes = NewTable("Quotes", "Speaker", "Cue", "Kind", "Confidence", "Quote");
        foreach (var q in result.Quotes)
        {
            quotes.AddRow(Cell(SpeakerName(q)), Cell(q.Cue ?? ""), Cell(KindName(q.Kind)), Cell(Score(q.Confidence)), Cell(q.Text));
        }

        console.Write(quotes);
        console.WriteLine();
    }

    // A statement whose text names no source ("X is thought to be …", "X reportedly did …") has no speaker and no source
    // span (output-schema.md); a speaker the library could not resolve (a pronoun with no antecedent, a quotation with
    // no attribution) is unknown.
    private static string SpeakerName(Quote q) =>
        q.Speaker ?? (q.Kind == QuoteKind.Indirect && q.SpeakerStart is null ? "(no source named)" : "(unknown)");

    private static void WriteEntities(IAnsiConsole console, string title, IReadOnlyList<Entity> entities, bool places = false)
    {
        var table = places ? NewTable(title, "Name", "Mentions", "As written", "Confidence", "Country") : NewTable(title, "Name", "Mentions", "As written", "Confidence");
        foreach (var e in entities)
        {
            var forms = e.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal);
            var cells = new List<Text> { Cell(e.Name), Cell(e.Mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell(string.Join(", ", forms)), Cell(Score(e.Confidence)) };
            if (places)
            {
                // The resolved country (or the continent's kind), "" when the place could not be resolved.
                cells.Add(Cell(e.Geo is { } geo ? geo.CountryName ?? geo.Kind.ToString() : ""));
            }

            table.AddRow(cells);
        }

        console.Write(table);
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded, Expand = false };
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(new Text(c)));
        }

        return table;
    }

    private static string Score(double confidence) => confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Indirect => "indirect",
        _ => kind.ToString(),
    };

    // Text, not markup: article text is full of brackets that markup would misread.
    private static Text Cell(string s) => new(s);
}
