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
    public const ushort FormatVersion = 1;
    private static readonly byte[] Magic = "TACGAZ"u8.ToArray();

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
        w.Write7BitEncodedInt(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            w.Write7BitEncodedInt64(e.GeonameId is { } id ? id + 1 : 0);
            var names = gazetteer.Names[i];
            w.Write7BitEncodedInt(names.Count);
            foreach (var n in names) w.Write(n);
            w.Write(e.Country);
            w.Write(e.Admin1 ?? "");
            w.Write((int)Math.Round(e.Latitude * 1e5));
            w.Write((int)Math.Round(e.Longitude * 1e5));
            w.Write7BitEncodedInt64(e.Population);
            w.Write(e.FeatureCode);
            w.Write((byte)e.Kind);
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
                var country = r.ReadString();
                var admin1 = r.ReadString();
                double lat = r.ReadInt32() / 1e5, lon = r.ReadInt32() / 1e5;   // as GazetteerBuilder.Quantise
                long pop = r.Read7BitEncodedInt64();
                var fcode = r.ReadString();
                var kind = (PlaceKind)r.ReadByte();
                entries[i] = new GazetteerEntry(id == 0 ? null : id - 1, list[0], country, admin1.Length == 0 ? null : admin1, lat, lon, pop, fcode, kind);
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
            return new PlaceGazetteer(entries, names, countries, demonyms, words);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException or IndexOutOfRangeException or ArgumentException)
        {
            throw new TacitusException($"{origin}: the gazetteer file is damaged ({ex.Message}); rebuild it with 'tacitus gazetteer build'.");
        }
    }
}
