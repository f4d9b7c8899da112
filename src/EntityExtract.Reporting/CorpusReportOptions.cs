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

    /// <summary>Extension point for places, as <see cref="ArticleReportOptions.DescribePlace"/>: extra words shown with a place, such as its country.</summary>
    public Func<Entity, string?>? DescribePlace { get; init; }
}
