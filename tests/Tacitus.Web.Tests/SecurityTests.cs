using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tacitus.Web.Tests;

/// <summary>The defences SECURITY.md promises: API keys, rate limit, closed CORS, parameterised SQL, no path traversal, size limits.</summary>
[Collection("store")]
public sealed class SecurityTests(StoreFixture store)
{
    private static readonly object Doc = new { id = "sec-1", date = "2025-05-14", text = "Zelenskyy met Erdogan in Ankara on Thursday." };

    private static async Task<string> ProblemDetail(HttpResponseMessage r)
    {
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task With_keys_configured_ingest_needs_a_valid_key_and_reads_do_not()
    {
        var key = ApiSecurity.NewKey();
        using var factory = new TacitusFactory(new TacitusWebOptions { DatabasePath = ":memory:", ApiKeyHashes = [ApiSecurity.Hash(key)] });
        using var client = factory.CreateClient();

        var none = await client.PostAsJsonAsync("/api/documents", Doc);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("X-Api-Key", await ProblemDetail(none), StringComparison.Ordinal);

        using (var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Doc) })
        {
            wrong.Headers.Add(ApiSecurity.KeyHeader, key + "x");
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        }
        using (var good = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Doc) })
        {
            good.Headers.Add(ApiSecurity.KeyHeader, key);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(good)).StatusCode);
        }
        using (var bearer = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Doc) })
        {
            bearer.Headers.Authorization = new("Bearer", key);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bearer)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/code", new { text = "Putin refused.", date = "2025-05-14" })).StatusCode);
    }

    [Fact]
    public void Key_files_hold_hashes_only()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-keys-");
        try
        {
            var key = ApiSecurity.NewKey();
            Assert.StartsWith("tk_", key, StringComparison.Ordinal);
            Assert.NotEqual(key, ApiSecurity.NewKey());
            var good = Path.Combine(dir.FullName, "keys");
            File.WriteAllText(good, $"# analysts\n{ApiSecurity.Hash(key)}  # alice\n\n");
            Assert.Equal(ApiSecurity.Hash(key), Assert.Single(ApiSecurity.ReadKeyFile(good)));

            var plain = Path.Combine(dir.FullName, "plain");
            File.WriteAllText(plain, key + "\n");
            var ex = Assert.Throws<Tacitus.Core.TacitusException>(() => ApiSecurity.ReadKeyFile(plain));
            Assert.Contains(":1:", ex.Message, StringComparison.Ordinal);
            Assert.Contains("not a key itself", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Beyond_the_rate_limit_the_api_answers_429_with_retry_after_and_the_ui_still_loads()
    {
        using var factory = new TacitusFactory(new TacitusWebOptions { DatabasePath = ":memory:", RateLimitPerMinute = 5 });
        using var client = factory.CreateClient();
        for (int i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        var limited = await client.GetAsync("/api/events");
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Contains("--rate-limit", await ProblemDetail(limited), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Cors_is_closed_by_default_and_open_only_to_named_origins()
    {
        async Task<HttpResponseMessage> Preflight(HttpClient c, string origin)
        {
            using var m = new HttpRequestMessage(HttpMethod.Options, "/api/events");
            m.Headers.Add("Origin", origin);
            m.Headers.Add("Access-Control-Request-Method", "GET");
            return await c.SendAsync(m);
        }
        async Task<HttpResponseMessage> Get(HttpClient c, string origin)
        {
            using var m = new HttpRequestMessage(HttpMethod.Get, "/api/health");
            m.Headers.Add("Origin", origin);
            return await c.SendAsync(m);
        }

        Assert.False((await Get(store.Client, "https://evil.example")).Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False((await Preflight(store.Client, "https://evil.example")).Headers.Contains("Access-Control-Allow-Origin"));

        using var factory = new TacitusFactory(new TacitusWebOptions { DatabasePath = ":memory:", CorsOrigins = ["https://dash.example"] });
        using var client = factory.CreateClient();
        Assert.Equal("https://dash.example", (await Get(client, "https://dash.example")).Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("https://dash.example", (await Preflight(client, "https://dash.example")).Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await Get(client, "https://evil.example")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    public static readonly string[] Injections =
    [
        "' OR '1'='1", "'; DROP TABLE events; --", "\"; DELETE FROM documents; --", "1) UNION SELECT * FROM documents --",
        "%' OR 1=1 --", "RUS' --", "\\'; SELECT 1; --", "0 OR 1=1", "1; ATTACH '/tmp/x.db' AS x; --", "${jndi:ldap://x}", "\0", "'||(SELECT version())||'",
    ];

    [Fact]
    public async Task Injection_strings_in_every_filter_are_data_not_sql()
    {
        var before = await store.Client.GetFromJsonAsync<JsonElement>("/api/health");
        var endpoints = new[] { "/api/events", "/api/actors", "/api/actors/network", "/api/places", "/api/stats/timeline" };
        foreach (var name in QueryParameters.FilterNames.Concat(["limit", "offset", "by"]))
            foreach (var value in Injections)
                foreach (var endpoint in endpoints)
                {
                    var r = await store.Client.GetAsync($"{endpoint}?{name}={Uri.EscapeDataString(value)}");
                    Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{endpoint}?{name}={value}: {(int)r.StatusCode}");
                    if (r.StatusCode == HttpStatusCode.OK && endpoint == "/api/events" && name is "actor" or "country" or "text" or "document")
                        Assert.True((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt64() == 0, $"{name}={value} matched events");
                }
        // (A NUL in a path is refused by the HTTP layer itself before routing: Kestrel answers 400.)
        foreach (var value in Injections.Where(v => !v.Contains('\0', StringComparison.Ordinal)))
        {
            var r = await store.Client.GetAsync($"/api/events/{Uri.EscapeDataString(value)}");
            Assert.True(r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"/api/events/{value}: {(int)r.StatusCode}");
        }
        var after = await store.Client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal(before.GetProperty("documents").GetInt64(), after.GetProperty("documents").GetInt64());
        Assert.Equal(before.GetProperty("events").GetInt64(), after.GetProperty("events").GetInt64());
        Assert.True(after.GetProperty("events").GetInt64() > 0);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/vendor/..%2f..%2f..%2fTacitus.Web.dll")]
    [InlineData("/vendor/%2e%2e/%2e%2e/Tacitus.Web.deps.json")]
    [InlineData("/index.html/../../../../etc/passwd")]
    [InlineData("/..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("/vendor/world-atlas/../../../../../../etc/hostname")]
    public async Task No_file_outside_the_embedded_ui_is_ever_served(string path)
    {
        var r = await store.Client.GetAsync(path);
        var body = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.False(body.StartsWith("MZ", StringComparison.Ordinal), "served a binary");
        Assert.DoesNotContain("\"runtimeTarget\"", body, StringComparison.Ordinal);
        Assert.True(r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest || body.Contains("<title>", StringComparison.Ordinal),
            $"{path}: {(int)r.StatusCode}");
    }

    [Fact]
    public void Only_loopback_addresses_count_as_private()
    {
        Assert.True(ApiSecurity.IsLoopbackOnly("http://127.0.0.1:5080"));
        Assert.True(ApiSecurity.IsLoopbackOnly("http://localhost:5080;http://[::1]:5081"));
        Assert.False(ApiSecurity.IsLoopbackOnly("http://0.0.0.0:8080"));
        Assert.False(ApiSecurity.IsLoopbackOnly("http://*:8080"));
        Assert.False(ApiSecurity.IsLoopbackOnly("http://127.0.0.1:5080;http://10.0.0.5:80"));
    }
}
