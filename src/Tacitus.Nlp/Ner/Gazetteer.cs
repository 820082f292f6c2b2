using System.Globalization;
using Tacitus.Core;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Ner;

/// <summary>Kinds of names in the gazetteer; a phrase can be several (Georgia is a country and a city).</summary>
[Flags]
public enum GazetteerKind : ushort
{
    None = 0,
    Country = 1,
    Capital = 2,
    City = 4,
    Demonym = 8,
    /// <summary>A person in the actor dictionaries (PETRARCH leaders, the 2025 overlay).</summary>
    Person = 16,
    /// <summary>Any other actor-dictionary phrase: organisations, institutions, groups, countries.</summary>
    Actor = 32,
    /// <summary>A given name or surname from a people-names list (single words).</summary>
    PersonName = 64,
    /// <summary>A first-level administrative division (state, province).</summary>
    Region = 128,
    /// <summary>A capitalised WordNet noun in the person lexicographer file.</summary>
    LexiconPerson = 256,
    /// <summary>A capitalised WordNet noun in the location lexicographer file.</summary>
    LexiconLocation = 512,
    /// <summary>A capitalised WordNet noun in the group lexicographer file (organisations).</summary>
    LexiconGroup = 1024,
    /// <summary>A company or brand name from a company list.</summary>
    Company = 2048,
    /// <summary>A lower-case English dictionary word (WordNet lemma): a capitalised one is less likely a name.</summary>
    CommonWord = 4096,
    /// <summary>A brand, product or service name (companies, software, web sites) from a brand list.</summary>
    Brand = 8192,
}

/// <summary>
/// Multi-word name lists (countries, capitals, cities, regions, demonyms from GeoNames-derived tables; people and
/// organisations from the actor dictionaries; name lists and WordNet proper nouns) compiled into hashes
/// of token sequences, matched ignoring case (web text writes "malaysia"); the recognizer pairs a match with the
/// word's shape. <see cref="Mark"/> finds every listed phrase in a sentence. Immutable.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxPhraseTokens = 5;

    private readonly Dictionary<ulong, GazetteerKind> _phrases;

    public Gazetteer(Dictionary<ulong, GazetteerKind> phrases) => _phrases = phrases;

    public static Gazetteer Empty { get; } = new([]);

    public int Count => _phrases.Count;

    private static ulong Step(ulong h, ulong token) => FeatureHash.Feature(77, h, token);

    /// <summary>Hash of a token sequence (tokens hashed with <see cref="FeatureHash.OfNormalized"/>).</summary>
    public static ulong PhraseKey(IEnumerable<string> tokens)
    {
        ulong h = 0x1234567UL;
        foreach (var t in tokens) h = Step(h, FeatureHash.OfNormalized(t));
        return h;
    }

    /// <summary>
    /// For every token, ORs into <paramref name="begin"/> / <paramref name="inside"/> the kinds of the listed phrases that
    /// start at it / continue through it. <paramref name="tokenHashes"/> are the normalized-form hashes (<see cref="Tacitus.Nlp.Tagging.WordInfo.Norm"/>) of the sentence.
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> tokenHashes, Span<GazetteerKind> begin, Span<GazetteerKind> inside)
    {
        begin[..tokenHashes.Length].Clear();
        inside[..tokenHashes.Length].Clear();
        if (_phrases.Count == 0) return;
        for (int i = 0; i < tokenHashes.Length; i++)
        {
            ulong h = 0x1234567UL;
            for (int n = 1; n <= MaxPhraseTokens && i + n <= tokenHashes.Length; n++)
            {
                h = Step(h, tokenHashes[i + n - 1]);
                if (!_phrases.TryGetValue(h, out var kind)) continue;
                begin[i] |= kind;
                for (int k = i + 1; k < i + n; k++) inside[k] |= kind;
            }
        }
    }

    /// <summary>
    /// Builds the lists from <c>countries.tsv</c> (common, official and ISO names, other spellings, capitals, demonyms)
    /// and <c>cities.tsv</c> (cities with at least <paramref name="minCityPopulation"/> inhabitants) in <paramref name="geoDirectory"/>.
    /// </summary>
    public static Gazetteer Build(string geoDirectory, int minCityPopulation = 20000)
    {
        var b = new Builder();
        b.AddGeo(geoDirectory, minCityPopulation);
        return b.ToGazetteer();
    }

    /// <summary>Collects phrases of several kinds (a phrase listed twice gets both kinds).</summary>
    public sealed class Builder
    {
        private readonly Dictionary<ulong, GazetteerKind> _phrases = [];

        public int Count => _phrases.Count;

        /// <summary>Adds a name, split on spaces (and also with hyphens split off, as UD tokenizes).</summary>
        public void Add(string name, GazetteerKind kind)
        {
            foreach (var tokens in Tokenizations(name))
                AddTokens(tokens, kind);
        }

        public void AddTokens(IReadOnlyList<string> tokens, GazetteerKind kind)
        {
            if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens) return;
            var key = PhraseKey(tokens);
            _phrases[key] = _phrases.GetValueOrDefault(key) | kind;
        }

        /// <summary>Countries (names, spellings, capitals, demonyms), first-level divisions from <c>admin1.tsv</c> if present, and cities of at least <paramref name="minCityPopulation"/> people.</summary>
        public void AddGeo(string geoDirectory, int minCityPopulation = 20000)
        {
            var countries = Path.Combine(geoDirectory, "countries.tsv");
            var cities = Path.Combine(geoDirectory, "cities.tsv");
            if (!File.Exists(countries) || !File.Exists(cities))
                throw new TacitusException($"{geoDirectory}: countries.tsv and cities.tsv are needed for the NER gazetteer");
            foreach (var row in Rows(countries))
            {
                foreach (var col in new[] { "common_name", "official_name", "iso_en_names", "alt_spellings" })
                    foreach (var name in Values(row, col))
                        if (name.Length > 3 || col != "alt_spellings") Add(name, GazetteerKind.Country);
                foreach (var name in Values(row, "capital")) Add(name, GazetteerKind.Capital);
                foreach (var name in Values(row, "demonyms")) Add(name, GazetteerKind.Demonym);
            }
            foreach (var row in Rows(cities))
            {
                if (!long.TryParse(row.GetValueOrDefault("population"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop) || pop < minCityPopulation) continue;
                Add(row["name"], GazetteerKind.City);
            }
            var admin1 = Path.Combine(geoDirectory, "admin1.tsv");
            if (File.Exists(admin1))
                foreach (var row in Rows(admin1))
                    if (row.GetValueOrDefault("name") is { Length: > 2 } name) Add(name, GazetteerKind.Region);
        }

        public Gazetteer ToGazetteer() => new(new Dictionary<ulong, GazetteerKind>(_phrases));
    }

    /// <summary>
    /// A name as tokens, split on spaces; variants also split hyphens ("Guinea-Bissau" → Guinea - Bissau) as UD does, read
    /// them as spaces (Guinea Bissau) or drop them (GuineaBissau).
    /// </summary>
    internal static IEnumerable<List<string>> Tokenizations(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        yield return words;
        if (name.Contains('-', StringComparison.Ordinal))
        {
            var split = new List<string>();
            foreach (var w in words)
            {
                var parts = w.Split('-');
                for (int i = 0; i < parts.Length; i++)
                {
                    if (i > 0) split.Add("-");
                    if (parts[i].Length > 0) split.Add(parts[i]);
                }
            }
            yield return split;
            // Web text also writes hyphenated names with spaces or run together ("in n out", "tmobile").
            yield return [.. words.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries))];
            yield return [.. words.Select(w => w.Replace("-", "", StringComparison.Ordinal)).Where(w => w.Length > 0)];
        }
    }

    private static IEnumerable<string> Values(Dictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var v) ? v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t') ?? throw new TacitusException($"{path}: empty file");
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var cols = line.Split('\t');
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (int i = 0; i < header.Length && i < cols.Length; i++) row[header[i]] = cols[i];
            yield return row;
        }
    }

    private const int Version2 = -2; // 16-bit kinds; version 1 (no marker) stored one byte per phrase
    private const int Version3 = -3; // sorted keys (as differences), then the kinds: little-endian blocks

    public void Write(BinaryWriter w)
    {
        var keys = _phrases.Keys.Order().ToArray();
        w.Write(Version3);
        w.Write(keys.Length);
        LittleEndianBlocks.WriteSortedKeys(w, keys);
        LittleEndianBlocks.Write(w, keys.Select(k => (ushort)_phrases[k]).ToArray());
    }

    public static Gazetteer Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        int version = n is Version2 or Version3 ? -n : 1;
        if (version > 1) n = r.ReadInt32();
        if (n < 0) throw new TacitusException("corrupt gazetteer");
        var d = new Dictionary<ulong, GazetteerKind>(n);
        if (version < 3)
        {
            for (int i = 0; i < n; i++) d[r.ReadUInt64()] = version == 2 ? (GazetteerKind)r.ReadUInt16() : (GazetteerKind)r.ReadByte();
            return new Gazetteer(d);
        }
        var keys = LittleEndianBlocks.ReadSortedKeys(r, n);
        var kinds = new ushort[n];
        LittleEndianBlocks.Read(r, kinds);
        for (int i = 0; i < n; i++) d.Add(keys[i], (GazetteerKind)kinds[i]);
        return new Gazetteer(d);
    }
}
