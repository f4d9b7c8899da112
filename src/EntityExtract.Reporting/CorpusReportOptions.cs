namespace EntityExtract.Reporting;

/// <summary>
/// How <see cref="HtmlReport.WriteCorpus"/> writes a corpus page. The <c>default</c> (or <see langword="null"/>)
/// options give a page titled "Corpus" with the top 20 of each list. Immutable once built; safe to share between threads.
/// </summary>
public sealed class CorpusReportOptions
{
    /// <summary>The page title and heading; <see langword="null"/> for "Corpus".</summary>
    public string? Title { get; init; }

    /// <summary>How many rows the "most quoted" and "most mentioned" tables show (at least 1; default 20).</summary>
    public int TopCount { get; init; } = 20;

    /// <summary>
    /// The words shown with a place in its details and in the side and summary lists. <see langword="null"/> (the
    /// default) shows the place's kind and country as the geocoding stage resolved them (<see cref="Entity.Geo"/>:
    /// "city · North Korea"), and nothing for a place it could not resolve. A function replaces that: it is called
    /// once per place, and a <see langword="null"/> or empty answer shows nothing (<c>_ =&gt; null</c> turns the
    /// words off). It must be thread-safe if the options are shared.
    /// </summary>
    public Func<Entity, string?>? DescribePlace { get; init; }
}
