using System.Text;
using System.Text.RegularExpressions;

namespace Tacitus.Engine.Input;

/// <summary>Plain-text view of an HTML page with the metadata news pages carry. (The ingest stage replaces this with full main-text extraction.)</summary>
public sealed record HtmlPage(string Text, string? Title, DateOnly? Date, string? Url, string? SiteName);

public static partial class HtmlText
{
    public static HtmlPage Extract(string html)
    {
        string? title = Decode(TitleRe().Match(html) is { Success: true } t ? t.Groups[1].Value : null);
        DateOnly? date = null;
        string? url = null, site = null;
        foreach (Match m in MetaRe().Matches(html))
        {
            var tag = m.Value;
            var key = AttrRe().Match(tag) is { Success: true } k ? k.Groups[2].Value.ToLowerInvariant() : null;
            var content = ContentRe().Match(tag) is { Success: true } c ? Decode(c.Groups[1].Value) : null;
            if (key is null || content is null) continue;
            if (date is null && key is "article:published_time" or "date" or "pubdate" or "dc.date" or "publish-date") date = DocumentReader.ParseDate(content);
            if (url is null && key is "og:url") url = content;
            if (site is null && key is "og:site_name") site = content;
        }
        var body = ScriptRe().Replace(html, " ");
        body = BlockRe().Replace(body, "\n");
        body = TagRe().Replace(body, "");
        var text = Decode(body) ?? "";
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var l = SpacesRe().Replace(line, " ").Trim();
            if (l.Length > 0) sb.Append(l).Append('\n');
        }
        return new HtmlPage(sb.ToString(), title?.Trim(), date, url, site);
    }

    private static string? Decode(string? s) => s is null ? null : System.Net.WebUtility.HtmlDecode(s);

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleRe();
    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaRe();
    [GeneratedRegex(@"\b(name|property|itemprop)\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex AttrRe();
    [GeneratedRegex(@"\bcontent\s*=\s*[""']([^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ContentRe();
    [GeneratedRegex(@"<(script|style|noscript|nav|header|footer|aside|head)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptRe();
    [GeneratedRegex(@"<(/?(p|div|br|h[1-6]|li|tr|article|section)\b)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockRe();
    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex TagRe();
    [GeneratedRegex(@"[ \t\r\f\v\u00A0]+")]
    private static partial Regex SpacesRe();
}
