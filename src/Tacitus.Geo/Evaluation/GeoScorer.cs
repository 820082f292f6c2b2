using Tacitus.Core;

namespace Tacitus.Geo.Evaluation;

/// <summary>One gold toponym compared with the system's place.</summary>
public sealed record GeoComparison(string DocumentId, GoldToponym Gold, Place? Predicted, double? ErrorKm);

/// <summary>The standard geoparsing measures (Gritta et al. 2019).</summary>
public sealed record GeoScore(
    int GoldToponyms,
    int Recalled,
    int Predicted,
    int PredictedMatchingGold,
    double AccuracyAt161,
    double MeanErrorKm,
    double MedianErrorKm,
    double AucError,
    IReadOnlyList<GeoComparison> Comparisons)
{
    /// <summary>Share of gold toponyms (with a gold point) the system found a place for (span overlap).</summary>
    public double Recall => GoldToponyms == 0 ? 0 : (double)Recalled / GoldToponyms;

    /// <summary>Share of the system's places that overlap some gold toponym.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)PredictedMatchingGold / Predicted;
}

/// <summary>
/// Scores geoparsing: a gold toponym (one with a gold point) is recalled when a predicted place overlaps its span;
/// on recalled toponyms it measures the great-circle error, accuracy within 161 km (100 miles), mean, median and
/// the area under the log-error curve (AUC, lower is better).
/// </summary>
public static class GeoScorer
{
    public const double AccuracyRadiusKm = 161;

    public static GeoScore Score(IReadOnlyList<GoldArticle> gold, Func<Document, Document> annotate)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(annotate);
        var comparisons = new List<GeoComparison>();
        int predicted = 0, predictedMatching = 0;
        foreach (var article in gold)
        {
            var doc = annotate(new Document(article.Id, article.Text) { PublicationDate = article.Date });
            predicted += doc.Places.Length;
            foreach (var p in doc.Places)
                if (article.Toponyms.Any(t => t.Span.Overlaps(p.Span))) predictedMatching++;
            foreach (var t in article.Toponyms)
            {
                if (t.Latitude is null || t.Longitude is null) continue;
                Place? best = null;
                foreach (var p in doc.Places)
                    if (p.Span.Overlaps(t.Span) && (best is null || Overlap(p.Span, t.Span) > Overlap(best.Span, t.Span))) best = p;
                double? err = best is { Latitude: { } la, Longitude: { } lo } ? Haversine.Km(la, lo, t.Latitude.Value, t.Longitude.Value) : null;
                comparisons.Add(new GeoComparison(article.Id, t, best, err));
            }
        }
        var errors = comparisons.Where(c => c.ErrorKm is not null).Select(c => c.ErrorKm!.Value).Order().ToArray();
        int recalled = comparisons.Count(c => c.Predicted is not null);
        double acc = errors.Length == 0 ? 0 : (double)errors.Count(e => e <= AccuracyRadiusKm) / errors.Length;
        double mean = errors.Length == 0 ? 0 : errors.Average();
        double median = errors.Length == 0 ? 0 : errors.Length % 2 == 1 ? errors[errors.Length / 2] : (errors[errors.Length / 2 - 1] + errors[errors.Length / 2]) / 2;
        // AUC of Gritta et al.: mean of ln(1 + error) / ln(20039), the largest possible error.
        double auc = errors.Length == 0 ? 0 : errors.Average(e => Math.Log(1 + e) / Math.Log(20039));
        return new GeoScore(comparisons.Count, recalled, predicted, predictedMatching, acc, mean, median, auc, comparisons);
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
}

/// <summary>Great-circle distance on a sphere of the Earth's mean radius.</summary>
public static class Haversine
{
    public const double EarthRadiusKm = 6371.0088;

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = Rad(lat2 - lat1), dLon = Rad(lon2 - lon1);
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Rad(double deg) => deg * Math.PI / 180;
}
