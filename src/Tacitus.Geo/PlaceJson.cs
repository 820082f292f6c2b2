using System.Text.Encodings.Web;
using System.Text.Json;
using Tacitus.Core;

namespace Tacitus.Geo;

/// <summary>One JSON object per toponym, the output of <c>tacitus geo</c>.</summary>
public static class PlaceJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(Document doc, Place p)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(p);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options))
        {
            w.WriteStartObject();
            w.WriteString("doc", doc.Id);
            w.WriteString("text", doc.TextOf(p.Span));
            w.WriteNumber("start", p.Span.Start);
            w.WriteNumber("end", p.Span.End);
            w.WriteNumber("sentence", p.Sentence);
            if (p.GeonameId is { } g) w.WriteNumber("geonameid", g); else w.WriteNull("geonameid");
            w.WriteString("name", p.Name);
            if (p.Country is { } c) w.WriteString("country", c); else w.WriteNull("country");
            if (p.Admin1 is { } a) w.WriteString("admin1", a); else w.WriteNull("admin1");
            if (p.Latitude is { } la) w.WriteNumber("lat", la); else w.WriteNull("lat");
            if (p.Longitude is { } lo) w.WriteNumber("lon", lo); else w.WriteNull("lon");
            w.WriteString("feature", p.FeatureClass);
            w.WriteString("rule", p.Producer);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
