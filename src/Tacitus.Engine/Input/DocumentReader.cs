using System.Globalization;
using System.Text.Json;
using Tacitus.Core;

namespace Tacitus.Engine.Input;

/// <summary>
/// Reads documents from files, directories (recursively: *.txt, *.html, *.htm, *.jsonl) and standard input ("-").
/// Problems are reported through <see cref="Problem"/> and never stop the other inputs.
/// </summary>
public sealed class DocumentReader
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl"];

    /// <summary>Default largest document accepted, in characters (about 10 MB of text — some 2 million words).</summary>
    public const int DefaultMaxChars = 10_000_000;

    public DocumentReader(Func<TextReader>? stdin = null, DateOnly? date = null, int maxChars = DefaultMaxChars)
    {
        _stdin = stdin ?? (() => Console.In);
        Date = date;
        MaxChars = maxChars;
    }

    /// <summary>Documents longer than this are rejected with a clear message rather than processed for minutes.</summary>
    public int MaxChars { get; }

    private readonly Func<TextReader> _stdin;

    /// <summary>The publication date given on the command line; wins over dates found in the input.</summary>
    public DateOnly? Date { get; }

    public event Action<InputProblem>? Problem;

    public IEnumerable<Document> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var d in ReadStdin()) yield return d;
                continue;
            }
            if (Directory.Exists(input))
            {
                foreach (var file in EnumerateDirectory(input))
                    foreach (var d in ReadFile(file)) yield return d;
                continue;
            }
            if (!File.Exists(input))
            {
                Report(input, "no such file or directory");
                continue;
            }
            foreach (var d in ReadFile(input)) yield return d;
        }
    }

    private IEnumerable<string> EnumerateDirectory(string dir)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None };
        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(dir, "*", options)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .ToList();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            Report(dir, $"cannot list directory ({ex.Message})");
            yield break;
        }
        files.Sort(StringComparer.Ordinal);
        foreach (var f in files) yield return f;
    }

    /// <summary>
    /// Standard input is JSON Lines when its first non-blank character is '{' (streamed line by line), else one
    /// document, read only up to the size limit.
    /// </summary>
    private IEnumerable<Document> ReadStdin()
    {
        var reader = _stdin();
        var head = new System.Text.StringBuilder();
        var buffer = new char[8192];
        bool jsonl = false;
        while (true)
        {
            int n;
            try
            {
                n = reader.Read(buffer, 0, buffer.Length);
            }
            catch (Exception ex) when (ex is IOException or System.Text.DecoderFallbackException)
            {
                Report("<stdin>", $"cannot read standard input ({ex.Message})");
                yield break;
            }
            if (n == 0) break;
            head.Append(buffer, 0, n);
            var trimmed = head.ToString().AsSpan().TrimStart();
            if (trimmed.Length > 0)
            {
                jsonl = trimmed[0] == '{';
                if (jsonl) break;
            }
            if (head.Length > MaxChars)
            {
                Report("<stdin>", $"has more than the {MaxChars:N0}-character document limit; split it or raise --max-chars");
                yield break;
            }
        }
        if (!jsonl)
        {
            yield return new Document("stdin", head.ToString()) { PublicationDate = Date };
            yield break;
        }
        // JSON Lines: the part already read, then the rest line by line.
        var pending = head.ToString();
        int lineNo = 0;
        while (true)
        {
            int nl = pending.IndexOf('\n', StringComparison.Ordinal);
            string? line;
            if (nl >= 0)
            {
                line = pending[..nl];
                pending = pending[(nl + 1)..];
            }
            else
            {
                string? rest;
                try
                {
                    rest = reader.ReadLine();
                }
                catch (Exception ex) when (ex is IOException or System.Text.DecoderFallbackException)
                {
                    Report("<stdin>", $"cannot read standard input ({ex.Message})");
                    yield break;
                }
                if (rest is null)
                {
                    if (pending.Length == 0) yield break;
                    line = pending;
                    pending = "";
                }
                else
                {
                    line = pending + rest;
                    pending = "";
                }
            }
            lineNo++;
            line = line.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line)) continue;
            var doc = ParseJsonLine("<stdin>", lineNo, line);
            if (doc is not null) yield return doc;
        }
    }

    private IEnumerable<Document> ReadFile(string path)
    {
        if (Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
            return ReadJsonlFile(path);
        return ReadWholeFile(path);
    }

    /// <summary>JSON Lines are streamed: memory stays bounded by the longest accepted line, whatever the file size.</summary>
    private IEnumerable<Document> ReadJsonlFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            Report(path, $"cannot read ({ex.Message})");
            yield break;
        }
        foreach (var (number, text) in JsonlLines.ReadReporting(stream, 4L * MaxChars + 1024, path, Report))
        {
            var doc = ParseJsonLine(path, number, text);
            if (doc is not null) yield return doc;
        }
    }

    private IEnumerable<Document> ReadWholeFile(string path)
    {
        byte[] bytes;
        try
        {
            long length = new FileInfo(path).Length;
            if (length > 4L * MaxChars)
            {
                Report(path, $"is {length / 1_000_000.0:F1} MB, larger than the {MaxChars:N0}-character document limit; split it or raise --max-chars");
                yield break;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            Report(path, $"cannot read ({ex.Message})");
            yield break;
        }
        var text = TextDecoder.TryDecode(bytes, out var problem);
        if (text is null)
        {
            Report(path, problem!);
            yield break;
        }
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var id = Path.GetFileNameWithoutExtension(path);
        if (ext is ".html" or ".htm")
        {
            var page = HtmlText.Extract(text);
            yield return new Document(id, page.Text)
            {
                PublicationDate = Date ?? page.Date,
                Title = page.Title,
                Url = page.Url,
                SourceName = page.SiteName,
            };
        }
        else if (text.Length > MaxChars)
        {
            Report(path, $"has {text.Length:N0} characters, more than the {MaxChars:N0}-character document limit; split it or raise --max-chars");
        }
        else
        {
            yield return new Document(id, text) { PublicationDate = Date ?? DateFromName(path) };
        }
    }

    private Document? ParseJsonLine(string source, int lineNo, string line)
    {
        var where = $"{source}:{lineNo}";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Report(where, "expected a JSON object with a \"text\" field");
                return null;
            }
            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
            {
                Report(where, "missing string field \"text\"");
                return null;
            }
            if (textEl.GetString()!.Length > MaxChars)
            {
                Report(where, $"\"text\" is longer than the {MaxChars:N0}-character document limit; split it or raise --max-chars");
                return null;
            }
            string id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idEl.ToString()
                : $"{Path.GetFileNameWithoutExtension(source)}-{lineNo}";
            DateOnly? date = Date;
            if (date is null && root.TryGetProperty("date", out var dateEl) && dateEl.ValueKind == JsonValueKind.String)
            {
                date = ParseDate(dateEl.GetString());
                if (date is null) Report(where, $"field \"date\" is not a date ({PublicationDates.Accepted}): {dateEl.GetString()}; using the default");
            }
            return new Document(id, textEl.GetString()!)
            {
                PublicationDate = date,
                Url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null,
                SourceName = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                Title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
            };
        }
        catch (JsonException ex)
        {
            Report(where, $"invalid JSON ({ex.Message.Split('\n')[0]})");
            return null;
        }
    }

    /// <summary>Parses a publication date (<see cref="PublicationDates.Parse"/>).</summary>
    public static DateOnly? ParseDate(string? value) => PublicationDates.Parse(value);

    /// <summary>A date in a file name such as istanbul-talks-2025-05-14.txt.</summary>
    public static DateOnly? DateFromName(string path)
    {
        var m = System.Text.RegularExpressions.Regex.Match(Path.GetFileName(path), @"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)");
        return m.Success ? ParseDate(m.Value) : null;
    }

    private void Report(string source, string message) => Problem?.Invoke(new InputProblem(source, message));
}
