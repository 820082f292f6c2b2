using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Tacitus.Engine.Input;

/// <summary>Plain-text view of an HTML page with the metadata news pages carry.</summary>
public sealed record HtmlPage(string Text, string? Title, DateOnly? Date, string? Url, string? SiteName)
{
    /// <summary>Author line ("By Jane Doe"), from meta tags or the page's byline element.</summary>
    public string? Byline { get; init; }
    /// <summary>The dateline that opens the story ("KYIV, May 14 (Reuters) -"), if any; it stays in <see cref="Text"/>.</summary>
    public string? Dateline { get; init; }
}

/// <summary>
/// Main-text extraction from news pages with AngleSharp: drops scripts, navigation, headers and footers, ads,
/// share bars and related-story boxes; takes the article body (article, [itemprop=articleBody], main, or the
/// block with the most paragraph text); keeps title, byline, dateline and publication date from meta tags.
/// </summary>
public static partial class HtmlText
{
    private static readonly string[] DropTags =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "figure", "figcaption", "menu", "dialog"];

    private static readonly string[] BlockTags =
        ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section", "blockquote", "pre", "dd", "dt", "main", "ul", "ol", "table", "hr"];

    private static readonly string[] DateMeta =
        ["article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"];

    public static HtmlPage Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var doc = parser.ParseDocument(html);

        string? title = Clean(Meta(doc, "og:title")) ?? Clean(doc.QuerySelector("title")?.TextContent) ?? Clean(doc.QuerySelector("h1")?.TextContent);
        DateOnly? date = null;
        foreach (var key in DateMeta)
        {
            date = DocumentReader.ParseDate(Meta(doc, key));
            if (date is not null) break;
        }
        date ??= DocumentReader.ParseDate(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        string? url = Meta(doc, "og:url") ?? doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        string? site = Clean(Meta(doc, "og:site_name")) ?? Clean(Meta(doc, "application-name"));
        string? byline = Clean(Meta(doc, "author")) ?? Clean(Meta(doc, "article:author")) ?? Clean(Meta(doc, "byl"))
            ?? Clean(doc.QuerySelector("[rel=author], [itemprop=author], .byline, .author, [class*=byline]")?.TextContent);
        if (byline is not null && byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) byline = byline[3..].Trim();

        var body = doc.Body;
        if (body is null) return new HtmlPage("", title, date, url, site) { Byline = byline };
        // A byline element inside the article is metadata, not story text.
        foreach (var e in body.QuerySelectorAll(string.Join(',', DropTags)).ToList()) e.Remove();
        foreach (var e in body.QuerySelectorAll("[class], [id], [role], [aria-hidden]").ToList())
            if (IsBoilerplate(e)) e.Remove();
        foreach (var e in body.QuerySelectorAll(".byline, [rel=author], [itemprop=author], [class*=byline]").ToList()) e.Remove();

        var main = body.QuerySelector("[itemprop=articleBody]") ?? body.QuerySelector("article") ?? body.QuerySelector("main, [role=main]") ?? Densest(body) ?? body;
        var sb = new StringBuilder();
        AppendText(main, sb);
        var text = Normalise(sb.ToString());
        var headline = main.QuerySelector("h1")?.TextContent;
        var dateline = DatelineRe().Match(FirstParagraph(text, headline)) is { Success: true } m ? m.Groups["d"].Value.Trim() : null;
        return new HtmlPage(text, title, date, url, site) { Byline = byline, Dateline = dateline };
    }

    private static string? Meta(IDocument doc, string key)
    {
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var k = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (k is not null && k.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                var c = m.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(c)) return c.Trim();
            }
        }
        return null;
    }

    private static bool IsBoilerplate(IElement e)
    {
        if (e.GetAttribute("aria-hidden") == "true") return true;
        var role = e.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search") return true;
        var names = ((e.GetAttribute("class") ?? "") + " " + (e.GetAttribute("id") ?? "")).ToLowerInvariant();
        return names.Length > 1 && BoilerplateRe().IsMatch(names);
    }

    /// <summary>The block with the most text in direct &lt;p&gt; children: the story when a page has no article markup.</summary>
    private static IElement? Densest(IElement body)
    {
        IElement? best = null;
        int bestLen = 0;
        foreach (var e in body.QuerySelectorAll("div, section, td").Prepend(body))
        {
            int len = e.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length);
            if (len > bestLen)
            {
                bestLen = len;
                best = e;
            }
        }
        return best;
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                sb.Append(t.Data);
                continue;
            }
            if (child is not IElement e) continue;
            bool block = BlockTags.Contains(e.LocalName);
            if (block) sb.Append('\n');
            AppendText(e, sb);
            if (block) sb.Append('\n');
        }
    }

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var l = SpacesRe().Replace(line, " ").Trim();
            if (l.Length > 0) sb.Append(l).Append('\n');
        }
        return sb.ToString();
    }

    private static string FirstParagraph(string text, string? headline)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0) continue;
            if (headline is not null && line == SpacesRe().Replace(headline, " ").Trim()) continue;
            return line;
        }
        return "";
    }

    private static string? Clean(string? s)
    {
        if (s is null) return null;
        s = SpacesRe().Replace(s, " ").Trim();
        return s.Length == 0 ? null : s;
    }

    [GeneratedRegex(@"(^|[\s_-])(ad|ads|advert\w*|banner|promo\w*|sponsor\w*|share|sharing|social|related|recommend\w*|newsletter|subscribe|signup|cookie\w*|consent|comment\w*|sidebar|breadcrumbs?|menu|nav\w*|masthead|footer|header|popup|modal|outbrain|taboola|paywall|most-read|trending)($|[\s_-])")]
    private static partial Regex BoilerplateRe();
    [GeneratedRegex(@"^(?<d>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z .&]+\))?)\s*(?:—|–|-{1,2})\s")]
    private static partial Regex DatelineRe();
    [GeneratedRegex(@"[ \t\r\f\v\u00A0]+")]
    private static partial Regex SpacesRe();
}
