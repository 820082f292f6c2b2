using System.Globalization;
using Tacitus.Core;

namespace Tacitus.Geo.Gazetteer;

/// <summary>What one overlay line does.</summary>
public enum OverlayOp
{
    /// <summary>Adds a place the city tables lack (the Arctic, the Black Sea, Donbas).</summary>
    Place,
    /// <summary>Adds a name to an existing country, region or place ("Ky." → Kentucky).</summary>
    Alias,
    /// <summary>Adds an adjective that refers to a place ("European" → Europe).</summary>
    Demonym,
    /// <summary>Replaces a country's representative point.</summary>
    Point,
}

/// <summary>One line of <c>models/places-overlay.tsv</c>. Every line carries its source.</summary>
public sealed record OverlayRow(
    OverlayOp Op,
    string Name,
    IReadOnlyList<string> Aliases,
    string FeatureCode,
    string Country,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    long? GeonameId,
    long Population,
    string Source);

/// <summary>
/// Reads the hand-made places overlay: a TSV with the header
/// <c>op name aliases fcode country admin1 lat lon geonameid population source</c> ('-' = empty, lists ';'-separated,
/// lines starting with '#' are comments). A line without a source is an error: every fact must say where it came from.
/// </summary>
public static class PlaceOverlay
{
    public const string Header = "op\tname\taliases\tfcode\tcountry\tadmin1\tlat\tlon\tgeonameid\tpopulation\tsource";

    public static IReadOnlyList<OverlayRow> Read(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"places overlay '{path}' not found.");
        return Parse(File.ReadAllLines(path), path);
    }

    public static IReadOnlyList<OverlayRow> Parse(IEnumerable<string> lines, string origin)
    {
        var rows = new List<OverlayRow>();
        int n = 0;
        bool header = false;
        foreach (var raw in lines)
        {
            n++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            if (!header)
            {
                if (raw.TrimEnd() != Header)
                    throw new TacitusException($"{origin}:{n}: expected the header '{Header.Replace('\t', ' ')}'.");
                header = true;
                continue;
            }
            var f = raw.Split('\t');
            if (f.Length != 11) throw new TacitusException($"{origin}:{n}: expected 11 tab-separated fields, found {f.Length}.");
            string? Opt(int i) => f[i] is "" or "-" ? null : f[i].Trim();
            var op = f[0] switch
            {
                "place" => OverlayOp.Place,
                "alias" => OverlayOp.Alias,
                "demonym" => OverlayOp.Demonym,
                "point" => OverlayOp.Point,
                _ => throw new TacitusException($"{origin}:{n}: unknown op '{f[0]}' (place, alias, demonym, point)."),
            };
            var source = Opt(10) ?? throw new TacitusException($"{origin}:{n}: every overlay line needs a source.");
            double? Num(int i)
            {
                var s = Opt(i);
                if (s is null) return null;
                if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                    throw new TacitusException($"{origin}:{n}: '{s}' is not a number.");
                return d;
            }
            var lat = Num(6);
            var lon = Num(7);
            if (op is OverlayOp.Place or OverlayOp.Point && (lat is null || lon is null))
                throw new TacitusException($"{origin}:{n}: a {f[0]} line needs lat and lon.");
            if (lat is < -90 or > 90 || lon is < -180 or > 180)
                throw new TacitusException($"{origin}:{n}: coordinates out of range.");
            var name = Opt(1) ?? throw new TacitusException($"{origin}:{n}: name is empty.");
            rows.Add(new OverlayRow(
                op,
                name,
                Opt(2)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                Opt(3) ?? "",
                Opt(4) ?? "",
                Opt(5),
                lat,
                lon,
                Num(8) is { } id ? (long)id : null,
                Num(9) is { } pop ? (long)pop : 0,
                source));
        }
        if (!header) throw new TacitusException($"{origin}: no header line.");
        return rows;
    }

    /// <summary>The entry kind an overlay feature code stands for.</summary>
    public static PlaceKind KindOf(string featureCode) => featureCode switch
    {
        "CONT" => PlaceKind.Continent,
        "PCLI" or "PCLD" or "PCLS" or "PCLIX" or "TERR" => PlaceKind.Country,
        "ADM1" => PlaceKind.Admin1,
        "OCN" or "SEA" or "GULF" or "STRT" or "LK" or "BAY" or "STM" or "CHN" => PlaceKind.Water,
        "MT" or "MTS" or "PEN" or "ISL" or "ISLS" or "DSRT" or "PLN" => PlaceKind.Landform,
        var c when c.StartsWith("PPL", StringComparison.Ordinal) => PlaceKind.City,
        _ => PlaceKind.Region,
    };
}
