using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tacitus.Core;
using Tacitus.Engine.Output;
using Tacitus.Storage;
using Tacitus.Storage.Ingest;

namespace Tacitus.Web;

/// <summary>The REST API under /api. Handlers are small: they parse, call the store or the engine, and shape the answer.</summary>
public static class ApiEndpoints
{
    public const int MaxPageSize = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/health", Health).WithName("Health").WithSummary("Server and store status.");
        api.MapPost("/code", Code).WithName("Code")
            .WithSummary("Code one article: JSON {text, date (YYYY-MM-DD), id?, title?, url?, source?} → the annotated document (schema v1).")
            .Accepts<CodeRequest>("application/json").Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(400);
        api.MapPost("/documents", Ingest).WithName("Ingest")
            .WithSummary("Ingest documents into the store: a JSON object or array of {text, date?, id?, title?, url?, source?, author?}, or raw text, HTML, RSS/Atom (?date=YYYY-MM-DD for documents without one).")
            .Accepts<CodeRequest[]>("application/json", "text/plain", "text/html", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/xhtml+xml").Produces<IngestResponse>().ProducesProblem(400).ProducesProblem(403);
        api.MapGet("/events", Events).WithName("Events")
            .WithSummary("Stored events, newest first. Filters as in 'tacitus query': actor, country, cameo, plover, quad, from, to, place, bbox, text, document; paging: limit (≤ 1000), offset.")
            .Produces<EventPage>().ProducesProblem(400);
        api.MapGet("/events/{id}", Event).WithName("Event").WithSummary("One stored event with every evidence span and the text around it.")
            .Produces<EventDetailResponse>().ProducesProblem(404).ProducesProblem(400);
        api.MapGet("/actors", Actors).WithName("Actors").WithSummary("Actors by number of events (as source or target), under the same filters as /api/events.")
            .Produces<ActorsResponse>().ProducesProblem(400);
        api.MapGet("/actors/network", Network).WithName("ActorNetwork").WithSummary("Source → target actor pairs with their event counts.")
            .Produces<NetworkResponse>().ProducesProblem(400);
        api.MapGet("/places", Places).WithName("Places").WithSummary("Located events grouped by place (for the map).")
            .Produces<PlacesResponse>().ProducesProblem(400);
        api.MapGet("/stats/timeline", Timeline).WithName("Timeline").WithSummary("Event counts by day or month (by=day|month), under the same filters as /api/events.")
            .Produces<TimelineResponse>().ProducesProblem(400);
        api.MapGet("/cameo", Cameo).WithName("Cameo").WithSummary("CAMEO event codes with their names, Goldstein scores and PLOVER types.");
    }

    /// <summary>The body of POST /api/code (documented for the OpenAPI document; parsed by hand for clear errors).</summary>
    public sealed record CodeRequest(string Text, string Date, string? Id, string? Title, string? Url, string? Source);

    private static IResult Health(WebState s)
    {
        var c = s.Store.Counts();
        return Results.Ok(new HealthResponse("ok", typeof(ApiEndpoints).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", s.Store.SchemaVersion, s.ReadOnly,
            s.Options.DatabasePath == ":memory:" ? ":memory:" : Path.GetFileName(s.Options.DatabasePath), c.Documents, c.Events, [.. s.Pipeline.StageNames],
            s.SkippedStages));
    }

    private static async Task<IResult> Code(HttpRequest request, WebState s)
    {
        var body = await ReadJson(request, s.Options.MaxCodeChars * 4L + 4096);
        if (body.ValueKind != JsonValueKind.Object)
            throw ApiException.BadRequest("send a JSON object {\"text\": \"…\", \"date\": \"YYYY-MM-DD\"}.");
        var text = Field(body, "text", "the article text") ?? throw ApiException.BadRequest("field \"text\" is missing: send the article text as a JSON string.");
        if (string.IsNullOrWhiteSpace(text)) throw ApiException.BadRequest("field \"text\" is empty: paste the article text.");
        if (text.Length > s.Options.MaxCodeChars)
            throw ApiException.BadRequest($"text has {text.Length:N0} characters; at most {s.Options.MaxCodeChars:N0} are coded at once: split it, or ingest it with POST /api/documents.");
        var dateText = Field(body, "date", "the publication date") ??
            throw ApiException.BadRequest("field \"date\" is missing: give the publication date (YYYY-MM-DD) that relative dates such as 'on Thursday' resolve against.");
        var date = QueryParameters.ParseDate(dateText.Trim(), "date");
        var id = Field(body, "id", "a document id");
        var doc = new Document(string.IsNullOrWhiteSpace(id) ? "document" : id.Trim(), text)
        {
            PublicationDate = date,
            Title = Field(body, "title", "the title"),
            Url = Field(body, "url", "the address"),
            SourceName = Field(body, "source", "the outlet"),
        };
        // Wait (without holding a thread) for a coding slot, so that a crowd of callers cannot take every core and
        // thread-pool thread from an ingest running beside them.
        if (s.CodeSlots is { } slots) await slots.WaitAsync(request.HttpContext.RequestAborted);
        Document coded;
        var clock = Stopwatch.StartNew();
        try
        {
            coded = s.Pipeline.Process(doc);
        }
        finally
        {
            s.CodeSlots?.Release();
        }
        var ms = clock.Elapsed.TotalMilliseconds;
        request.HttpContext.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"code;dur={ms:F1}");
        return Results.Text(JsonOutput.Document(coded), "application/json; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> Ingest(HttpRequest request, WebState s)
    {
        if (s.ReadOnly)
            throw new ApiException(StatusCodes.Status403Forbidden, "this server opened the store read-only (--read-only); restart 'tacitus serve' without it to ingest.");
        var defaultDate = QueryParameters.Date(request.Query, "date");
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        string payload;
        if (mediaType is "application/json" or "" )
        {
            var body = await ReadJson(request, s.Options.MaxIngestBytes);
            payload = ToJsonLines(body);
        }
        else if (mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType is "application/xml" or "application/rss+xml" or "application/atom+xml" or "application/xhtml+xml")
        {
            payload = await ReadText(request, s.Options.MaxIngestBytes);
            if (string.IsNullOrWhiteSpace(payload)) throw ApiException.BadRequest("the request body is empty: send the document text, HTML or feed.");
            if (mediaType == "text/plain" && payload.TrimStart().StartsWith('{'))
                throw ApiException.BadRequest("a text/plain body that starts with '{' is ambiguous: send JSON as application/json.");
        }
        else
        {
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType,
                $"content type '{mediaType}' is not ingested: send application/json, text/plain, text/html or an RSS/Atom feed (application/rss+xml, application/atom+xml).");
        }

        var problems = new List<string>();
        var warnings = new List<string>();
        IngestProgress result;
        await s.IngestLock.WaitAsync(request.HttpContext.RequestAborted);
        try
        {
            var reader = new IngestReader(() => new StringReader(payload), defaultDate);
            reader.Problem += p =>
            {
                lock (problems) problems.Add(p.ToString());
            };
            reader.Warning += w =>
            {
                lock (warnings) warnings.Add(w);
            };
            var ingester = new Ingester(s.Store, s.Pipeline, new IngestOptions { Parallelism = Math.Max(1, s.Options.IngestParallelism) });
            result = await Task.Run(() => ingester.Run(["-"], reader), request.HttpContext.RequestAborted);
        }
        finally
        {
            s.IngestLock.Release();
        }
        if (result.Stored + result.Skipped == 0 && problems.Count > 0)
            throw ApiException.BadRequest("nothing was ingested: " + string.Join("; ", problems.Take(5)));
        return Results.Ok(new IngestResponse(result.Read, result.Stored, result.Skipped, result.Failed, result.Events, result.NewEvents, result.NearDuplicates,
            Math.Round(result.Elapsed.TotalMilliseconds, 1), problems, warnings));
    }

    /// <summary>A JSON object or array of document objects, as JSON lines for the ingest reader; each document must carry a non-empty "text".</summary>
    internal static string ToJsonLines(JsonElement body)
    {
        var docs = body.ValueKind switch
        {
            JsonValueKind.Object => [body],
            JsonValueKind.Array => body.EnumerateArray().ToList(),
            _ => throw ApiException.BadRequest("send a JSON object {\"text\": …} or an array of them."),
        };
        if (docs.Count == 0) throw ApiException.BadRequest("the array is empty: send at least one document {\"text\": …}.");
        var sb = new StringBuilder();
        for (int i = 0; i < docs.Count; i++)
        {
            var where = body.ValueKind == JsonValueKind.Array ? $"document [{i}]" : "the document";
            var d = docs[i];
            if (d.ValueKind != JsonValueKind.Object) throw ApiException.BadRequest($"{where} is not a JSON object: send {{\"text\": …}}.");
            if (!d.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(t.GetString()))
                throw ApiException.BadRequest($"{where} has no text: give its article text as a non-empty string field \"text\".");
            if (d.TryGetProperty("date", out var dt) && dt.ValueKind != JsonValueKind.Null &&
                (dt.ValueKind != JsonValueKind.String || Tacitus.Engine.Input.DocumentReader.ParseDate(dt.GetString()) is null))
                throw ApiException.BadRequest($"{where}: \"date\" must be a date such as 2025-05-14, got {dt.GetRawText()}.");
            sb.Append(JsonSerializer.Serialize(d)).Append('\n');
        }
        return sb.ToString();
    }

    private static IResult Events(HttpRequest request, WebState s)
    {
        var filter = QueryParameters.Filter(request.Query);
        int limit = QueryParameters.Int(request.Query, "limit", 50, MaxPageSize);
        int offset = QueryParameters.Int(request.Query, "offset", 0, int.MaxValue);
        var events = s.Store.QueryEvents(filter, offset, limit);
        return Results.Ok(new EventPage(s.Store.CountEvents(filter), offset, limit, events));
    }

    private static IResult Event(string id, WebState s)
    {
        if (!long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var eventId))
            throw ApiException.BadRequest($"event id must be a whole number (as in /api/events), got '{id}'.");
        var detail = s.Store.GetEvent(eventId) ?? throw new ApiException(StatusCodes.Status404NotFound, $"no event {eventId} in the store.");
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var evidence = new List<EvidenceView>();
        foreach (var ev in detail.Evidence)
        {
            if (!texts.TryGetValue(ev.DocumentId, out var text)) texts[ev.DocumentId] = text = s.Store.GetDocumentText(ev.DocumentId);
            string? before = null, after = null;
            if (text is not null && InText(text, ev.Span))
            {
                before = Context(text, ev.Span.Start, before: true);
                after = Context(text, ev.Span.End, before: false);
            }
            evidence.Add(new EvidenceView(ev.DocumentId, ev.DocumentEventId, ev.Sentence, ev.Span.Start, ev.Span.End, ev.Text, ev.Rule, ev.Modality,
                ev.DatePrecision, ev.Outlet, ev.Url, ev.Title, before, after, ev.PlaceSpan?.Start, ev.PlaceSpan?.End, TextOf(text, ev.PlaceSpan), ev.PlaceAttachment,
                ev.SourceSpan?.Start, ev.SourceSpan?.End, TextOf(text, ev.SourceSpan), ev.TargetSpan?.Start, ev.TargetSpan?.End, TextOf(text, ev.TargetSpan)));
        }
        return Results.Ok(new EventDetailResponse(detail.Event, CameoNameOf(s, detail.Event.Cameo), evidence));
    }

    /// <summary>The words at a span of a document's text; null without the text or the span, or when it lies outside.</summary>
    private static string? TextOf(string? text, TextSpan? span) => text is not null && span is { } sp && InText(text, sp) ? sp.Of(text) : null;

    private static bool InText(string text, TextSpan span) => span.Start >= 0 && span.End <= text.Length && span.Start <= span.End;

    /// <summary>Up to 160 characters of text before or after an offset, cut at a word boundary.</summary>
    internal static string Context(string text, int at, bool before)
    {
        const int Width = 160;
        if (before)
        {
            int start = Math.Max(0, at - Width);
            if (start > 0)
            {
                int space = text.IndexOf(' ', start, at - start);
                if (space >= 0) start = space + 1;
            }
            return text[start..at];
        }
        int end = Math.Min(text.Length, at + Width);
        if (end < text.Length)
        {
            int space = text.LastIndexOf(' ', end - 1, end - at);
            if (space > at) end = space;
        }
        return text[at..end];
    }

    private static IResult Actors(HttpRequest request, WebState s)
    {
        var filter = QueryParameters.Filter(request.Query);
        int limit = QueryParameters.Int(request.Query, "limit", 50, MaxPageSize);
        return Results.Ok(new ActorsResponse(s.Store.TopActors(filter, limit)));
    }

    private static IResult Network(HttpRequest request, WebState s)
    {
        var filter = QueryParameters.Filter(request.Query);
        int limit = QueryParameters.Int(request.Query, "limit", 60, MaxPageSize);
        return Results.Ok(new NetworkResponse(s.Store.ActorNetwork(filter, limit)));
    }

    private static IResult Places(HttpRequest request, WebState s)
    {
        var filter = QueryParameters.Filter(request.Query);
        int limit = QueryParameters.Int(request.Query, "limit", 500, 5000);
        return Results.Ok(new PlacesResponse(s.Store.PlaceCounts(filter, limit)));
    }

    private static IResult Timeline(HttpRequest request, WebState s)
    {
        var by = QueryParameters.Str(request.Query, "by")?.ToLowerInvariant() ?? "month";
        var dimension = by switch
        {
            "month" => StatDimension.Month,
            "day" => StatDimension.Day,
            _ => throw ApiException.BadRequest($"by must be day or month, got '{by}'."),
        };
        var filter = QueryParameters.Filter(request.Query);
        var rows = s.Store.CountBy(filter, dimension, 100_000);
        var points = rows.Where(r => r.Key.Length > 0).Select(r => new TimelinePoint(r.Key, r.Events, r.Mentions)).ToList();
        long undated = rows.Where(r => r.Key.Length == 0).Sum(r => r.Events);
        return Results.Ok(new TimelineResponse(by, points, undated));
    }

    private static IResult Cameo(WebState s)
    {
        if (s.Codebook is null) return Results.Ok(Array.Empty<CameoName>());
        return Results.Ok(s.Codebook.Codes.Select(c => new CameoName(c.Code, CameoNameOf(s, c.Code) ?? "", c.Goldstein, c.QuadClass, c.Plover?.Type)).ToList());
    }

    /// <summary>The name of a code, or of the nearest parent code that has one ("0231" → the name of 023).</summary>
    private static string? CameoNameOf(WebState s, string code)
    {
        if (s.Codebook is null) return null;
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (s.Codebook.Lookup(c) is { Name.Length: > 0 } found) return found.Name;
        return null;
    }

    private static string? Field(JsonElement obj, string name, string what)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.String) throw ApiException.BadRequest($"field \"{name}\" must be a string ({what}).");
        return v.GetString();
    }

    private static async Task<JsonElement> ReadJson(HttpRequest request, long maxBytes)
    {
        var media = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (media is not null && media != "application/json" && !media.EndsWith("+json", StringComparison.Ordinal))
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType, $"send JSON with Content-Type: application/json (got '{media}').");
        var text = await ReadText(request, maxBytes);
        if (string.IsNullOrWhiteSpace(text)) throw ApiException.BadRequest("the request body is empty: send a JSON object.");
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            return doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw ApiException.BadRequest($"the request body is not valid JSON ({ex.Message.Split('\n')[0].Split(" Path:")[0]}).");
        }
    }

    private static async Task<string> ReadText(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes)
            throw new ApiException(StatusCodes.Status413PayloadTooLarge, $"the request body has {request.ContentLength:N0} bytes; at most {maxBytes:N0} are accepted.");
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > maxBytes)
                throw new ApiException(StatusCodes.Status413PayloadTooLarge, $"the request body is larger than {maxBytes:N0} bytes; send fewer documents at once.");
        }
        var bytes = ms.ToArray();
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw ApiException.BadRequest("the request body is not valid UTF-8: send UTF-8 text.");
        }
    }
}
