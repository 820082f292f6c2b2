using System.Globalization;

namespace Tacitus.Storage.Export;

/// <summary>
/// The GDELT 2.0 event table: 61 tab-separated columns, no header. NumMentions, NumSources and NumArticles come from
/// the store's corroboration; fields Tacitus does not code (ethnic, religion, type codes, tone, ADM2) are empty.
/// </summary>
public static class GdeltEventFormat
{
    /// <summary>The 61 GDELT 2.0 column names: the one list the engine's exporter also writes by.</summary>
    public static IReadOnlyList<string> Columns => Tacitus.Engine.Output.EventExports.GdeltColumns;

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
        cameo ?? "", Clean(name).ToUpperInvariant(), country ?? Tacitus.Core.ActorCodes.CountryPart(cameo), "", "", "", "",
        cameo is { Length: >= 6 } ? cameo.Substring(3, 3) : "", "", "",
    ];

    private static string Clean(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
