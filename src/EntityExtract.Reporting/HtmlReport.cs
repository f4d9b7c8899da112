using EntityExtract.Reporting.Internal;

namespace EntityExtract.Reporting;

/// <summary>
/// Writes extraction results as self-contained HTML pages that a person reads in a browser: the article
/// with people, places, organizations, dates and quotes marked in place, or a whole corpus with who is
/// quoted and what is mentioned most. Each page is one file: inline CSS, one small inline script, no
/// network. All text is escaped, so an article containing HTML or script shows as text and runs nothing.
/// </summary>
/// <remarks>
/// Built only on the public result types (<see cref="ExtractionResult"/>, <see cref="Mention"/>,
/// <see cref="Entity"/>, <see cref="Quote"/>). Every method is thread-safe and never throws on any text
/// or result (only on <see langword="null"/> arguments and on the writer's own errors); spans that fall
/// outside the text are left unmarked. The article element's text content equals the input text, except
/// that NUL characters and lone surrogates, which no HTML file can carry, show as U+FFFD.
/// </remarks>
public static class HtmlReport
{
    /// <summary>Writes the page of one article.</summary>
    /// <param name="writer">Where the HTML goes (write it as UTF-8: the page declares that charset).</param>
    /// <param name="text">The article text that <paramref name="result"/> was extracted from.</param>
    /// <param name="result">What was extracted from it.</param>
    /// <param name="options">The page title and the place extension point; <see langword="null"/> for the defaults.</param>
    public static void WriteArticle(TextWriter writer, string text, ExtractionResult result, ArticleReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        string title = options?.Title ?? "Article";
        Page.Begin(writer, title);
        ArticleView.Write(writer, "", heading: null, text, result, options?.DescribePlace ?? Names.Place, backLink: null);
        Page.End(writer);
    }

    /// <summary>
    /// Writes the page of a corpus: the most quoted speakers with their quote kinds, the most mentioned
    /// people, places and organizations, quotes per article, and then every article marked up as in
    /// <see cref="WriteArticle"/>, each in a section the summary links to (ids <c>a0-article</c>, <c>a1-article</c>, ...).
    /// </summary>
    /// <param name="writer">Where the HTML goes (write it as UTF-8: the page declares that charset).</param>
    /// <param name="articles">Each article's id (a file name, say), text and result, in the order to show them. They are read once and held until the page is written, since the summary comes first.</param>
    /// <param name="options">The page title, the length of the top lists and the place extension point; <see langword="null"/> for the defaults.</param>
    public static void WriteCorpus(TextWriter writer, IEnumerable<(string Id, string Text, ExtractionResult Result)> articles, CorpusReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(articles);
        var list = new List<(string Id, string Text, ExtractionResult Result)>();
        foreach (var (id, text, result) in articles)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(articles));
            ArgumentNullException.ThrowIfNull(result, nameof(articles));
            list.Add((id ?? Names.Int(list.Count + 1), text, result));
        }

        string title = options?.Title ?? "Corpus";
        int top = Math.Max(1, options?.TopCount ?? 20);
        Page.Begin(writer, title);
        var describePlace = options?.DescribePlace ?? Names.Place;
        CorpusView.WriteSummary(writer, list, top, describePlace);
        for (int i = 0; i < list.Count; i++)
        {
            ArticleView.Write(writer, CorpusView.Prefix(i), list[i].Id, list[i].Text, list[i].Result, describePlace, backLink: "summary");
        }

        Page.End(writer);
    }

    /// <summary>Returns the page of one article as a string; see <see cref="WriteArticle"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="result">What was extracted from it.</param>
    /// <param name="options">The page options; <see langword="null"/> for the defaults.</param>
    /// <returns>The whole HTML document.</returns>
    public static string Article(string text, ExtractionResult result, ArticleReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteArticle(writer, text, result, options);
        return writer.ToString();
    }

    /// <summary>Returns the page of a corpus as a string; see <see cref="WriteCorpus"/>.</summary>
    /// <param name="articles">Each article's id, text and result.</param>
    /// <param name="options">The page options; <see langword="null"/> for the defaults.</param>
    /// <returns>The whole HTML document.</returns>
    public static string Corpus(IEnumerable<(string Id, string Text, ExtractionResult Result)> articles, CorpusReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteCorpus(writer, articles, options);
        return writer.ToString();
    }
}
