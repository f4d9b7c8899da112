using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace EntityExtract.Tests.Reporting;

/// <summary>
/// Reads a generated report with a real HTML5 parser (AngleSharp), the way a browser builds its DOM,
/// and tells where each marked element sits in the article's text.
/// </summary>
internal sealed class ReportDom
{
    private readonly Dictionary<IElement, (int Start, int End)> _ranges = [];

    public ReportDom(string html, string articleSelector = "article.text")
    {
        Html = html;
        Document = new HtmlParser().ParseDocument(html);
        Article = Document.QuerySelector(articleSelector) ?? throw new InvalidOperationException($"no {articleSelector} in the page");

        // Character offsets of every element inside the article, counted over its text nodes in document order.
        int offset = 0;
        foreach (var node in Article.Descendants())
        {
            if (node is IElement element)
            {
                _ranges[element] = (offset, offset + element.TextContent.Length);
            }
            else if (node.NodeType == NodeType.Text)
            {
                offset += node.TextContent.Length;
            }
        }
    }

    public string Html { get; }

    public IHtmlDocument Document { get; }

    public IElement Article { get; }

    /// <summary>The element's [start, end) in the article text.</summary>
    public (int Start, int End) RangeOf(IElement element) => _ranges[element];

    /// <summary>The element with this id and its continuation fragments (<c>data-of</c>), in document order.</summary>
    public IReadOnlyList<IElement> Fragments(string id)
    {
        var first = Document.GetElementById(id);
        var list = new List<IElement>();
        if (first is not null)
        {
            list.Add(first);
        }

        list.AddRange(Article.QuerySelectorAll($"[data-of='{id}']"));
        return list;
    }

    /// <summary>The span of characters an id's fragments cover, checked to be contiguous.</summary>
    public (int Start, int End) CoveredBy(string id)
    {
        var fragments = Fragments(id);
        Assert.NotEmpty(fragments);
        var ranges = fragments.Select(RangeOf).OrderBy(r => r.Start).ToList();
        for (int i = 1; i < ranges.Count; i++)
        {
            Assert.True(ranges[i].Start == ranges[i - 1].End, $"{id}: fragments are not contiguous");
        }

        return (ranges[0].Start, ranges[^1].End);
    }
}
