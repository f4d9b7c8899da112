using System.Security.Cryptography;
using System.Text;

namespace EntityExtract.Reporting.Internal;

/// <summary>
/// The frame every report page shares: document head with inline CSS, a legend, and one small inline
/// script. Nothing is loaded from the network: a Content-Security-Policy allows only the inline style
/// and this one script (by its SHA-256 hash, CSP Level 2 §4.2.4), so even markup that slipped past
/// escaping could neither run nor fetch anything. Thread-safe (stateless).
/// </summary>
internal static class Page
{
    /// <summary>
    /// The page's only script: shows the details (the title attribute) of the marked span under the
    /// pointer or keyboard focus in the "details" box of the same article. It writes with textContent,
    /// never innerHTML, so article text cannot become markup here either. It marks the root element
    /// <c>data-script="ready"</c>, so a browser test can tell that the policy let it run.
    /// </summary>
    internal const string Script =
        "(function(){function show(e){var t=e.target;if(!t||!t.closest)return;t=t.closest('.text [title]');if(!t)return;" +
        "var s=t.closest('section');var d=s&&s.querySelector('.detail');if(d)d.textContent=t.getAttribute('title');}" +
        "document.addEventListener('mouseover',show);document.addEventListener('focusin',show);" +
        "document.documentElement.setAttribute('data-script','ready');})();";

    /// <summary>The CSP source for <see cref="Script"/>: <c>'sha256-BASE64'</c> of its UTF-8 bytes.</summary>
    internal static string ScriptHash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script))) + "'";

    // Colours were checked for contrast: the labels are white on the type colour (each at least 4.5:1,
    // WCAG 2.1 SC 1.4.3), and every type also differs by its label text and underline style, so the
    // page reads without colour (SC 1.4.1).
    private const string Css = """
        :root{--person:#1f5fbf;--place:#1d7430;--organization:#a4481a;--date:#6f35a8;--gold:#8a6d00;--ink:#1b1b1b;--muted:#595959;--line:#d9d9d9;--focus:#0b57d0}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#f6f6f4}
        header.page{padding:.9rem 1.5rem;background:#fff;border-bottom:1px solid var(--line)}
        header.page h1{margin:0 0 .35rem;font-size:1.35rem}
        .legend{margin:0;font-size:.85rem;color:var(--muted);line-height:2}
        .legend .ent,.legend .quote{margin-right:.5rem}
        main{padding:1rem 1.5rem;max-width:84rem}
        h2{font-size:1.2rem;margin:0;display:inline}
        .article-head{margin:0 0 .6rem}
        .meta{margin:.2rem 0 0;color:var(--muted);font-size:.85rem}
        .back{font-size:.85rem;margin-left:.6rem}
        section.article{margin:0 0 2.5rem;scroll-margin-top:.5rem}
        .layout{display:grid;grid-template-columns:minmax(0,44rem) minmax(15rem,1fr);gap:1.25rem;align-items:start}
        @media (max-width:56rem){.layout{grid-template-columns:minmax(0,1fr)}}
        .text{display:block;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;font:17px/1.95 Georgia,"DejaVu Serif",serif}
        .ent{color:inherit;padding:0 .12em;border-radius:3px;border-bottom:2px solid var(--c);background:var(--bg)}
        .ent-person{--c:var(--person);--bg:#e4edfb}
        .ent-place{--c:var(--place);--bg:#e1f2e4;border-bottom:3px double var(--c)}
        .ent-organization{--c:var(--organization);--bg:#fbe9dd;border-bottom-style:dashed}
        .ent-date{--c:var(--date);--bg:#efe5f9;border-bottom-style:dotted}
        .ent::after,.quote::after,.speaker::after{content:attr(data-label);display:inline-block;font:700 10px/1.3 system-ui,"DejaVu Sans",sans-serif;letter-spacing:.03em;border-radius:3px;padding:0 .3em;margin-left:.25em;vertical-align:.2em;white-space:nowrap;font-style:normal;text-decoration:none;text-indent:0}
        .ent::after{color:#fff;background:var(--c)}
        .quote{background:#fff3c4;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        .quote-direct{border-bottom:2px solid var(--gold)}
        .quote-partial{background:#fff8de;border-bottom:2px dashed var(--gold)}
        .quote-indirect{background:#eef2f6;border-bottom:2px dotted #4a5a6a}
        .quote::after{color:#5c4800;background:#fff;border:1px solid var(--gold)}
        .speaker{color:inherit;text-decoration:underline 2px var(--gold);text-underline-offset:.25em}
        .speaker::after{color:#fff;background:var(--gold)}
        .ent.part::after,.quote.part::after,.speaker.part::after{content:none;display:none}
        .text [tabindex]:hover,.text a:hover{filter:brightness(.93)}
        :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        :target{outline:3px solid var(--focus);outline-offset:2px}
        .side{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem;font-size:.88rem}
        .detail{min-height:3.3em;padding:.4rem .6rem;border-left:4px solid var(--focus);background:#eef3fd;margin:0 0 .4rem}
        .side h3{font-size:.92rem;margin:.8rem 0 .3rem;padding-bottom:.15rem;border-bottom:1px solid var(--line)}
        .side ul,.side ol{margin:0;padding-left:1.25rem}
        .side li{margin:.1rem 0}
        .t-person li::marker{color:var(--person)}
        .t-place li::marker{color:var(--place)}
        .t-organization li::marker{color:var(--organization)}
        .t-date li::marker{color:var(--date)}
        .count{display:inline-block;min-width:1.7em;padding:0 .35em;text-align:center;background:#ececec;border-radius:9px;font-size:.8em;font-weight:600}
        .forms,.cue,.geo{color:var(--muted);font-size:.9em}
        .kind{font-size:.75em;border:1px solid var(--gold);border-radius:3px;padding:0 .3em;color:#5c4800}
        code{font-size:.9em}
        .summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem;margin:0 0 2rem}
        .card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem;overflow-x:auto}
        .card h2{display:block;font-size:1.05rem;margin:0 0 .4rem}
        table{border-collapse:collapse;width:100%;font-size:.88rem}
        th,td{border-bottom:1px solid var(--line);padding:.2rem .45rem;text-align:left;vertical-align:top}
        th{font-weight:600;color:var(--muted)}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        .wide{grid-column:1/-1}
        td.example{font-family:Georgia,"DejaVu Serif",serif;font-size:.95em}
        @media print{.side{position:static;max-height:none}.detail{display:none}}
        """;

    /// <summary>Writes everything up to and including the opening <c>main</c> tag.</summary>
    public static void Begin(TextWriter w, string title)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ");
        w.Write(ScriptHash);
        w.Write("\">\n<meta name=\"generator\" content=\"EntityExtract.Reporting\">\n<title>");
        HtmlText.Write(w, title);
        w.Write("</title>\n<style>\n");
        w.Write(Css);
        w.Write("\n</style>\n</head>\n<body>\n<header class=\"page\">\n<h1>");
        HtmlText.Write(w, title);
        w.Write("</h1>\n<p class=\"legend\">Key: ");
        w.Write("<mark class=\"ent ent-person\" data-label=\"PERSON\">person</mark> ");
        w.Write("<mark class=\"ent ent-place\" data-label=\"PLACE\">place</mark> ");
        w.Write("<mark class=\"ent ent-organization\" data-label=\"ORG\">organization</mark> ");
        w.Write("<mark class=\"ent ent-date\" data-label=\"DATE 2025-12-11\">date</mark> ");
        w.Write("<span class=\"quote quote-direct\" data-label=\"direct · speaker\">direct quote</span> ");
        w.Write("<span class=\"quote quote-partial\" data-label=\"partial · speaker\">partial quote</span> ");
        w.Write("<span class=\"quote quote-indirect\" data-label=\"indirect · speaker\">reported speech</span> ");
        w.Write("<a class=\"speaker\" data-label=\"quoted ×2\">speaker</a>");
        w.Write(" · hover over or tab to a mark for its details; a speaker links to its quotes.</p>\n</header>\n<main>\n");
    }

    /// <summary>Writes the closing <c>main</c>, the script and the end of the document.</summary>
    public static void End(TextWriter w)
    {
        w.Write("</main>\n<script>");
        w.Write(Script);
        w.Write("</script>\n</body>\n</html>\n");
    }
}
