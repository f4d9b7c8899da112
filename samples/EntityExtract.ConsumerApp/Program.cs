using EntityExtract;

// Extract from the article named on the command line and print one line per entity, date and quote.
string text = File.ReadAllText(args.Length > 0 ? args[0] : throw new ArgumentException("usage: ConsumerApp ARTICLE.txt"));
var result = EntityExtractor.Extract(text);

Console.WriteLine($"reference-date {result.ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
foreach (var person in result.People)
{
    Console.WriteLine($"person {person.Name} x{person.Mentions.Count}");
}

foreach (var place in result.Places)
{
    Console.WriteLine($"place {place.Name} x{place.Mentions.Count}");
}

foreach (var organization in result.Organizations)
{
    Console.WriteLine($"organization {organization.Name} x{organization.Mentions.Count}");
}

foreach (var date in result.Dates)
{
    Console.WriteLine($"date {date.Text} = {date.Value ?? "?"}");
}

foreach (var quote in result.Quotes)
{
    Console.WriteLine($"quote {quote.Speaker ?? "?"}: {quote.Text}");
}
