using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>
/// Tacitus's compiled verb dictionary (<c>models/verbs.tacverbs</c>): gzip'd tab-separated lines, comments and
/// synset/verb-block bookkeeping already resolved.
/// <code>
/// #tacverbs	1	SOURCE
/// S	&amp;NAME	MEMBER|MEMBER…
/// V	LEMMA	FORM|FORM…	BEFORE|…	AFTER|…	BLOCK	CODE
/// P	BLOCK	LINE	- pre * post [CODE]
/// </code>
/// Rebuild with <c>tacitus events compile</c>.
/// </summary>
public static class VerbDictionaryFile
{
    public const string Magic = "#tacverbs";
    public const int Version = 1;

    public static void Write(VerbDictionary dict, string path)
    {
        using var fs = File.Create(path);
        using var gz = new GZipStream(fs, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        Write(dict, w);
    }

    public static void Write(VerbDictionary dict, TextWriter w)
    {
        w.WriteLine($"{Magic}\t{Version}\t{dict.Source}");
        foreach (var (name, members) in dict.Synsets.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            w.WriteLine($"S\t{name}\t{string.Join('|', members)}");
        foreach (var v in dict.Verbs)
            w.WriteLine($"V\t{v.Lemma}\t{string.Join('|', v.Forms)}\t{string.Join('|', v.Before)}\t{string.Join('|', v.After)}\t{v.Block}\t{v.Code}");
        foreach (var p in dict.Patterns)
            w.WriteLine($"P\t{p.Block}\t{p.Line.ToString(CultureInfo.InvariantCulture)}\t{p.Text}" + (p.WrittenFor is { } v ? "\t" + v : ""));
    }

    public static VerbDictionary Read(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"compiled verb dictionary '{path}' not found; rebuild it with 'tacitus events compile'.");
        using var fs = File.OpenRead(path);
        using var gz = new GZipStream(fs, CompressionMode.Decompress);
        using var r = new StreamReader(gz, Encoding.UTF8);
        return Read(r, path);
    }

    public static VerbDictionary Read(TextReader r, string path)
    {
        var header = r.ReadLine();
        var h = header?.Split('\t');
        if (h is null || h.Length < 2 || h[0] != Magic || h[1] != Version.ToString(CultureInfo.InvariantCulture))
            throw new TacitusException($"'{path}' is not a Tacitus verb dictionary (version {Version}); rebuild it with 'tacitus events compile'.");
        var synsets = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var verbs = new List<VerbEntry>();
        var patterns = new List<VerbPattern>();
        var parser = new VerbDictionaryReader.LineParser();
        string? line;
        int n = 1;
        while ((line = r.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            switch (f[0])
            {
                case "S" when f.Length == 3:
                    synsets[f[1]] = Split(f[2]);
                    break;
                case "V" when f.Length == 7:
                    verbs.Add(new VerbEntry(f[1], Split(f[2]), Split(f[3]), Split(f[4]), f[5], f[6]));
                    break;
                case "P" when f.Length is 4 or 5:
                    var p = parser.Pattern(f[3].TrimStart('-'), f[1], int.Parse(f[2], CultureInfo.InvariantCulture));
                    if (p is not null) patterns.Add(f.Length == 5 ? p with { WrittenFor = f[4] } : p);
                    break;
                default:
                    throw new TacitusException($"'{path}' line {n}: malformed record; rebuild it with 'tacitus events compile'.");
            }
        }
        return new VerbDictionary(synsets, verbs, patterns, h.Length > 2 ? h[2] : Path.GetFileName(path));
    }

    private static ImmutableArray<string> Split(string s) => s.Length == 0 ? [] : [.. s.Split('|')];
}
