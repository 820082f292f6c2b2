using System.Text;
using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// How the parser sees words and tags: frequent (lower-cased, digit-normalised) word forms keep their identity, rare
/// ones fall back to a shape class; every word also carries its 3-letter suffix. Tags are ids of the XPOS/UPOS values
/// seen in training (unknown tags share one id). Values are stable FNV-1a hashes, never <see cref="string.GetHashCode()"/>.
/// </summary>
internal sealed class ParserLexicon
{
    private readonly HashSet<string> _frequent;
    /// <summary><see cref="Fnv"/>(word, 0x77) of the frequent words: the parser's word value, looked up without building the normalised string.</summary>
    private readonly HashSet<ulong> _frequentHashes;
    private readonly Dictionary<string, int> _xpos;
    private readonly Dictionary<string, int> _upos;
    private readonly Dictionary<ulong, uint> _clusters;
    /// <summary>Frequent word value → hash of the sorted set of XPOS tags it had in training (format 3; empty before).</summary>
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private const ulong UnknownAmbiguity = 0x5A5A_0003UL;

    public ParserLexicon(IEnumerable<string> frequentWords, IReadOnlyList<string> xpos, IReadOnlyList<string> upos, IReadOnlyList<string> labels,
        Dictionary<ulong, uint>? clusters = null, int clusterBits = 0, Dictionary<ulong, ulong>? ambiguity = null)
    {
        _ambiguity = ambiguity ?? [];
        _frequent = new HashSet<string>(frequentWords, StringComparer.Ordinal);
        _frequentHashes = [.. _frequent.Select(w => Fnv(w, 0x77))];
        _clusters = clusters ?? [];
        ClusterBits = clusterBits;
        XposTags = [.. xpos];
        UposTags = [.. upos];
        Labels = [.. labels];
        // Ids 0 and 1 are "no token" and the root; 2 is an unknown tag.
        _xpos = XposTags.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i + 3, StringComparer.Ordinal);
        _upos = UposTags.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i + 3, StringComparer.Ordinal);
        LabelIds = Labels.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i + 1, StringComparer.Ordinal);
        RootLabel = LabelIds.TryGetValue("root", out var r) ? r : 0;
    }

    public IReadOnlyCollection<string> FrequentWords => _frequent;
    public string[] XposTags { get; }
    public string[] UposTags { get; }
    /// <summary>Dependency relations; label id = index + 1 (0 = none).</summary>
    public string[] Labels { get; }
    public Dictionary<string, int> LabelIds { get; }
    public int RootLabel { get; }
    public int LabelCount => Labels.Length;
    /// <summary>Depth of the word-cluster paths (0: no clusters).</summary>
    public int ClusterBits { get; }
    public int ClusterCount => _clusters.Count;
    /// <summary>Words with an ambiguity class (0: the parser uses no ambiguity-class features).</summary>
    public int AmbiguityCount => _ambiguity.Count;

    /// <summary>Ambiguity classes of the frequent words: for each, a hash of the sorted XPOS tags it had in <paramref name="tagged"/>.</summary>
    public static Dictionary<ulong, ulong> AmbiguityClasses(IEnumerable<(string Form, string? Xpos)> tagged, IReadOnlyCollection<string> frequent)
    {
        var sets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var known = frequent as HashSet<string> ?? new HashSet<string>(frequent, StringComparer.Ordinal);
        foreach (var (form, xpos) in tagged)
        {
            if (xpos is null) continue;
            var n = Normalise(form);
            if (!known.Contains(n)) continue;
            if (!sets.TryGetValue(n, out var set)) sets[n] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(xpos);
        }
        return sets.ToDictionary(kv => Fnv(kv.Key, 0x77), kv => Fnv(string.Join('|', kv.Value), 0x99));
    }

    public static string Normalise(string form)
    {
        Span<char> buf = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        for (int i = 0; i < form.Length; i++)
        {
            char c = form[i];
            buf[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return new string(buf);
    }

    public ParserSentence Encode(IReadOnlyList<string> forms, IReadOnlyList<string?> xpos, IReadOnlyList<string?> upos)
    {
        int n = forms.Count;
        var s = new ParserSentence(n) { Clustered = ClusterBits > 0, Ambiguous = AmbiguityCount > 0 };
        for (int i = 0; i < n; i++) EncodeWord(s, i + 1, (forms[i] ?? "").AsSpan(), xpos[i], upos[i]);
        return s;
    }

    /// <summary>
    /// Fills position <paramref name="position"/> (1-based) of <paramref name="s"/>. Allocation-free: the normalised form,
    /// its suffix and the shape are hashed as they are read (the same values as hashing the strings).
    /// </summary>
    public void EncodeWord(ParserSentence s, int position, ReadOnlySpan<char> form, string? xpos, string? upos)
    {
        ulong normHash = 14695981039346656037UL ^ 0x77;
        foreach (char c in form) normHash = (normHash ^ NormaliseChar(c)) * 1099511628211UL;
        if (normHash == 0) normHash = 1;
        s.Word[position] = _frequentHashes.Contains(normHash) ? normHash : ShapeHash(form);
        s.Ambiguity[position] = _ambiguity.Count > 0 && _ambiguity.TryGetValue(normHash, out var amb) ? amb : UnknownAmbiguity;
        ulong suffix = 14695981039346656037UL ^ 0x33;
        foreach (char c in form.Length > 3 ? form[^3..] : form) suffix = (suffix ^ NormaliseChar(c)) * 1099511628211UL;
        s.Suffix[position] = suffix == 0 ? 1 : suffix;
        s.Tag[position] = xpos is { } x && _xpos.TryGetValue(x, out var xi) ? xi : upos is { } u0 && _xpos.TryGetValue(u0, out var ui0) ? ui0 : 2;
        s.Upos[position] = upos is { } u && _upos.TryGetValue(u, out var ui) ? ui : 2;
        s.Cluster[position] = s.Cluster4[position] = s.Cluster6[position] = 0;
        if (_clusters.Count > 0 && _clusters.TryGetValue(FeatureHash.OfNormalized(form), out var path))
        {
            // Distinct value ranges so the full path and its prefixes never collide; 0 = no cluster.
            s.Cluster[position] = path + 1UL;
            s.Cluster4[position] = (path >> Math.Max(0, ClusterBits - 4)) + 0x1_0000_0000UL;
            s.Cluster6[position] = (path >> Math.Max(0, ClusterBits - 6)) + 0x2_0000_0000UL;
        }
    }

    private static char NormaliseChar(char c) => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);

    /// <summary><see cref="Fnv"/>(<see cref="Shape"/>(form), 0x55) without building the string.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> form)
    {
        ulong h = 14695981039346656037UL ^ 0x55;
        foreach (char c in "<shape:") h = (h ^ c) * 1099511628211UL;
        char last = '\0';
        int kinds = 0;
        foreach (char c in form)
        {
            char k = ShapeClass(c);
            if (k != last) { h = (h ^ k) * 1099511628211UL; last = k; if (++kinds >= 5) break; }
        }
        h = (h ^ LengthClass(form.Length)) * 1099511628211UL;
        return h == 0 ? 1 : h;
    }

    private static char ShapeClass(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'a' : c < 128 ? c : '*';
    private static char LengthClass(int length) => length <= 3 ? 's' : length <= 8 ? 'm' : 'l';

    /// <summary>A coarse word shape for rare words: Xx, x, X, d, punctuation class, with a length bucket.</summary>
    public static string Shape(string form)
    {
        var sb = new StringBuilder(8);
        sb.Append("<shape:");
        char last = '\0';
        int kinds = 0;
        foreach (char c in form)
        {
            char k = ShapeClass(c);
            if (k != last) { sb.Append(k); last = k; if (++kinds >= 5) break; }
        }
        sb.Append(LengthClass(form.Length));
        return sb.ToString();
    }

    public static ulong Fnv(string s, ulong seed)
    {
        ulong h = 14695981039346656037UL ^ seed;
        foreach (char c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h == 0 ? 1 : h;
    }

    public void Write(BinaryWriter w)
    {
        var words = _frequent.Order(StringComparer.Ordinal).ToArray();
        w.Write(words.Length);
        foreach (var x in words) w.Write(x);
        WriteList(w, XposTags);
        WriteList(w, UposTags);
        WriteList(w, Labels);
        // Format 2: word clusters (bits, count, then (key, path) pairs in key order).
        w.Write(ClusterBits);
        w.Write(_clusters.Count);
        foreach (var (key, path) in _clusters.OrderBy(p => p.Key))
        {
            w.Write(key);
            w.Write(path);
        }
        // Format 3: ambiguity classes ((word value, class) pairs in key order).
        w.Write(_ambiguity.Count);
        foreach (var (key, cls) in _ambiguity.OrderBy(p => p.Key))
        {
            w.Write(key);
            w.Write(cls);
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>; format 1 files have no clusters, formats 1–2 no ambiguity classes.</summary>
    public static ParserLexicon Read(BinaryReader r, int format)
    {
        var words = ReadList(r);
        var xpos = ReadList(r);
        var upos = ReadList(r);
        var labels = ReadList(r);
        if (format < 2) return new ParserLexicon(words, xpos, upos, labels);
        int bits = r.ReadInt32();
        int n = r.ReadInt32();
        if (bits < 0 || bits > 30 || n < 0 || n > 10_000_000) throw new InvalidDataException("bad cluster table header");
        var clusters = new Dictionary<ulong, uint>(n);
        for (int i = 0; i < n; i++) clusters[r.ReadUInt64()] = r.ReadUInt32();
        if (format < 3) return new ParserLexicon(words, xpos, upos, labels, clusters, bits);
        int na = r.ReadInt32();
        if (na < 0 || na > 10_000_000) throw new InvalidDataException("bad ambiguity table header");
        var ambiguity = new Dictionary<ulong, ulong>(na);
        for (int i = 0; i < na; i++) ambiguity[r.ReadUInt64()] = r.ReadUInt64();
        return new ParserLexicon(words, xpos, upos, labels, clusters, bits, ambiguity);
    }

    private static void WriteList(BinaryWriter w, string[] items)
    {
        w.Write(items.Length);
        foreach (var x in items) w.Write(x);
    }

    private static string[] ReadList(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException("bad list length");
        var a = new string[n];
        for (int i = 0; i < n; i++) a[i] = r.ReadString();
        return a;
    }
}
