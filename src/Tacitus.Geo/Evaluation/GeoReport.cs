using System.Globalization;
using System.Text;

namespace Tacitus.Geo.Evaluation;

/// <summary>Formats a <see cref="GeoScore"/> for people (the metrics) and for error analysis (one TSV row per gold toponym).</summary>
public static class GeoReport
{
    public static string Summary(GeoScore s, string goldName, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(s);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"geoparsing on {goldName}: {s.GoldToponyms} gold toponyms with a gold point, {s.Predicted} places predicted ({elapsed.TotalSeconds:0.0} s)");
        sb.AppendLine(c, $"  recall            {s.Recall * 100,6:0.0} %   ({s.Recalled}/{s.GoldToponyms} gold toponyms found)");
        sb.AppendLine(c, $"  Acc@161km         {s.AccuracyAt161 * 100,6:0.0} %   (of the {s.Recalled} found)");
        sb.AppendLine(c, $"  mean error        {s.MeanErrorKm,6:0} km");
        sb.AppendLine(c, $"  median error      {s.MedianErrorKm,6:0.0} km");
        sb.AppendLine(c, $"  AUC               {s.AucError,6:0.000}    (lower is better)");
        sb.AppendLine(c, $"  precision         {s.Precision * 100,6:0.0} %   (places overlapping a gold toponym; gold omits some real places)");
        return sb.ToString();
    }

    public static void WriteComparisons(GeoScore s, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(w);
        var c = CultureInfo.InvariantCulture;
        w.WriteLine("doc\tstart\tphrase\tgold_id\tgold_lat\tgold_lon\tpredicted\tpred_id\tpred_lat\tpred_lon\terror_km\trule");
        foreach (var x in s.Comparisons)
        {
            var p = x.Predicted;
            w.WriteLine(string.Join('\t',
                x.DocumentId, x.Gold.Span.Start.ToString(c), x.Gold.Phrase, x.Gold.GeonameId?.ToString(c) ?? "",
                x.Gold.Latitude?.ToString(c) ?? "", x.Gold.Longitude?.ToString(c) ?? "",
                p is null ? "" : p.Name + "|" + p.Country, p?.GeonameId?.ToString(c) ?? "",
                p?.Latitude?.ToString(c) ?? "", p?.Longitude?.ToString(c) ?? "",
                x.ErrorKm is { } e ? e.ToString("0", c) : "", p?.Producer ?? ""));
        }
    }
}
