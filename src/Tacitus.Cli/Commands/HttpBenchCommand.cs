using System.CommandLine;
using System.Globalization;
using Tacitus.Web.Load;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus bench http</c>: a bounded loopback load test of a running <c>tacitus serve</c>.</summary>
internal static class HttpBenchCommand
{
    public static Command Create(CliContext ctx)
    {
        var url = new Option<string>("--url") { Description = "The server to load.", DefaultValueFactory = _ => Tacitus.Web.TacitusWebOptions.DefaultUrls };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients, each sending one request after another.", DefaultValueFactory = _ => 200 };
        var seconds = new Option<int>("--seconds") { Description = "How long to run.", DefaultValueFactory = _ => 60 };
        var text = new Option<string?>("--code-text") { Description = "A text file whose paragraphs are posted to /api/code (default: one short sentence)." };
        var ingest = new Option<string?>("--ingest") { Description = "A text file whose paragraphs are ingested one by one through POST /api/documents during the run." };
        var key = new Option<string?>("--api-key") { Description = "API key for the ingest requests, if the server needs one." };
        var cmd = new Command("http", "Load a running 'tacitus serve': N clients alternate POST /api/code and GET /api/events for a fixed time (optionally with an ingest running); prints requests/s, p50/p95/p99 latency and errors. Exit 1 if any request failed.");
        foreach (var o in new Option[] { url, clients, seconds, text, ingest, key }) cmd.Add(o);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var baseUri)) throw new UsageException("--url must be an absolute URL such as http://127.0.0.1:5080.");
            if (parse.GetValue(clients) < 1 || parse.GetValue(seconds) < 1) throw new UsageException("--clients and --seconds must be at least 1.");
            static IReadOnlyList<string> Paragraphs(string path)
            {
                if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
                return [.. File.ReadAllText(path).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)];
            }
            var options = new HttpLoadOptions
            {
                BaseAddress = baseUri,
                Clients = parse.GetValue(clients),
                Duration = TimeSpan.FromSeconds(parse.GetValue(seconds)),
                ApiKey = parse.GetValue(key),
            };
            if (parse.GetValue(text) is { } t) options = options with { CodeTexts = Paragraphs(t) };
            if (parse.GetValue(ingest) is { } i) options = options with { IngestTexts = Paragraphs(i) };
            var r = HttpLoad.RunAsync(options, m => ctx.Error.WriteLine($"tacitus: bench http: {m}")).GetAwaiter().GetResult();
            var c = CultureInfo.InvariantCulture;
            ctx.Out.WriteLine(string.Create(c, $"{options.Clients} clients, {r.Elapsed.TotalSeconds:F0} s: {r.Requests:N0} requests ({r.RequestsPerSecond:F1}/s), {r.Errors:N0} errors"));
            ctx.Out.WriteLine("endpoint               requests  errors   p50 ms   p95 ms   p99 ms   max ms");
            foreach (var e in r.Endpoints)
            {
                ctx.Out.WriteLine(string.Create(c, $"{e.Endpoint,-22} {e.Requests,8:N0} {e.Errors,7:N0} {e.P50Ms,8:F0} {e.P95Ms,8:F0} {e.P99Ms,8:F0} {e.MaxMs,8:F0}"));
                foreach (var s in e.ErrorSamples) ctx.Out.WriteLine($"  error: {s}");
            }
            return r.Errors == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }));
        return cmd;
    }
}
