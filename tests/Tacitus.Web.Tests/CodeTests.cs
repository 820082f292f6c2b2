using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tacitus.Web.Tests;

[Collection("store")]
public sealed class CodeTests(StoreFixture store)
{
    private static string? S(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public async Task The_showcase_yields_the_Sumy_strike()
    {
        var r = await store.Client.PostAsJsonAsync("/api/code", new { text = Corpus.Showcase, date = Corpus.ShowcaseDate, id = "istanbul" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.True(r.Headers.Contains("Server-Timing"));
        var doc = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("1.3", S(doc, "schema_version"));
        Assert.Equal("istanbul", S(doc, "id"));
        Assert.Equal(Corpus.Showcase, S(doc, "text"));
        var events = doc.GetProperty("events").EnumerateArray().ToList();
        var sumy = events.Single(e => e.GetProperty("place").ValueKind == JsonValueKind.Object && S(e.GetProperty("place"), "name") == "Sumy");
        Assert.Equal("19", S(sumy, "cameo_root"));
        Assert.Equal("2025-02-28", S(sumy, "date"));
        Assert.Equal(3, sumy.GetProperty("fatalities").GetInt32());
        var ev = sumy.GetProperty("evidence");
        Assert.Equal(S(ev, "text"), Corpus.Showcase[ev.GetProperty("start").GetInt32()..ev.GetProperty("end").GetInt32()]);
        // "… in the area of Sumy": the words that name the place, and how they were attached
        var placeSpan = sumy.GetProperty("place").GetProperty("span");
        Assert.Equal("Sumy", Corpus.Showcase[placeSpan.GetProperty("start").GetInt32()..placeSpan.GetProperty("end").GetInt32()]);
        Assert.Equal("sentence-locative", S(sumy.GetProperty("place"), "attachment"));
        var actors = doc.GetProperty("actors").EnumerateArray().Select(a => S(a, "name")).ToList();
        foreach (var name in new[] { "Vladimir Putin", "Volodymyr Zelenskyy", "David Lammy", "Friedrich Merz" }) Assert.Contains(name, actors);
        Assert.NotEmpty(doc.GetProperty("places").EnumerateArray());
        Assert.NotEmpty(doc.GetProperty("times").EnumerateArray());
    }

    [Fact]
    public async Task Relative_dates_resolve_against_the_date_given()
    {
        var doc = await (await store.Client.PostAsJsonAsync("/api/code", new { text = "Zelenskyy is set to meet Erdogan in Ankara on Thursday.", date = "2025-05-14" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(doc.GetProperty("times").EnumerateArray(), t => S(t, "value") == "2025-05-15");
        Assert.Equal("document", S(doc, "id"));
    }

    [Theory]
    [InlineData("{\"date\":\"2025-05-14\"}", "field \"text\" is missing")]
    [InlineData("{\"text\":\"   \",\"date\":\"2025-05-14\"}", "field \"text\" is empty")]
    [InlineData("{\"text\":\"Putin spoke.\"}", "field \"date\" is missing")]
    [InlineData("{\"text\":\"Putin spoke.\",\"date\":\"May 14\"}", "date must be a date written YYYY-MM-DD")]
    [InlineData("{\"text\":42,\"date\":\"2025-05-14\"}", "field \"text\" must be a string")]
    [InlineData("[1,2]", "send a JSON object")]
    [InlineData("not json", "not valid JSON")]
    public async Task Bad_code_requests_are_400_problems(string body, string message)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var r = await store.Client.PostAsync("/api/code", content);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, S(p, "detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_text_is_refused()
    {
        using var factory = new TacitusFactory(new TacitusWebOptions { DatabasePath = ":memory:", MaxCodeChars = 100 });
        using var client = factory.CreateClient();
        var r = await client.PostAsJsonAsync("/api/code", new { text = new string('a', 101), date = "2025-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("at most 100 are coded at once", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_server_refuses_ingest_but_answers_queries()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tacitus-web-ro-{Guid.NewGuid():N}.duckdb");
        try
        {
            Storage.DuckDb.DuckDbEventStore.Open(path).Dispose();
            using (var factory = new TacitusFactory(new TacitusWebOptions { DatabasePath = path, ReadOnly = true }))
            using (var client = factory.CreateClient())
            {
                var r = await client.PostAsJsonAsync("/api/documents", new { text = "Putin spoke.", date = "2025-01-01" });
                Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
                Assert.Contains("--read-only", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                var h = await client.GetFromJsonAsync<JsonElement>("/api/health");
                Assert.True(h.GetProperty("read_only").GetBoolean());
                Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/events")).GetProperty("total").GetInt64());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_read_only_store_is_a_one_line_error()
    {
        var ex = Assert.Throws<Core.TacitusException>(() => TacitusWebApp.Create(new TacitusWebOptions
        {
            DatabasePath = Path.Combine(Path.GetTempPath(), "no-such-dir-tacitus", "x.duckdb"), ReadOnly = true, Pipeline = SharedPipeline.Instance,
        }));
        Assert.Contains("no event store at", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void The_server_codes_with_the_ner_model_its_settings_name()
    {
        // ner-fast misses the lower-case shop name that the default (contextual) model finds: the setting must reach the pipeline.
        const string text = "i bought it at walmart near burger king in seattle with john smith .";
        var settings = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.SetItem(Engine.EngineSettings.NerModel, "ner-fast");
        using var state = WebState.Open(new TacitusWebOptions { DatabasePath = ":memory:", Settings = settings });
        var doc = new Core.Document("d", text) { PublicationDate = new DateOnly(2025, 5, 14) };
        static List<string> Entities(Core.Document d) => [.. d.Entities.Select(e => e.Span.Of(d.Text))];
        var fast = Entities(state.Pipeline.Process(doc));
        Assert.Contains("john smith", fast);
        Assert.DoesNotContain("walmart", fast);
        Assert.Contains("walmart", Entities(SharedPipeline.Instance.Process(doc)));
    }
}
