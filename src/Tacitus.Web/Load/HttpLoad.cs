using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tacitus.Web.Load;

/// <summary>What a load run does: where, how many clients, for how long, and what each client asks.</summary>
public sealed record HttpLoadOptions
{
    public required Uri BaseAddress { get; init; }
    public int Clients { get; init; } = 200;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Texts posted to /api/code (round robin); clients alternate /api/code and /api/events requests.</summary>
    public IReadOnlyList<string> CodeTexts { get; init; } = ["Zelenskyy is set to meet Erdogan in Ankara on Thursday."];
    /// <summary>Query strings for GET /api/events (round robin).</summary>
    public IReadOnlyList<string> EventQueries { get; init; } = ["limit=20", "cameo=19&limit=20", "country=UKR&limit=50", "text=talks"];
    /// <summary>Documents ingested one at a time through POST /api/documents while the load runs (the server must keep serving).</summary>
    public IReadOnlyList<string> IngestTexts { get; init; } = [];
    public string? ApiKey { get; init; }
}

/// <summary>Latency percentiles and errors of one endpoint.</summary>
public sealed record EndpointStats(string Endpoint, long Requests, long Errors, double P50Ms, double P95Ms, double P99Ms, double MaxMs, IReadOnlyList<string> ErrorSamples);

public sealed record HttpLoadResult(TimeSpan Elapsed, IReadOnlyList<EndpointStats> Endpoints)
{
    public long Requests => Endpoints.Sum(e => e.Requests);
    public long Errors => Endpoints.Sum(e => e.Errors);
    public double RequestsPerSecond => Requests / Math.Max(1e-9, Elapsed.TotalSeconds);
}

/// <summary>
/// A loopback load generator: N concurrent clients, each sending one request after another for a fixed time, so the
/// run is bounded. Any non-2xx answer, timeout or connection failure counts as an error.
/// </summary>
public static class HttpLoad
{
    public static async Task<HttpLoadResult> RunAsync(HttpLoadOptions options, Action<string>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients + 4, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
        if (options.ApiKey is not null) http.DefaultRequestHeaders.Add(ApiSecurity.KeyHeader, options.ApiKey);

        var recorders = new Dictionary<string, Recorder>(StringComparer.Ordinal)
        {
            ["POST /api/code"] = new(), ["GET /api/events"] = new(), ["POST /api/documents"] = new(),
        };
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        stop.CancelAfter(options.Duration);
        var until = stop.Token;

        async Task Client(int id)
        {
            int k = id;
            while (!until.IsCancellationRequested)
            {
                bool code = (k & 1) == 0;
                var rec = recorders[code ? "POST /api/code" : "GET /api/events"];
                await Timed(rec, () => code
                    ? http.PostAsJsonAsync("/api/code", new { text = options.CodeTexts[k / 2 % options.CodeTexts.Count], date = "2025-05-14" }, CancellationToken.None)
                    : http.GetAsync("/api/events?" + options.EventQueries[k / 2 % options.EventQueries.Count], CancellationToken.None)).ConfigureAwait(false);
                k++;
            }
        }

        async Task Ingest()
        {
            var rec = recorders["POST /api/documents"];
            for (int i = 0; i < options.IngestTexts.Count && !until.IsCancellationRequested; i++)
            {
                var doc = new { id = $"load-{i}", date = "2025-05-14", text = options.IngestTexts[i], source = "load test" };
                await Timed(rec, () => http.PostAsJsonAsync("/api/documents", doc, CancellationToken.None)).ConfigureAwait(false);
            }
        }

        var tasks = Enumerable.Range(0, options.Clients).Select(i => Task.Run(() => Client(i), CancellationToken.None)).ToList();
        if (options.IngestTexts.Count > 0) tasks.Add(Task.Run(Ingest, CancellationToken.None));
        var reporter = Task.Run(async () =>
        {
            while (!until.IsCancellationRequested)
            {
                try { await Task.Delay(TimeSpan.FromSeconds(5), until).ConfigureAwait(false); } catch (OperationCanceledException) { break; }
                progress?.Invoke($"{clock.Elapsed.TotalSeconds:F0} s: {recorders.Values.Sum(r => r.Count):N0} requests, {recorders.Values.Sum(r => r.ErrorCount):N0} errors");
            }
        }, CancellationToken.None);
        await Task.WhenAll(tasks).ConfigureAwait(false);
        await reporter.ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        return new HttpLoadResult(elapsed, [.. recorders.Where(r => r.Value.Count > 0).Select(r => r.Value.Stats(r.Key))]);
    }

    private static async Task Timed(Recorder rec, Func<Task<HttpResponseMessage>> send)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            using var response = await send().ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            rec.Add(sw.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            rec.Add(sw.Elapsed.TotalMilliseconds, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private sealed class Recorder
    {
        private readonly List<double> _ms = [];
        private readonly List<string> _errors = [];
        private long _errorCount;
        private readonly Lock _gate = new();

        public long Count { get { lock (_gate) return _ms.Count; } }
        public long ErrorCount => Interlocked.Read(ref _errorCount);

        public void Add(double ms, string? error)
        {
            lock (_gate)
            {
                _ms.Add(ms);
                if (error is null) return;
                _errorCount++;
                if (_errors.Count < 5) _errors.Add(error.Length > 300 ? error[..300] : error);
            }
        }

        public EndpointStats Stats(string name)
        {
            lock (_gate)
            {
                var sorted = _ms.Order().ToArray();
                double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
                return new EndpointStats(name, sorted.Length, _errorCount, P(0.50), P(0.95), P(0.99), sorted.Length == 0 ? 0 : sorted[^1], [.. _errors]);
            }
        }
    }
}
