using Tacitus.Core;
using Tacitus.Core.Serialization;

namespace Tacitus.Geo;

/// <summary>One JSON object per toponym, the output of <c>tacitus geo</c>.</summary>
public static class PlaceJson
{
    public static string Line(Document doc, Place p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return AnnotationJsonLine.Write(doc, p.Span, p.Sentence, w =>
        {
            if (p.GeonameId is { } g) w.WriteNumber("geonameid", g); else w.WriteNull("geonameid");
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            w.WriteString("admin1", p.Admin1);
            if (p.Latitude is { } la) w.WriteNumber("lat", la); else w.WriteNull("lat");
            if (p.Longitude is { } lo) w.WriteNumber("lon", lo); else w.WriteNull("lon");
            w.WriteString("feature", p.FeatureClass);
            w.WriteString("rule", p.Producer);
        });
    }
}
