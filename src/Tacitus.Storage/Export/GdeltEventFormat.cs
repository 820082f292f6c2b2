using System.Globalization;

namespace Tacitus.Storage.Export;

/// <summary>
/// The GDELT 2.0 event table: 61 tab-separated columns, no header. NumMentions, NumSources and NumArticles come from
/// the store's corroboration; fields Tacitus does not code (ethnic, religion, type codes, tone, ADM2) are empty.
/// </summary>
public static class GdeltEventFormat
{
    public static readonly string[] Columns =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    public static string Row(StoredEvent e)
    {
        var c = CultureInfo.InvariantCulture;
        var d = e.Date;
        var added = e.AddedAt ?? DateTime.UnixEpoch;
        string[] geo = e.Latitude is null && e.PlaceCountry is null && e.PlaceName is null
            ? ["0", "", "", "", "", "", "", ""]
            : [e.Latitude is null ? "1" : "4", Clean(e.PlaceName), e.PlaceCountry ?? "", e.PlaceAdmin1 ?? "", "",
               e.Latitude?.ToString("0.####", c) ?? "", e.Longitude?.ToString("0.####", c) ?? "", e.GeonameId?.ToString(c) ?? ""];
        string[] empty8 = ["0", "", "", "", "", "", "", ""];
        var cells = new List<string>(61)
        {
            e.Id.ToString(c),
            d?.ToString("yyyyMMdd", c) ?? "", d?.ToString("yyyyMM", c) ?? "", d?.Year.ToString(c) ?? "",
            d is { } day ? (day.Year + (day.DayOfYear - 1) / 365.0).ToString("0.0000", c) : "",
        };
        cells.AddRange(Actor(e.SourceCameo, e.SourceName, e.SourceCountry));
        cells.AddRange(Actor(e.TargetCameo, e.TargetName, e.TargetCountry));
        cells.AddRange([
            "1", e.Cameo, e.Cameo.Length >= 3 ? e.Cameo[..3] : e.Cameo, e.CameoRoot, e.QuadClass?.ToString(c) ?? "",
            e.Goldstein?.ToString("0.0", c) ?? "", e.Mentions.ToString(c), e.Sources.ToString(c), e.Articles.ToString(c), "",
        ]);
        cells.AddRange(empty8);
        cells.AddRange(empty8);
        cells.AddRange(geo);
        cells.Add(added.ToString("yyyyMMddHHmmss", c));
        cells.Add(e.FirstUrl ?? e.FirstDocumentId ?? "");
        return string.Join('\t', cells);
    }

    private static string[] Actor(string? cameo, string? name, string? country) =>
    [
        cameo ?? "", Clean(name).ToUpperInvariant(), country ?? (cameo is { Length: >= 3 } ? cameo[..3] : ""), "", "", "", "",
        cameo is { Length: >= 6 } ? cameo.Substring(3, 3) : "", "", "",
    ];

    private static string Clean(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
