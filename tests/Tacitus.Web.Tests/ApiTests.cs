using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Tacitus.Web.Tests;

[Collection("store")]
public sealed class ApiTests(StoreFixture store)
{
    private HttpClient Client => store.Client;

    private async Task<JsonElement> Get(string url)
    {
        var r = await Client.GetAsync(url);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<JsonElement> Events(JsonElement page) => [.. page.GetProperty("events").EnumerateArray()];

    private static string? S(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public async Task Health_reports_the_store_and_the_stages()
    {
        var h = await Get("/api/health");
        Assert.Equal("ok", S(h, "status"));
        Assert.InRange(h.GetProperty("documents").GetInt64(), 5, 7);   // 6 or 7 once the raw-text and odd-date ingest tests have run
        Assert.True(h.GetProperty("events").GetInt64() >= 10);
        Assert.False(h.GetProperty("read_only").GetBoolean());
        var stages = h.GetProperty("stages").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.Contains("events", stages);
        Assert.Contains("places", stages);
    }

    [Fact]
    public async Task Ingest_reports_counts_and_is_idempotent()
    {
        Assert.Equal(4, store.Ingest.GetProperty("stored").GetInt64());
        Assert.True(store.Ingest.GetProperty("event_mentions").GetInt64() > 0);
        var again = await Client.PostAsJsonAsync("/api/documents", Corpus.ReportDocuments);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, body.GetProperty("stored").GetInt64());
        Assert.Equal(4, body.GetProperty("skipped").GetInt64());
        Assert.Equal(0, (await Get("/api/events?document=nope")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Events_page_carries_the_total_and_pages_do_not_overlap()
    {
        var all = await Get("/api/events?limit=1000");
        long total = all.GetProperty("total").GetInt64();
        var list = Events(all);
        Assert.Equal(total, list.Count);
        // Ids are 64-bit hashes: strings, so that JavaScript keeps every digit.
        Assert.All(list, e => Assert.Equal(JsonValueKind.String, e.GetProperty("id").ValueKind));
        Assert.Equal(list.Count, list.Select(e => S(e, "id")).Distinct().Count());
        Assert.True(total >= 10, $"only {total} events");
        var p1 = await Get("/api/events?limit=3&offset=0");
        var p2 = await Get("/api/events?limit=3&offset=3");
        Assert.Equal(total, p2.GetProperty("total").GetInt64());
        Assert.Equal(3, p2.GetProperty("offset").GetInt32());
        var ids1 = Events(p1).Select(e => S(e, "id")).ToList();
        var ids2 = Events(p2).Select(e => S(e, "id")).ToList();
        Assert.Equal(list.Take(3).Select(e => S(e, "id")), ids1);
        Assert.Equal(list.Skip(3).Take(3).Select(e => S(e, "id")), ids2);
        Assert.Empty(ids1.Intersect(ids2));
        var beyond = await Get($"/api/events?offset={total + 5}");
        Assert.Empty(Events(beyond));
    }

    [Fact]
    public async Task Filters_narrow_the_events_and_every_event_matches()
    {
        long total = (await Get("/api/events?limit=1")).GetProperty("total").GetInt64();

        var fights = await Get("/api/events?cameo=19&limit=1000");
        var f = Events(fights);
        Assert.NotEmpty(f);
        Assert.True(f.Count < total);
        Assert.All(f, e => Assert.StartsWith("19", S(e, "cameo")));
        Assert.Contains(f, e => S(e, "place_name") == "Sumy");

        var putin = Events(await Get("/api/events?actor=putin&limit=1000"));
        Assert.NotEmpty(putin);
        Assert.All(putin, e => Assert.True(
            (S(e, "source_name") ?? "").Contains("Putin", StringComparison.Ordinal) || (S(e, "target_name") ?? "").Contains("Putin", StringComparison.Ordinal)));

        var ukr = Events(await Get("/api/events?country=ukr&limit=1000"));
        Assert.NotEmpty(ukr);
        Assert.All(ukr, e => Assert.Contains("UKR", new[] { S(e, "source_country"), S(e, "target_country"), S(e, "place_country") }));

        var range = Events(await Get("/api/events?from=2025-05-01&to=2025-05-31&limit=1000"));
        Assert.NotEmpty(range);
        Assert.All(range, e => Assert.InRange(DateOnly.Parse(S(e, "date")!, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31)));

        var text = Events(await Get("/api/events?text=missile&limit=1000"));
        Assert.NotEmpty(text);
        var both = await Get("/api/events?cameo=19&country=UKR&from=2025-01-01&to=2025-12-31");
        Assert.Contains(Events(both), e => S(e, "place_name") == "Sumy" && e.GetProperty("fatalities").GetInt32() == 3);

        var none = await Get("/api/events?actor=nobody-of-that-name");
        Assert.Equal(0, none.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Event_detail_has_evidence_with_its_text_and_context()
    {
        var sumy = Events(await Get("/api/events?place=sumy&cameo=19")).First();
        var id = S(sumy, "id")!;
        Assert.True(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) != 0);
        var d = await Get($"/api/events/{id}");
        Assert.Equal(id, S(d.GetProperty("event"), "id"));
        var ev = d.GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(ev);
        var first = ev[0];
        var span = Corpus.Showcase[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()];
        Assert.Equal(span, S(first, "text"));
        Assert.Contains("Sumy", span, StringComparison.Ordinal);
        // The context is the text right around the span (whatever words the coder chose as evidence).
        var before = S(first, "before")!;
        var after = S(first, "after")!;
        Assert.NotEmpty(before);
        Assert.EndsWith(before, Corpus.Showcase[..first.GetProperty("start").GetInt32()], StringComparison.Ordinal);
        Assert.StartsWith(after, Corpus.Showcase[first.GetProperty("end").GetInt32()..], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(S(first, "rule")));
        Assert.False(string.IsNullOrEmpty(S(d, "cameo_name")));
        // the words of this document that name the event's place ("… in the area of Sumy"), and how they were attached
        Assert.Equal("Sumy", S(first, "place_text"));
        Assert.Equal("Sumy", Corpus.Showcase[first.GetProperty("place_start").GetInt32()..first.GetProperty("place_end").GetInt32()]);
        Assert.Equal("sentence-locative", S(first, "place_attachment"));
        // and the words that name its sides: "Russian missile strike" … "northeastern Ukraine"
        Assert.Equal("Russian", S(first, "source_text"));
        Assert.Equal("Ukraine", S(first, "target_text"));
        int ts = first.GetProperty("target_start").GetInt32();
        Assert.Equal("Ukraine", Corpus.Showcase[ts..first.GetProperty("target_end").GetInt32()]);
        Assert.True(ts > Corpus.Showcase.IndexOf("northeastern", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_and_malformed_event_ids_are_problems()
    {
        var missing = await Client.GetAsync("/api/events/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no event 987654321", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = await Client.GetAsync("/api/events/abc");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Actors_are_counted_as_source_and_target()
    {
        var actors = (await Get("/api/actors?limit=100")).GetProperty("actors").EnumerateArray().ToList();
        var putin = actors.Single(a => S(a, "name") == "Vladimir Putin");
        Assert.Equal("RUS", S(putin, "country"));
        Assert.Equal(putin.GetProperty("events").GetInt64(), putin.GetProperty("as_source").GetInt64() + putin.GetProperty("as_target").GetInt64());
        var counts = actors.Select(a => a.GetProperty("events").GetInt64()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        var filtered = (await Get("/api/actors?country=TUR")).GetProperty("actors").EnumerateArray().Select(a => S(a, "name")).ToList();
        Assert.DoesNotContain("David Lammy", filtered);
        var links = (await Get("/api/actors/network")).GetProperty("links").EnumerateArray().ToList();
        Assert.Contains(links, l => S(l, "source") == "Volodymyr Zelenskyy" && S(l, "target") == "Vladimir Putin");
    }

    [Fact]
    public async Task Places_locate_the_events()
    {
        var places = (await Get("/api/places")).GetProperty("places").EnumerateArray().ToList();
        var sumy = places.Single(p => S(p, "name") == "Sumy");
        Assert.InRange(sumy.GetProperty("latitude").GetDouble(), 50.5, 51.5);
        Assert.InRange(sumy.GetProperty("longitude").GetDouble(), 34.5, 35.2);
    }

    [Fact]
    public async Task Timeline_counts_by_month_and_day_and_sums_to_the_total()
    {
        long total = (await Get("/api/events?limit=1")).GetProperty("total").GetInt64();
        var month = await Get("/api/stats/timeline");
        Assert.Equal("month", S(month, "by"));
        var points = month.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(total, points.Sum(p => p.GetProperty("events").GetInt64()) + month.GetProperty("undated").GetInt64());
        var periods = points.Select(p => S(p, "period")!).ToList();
        Assert.Equal(periods.Order(StringComparer.Ordinal), periods);
        Assert.Contains("2025-02", periods);
        Assert.All(periods, p => Assert.Matches(@"^\d{4}-\d{2}$", p));
        var day = await Get("/api/stats/timeline?by=day&cameo=19");
        var days = day.GetProperty("points").EnumerateArray().Select(p => S(p, "period")).ToList();
        Assert.Contains("2025-02-28", days);
    }

    [Fact]
    public async Task Cameo_names_are_listed()
    {
        var codes = (await Get("/api/cameo")).EnumerateArray().ToList();
        Assert.Contains(codes, c => S(c, "code") == "19" && S(c, "name")!.Length > 0);
    }

    [Theory]
    [InlineData("/api/events?quad=7", "quad must be 1, 2, 3 or 4")]
    [InlineData("/api/events?from=14-05-2025", "from must be a date written YYYY-MM-DD")]
    [InlineData("/api/events?from=2025-06-01&to=2025-01-01", "swap them")]
    [InlineData("/api/events?limit=5000", "limit must be a whole number from 0 to 1000")]
    [InlineData("/api/events?offset=-1", "offset must be a whole number")]
    [InlineData("/api/events?bbox=1,2,3", "bounding box must be minLat,minLon,maxLat,maxLon")]
    [InlineData("/api/events?cameo=fight", "cameo must be a CAMEO event code")]
    [InlineData("/api/events?modality=maybe", "modality must be one of asserted, negated")]
    [InlineData("/api/events?actor=a&actor=b", "give actor once")]
    [InlineData("/api/stats/timeline?by=week", "by must be day or month")]
    [InlineData("/api/actors?limit=x", "limit must be a whole number")]
    public async Task Bad_query_parameters_are_400_problems_that_say_what_to_do(string url, string message)
    {
        var r = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, p.GetProperty("status").GetInt32());
        Assert.Contains(message, S(p, "detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_paths_are_404_problems()
    {
        var r = await Client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no such API endpoint", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await Client.GetAsync("/no-such-page.html");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var method = await Client.DeleteAsync("/api/events");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, method.StatusCode);
        Assert.Equal("application/problem+json", method.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Posts a body to an ingest URL and expects 200 OK; returns the answer.</summary>
    private async Task<JsonElement> Ingest(string url, string body, string mediaType)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        var r = await Client.PostAsync(url, content);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Ingest_accepts_raw_text_with_a_date_parameter()
    {
        var body = await Ingest("/api/documents?date=2024-08-14", "Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Wednesday.", "text/plain");
        Assert.Equal(1, body.GetProperty("stored").GetInt64() + body.GetProperty("skipped").GetInt64());
    }

    [Fact]
    public async Task Ingest_warns_about_a_publication_date_that_looks_misread()
    {
        var body = await Ingest("/api/documents", "{\"id\":\"odd-date\",\"text\":\"Talks between Russia and Ukraine began on Monday in Istanbul.\",\"date\":\"0201-12-16\"}", "application/json");
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains("the publication date of 'odd-date' is 0201-12-16", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "{\"date\":\"2025-01-01\"}", 400, "has no text")]
    [InlineData("application/json", "[{\"text\":\"A report.\"}, 5]", 400, "document [1] is not a JSON object")]
    [InlineData("application/json", "[]", 400, "the array is empty")]
    [InlineData("application/json", "{\"text\": \"x\", ", 400, "not valid JSON")]
    [InlineData("application/json", "{\"text\":\"A report.\",\"date\":\"yesterday\"}", 400, "\"date\" must be a date")]
    [InlineData("application/pdf", "%PDF", 415, "Content-Type 'application/pdf' is not accepted here")]
    [InlineData("text/plain", "", 400, "the request body is empty")]
    public async Task Bad_documents_are_refused_with_a_message(string type, string body, int status, string message)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        var r = await Client.PostAsync("/api/documents", content);
        Assert.Equal(status, (int)r.StatusCode);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, S(p, "detail"), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", S(p, "detail"), StringComparison.Ordinal);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OpenApi_document_lists_every_endpoint()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/code", "/api/documents", "/api/events", "/api/events/{id}", "/api/actors", "/api/stats/timeline", "/api/health" })
            Assert.Contains(p, paths);
        Assert.Equal("Tacitus API", doc.GetProperty("info").GetProperty("title").GetString());
        var events = doc.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        foreach (var name in QueryParameters.FilterNames.Append("limit").Append("offset")) Assert.Contains(name, events);
        var id = doc.GetProperty("components").GetProperty("schemas").GetProperty("StoredEvent").GetProperty("properties").GetProperty("id");
        Assert.Equal("string", id.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_UI_is_served_with_security_headers()
    {
        var r = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("<title>Tacitus", html, StringComparison.Ordinal);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = r.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        var js = await Client.GetAsync("/app.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        var atlas = await Client.GetAsync("/vendor/world-atlas/countries-110m.json");
        Assert.Equal(HttpStatusCode.OK, atlas.StatusCode);
        Assert.Contains("\"Topology\"", await atlas.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = new HttpRequestMessage(HttpMethod.Get, "/app.js");
        again.Headers.IfNoneMatch.Add(js.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public void Ui_pages_load_nothing_from_other_hosts()
    {
        var ui = new EmbeddedUi();
        Assert.Contains("/index.html", ui.Paths);
        foreach (var path in ui.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".css", StringComparison.Ordinal) || p == "/app.js"))
        {
            using var s = typeof(EmbeddedUi).Assembly.GetManifestResourceStream("wwwroot" + path)!;
            var text = new StreamReader(s).ReadToEnd();
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        }
    }
}
