using System.IO.Compression;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Tacitus.Core;
using Tacitus.Engine.Input;

namespace Tacitus.Storage.Ingest;

/// <summary>A document read for ingest, with what the input said about it beyond the Core model.</summary>
public sealed record IngestItem(Document Document, string Input)
{
    public string? Byline { get; init; }
    public string? Dateline { get; init; }
}

/// <summary>
/// Reads documents for ingest: .txt, .html/.htm, .jsonl, RSS/Atom feeds (.rss, .atom, .xml: one document per item),
/// and any of these gzipped (.gz). Directories are searched recursively. Problems are reported, never fatal.
/// </summary>
public sealed class IngestReader
{
    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".rss", ".atom", ".xml"];

    private readonly Func<TextReader> _stdin;

    public IngestReader(Func<TextReader>? stdin = null, DateOnly? defaultDate = null)
    {
        _stdin = stdin ?? (() => Console.In);
        DefaultDate = defaultDate;
        _today = DateOnly.FromDateTime(DateTime.UtcNow);
        _dates = new PublicationDateCheck(_today);
    }

    /// <summary>The publication date for documents whose input gives none.</summary>
    public DateOnly? DefaultDate { get; }

    public event Action<InputProblem>? Problem;

    /// <summary>Raised once per reader for a publication date that looks misread (<see cref="PublicationDateCheck"/>); the document is kept as given.</summary>
    public event Action<string>? Warning;

    /// <summary>The day odd publication dates are judged against (default: today, UTC).</summary>
    public DateOnly Today
    {
        get => _today;
        init { _today = value; _dates = new PublicationDateCheck(value); }
    }

    private readonly DateOnly _today;
    private readonly PublicationDateCheck _dates;

    /// <summary>True for a file name ingest reads (gzip included).</summary>
    public static bool IsIngestible(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Expands directories into their ingestible files (sorted); keeps "-" and plain files; reports missing paths.</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-" || File.Exists(input))
            {
                files.Add(input);
                continue;
            }
            if (!Directory.Exists(input))
            {
                Report(input, "no such file or directory");
                continue;
            }
            try
            {
                var found = Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
                    .Where(IsIngestible).ToList();
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                Report(input, $"cannot list directory ({ex.Message})");
            }
        }
        return files;
    }

    /// <summary>The documents of one input (a file or "-"); problems are reported through <see cref="Problem"/>.</summary>
    public IEnumerable<IngestItem> Read(string input)
    {
        foreach (var item in ReadItems(input))
        {
            if (_dates.Check(item.Document) is { } warning) Warning?.Invoke(warning);
            yield return item;
        }
    }

    private IEnumerable<IngestItem> ReadItems(string input)
    {
        if (input == "-")
        {
            string text;
            try
            {
                text = _stdin().ReadToEnd();
            }
            catch (IOException ex)
            {
                Report("<stdin>", $"cannot read standard input ({ex.Message})");
                return [];
            }
            return ReadText("stdin", "stdin", SniffKind(text), text);
        }
        bool gz = input.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var plainName = gz ? input[..^3] : input;
        if (Path.GetExtension(plainName).Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
            return ReadJsonlStream(input, Path.GetFileNameWithoutExtension(plainName), gz);
        byte[] bytes;
        try
        {
            if (new FileInfo(input).Length > MaxInputBytes)
            {
                Report(input, $"is larger than {MaxInputBytes / 1_000_000} MB; split it into smaller files or use JSON Lines, which is streamed");
                return [];
            }
            bytes = gz ? Gunzip(input) : File.ReadAllBytes(input);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Report(input, $"cannot read ({ex.Message})");
            return [];
        }
        var text2 = TextDecoder.TryDecode(bytes, out var problem);
        if (text2 is null)
        {
            Report(input, problem!);
            return [];
        }
        var name = input.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? input[..^3] : input;
        var kind = Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".jsonl" => Kind.Jsonl,
            ".html" or ".htm" or ".xhtml" => Kind.Html,
            ".rss" or ".atom" => Kind.Feed,
            ".xml" => SniffKind(text2),
            _ => Kind.Text,
        };
        return ReadText(input, Path.GetFileNameWithoutExtension(name), kind, text2);
    }

    private enum Kind { Text, Html, Jsonl, Feed }

    private static Kind SniffKind(string text)
    {
        var t = text.AsSpan().TrimStart();
        if (t.StartsWith("{")) return Kind.Jsonl;
        if (!t.StartsWith("<")) return Kind.Text;
        var head = t[..Math.Min(t.Length, 2000)].ToString();
        if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase)) return Kind.Feed;
        return Kind.Html;
    }

    /// <summary>Largest single (non-JSONL) input read into memory, after decompression.</summary>
    public const long MaxInputBytes = 4L * DocumentReader.DefaultMaxChars;

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = gz.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (ms.Length + n > MaxInputBytes)
                throw new InvalidDataException($"decompresses to more than {MaxInputBytes / 1_000_000} MB; split it or use JSON Lines");
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    /// <summary>JSON Lines (optionally gzipped) are streamed, so memory stays bounded whatever the file size.</summary>
    private IEnumerable<IngestItem> ReadJsonlStream(string input, string stem, bool gz)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(input);
            if (gz) stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(input, $"cannot read ({ex.Message})");
            yield break;
        }
        foreach (var (number, text) in JsonlLines.ReadReporting(stream, MaxInputBytes, input, Report))
        {
            var item = ParseJsonLine(input, stem, number, text);
            if (item is not null) yield return item;
        }
    }

    private IEnumerable<IngestItem> ReadText(string input, string id, Kind kind, string text)
    {
        switch (kind)
        {
            case Kind.Jsonl:
                return ReadJsonl(input, id, text);
            case Kind.Feed:
                return ReadFeed(input, id, text);
            case Kind.Html:
                var page = HtmlText.Extract(text);
                if (string.IsNullOrWhiteSpace(page.Text))
                {
                    Report(input, "no article text found in the HTML");
                    return [];
                }
                return [new IngestItem(new Document(id, page.Text)
                {
                    PublicationDate = page.Date ?? DateFromName(input),
                    Title = page.Title,
                    Url = page.Url,
                    SourceName = page.SiteName,
                }, input) { Byline = page.Byline, Dateline = page.Dateline }];
            default:
                if (string.IsNullOrWhiteSpace(text))
                {
                    Report(input, "empty document");
                    return [];
                }
                return [new IngestItem(new Document(id, text) { PublicationDate = DateFromName(input) }, input)];
        }
    }

    private DateOnly? DateFromName(string input) => (input == "stdin" ? null : DocumentReader.DateFromName(input)) ?? DefaultDate;

    private IEnumerable<IngestItem> ReadJsonl(string input, string stem, string text)
    {
        int lineNo = 0;
        using var reader = new StringReader(text);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var item = ParseJsonLine(input, stem, lineNo, line);
            if (item is not null) yield return item;
        }
    }

    private IngestItem? ParseJsonLine(string input, string stem, int lineNo, string line)
    {
        var where = $"{input}:{lineNo}";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
            {
                Report(where, "expected a JSON object with a string field \"text\"");
                return null;
            }
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idEl.ToString() : $"{stem}-{lineNo}";
            var date = DocumentReader.ParseDate(Str("date"));
            if (date is null && Str("date") is { } bad) Report(where, $"field \"date\" is not a date ({PublicationDates.Accepted}): {bad}; using the default");
            var body = textEl.GetString()!;
            if (string.IsNullOrWhiteSpace(body))
            {
                Report(where, "empty \"text\"");
                return null;
            }
            return new IngestItem(new Document(id, body)
            {
                PublicationDate = date ?? DefaultDate,
                Url = Str("url"),
                SourceName = Str("source"),
                Title = Str("title"),
            }, input) { Byline = Str("author") ?? Str("byline") };
        }
        catch (JsonException ex)
        {
            Report(where, $"invalid JSON ({ex.Message.Split('\n')[0]})");
            return null;
        }
    }

    private List<IngestItem> ReadFeed(string input, string stem, string text)
    {
        SyndicationFeed feed;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var xml = XmlReader.Create(new StringReader(text), settings);
            SyndicationFeedFormatter formatter = text.Contains("<feed", StringComparison.Ordinal) && !text.Contains("<rss", StringComparison.Ordinal)
                ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
            // Feeds in the wild carry dates with wrong weekdays or odd zones: parse leniently instead of rejecting the feed.
            formatter.DateTimeParser = LenientDate;
            if (!formatter.CanRead(xml)) formatter = formatter is Atom10FeedFormatter ? new Rss20FeedFormatter() : new Atom10FeedFormatter();
            formatter.DateTimeParser = LenientDate;
            formatter.ReadFrom(xml);
            feed = formatter.Feed;
            _ = feed.Items.ToList();
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException or NotSupportedException)
        {
            Report(input, $"not a readable RSS or Atom feed ({ex.Message.Split('\n')[0]})");
            return [];
        }
        var items = new List<IngestItem>();
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            var html = Encoded(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
            if (string.IsNullOrWhiteSpace(html))
            {
                Report($"{input}#{n}", "feed item has no content or summary");
                continue;
            }
            var page = html.Contains('<', StringComparison.Ordinal) ? HtmlText.Extract("<html><body><article>" + html + "</article></body></html>") : null;
            var body = page?.Text ?? html.Trim();
            if (string.IsNullOrWhiteSpace(body)) continue;
            var when = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
            items.Add(new IngestItem(new Document(item.Id ?? link?.ToString() ?? $"{stem}-{n}", body)
            {
                PublicationDate = when != default ? DateOnly.FromDateTime(when.UtcDateTime) : DefaultDate,
                Title = item.Title?.Text,
                Url = link?.ToString(),
                SourceName = feed.Title?.Text,
            }, input) { Byline = item.Authors.FirstOrDefault() is { } a ? a.Name ?? a.Email : null, Dateline = page?.Dateline });
        }
        return items;
    }

    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var s = data.DateTimeString.Trim();
        int comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and < 10) s = s[(comma + 1)..].Trim();   // drop the weekday, often wrong
        s = s.Replace(" GMT", " +0000", StringComparison.Ordinal).Replace(" UT", " +0000", StringComparison.Ordinal);
        if (DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out value)) return true;
        value = default;
        return true;
    }

    private static string? Encoded(SyndicationItem item)
    {
        foreach (var ext in item.ElementExtensions)
            if (ext.OuterName == "encoded") return ext.GetObject<string>();
        return null;
    }

    private void Report(string source, string message) => Problem?.Invoke(new InputProblem(source, message));

    /// <summary>Reports a problem met later in the ingest (e.g. a document the pipeline could not code) to the same listeners.</summary>
    public void ReportProblem(InputProblem problem) => Problem?.Invoke(problem);
}
