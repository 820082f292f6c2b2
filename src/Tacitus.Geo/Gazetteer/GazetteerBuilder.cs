using System.Globalization;
using Tacitus.Core;

namespace Tacitus.Geo.Gazetteer;

/// <summary>Where the gazetteer's sources are. Only <see cref="DataDirectory"/> is required.</summary>
public sealed record GazetteerSources(string DataDirectory)
{
    /// <summary>The hand-made overlay (models/places-overlay.tsv); none when null.</summary>
    public string? Overlay { get; init; }

    /// <summary>A CoNLL-U treebank whose lower-case words become the common-word list; none when null.</summary>
    public string? Lexicon { get; init; }

    /// <summary>Cities with full alternate names get them only at or above this population (others keep name + ASCII name).</summary>
    public long AlternateNamePopulation { get; init; } = 15_000;
}

/// <summary>
/// Compiles the gazetteer from the GeoNames-derived tables in <c>shared/data/geo</c>: countries.tsv (names, demonyms,
/// alternative spellings), raw/geonames/countryInfo.txt (GeoNames ids, population), admin1.tsv, and the cities
/// (raw/geonames-cities1000.txt with alternate names, else cities.tsv), plus the places overlay.
/// </summary>
public static class GazetteerBuilder
{
    private static readonly string[] Admin1Suffixes =
        [" Oblast", " oblast", " Oblast'", " Krai", " Kray", " Province", " Governorate", " Region", " Prefecture", " Voivodeship", " Republic", " Autonomous Region", " District", " County", " State"];

    private static readonly string[] Admin1Prefixes = ["Province of ", "Provincia de ", "Provincia di ", "Republic of ", "State of ", "Region of "];

    public static PlaceGazetteer Build(GazetteerSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var dir = sources.DataDirectory;
        if (!Directory.Exists(dir)) throw new TacitusException($"gazetteer data directory '{dir}' does not exist.");
        var entries = new List<GazetteerEntry>();
        var names = new List<List<string>>();
        var countries = new List<CountryInfo>();
        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryEntry = new Dictionary<string, int>(StringComparer.Ordinal);

        // Countries: GeoNames ids and population from countryInfo.txt when present.
        var info = ReadCountryInfo(Path.Combine(dir, "raw", "geonames", "countryInfo.txt"));
        foreach (var r in ReadTsv(Path.Combine(dir, "countries.tsv"), 10))
        {
            string iso2 = r[0], iso3 = r[1];
            info.TryGetValue(iso2, out var ci);
            int idx = entries.Count;
            entries.Add(new GazetteerEntry(ci.Id == 0 ? null : ci.Id, r[2], iso2, null, Num(r[7]), Num(r[8]), ci.Population, "PCLI", PlaceKind.Country));
            var n = new List<string> { r[2] };
            AddName(n, r[3]);
            foreach (var s in Split(r[9])) AddName(n, s);
            foreach (var s in Split(r[5]))
                if (!(s.Length <= 3 && s.All(char.IsUpper)) || n.Contains(s)) AddName(n, s);
                else if (s is "UK" or "US" or "USA" or "UAE" or "DRC") AddName(n, s);
            if (ci.Name is { Length: > 0 }) AddName(n, ci.Name);
            names.Add(n);
            countryEntry[iso2] = idx;
            var dem = Split(r[4]).ToList();
            countries.Add(new CountryInfo(iso2, iso3, r[2], dem, idx));
            foreach (var d in dem)
            {
                var key = NameKey.Of(d);
                // "Dominican" names two countries: keep the more populous.
                if (!demonyms.TryGetValue(key, out var prev) || entries[prev].Population < ci.Population) demonyms[key] = idx;
            }
        }

        // First-level regions; coordinates and population come from the cities inside them (below).
        var admin1Index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in ReadTsv(Path.Combine(dir, "admin1.tsv"), 4))
        {
            var dot = r[0].IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0) continue;
            string cc = r[0][..dot], code = r[0][(dot + 1)..];
            long? id = long.TryParse(r[3], CultureInfo.InvariantCulture, out var g) ? g : null;
            admin1Index[r[0]] = entries.Count;
            entries.Add(new GazetteerEntry(id, r[1], cc, code, 0, 0, 0, "ADM1", PlaceKind.Admin1));
            var n = new List<string> { r[1] };
            AddName(n, r[2]);
            foreach (var v in new[] { r[1], r[2] })
                foreach (var stripped in StripAdmin1(v))
                {
                    AddName(n, stripped);
                    AddName(n, stripped + " region");
                    AddName(n, stripped + " province");
                }
            names.Add(n);
        }

        // Cities.
        var cities1000 = Path.Combine(dir, "raw", "geonames-cities1000.txt");
        // A region's point is the middle of its cities' bounding box: closer to the area's centre than their mean,
        // which drifts towards where people live.
        var adminBox = new Dictionary<int, (double MinLat, double MaxLat, double MinLon, double MaxLon, long Pop)>();
        IEnumerable<(GazetteerEntry Entry, List<string> Names)> cities = File.Exists(cities1000)
            ? ReadGeoNamesDump(cities1000, sources.AlternateNamePopulation)
            : ReadCitiesTsv(Path.Combine(dir, "cities.tsv"));
        foreach (var (e, n) in cities)
        {
            entries.Add(e);
            names.Add(n);
            if (e.Admin1Key is { } k && admin1Index.TryGetValue(k, out var ai))
            {
                var b = adminBox.TryGetValue(ai, out var s) ? s : (90.0, -90.0, 180.0, -180.0, 0L);
                adminBox[ai] = (Math.Min(b.Item1, e.Latitude), Math.Max(b.Item2, e.Latitude), Math.Min(b.Item3, e.Longitude), Math.Max(b.Item4, e.Longitude), b.Item5 + e.Population);
            }
        }
        foreach (var (ai, b) in adminBox)
        {
            // Regions that straddle the antimeridian (Chukotka, Alaska's Aleutians) would centre on the wrong side.
            double lon = b.MaxLon - b.MinLon > 180 ? b.MaxLon : (b.MinLon + b.MaxLon) / 2;
            entries[ai] = entries[ai] with { Latitude = Math.Round((b.MinLat + b.MaxLat) / 2, 4), Longitude = Math.Round(lon, 4), Population = b.Pop };
        }

        // The overlay comes last so it can refer to anything above.
        if (sources.Overlay is { } overlayPath)
            ApplyOverlay(PlaceOverlay.Read(overlayPath), entries, names, demonyms, countryEntry, admin1Index);

        // Coordinates are stored to 1e-5 degrees (about a metre); quantise now so a loaded file gives identical answers.
        for (int i = 0; i < entries.Count; i++)
            entries[i] = entries[i] with { Latitude = Quantise(entries[i].Latitude), Longitude = Quantise(entries[i].Longitude) };

        var common = sources.Lexicon is { } lex ? CommonWords(lex) : [];
        return new PlaceGazetteer(entries, names, countries, demonyms, common);
    }

    internal static void ApplyOverlay(
        IReadOnlyList<OverlayRow> rows,
        List<GazetteerEntry> entries,
        List<List<string>> names,
        Dictionary<string, int> demonyms,
        Dictionary<string, int> countryEntry,
        Dictionary<string, int> admin1Index)
    {
        Dictionary<long, int>? byId = null;
        foreach (var row in rows)
        {
            switch (row.Op)
            {
                case OverlayOp.Place:
                {
                    var kind = PlaceOverlay.KindOf(row.FeatureCode);
                    entries.Add(new GazetteerEntry(row.GeonameId, row.Name, row.Country, row.Admin1, row.Latitude!.Value, row.Longitude!.Value, row.Population, row.FeatureCode, kind));
                    var n = new List<string> { row.Name };
                    foreach (var a in row.Aliases) AddName(n, a);
                    names.Add(n);
                    break;
                }
                case OverlayOp.Alias or OverlayOp.Demonym:
                {
                    int target = Target(row);
                    if (row.Op == OverlayOp.Alias)
                    {
                        AddName(names[target], row.Name);
                        foreach (var a in row.Aliases) AddName(names[target], a);
                    }
                    else
                    {
                        demonyms[NameKey.Of(row.Name)] = target;
                        foreach (var a in row.Aliases) demonyms[NameKey.Of(a)] = target;
                    }
                    break;
                }
                case OverlayOp.Point:
                {
                    int target = Target(row);
                    entries[target] = entries[target] with { Latitude = row.Latitude!.Value, Longitude = row.Longitude!.Value };
                    break;
                }
            }
        }

        int Target(OverlayRow row)
        {
            if (row.GeonameId is { } id)
            {
                byId ??= entries.Select((e, i) => (e, i)).Where(x => x.e.GeonameId is not null)
                    .GroupBy(x => x.e.GeonameId!.Value).ToDictionary(g => g.Key, g => g.First().i);
                if (byId.TryGetValue(id, out var i)) return i;
                throw new TacitusException($"places overlay: '{row.Name}' refers to GeoNames {id}, which is not in the gazetteer.");
            }
            if (row.Admin1 is { } a)
                return admin1Index.TryGetValue(row.Country + "." + a, out var ai) ? ai
                    : throw new TacitusException($"places overlay: '{row.Name}' refers to region {row.Country}.{a}, which is not in the gazetteer.");
            return countryEntry.TryGetValue(row.Country, out var ci) ? ci
                : throw new TacitusException($"places overlay: '{row.Name}' refers to country '{row.Country}', which is not in the gazetteer.");
        }
    }

    internal static double Quantise(double degrees) => (int)Math.Round(degrees * 1e5) / 1e5;

    private static IEnumerable<string> StripAdmin1(string name)
    {
        foreach (var s in Admin1Suffixes)
            if (name.EndsWith(s, StringComparison.Ordinal) && name.Length > s.Length + 2)
                yield return name[..^s.Length];
        foreach (var p in Admin1Prefixes)
            if (name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length + 2)
                yield return name[p.Length..];
    }

    private static void AddName(List<string> names, string name)
    {
        name = name.Trim();
        if (name.Length == 0) return;
        foreach (var n in names)
            if (string.Equals(n, name, StringComparison.Ordinal)) return;
        names.Add(name);
    }

    private static IEnumerable<string> Split(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double Num(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;

    private static IEnumerable<string[]> ReadTsv(string path, int columns)
    {
        if (!File.Exists(path)) throw new TacitusException($"gazetteer source '{path}' not found.");
        bool first = true;
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (first) { first = false; continue; }
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < columns) throw new TacitusException($"{path}:{n}: expected {columns} columns, found {f.Length}.");
            yield return f;
        }
    }

    private static Dictionary<string, (long Id, long Population, string? Name)> ReadCountryInfo(string path)
    {
        var d = new Dictionary<string, (long, long, string?)>(StringComparer.Ordinal);
        if (!File.Exists(path)) return d;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 17) continue;
            long.TryParse(f[16], CultureInfo.InvariantCulture, out var id);
            long.TryParse(f[7], CultureInfo.InvariantCulture, out var pop);
            d[f[0]] = (id, pop, f[4]);
        }
        return d;
    }

    /// <summary>Reads the GeoNames cities1000 dump (19 columns), keeping Latin-script alternate names.</summary>
    private static IEnumerable<(GazetteerEntry, List<string>)> ReadGeoNamesDump(string path, long altPopulation)
    {
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 19) throw new TacitusException($"{path}:{n}: expected 19 columns, found {f.Length}.");
            if (f[6] != "P") continue;
            long pop = long.TryParse(f[14], CultureInfo.InvariantCulture, out var p) ? p : 0;
            var e = new GazetteerEntry(long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[8], f[10].Length == 0 ? null : f[10],
                Math.Round(Num(f[4]), 5), Math.Round(Num(f[5]), 5), pop, f[7], PlaceKind.City);
            var names = new List<string> { f[1] };
            AddName(names, f[2]);
            if (pop >= altPopulation || f[7] is "PPLC" or "PPLA")
                foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (IsUsefulAlternate(alt)) AddName(names, alt);
            yield return (e, names);
        }
    }

    /// <summary>Latin script, no digits, not an airport/station code ("IST"), not a single letter.</summary>
    internal static bool IsUsefulAlternate(string name)
    {
        if (name.Length < 3 || name.Length > 40) return false;
        bool allUpper = true;
        foreach (var c in name)
        {
            if (char.IsDigit(c)) return false;
            if (char.IsLetter(c))
            {
                if (c > '\u024F' && !(c >= '\u1E00' && c <= '\u1EFF')) return false;
                if (!char.IsUpper(c)) allUpper = false;
            }
            else if (c is not (' ' or '-' or '\'' or '.' or '’')) return false;
        }
        return !(allUpper && name.Length <= 5);
    }

    private static IEnumerable<(GazetteerEntry, List<string>)> ReadCitiesTsv(string path)
    {
        foreach (var f in ReadTsv(path, 11))
        {
            long pop = long.TryParse(f[7], CultureInfo.InvariantCulture, out var p) ? p : 0;
            var e = new GazetteerEntry(long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[3], f[4].Length == 0 ? null : f[4],
                Num(f[5]), Num(f[6]), pop, f[8], PlaceKind.City);
            yield return (e, [f[1]]);
        }
    }

    /// <summary>
    /// Words a treebank uses in lower case at least twice and more often in lower case than capitalised
    /// mid-sentence: "may", "police", "nice", "mobile". A capitalised token with such a form needs more evidence to be a place.
    /// </summary>
    internal static IReadOnlyCollection<string> CommonWords(string conllu)
    {
        if (!File.Exists(conllu)) throw new TacitusException($"lexicon '{conllu}' not found.");
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var upper = new Dictionary<string, int>(StringComparer.Ordinal);
        bool sentenceStart = true;
        foreach (var line in File.ReadLines(conllu))
        {
            if (line.Length == 0) { sentenceStart = true; continue; }
            if (line[0] == '#') continue;
            var tab1 = line.IndexOf('\t', StringComparison.Ordinal);
            var tab2 = line.IndexOf('\t', tab1 + 1);
            if (tab1 < 0 || tab2 < 0) continue;
            var id = line.AsSpan(0, tab1);
            if (id.Contains('-') || id.Contains('.')) continue;
            var form = line[(tab1 + 1)..tab2];
            if (form.Length < 2 || !char.IsLetter(form[0])) { sentenceStart = false; continue; }
            var key = form.ToLowerInvariant();
            if (char.IsLower(form[0])) lower[key] = lower.GetValueOrDefault(key) + 1;
            else if (!sentenceStart && !form.All(char.IsUpper)) upper[key] = upper.GetValueOrDefault(key) + 1;
            sentenceStart = false;
        }
        return [.. lower.Where(kv => kv.Value >= 2 && kv.Value >= upper.GetValueOrDefault(kv.Key)).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
    }
}
