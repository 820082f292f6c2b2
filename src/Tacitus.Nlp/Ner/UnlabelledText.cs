using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Nlp.Ner;

/// <summary>
/// Plain English text for word statistics (clusters, casing classes), read from the files packages ship: text or XML
/// (tags dropped), gzip or dictzip (<c>.gz</c>, <c>.dz</c>), fortune files (<c>%</c> lines between entries) and WordNet
/// <c>data.*</c> files (only the glosses after <c>|</c>) and JSON files with a <c>text</c> property holding one e-mail
/// (the stdlib SpamAssassin corpus: headers and quoted <c>&gt;</c> lines dropped). Each non-blank line is tokenized by the <see cref="Tokenizer"/>
/// and gives its sentences as word arrays. Directories are read recursively in ordinal name order (deterministic).
/// </summary>
public static partial class UnlabelledText
{
    public static List<string[]> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sentences = new List<string[]>();
        foreach (var path in paths)
            foreach (var file in FilesOf(path))
                foreach (var line in LinesOf(file))
                    AddSentences(line, sentences);
        return sentences;
    }

    private static IEnumerable<string> FilesOf(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new TacitusException($"{path}: no such text file or directory");
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".dat", StringComparison.Ordinal) && !f.EndsWith(".index", StringComparison.Ordinal) && new FileInfo(f).LinkTarget is null)
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> LinesOf(string file)
    {
        if (file.EndsWith(".json", StringComparison.Ordinal)) return MailLines(file);
        return TextLines(file);
    }

    private static IEnumerable<string> MailLines(string file)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        if (doc.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object
            || !doc.RootElement.TryGetProperty("text", out var t) || t.GetString() is not { } text) return [];
        int body = text.StartsWith("From ", StringComparison.Ordinal) ? text.IndexOf("\n\n", StringComparison.Ordinal) : 0;
        if (body < 0) return [];
        return [.. text[body..].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '>' && !l.Contains('<'))];
    }

    private static IEnumerable<string> TextLines(string file)
    {
        bool wordnet = Path.GetFileName(file).StartsWith("data.", StringComparison.Ordinal);
        using var stream = File.OpenRead(file);
        using var decoded = file.EndsWith(".gz", StringComparison.Ordinal) || file.EndsWith(".dz", StringComparison.Ordinal)
            ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        while (reader.ReadLine() is { } raw)
        {
            var line = raw;
            if (wordnet)
            {
                if (line.StartsWith(' ')) continue; // licence header
                int bar = line.IndexOf(" | ", StringComparison.Ordinal);
                if (bar < 0) continue;
                line = line[(bar + 3)..].Replace("; \"", " \"", StringComparison.Ordinal);
            }
            if (line.Contains('<')) line = Tag().Replace(line, " ");
            line = line.Trim();
            if (line.Length == 0 || line == "%") continue;
            yield return System.Net.WebUtility.HtmlDecode(line);
        }
    }

    private static void AddSentences(string line, List<string[]> sentences)
    {
        var t = Tokenizer.Tokenize(line);
        foreach (var s in t.Sentences)
        {
            if (s.TokenCount == 0) continue;
            var words = new string[s.TokenCount];
            for (int i = 0; i < words.Length; i++)
            {
                var span = t.Tokens[s.FirstToken + i].Span;
                words[i] = line[span.Start..span.End];
            }
            sentences.Add(words);
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
