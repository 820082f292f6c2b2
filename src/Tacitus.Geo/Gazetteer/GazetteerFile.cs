using System.IO.Compression;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Geo.Gazetteer;

/// <summary>
/// Saves and loads the compiled gazetteer: the 8-byte header <c>TACGAZ</c> + format version (uint16), then a
/// Brotli-compressed body (entries with their names, countries, demonyms, common words). One class, one format.
/// </summary>
public static class GazetteerFile
{
    public const string FileName = "gazetteer.bin";
    public const ushort FormatVersion = 2;
    private static readonly byte[] Magic = "TACGAZ"u8.ToArray();

    /// <summary>How many of an entry's names (primary, then ASCII) a loaded gazetteer keeps as strings.</summary>
    public const int DisplayNames = 2;

    public static void Save(PlaceGazetteer gazetteer, string path, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var fs = File.Create(path);
        Write(gazetteer, fs, description);
    }

    public static void Write(PlaceGazetteer gazetteer, Stream stream, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        stream.Write(Magic);
        Span<byte> v = [(byte)(FormatVersion & 0xFF), (byte)(FormatVersion >> 8)];
        stream.Write(v);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(description ?? "");
        var entries = gazetteer.Entries;
        // Short strings repeated across entries (country, admin1 code, feature code) go into one table.
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var tableList = new List<string>();
        int Ref(string s)
        {
            if (!table.TryGetValue(s, out var i)) { table[s] = i = tableList.Count; tableList.Add(s); }
            return i;
        }
        foreach (var e in entries) { Ref(e.Country); Ref(e.Admin1 ?? ""); Ref(e.FeatureCode); }
        w.Write7BitEncodedInt(tableList.Count);
        foreach (var t in tableList) w.Write(t);
        w.Write7BitEncodedInt(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            w.Write7BitEncodedInt64(e.GeonameId is { } id ? id + 1 : 0);
            // Only the display names (primary, ASCII) are stored as strings; every other name lives in the index below.
            var names = gazetteer.Names[i];
            int shown = Math.Min(names.Count, DisplayNames);
            w.Write7BitEncodedInt(shown);
            for (int j = 0; j < shown; j++) w.Write(names[j]);
            w.Write7BitEncodedInt(Ref(e.Country));
            w.Write7BitEncodedInt(Ref(e.Admin1 ?? ""));
            w.Write((int)Math.Round(e.Latitude * 1e5));
            w.Write((int)Math.Round(e.Longitude * 1e5));
            w.Write7BitEncodedInt64(e.Population);
            w.Write7BitEncodedInt(Ref(e.FeatureCode));
            w.Write((byte)e.Kind);
        }
        // The name index is stored so that loading needs no normalisation.
        var index = gazetteer.NameIndex.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write7BitEncodedInt(index.Count);
        foreach (var (key, ids) in index)
        {
            w.Write(key);
            w.Write7BitEncodedInt(ids.Length);
            foreach (var id in ids) w.Write7BitEncodedInt(id);
        }
        w.Write7BitEncodedInt(gazetteer.Countries.Count);
        foreach (var c in gazetteer.Countries)
        {
            w.Write(c.Iso2);
            w.Write(c.Iso3);
            w.Write(c.Name);
            w.Write7BitEncodedInt(c.Demonyms.Count);
            foreach (var d in c.Demonyms) w.Write(d);
            w.Write7BitEncodedInt(c.Entry);
        }
        var demonyms = gazetteer.Demonyms.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write7BitEncodedInt(demonyms.Count);
        foreach (var (k, i) in demonyms)
        {
            w.Write(k);
            w.Write7BitEncodedInt(i);
        }
        var words = gazetteer.CommonWords.Order(StringComparer.Ordinal).ToList();
        w.Write7BitEncodedInt(words.Count);
        foreach (var word in words) w.Write(word);
    }

    public static PlaceGazetteer Load(string path)
    {
        if (!File.Exists(path))
            throw new TacitusException($"gazetteer '{path}' not found; build it with 'tacitus gazetteer build --data DIR --out {path}'.");
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(fs, path);
    }

    public static PlaceGazetteer Read(Stream stream, string origin = "gazetteer")
    {
        Span<byte> head = stackalloc byte[8];
        if (stream.ReadAtLeast(head, 8, throwOnEndOfStream: false) < 8 || !head[..6].SequenceEqual(Magic))
            throw new TacitusException($"{origin}: not a Tacitus gazetteer file.");
        int version = head[6] | (head[7] << 8);
        if (version != FormatVersion)
            throw new TacitusException($"{origin}: gazetteer format version {version}, this build reads version {FormatVersion}; rebuild it with 'tacitus gazetteer build'.");
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(brotli, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            _ = r.ReadString();
            var table = new string[r.Read7BitEncodedInt()];
            for (int i = 0; i < table.Length; i++) table[i] = r.ReadString();
            int count = r.Read7BitEncodedInt();
            var entries = new GazetteerEntry[count];
            var names = new IReadOnlyList<string>[count];
            for (int i = 0; i < count; i++)
            {
                long id = r.Read7BitEncodedInt64();
                int nn = r.Read7BitEncodedInt();
                var list = new string[nn];
                for (int j = 0; j < nn; j++) list[j] = r.ReadString();
                names[i] = list;
                var country = table[r.Read7BitEncodedInt()];
                var admin1 = table[r.Read7BitEncodedInt()];
                double lat = r.ReadInt32() / 1e5, lon = r.ReadInt32() / 1e5;   // as GazetteerBuilder.Quantise
                long pop = r.Read7BitEncodedInt64();
                var fcode = table[r.Read7BitEncodedInt()];
                var kind = (PlaceKind)r.ReadByte();
                entries[i] = new GazetteerEntry(id == 0 ? null : id - 1, list[0], country, admin1.Length == 0 ? null : admin1, lat, lon, pop, fcode, kind);
            }
            int nk = r.Read7BitEncodedInt();
            var index = new Dictionary<string, int[]>(nk, StringComparer.Ordinal);
            for (int i = 0; i < nk; i++)
            {
                var key = r.ReadString();
                var ids = new int[r.Read7BitEncodedInt()];
                for (int j = 0; j < ids.Length; j++)
                {
                    ids[j] = r.Read7BitEncodedInt();
                    if ((uint)ids[j] >= (uint)count) throw new InvalidDataException("name index points past the entries");
                }
                index[key] = ids;
            }
            int nc = r.Read7BitEncodedInt();
            var countries = new CountryInfo[nc];
            for (int i = 0; i < nc; i++)
            {
                string iso2 = r.ReadString(), iso3 = r.ReadString(), name = r.ReadString();
                var dem = new string[r.Read7BitEncodedInt()];
                for (int j = 0; j < dem.Length; j++) dem[j] = r.ReadString();
                countries[i] = new CountryInfo(iso2, iso3, name, dem, r.Read7BitEncodedInt());
            }
            int nd = r.Read7BitEncodedInt();
            var demonyms = new KeyValuePair<string, int>[nd];
            for (int i = 0; i < nd; i++) demonyms[i] = new(r.ReadString(), r.Read7BitEncodedInt());
            var words = new string[r.Read7BitEncodedInt()];
            for (int i = 0; i < words.Length; i++) words[i] = r.ReadString();
            return new PlaceGazetteer(entries, names, countries, demonyms, words, index);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException or IndexOutOfRangeException or ArgumentException)
        {
            throw new TacitusException($"{origin}: the gazetteer file is damaged ({ex.Message}); rebuild it with 'tacitus gazetteer build'.");
        }
    }
}
