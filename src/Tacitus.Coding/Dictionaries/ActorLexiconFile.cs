using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// The compiled dictionary file (<c>*.tacdict</c>): an 8-byte magic <c>TACDICT\0</c>, a little-endian int32 format
/// version, then a GZip stream with the built-from list, the entries (name, kind, role, dated codes, source), the agents,
/// and the sorted phrase tables. Loading rebuilds the word trie from the phrase tables.
/// </summary>
public static class ActorLexiconFile
{
    public const int FormatVersion = 1;
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

        w.Write(lexicon.ActorPhrases.Length);
        foreach (var (key, entry) in lexicon.ActorPhrases) { w.Write(key); w.Write(entry); }
        w.Write(lexicon.AgentPhrases.Length);
        foreach (var (key, agent) in lexicon.AgentPhrases) { w.Write(key); w.Write(agent); }
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
        if (version != FormatVersion)
            throw new TacitusException($"'{name}' has dictionary format version {version}; this Tacitus reads version {FormatVersion}. Rebuild it with 'tacitus dict compile'.");
        try
        {
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(gz, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            var builtFrom = ImmutableArray.CreateBuilder<string>();
            for (int i = r.ReadInt32(); i > 0; i--) builtFrom.Add(r.ReadString());

            int entryCount = r.ReadInt32();
            var entries = ImmutableArray.CreateBuilder<LexiconEntry>(entryCount);
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
                    var code = r.ReadString();
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
                var code = r.ReadString();
                byte flags = r.ReadByte();
                var file = r.ReadString();
                int line = r.ReadInt32();
                agents.Add(new AgentRecord(phrase, code, (flags & 1) != 0, (flags & 2) != 0, new SourceLine(file, line)));
            }

            int actorPhraseCount = r.ReadInt32();
            var actorPhrases = ImmutableArray.CreateBuilder<(string, int)>(actorPhraseCount);
            for (int i = 0; i < actorPhraseCount; i++) actorPhrases.Add((r.ReadString(), r.ReadInt32()));
            int agentPhraseCount = r.ReadInt32();
            var agentPhrases = ImmutableArray.CreateBuilder<(string, int)>(agentPhraseCount);
            for (int i = 0; i < agentPhraseCount; i++) agentPhrases.Add((r.ReadString(), r.ReadInt32()));

            return new ActorLexicon(entries.MoveToImmutable(), agents.MoveToImmutable(), actorPhrases.MoveToImmutable(), agentPhrases.MoveToImmutable(), builtFrom.ToImmutable());
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or ArgumentException or FormatException)
        {
            throw new TacitusException($"'{name}' is damaged ({ex.Message}). Rebuild it with 'tacitus dict compile'.", ex);
        }
    }
}
