using Tacitus.Core;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Tagging;

/// <summary>
/// What the tagger knows about word types from its training text, keyed by the normalized form hash: the ambiguity
/// class (which tags the word took) and a distributional cluster path. Immutable after construction.
/// </summary>
public sealed class WordLexicon
{
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly Dictionary<ulong, uint> _clusters;
    private readonly Dictionary<ulong, ulong>? _external;

    public WordLexicon(Dictionary<ulong, ulong> ambiguity, Dictionary<ulong, uint> clusters, int clusterBits, Dictionary<ulong, ulong>? external = null)
    {
        _ambiguity = ambiguity;
        _clusters = clusters;
        _external = external is { Count: > 0 } ? external : null;
        ClusterBits = clusterBits;
    }

    /// <summary>Whether an external tag lexicon (<see cref="ExternalTagLexicon"/>) was compiled in; its features are used only then.</summary>
    public bool HasExternal => _external is not null;
    public int ExternalCount => _external?.Count ?? 0;

    /// <summary>Depth of the cluster paths (number of binary splits).</summary>
    public int ClusterBits { get; }

    public int AmbiguityCount => _ambiguity.Count;
    public int ClusterCount => _clusters.Count;

    /// <summary>Adds the lexicon facts for the word with normalized hash <see cref="WordInfo.Norm"/>.</summary>
    public void Complete(ref WordInfo w)
    {
        w.Ambiguity = _ambiguity.TryGetValue(w.Norm, out var a) ? a : 0;
        if (_clusters.TryGetValue(w.Norm, out var c))
        {
            w.Cluster = c + 1UL;
            w.ClusterCoarse = (c >> Math.Max(0, ClusterBits - 4)) + 0x10000UL;
        }
        else
        {
            w.Cluster = 0;
            w.ClusterCoarse = 0;
        }
        ulong ext = _external is null ? 0 : ExternalTagLexicon.Lookup(_external, w.Exact, w.Norm);
        w.External = ExternalTagLexicon.SetOf(ext);
        w.ExternalFirst = ExternalTagLexicon.FirstOf(ext);
    }

    /// <summary>Writes the external lexicon (a separate section, so models without one keep their format).</summary>
    public void WriteExternal(BinaryWriter w) => WriteMap(w, _external ?? []);

    /// <summary>This lexicon with the external section read by <see cref="WriteExternal"/> (<paramref name="format"/> as in <see cref="Read"/>).</summary>
    public WordLexicon WithExternal(BinaryReader r, int format) =>
        new(_ambiguity, _clusters, ClusterBits, ReadMap(r, format, "corrupt tagger lexicon (external section)"));

    /// <summary>Writes the lexicon (format 2: each map's count, sorted keys as differences, then its values, little-endian blocks).</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClusterBits);
        WriteMap(w, _ambiguity);
        var keys = _clusters.Keys.Order().ToArray();
        w.Write(keys.Length);
        LittleEndianBlocks.WriteSortedKeys(w, keys);
        LittleEndianBlocks.Write(w, keys.Select(k => _clusters[k]).ToArray());
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/> (<paramref name="format"/> 2) or in format 1 (one key/value pair after another).</summary>
    public static WordLexicon Read(BinaryReader r, int format)
    {
        int bits = r.ReadInt32();
        if (bits < 0 || bits > 32) throw new TacitusException("corrupt tagger lexicon");
        var amb = ReadMap(r, format, "corrupt tagger lexicon");
        int m = r.ReadInt32();
        if (m < 0) throw new TacitusException("corrupt tagger lexicon");
        var cl = new Dictionary<ulong, uint>(m);
        if (format < 2)
        {
            for (int i = 0; i < m; i++) cl[r.ReadUInt64()] = r.ReadUInt32();
            return new WordLexicon(amb, cl, bits);
        }
        var keys = LittleEndianBlocks.ReadSortedKeys(r, m);
        var values = new uint[m];
        LittleEndianBlocks.Read(r, values);
        for (int i = 0; i < m; i++) cl.Add(keys[i], values[i]);
        return new WordLexicon(amb, cl, bits);
    }

    /// <summary>A hash → hash map: count, sorted keys, values (so the same lexicon always writes the same bytes).</summary>
    private static void WriteMap(BinaryWriter w, Dictionary<ulong, ulong> map)
    {
        var keys = map.Keys.Order().ToArray();
        w.Write(keys.Length);
        LittleEndianBlocks.WriteSortedKeys(w, keys);
        LittleEndianBlocks.Write(w, keys.Select(k => map[k]).ToArray());
    }

    private static Dictionary<ulong, ulong> ReadMap(BinaryReader r, int format, string corrupt)
    {
        int n = r.ReadInt32();
        if (n < 0) throw new TacitusException(corrupt);
        var map = new Dictionary<ulong, ulong>(n);
        if (format < 2)
        {
            for (int i = 0; i < n; i++) map[r.ReadUInt64()] = r.ReadUInt64();
            return map;
        }
        var keys = LittleEndianBlocks.ReadSortedKeys(r, n);
        var values = new ulong[n];
        LittleEndianBlocks.Read(r, values);
        for (int i = 0; i < n; i++) map.Add(keys[i], values[i]);
        return map;
    }
}
