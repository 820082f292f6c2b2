using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Tacitus.Storage.DuckDb;

namespace Tacitus.Cli.Tests;

/// <summary>
/// Crash safety of <c>tacitus serve</c>: killed with SIGKILL while documents are being posted, restarted on the same
/// store, it answers; nothing acknowledged is lost; re-posting everything ends with each document once and the same
/// counts as a clean ingest of the same documents.
/// </summary>
public sealed class ServeCrashTests
{
    private static readonly string[] Actors = ["Russian forces", "Ukrainian troops", "Israeli police", "Hamas", "French President Emmanuel Macron", "Kenyan police", "NATO", "Chinese officials"];
    private static readonly string[] Verbs = ["attacked", "criticised", "met", "accused", "condemned", "visited"];
    private static readonly string[] Places = ["Kyiv", "Gaza", "Paris", "Berlin", "Ankara", "Nairobi"];

    private static List<(string Id, string Text)> Documents(int n) =>
        [.. Enumerable.Range(0, n).Select(i => ($"crash-{i:D3}",
            $"{Actors[i % Actors.Length]} {Verbs[i % Verbs.Length]} {Actors[(i * 3 + 1) % Actors.Length]} in {Places[i % Places.Length]} on Monday, report {i} said."))];

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static Process StartServe(string db, int port)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "tacitus.dll"), "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}", "--rate-limit", "0" })
            psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static async Task WaitHealthy(HttpClient http, Process p)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(p.HasExited, $"tacitus serve exited with {(p.HasExited ? p.ExitCode : 0)}");
            try
            {
                if ((await http.GetAsync("/api/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        Assert.Fail("tacitus serve did not answer /api/health within 3 minutes");
    }

    private static async Task<bool> Post(HttpClient http, (string Id, string Text) d)
    {
        try
        {
            var r = await http.PostAsJsonAsync("/api/documents", new { id = d.Id, date = "2025-05-14", text = d.Text });
            return r.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Serve_killed_during_writes_restarts_consistent_with_nothing_lost_or_doubled()
    {
        var root = Directory.CreateTempSubdirectory("tacitus-serve-crash-");
        try
        {
            var docs = Documents(40);
            var db = Path.Combine(root.FullName, "served.duckdb");
            int port = FreePort();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };

            var acknowledged = new List<string>();
            using (var serve = StartServe(db, port))
            {
                await WaitHealthy(http, serve);
                // Post one by one; after 10 acknowledgements, keep two requests in flight and SIGKILL the server under them.
                int i = 0;
                for (; i < 10; i++)
                    if (await Post(http, docs[i])) acknowledged.Add(docs[i].Id);
                var inFlight = new[] { Post(http, docs[i++]), Post(http, docs[i++]) };
                await Task.Delay(150);
                serve.Kill();   // SIGKILL: no shutdown, no flush
                serve.WaitForExit();
                await Task.WhenAll(inFlight);
            }
            Assert.Equal(10, acknowledged.Count);

            using (var store = DuckDbEventStore.Open(db, readOnly: true))
                Assert.InRange(store.Counts().Documents, acknowledged.Count, 12);

            using (var serve = StartServe(db, port))
            {
                await WaitHealthy(http, serve);
                var health = await http.GetFromJsonAsync<JsonElement>("/api/health");
                Assert.InRange(health.GetProperty("documents").GetInt64(), acknowledged.Count, 12);
                // Re-post everything (clients retry what they were not told succeeded): each document ends up once.
                foreach (var d in docs) Assert.True(await Post(http, d), $"re-post of {d.Id} failed");
                health = await http.GetFromJsonAsync<JsonElement>("/api/health");
                Assert.Equal(docs.Count, health.GetProperty("documents").GetInt64());
                serve.Kill();
                serve.WaitForExit();
            }

            // The same documents ingested in one clean run give the same counts.
            var jsonl = Path.Combine(root.FullName, "docs.jsonl");
            File.WriteAllLines(jsonl, docs.Select(d => JsonSerializer.Serialize(new { id = d.Id, date = "2025-05-14", text = d.Text })));
            var reference = Path.Combine(root.FullName, "reference.duckdb");
            var (exit, _, err) = CliRunner.Run("", "ingest", jsonl, "--db", reference);
            Assert.True(exit == 0, err);
            using var a = DuckDbEventStore.Open(db, readOnly: true);
            using var b = DuckDbEventStore.Open(reference, readOnly: true);
            Assert.Equal(b.Counts() with { NearDuplicateDocuments = 0 }, a.Counts() with { NearDuplicateDocuments = 0 });
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
