using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// The compiled dictionary file (<c>*.tacdict</c>): an 8-byte magic <c>TACDICT\0</c>, a little-endian int32 format
/// version, then a GZip stream with the built-from list, the vocabulary (sorted normalised words), the word trie as
/// little-endian int arrays (see <see cref="PhraseTrie"/>), the entries (phrase, name, kind, role, dated codes, source)
/// and the agents, then (from version 3) the namesakes: trie nodes whose phrase several people share, with the
/// other people's entries (see <see cref="ActorLexicon.ActorOn"/>). Loading reads the arrays as blocks; nothing is
/// re-parsed. Version 2 files (no namesakes) still load.
/// </summary>
public static class ActorLexiconFile
{
    public const int FormatVersion = 3;
    private static readonly byte[] Magic = "TACDICT\0"u8.ToArray();

    public static void Save(ActorLexicon lexicon, string path)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var file = File.Create(path);
        Save(lexicon, file);
    }

    public static void Save(ActorLexicon lexicon, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(FormatVersion));
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(lexicon.BuiltFrom.Length);
        foreach (var s in lexicon.BuiltFrom) w.Write(s);

        w.Write(lexicon.Words.Count);
        foreach (var word in lexicon.Words) w.Write(word);
        PhraseTrie.WriteInts(w, lexicon.Trie.ChildStart);
        PhraseTrie.WriteInts(w, lexicon.Trie.EdgeWord);
        PhraseTrie.WriteInts(w, lexicon.Trie.ActorAt);
        PhraseTrie.WriteInts(w, lexicon.Trie.AgentAt);

        w.Write(lexicon.Entries.Length);
        foreach (var e in lexicon.Entries)
        {
            w.Write(e.Phrase);
            w.Write(e.Name);
            w.Write((byte)e.Kind);
            w.Write(e.Role ?? "");
            w.Write(e.Source);
            w.Write(e.Codes.Length);
            foreach (var c in e.Codes)
            {
                w.Write(c.Code ?? "");
                w.Write(c.From?.DayNumber ?? -1);
                w.Write(c.Until?.DayNumber ?? -1);
            }
        }

        w.Write(lexicon.Agents.Length);
        foreach (var a in lexicon.Agents)
        {
            w.Write(a.Phrase);
            w.Write(a.Code);
            w.Write((byte)((a.IsPrefix ? 1 : 0) | (a.IsPlural ? 2 : 0)));
            w.Write(a.Source.File);
            w.Write(a.Source.Line);
        }

        var namesakes = lexicon.NamesakesAt.OrderBy(p => p.Key).ToList();
        w.Write(namesakes.Count);
        foreach (var (node, others) in namesakes)
        {
            w.Write(node);
            w.Write(others.Length);
            foreach (var e in others) w.Write(e);
        }
    }

    public static ActorLexicon Load(string path)
    {
        if (!File.Exists(path))
            throw new TacitusException($"Compiled actor dictionary '{path}' not found. Build it with 'tacitus dict compile --out {path} …' (see models/README.md).");
        using var file = File.OpenRead(path);
        return Load(file, path);
    }

    public static ActorLexicon Load(Stream stream, string name)
    {
        Span<byte> header = stackalloc byte[12];
        if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12 || !header[..8].SequenceEqual(Magic))
            throw new TacitusException($"'{name}' is not a compiled Tacitus dictionary (bad header). Rebuild it with 'tacitus dict compile'.");
        int version = BitConverter.ToInt32(header[8..]);
        if (version is not (2 or FormatVersion))
            throw new TacitusException($"'{name}' has dictionary format version {version}; this Tacitus reads version {FormatVersion}. Rebuild it with 'tacitus dict compile'.");
        try
        {
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(gz, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            var builtFrom = ImmutableArray.CreateBuilder<string>();
            for (int i = r.ReadInt32(); i > 0; i--) builtFrom.Add(r.ReadString());

            int wordCount = r.ReadInt32();
            if (wordCount < 0) throw new InvalidDataException("bad vocabulary size");
            var words = new string[wordCount];
            for (int i = 0; i < wordCount; i++) words[i] = r.ReadString();
            var trie = new PhraseTrie(PhraseTrie.ReadInts(r), PhraseTrie.ReadInts(r), PhraseTrie.ReadInts(r), PhraseTrie.ReadInts(r));
            if (trie.ChildStart.Length != trie.ActorAt.Length + 1 || trie.AgentAt.Length != trie.ActorAt.Length || trie.EdgeWord.Length != Math.Max(0, trie.ActorAt.Length - 1))
                throw new InvalidDataException("inconsistent trie arrays");

            int entryCount = r.ReadInt32();
            var entries = ImmutableArray.CreateBuilder<LexiconEntry>(entryCount);
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);   // codes and file names repeat
            string Shared(string x) => strings.TryGetValue(x, out var y) ? y : strings[x] = x;
            for (int i = 0; i < entryCount; i++)
            {
                var phrase = r.ReadString();
                var display = r.ReadString();
                var kind = (LexiconEntryKind)r.ReadByte();
                var role = r.ReadString();
                var source = r.ReadString();
                int n = r.ReadInt32();
                var codes = ImmutableArray.CreateBuilder<CodeRestriction>(n);
                for (int k = 0; k < n; k++)
                {
                    var code = Shared(r.ReadString());
                    int from = r.ReadInt32(), until = r.ReadInt32();
                    codes.Add(new CodeRestriction(code.Length == 0 ? null : code,
                        from < 0 ? null : DateOnly.FromDayNumber(from), until < 0 ? null : DateOnly.FromDayNumber(until)));
                }
                entries.Add(new LexiconEntry(phrase, display, kind, role.Length == 0 ? null : role, codes.MoveToImmutable(), source));
            }

            int agentCount = r.ReadInt32();
            var agents = ImmutableArray.CreateBuilder<AgentRecord>(agentCount);
            for (int i = 0; i < agentCount; i++)
            {
                var phrase = r.ReadString();
                var code = Shared(r.ReadString());
                byte flags = r.ReadByte();
                var file = Shared(r.ReadString());
                int line = r.ReadInt32();
                agents.Add(new AgentRecord(phrase, code, (flags & 1) != 0, (flags & 2) != 0, new SourceLine(file, line)));
            }

            var namesakes = new Dictionary<int, ImmutableArray<int>>();
            if (version >= 3)
                for (int i = r.ReadInt32(); i > 0; i--)
                {
                    int node = r.ReadInt32(), n = r.ReadInt32();
                    if (n < 0) throw new InvalidDataException("bad namesake count");
                    var others = ImmutableArray.CreateBuilder<int>(n);
                    for (int k = 0; k < n; k++) others.Add(r.ReadInt32());
                    namesakes[node] = others.MoveToImmutable();
                }
            return new ActorLexicon(words, trie, entries.MoveToImmutable(), agents.MoveToImmutable(), builtFrom.ToImmutable(), namesakes.ToFrozenDictionary());
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or ArgumentException or FormatException)
        {
            throw new TacitusException($"'{name}' is damaged ({ex.Message}). Rebuild it with 'tacitus dict compile'.", ex);
        }
    }
}
