using System.Collections.Frozen;

namespace Tacitus.Geo.Gazetteer;

/// <summary>
/// The compiled gazetteer: places (countries, first-level regions, cities, overlay places), the names each is
/// known by, country demonyms, and a list of common English words used to reject false toponyms ("May", "Police").
/// Immutable and thread-safe. Build it with <see cref="GazetteerBuilder"/>; save and load it with <see cref="GazetteerFile"/>.
/// </summary>
public sealed class PlaceGazetteer
{
    private readonly Dictionary<string, int[]> _byName;
    private readonly FrozenDictionary<string, int> _demonyms;
    private readonly FrozenDictionary<string, CountryInfo> _countries;
    private readonly FrozenDictionary<string, int> _admin1;
    private readonly Dictionary<long, int> _byId;
    private readonly FrozenSet<string> _commonWords;
    private readonly FrozenDictionary<string, int> _capitals;

    public PlaceGazetteer(
        IReadOnlyList<GazetteerEntry> entries,
        IReadOnlyList<IReadOnlyList<string>> names,
        IReadOnlyList<CountryInfo> countries,
        IEnumerable<KeyValuePair<string, int>> demonyms,
        IEnumerable<string> commonWords)
        : this(entries, names, countries, demonyms, commonWords, null)
    {
    }

    /// <summary>Used by <see cref="GazetteerFile"/>: <paramref name="nameIndex"/> (key → entries) was stored, not recomputed.</summary>
    internal PlaceGazetteer(
        IReadOnlyList<GazetteerEntry> entries,
        IReadOnlyList<IReadOnlyList<string>> names,
        IReadOnlyList<CountryInfo> countries,
        IEnumerable<KeyValuePair<string, int>> demonyms,
        IEnumerable<string> commonWords,
        Dictionary<string, int[]>? nameIndex)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count != entries.Count) throw new ArgumentException("one name list per entry", nameof(names));
        Entries = entries;
        Names = names;
        Countries = countries;
        var byId = new Dictionary<long, int>(entries.Count);
        var admin1 = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.GeonameId is { } id) byId.TryAdd(id, i);
            if (e.Kind == PlaceKind.Admin1 && e.Admin1Key is { } k) admin1.TryAdd(k, i);
            // Should GeoNames mark two cities of a country PPLC, the larger is kept.
            if (e.Kind == PlaceKind.City && e.FeatureCode == "PPLC" && e.Country.Length > 0 &&
                (!capitals.TryGetValue(e.Country, out var c) || entries[c].Population < e.Population))
                capitals[e.Country] = i;
        }
        if (nameIndex is null)
        {
            var byName = new Dictionary<string, List<int>>(entries.Count * 2, StringComparer.Ordinal);
            for (int i = 0; i < entries.Count; i++)
                foreach (var n in names[i])
                {
                    var key = NameKey.Of(n);
                    if (key.Length == 0) continue;
                    if (!byName.TryGetValue(key, out var list)) byName[key] = list = new List<int>(1);
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
            nameIndex = new Dictionary<string, int[]>(byName.Count, StringComparer.Ordinal);
            foreach (var (k, v) in byName) nameIndex[k] = [.. v];
        }
        _byName = nameIndex;
        _byId = byId;
        _admin1 = admin1.ToFrozenDictionary(StringComparer.Ordinal);
        _countries = countries.ToFrozenDictionary(c => c.Iso2, StringComparer.Ordinal);
        _demonyms = demonyms.ToFrozenDictionary(kv => NameKey.Of(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        _commonWords = commonWords.ToFrozenSet(StringComparer.Ordinal);
        _capitals = capitals.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>
    /// The names of each entry (parallel to <see cref="Entries"/>), the primary name first, then the ASCII name. A loaded
    /// gazetteer keeps only these two (<see cref="GazetteerFile.DisplayNames"/>); every name is in the lookup index.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Names { get; }

    public IReadOnlyList<CountryInfo> Countries { get; }

    public IEnumerable<KeyValuePair<string, int>> Demonyms => _demonyms;

    public IEnumerable<string> CommonWords => _commonWords;

    public int NameCount => _byName.Count;

    /// <summary>The name index (normalised key → entries), as stored in the gazetteer file.</summary>
    internal IEnumerable<KeyValuePair<string, int[]>> NameIndex => _byName;

    /// <summary>Entries known by <paramref name="name"/> (any case, any diacritics); empty when none.</summary>
    public ReadOnlySpan<int> Lookup(string name) => LookupKey(NameKey.Of(name));

    public ReadOnlySpan<int> LookupKey(string key) => _byName.TryGetValue(key, out var ids) ? ids : ReadOnlySpan<int>.Empty;

    /// <summary>The country entry a demonym or adjective ("Turkish", "Ukrainian") refers to, or -1.</summary>
    public int DemonymOf(string word) => _demonyms.TryGetValue(NameKey.Of(word), out var i) ? i : -1;

    public CountryInfo? Country(string iso2) => _countries.GetValueOrDefault(iso2);

    /// <summary>The entry of the capital city (GeoNames PPLC) of the country <paramref name="iso2"/>, or -1.</summary>
    public int CapitalOf(string iso2) => _capitals.TryGetValue(iso2, out var i) ? i : -1;

    /// <summary>The entry of the first-level region "CC.code" (e.g. "UA.21"), or -1.</summary>
    public int Admin1(string key) => _admin1.TryGetValue(key, out var i) ? i : -1;

    public int ByGeonameId(long id) => _byId.TryGetValue(id, out var i) ? i : -1;

    /// <summary>True when <paramref name="lowercaseWord"/> is an ordinary English word (used lower-case in running text).</summary>
    public bool IsCommonWord(string lowercaseWord) => _commonWords.Contains(lowercaseWord);

    /// <summary>The ISO 3166-1 alpha-3 code of an entry's country, or null.</summary>
    public string? Iso3(GazetteerEntry entry) => entry.Country.Length == 0 ? null : Country(entry.Country)?.Iso3;
}
