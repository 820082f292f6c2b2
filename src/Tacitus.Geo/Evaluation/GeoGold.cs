using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Tacitus.Core;

namespace Tacitus.Geo.Evaluation;

/// <summary>A gold toponym: its span in the article text and, when the annotators found one, the gold point.</summary>
public sealed record GoldToponym(TextSpan Span, string Phrase, long? GeonameId, double? Latitude, double? Longitude);

/// <summary>A gold article: text, document date and toponyms.</summary>
public sealed record GoldArticle(string Id, string Text, DateOnly? Date, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>
/// Reads geoparsing gold corpora in the XML format of Gritta et al.'s "Pragmatic Guide to Geoparsing Evaluation"
/// (TR-News, LGL, GeoWebNews): <c>articles/article[@docid]</c> with <c>text</c>, <c>dltime</c> and
/// <c>toponyms/toponym</c> (<c>phrase, start, end, gaztag[@geonameid]/lat, lon</c>). Offsets that do not point at the
/// phrase (some TR-News articles are shifted by a few characters) are re-anchored to the nearest occurrence.
/// </summary>
public static class GeoGold
{
    public static IReadOnlyList<GoldArticle> Read(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"gold file '{path}' not found.");
        XDocument xml;
        try
        {
            xml = XDocument.Load(path);
        }
        catch (XmlException ex)
        {
            throw new TacitusException($"{path}: not well-formed XML ({ex.Message}).");
        }
        if (xml.Root?.Name.LocalName != "articles") throw new TacitusException($"{path}: expected an <articles> root element.");
        var articles = new List<GoldArticle>();
        foreach (var a in xml.Root.Elements("article"))
        {
            var id = (string?)a.Attribute("docid") ?? (articles.Count + 1).ToString(CultureInfo.InvariantCulture);
            var text = (string?)a.Element("text") ?? throw new TacitusException($"{path}: article {id} has no <text>.");
            DateOnly? date = DateOnly.TryParse(((string?)a.Element("dltime"))?.Trim(), CultureInfo.InvariantCulture, out var d) ? d : null;
            var tops = new List<GoldToponym>();
            foreach (var t in a.Element("toponyms")?.Elements("toponym") ?? [])
            {
                var phrase = ((string?)t.Element("phrase"))?.Trim() ?? "";
                if (!int.TryParse((string?)t.Element("start"), CultureInfo.InvariantCulture, out var start) ||
                    !int.TryParse((string?)t.Element("end"), CultureInfo.InvariantCulture, out var end))
                    throw new TacitusException($"{path}: article {id}: toponym '{phrase}' lacks numeric start/end.");
                var span = Anchor(text, phrase, start, end);
                var g = t.Element("gaztag");
                long? gid = long.TryParse((string?)g?.Attribute("geonameid"), CultureInfo.InvariantCulture, out var gg) ? gg : null;
                double? lat = Num(g?.Element("lat")), lon = Num(g?.Element("lon"));
                tops.Add(new GoldToponym(span, phrase, gid, lat, lon));
            }
            articles.Add(new GoldArticle(id, text, date, tops));
        }
        return articles;
    }

    private static double? Num(XElement? e) =>
        e is not null && double.TryParse(e.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    internal static TextSpan Anchor(string text, string phrase, int start, int end)
    {
        if (start >= 0 && end <= text.Length && end > start && text.AsSpan(start, end - start).SequenceEqual(phrase))
            return new TextSpan(start, end);
        if (phrase.Length == 0) return new TextSpan(Math.Clamp(start, 0, text.Length), Math.Clamp(end, 0, text.Length));
        int best = -1;
        for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            if (best < 0 || Math.Abs(i - start) < Math.Abs(best - start)) best = i;
        return best >= 0 ? new TextSpan(best, best + phrase.Length) : new TextSpan(Math.Clamp(start, 0, text.Length), Math.Clamp(end, 0, text.Length));
    }
}
