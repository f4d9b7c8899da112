namespace EntityExtract.Reporting;

/// <summary>
/// How <see cref="HtmlReport.WriteArticle"/> writes one article's page. The <c>default</c> (or <see langword="null"/>)
/// options give a page titled "Article". Immutable once built; safe to share between threads.
/// </summary>
public sealed class ArticleReportOptions
{
    /// <summary>The page title and heading, such as the file name; <see langword="null"/> for "Article".</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Extension point for places: extra words shown with a place, such as its country once places carry
    /// one ("Springfield — United States"). Called once per place; <see langword="null"/> or an empty answer
    /// adds nothing. The report never depends on it. The function must be thread-safe if the options are shared.
    /// </summary>
    public Func<Entity, string?>? DescribePlace { get; init; }
}
