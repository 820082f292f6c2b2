using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Tacitus.Web.Tests;

/// <summary>A fact that needs Debian's Chromium (CI installs it with .ci/install-deps); skipped with a message when it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The browser: TACITUS_CHROMIUM, else /usr/bin/chromium.</summary>
    public static string Path { get; } = Environment.GetEnvironmentVariable("TACITUS_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path)) Skip = $"needs Chromium at {Path} (apt-get install chromium; CI installs it with .ci/install-deps); skipped";
    }
}

/// <summary>
/// The web UI in headless Chromium against the real server (Kestrel on a free loopback port, a temporary DuckDB file):
/// code the showcase, find the Sumy strike card, ingest reports, filter the store. Screenshots go to TestResults/screenshots
/// under the test output directory.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static string ScreenshotDirectory { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [ChromiumFact]
    public async Task Code_the_showcase_then_browse_and_filter_the_store()
    {
        var db = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tacitus-browser-{Guid.NewGuid():N}.duckdb");
        Directory.CreateDirectory(ScreenshotDirectory);
        try
        {
            await using var app = TacitusWebApp.Create(new TacitusWebOptions { DatabasePath = db, Urls = "http://127.0.0.1:0", Pipeline = SharedPipeline.Instance });
            await app.StartAsync();
            var baseUrl = app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
            Assert.DoesNotMatch(":0$", baseUrl);
            output.WriteLine($"server at {baseUrl}, store {db}");

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.Path,
                Headless = true,
                Args = ChromiumArgs,
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
            var problems = new List<string>();
            page.Console += (_, m) => { if (m.Type is "error" or "warning") problems.Add($"console {m.Type}: {m.Text}"); };
            page.PageError += (_, e) => problems.Add("page error: " + e);
            page.RequestFailed += (_, r) => problems.Add($"request failed: {r.Url} {r.Failure}");
            page.Request += (_, r) => { if (!r.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)) problems.Add("request to another host: " + r.Url); };
            page.SetDefaultTimeout(60_000);

            // Code an article: paste the showcase, see the Sumy strike card, its evidence highlighted in the text.
            var home = await page.GotoAsync(baseUrl + "/");
            Assert.NotNull(home);
            Assert.Equal("nosniff", await home.HeaderValueAsync("x-content-type-options"));
            Assert.Contains("default-src 'self'", await home.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
            await page.FillAsync("#code-text", Corpus.Showcase);
            await page.FillAsync("#code-date", Corpus.ShowcaseDate);
            await page.ClickAsync("#code-run");
            var sumy = page.Locator(".event-card[data-cameo-root='19']", new PageLocatorOptions { HasTextString = "Sumy" });
            await Assertions.Expect(sumy).ToBeVisibleAsync();
            await Assertions.Expect(sumy).ToContainTextAsync("3 killed");
            await Assertions.Expect(sumy).ToContainTextAsync("2025-02-28");
            await Assertions.Expect(sumy).ToContainTextAsync(new Regex("PLOVER ASSAULT"));
            Assert.True(await page.Locator("#doc-text .ann-actor", new PageLocatorOptions { HasTextString = "Vladimir Putin" }).CountAsync() > 0);
            Assert.True(await page.Locator("#doc-text .ann-place", new PageLocatorOptions { HasTextString = "Sumy" }).CountAsync() > 0);
            Assert.True(await page.Locator("#doc-text .ann-time").CountAsync() > 0);
            await sumy.ClickAsync();
            var focused = string.Concat(await page.Locator("#doc-text .ann-event.focus").AllTextContentsAsync());
            Assert.Contains("killing three people", focused, StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("1-code-showcase.png"), FullPage = true });

            // The evidence in the text leads back to its card.
            await page.Locator("#doc-text .ann-event", new PageLocatorOptions { HasTextString = "missile" }).First.ClickAsync();
            await Assertions.Expect(page.Locator(".event-card.focus")).ToContainTextAsync("CAMEO 195");

            // Store it from the UI, ingest more reports through the API, then browse and filter.
            await page.ClickAsync("#code-store");
            await Assertions.Expect(page.Locator("#code-status")).ToContainTextAsync("saved");
            using (var http = new HttpClient { BaseAddress = new Uri(baseUrl) })
            {
                var r = await http.PostAsJsonAsync("/api/documents", Corpus.ReportDocuments);
                r.EnsureSuccessStatusCode();
            }
            await page.ClickAsync("#tab-browse");
            await Assertions.Expect(page.Locator("#events-summary")).ToContainTextAsync(new Regex(@"^\d+ matching events$"));
            int all = int.Parse(Regex.Match(await page.Locator("#events-summary").InnerTextAsync(), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(all >= 15, $"{all} events in the store");
            Assert.Equal(Math.Min(25, all), await page.Locator("#events-table tbody tr").CountAsync());
            await Assertions.Expect(page.Locator("#pager-info")).ToHaveTextAsync($"1–{Math.Min(25, all)} of {all}");
            await page.SelectOptionAsync("#page-size", "10");
            await Assertions.Expect(page.Locator("#pager-info")).ToHaveTextAsync($"1–10 of {all}");
            var firstPage = await RowIds(page);
            await page.ClickAsync("#pager-next");
            await Assertions.Expect(page.Locator("#pager-info")).ToHaveTextAsync($"11–20 of {all}");
            Assert.Equal(10, await page.Locator("#events-table tbody tr").CountAsync());
            Assert.Empty(firstPage.Intersect(await RowIds(page)));
            await page.ClickAsync("#pager-prev");
            await Assertions.Expect(page.Locator("#pager-info")).ToHaveTextAsync($"1–10 of {all}");
            await Assertions.Expect(page.Locator("#timeline svg rect.bar").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#network svg circle.node").First).ToBeVisibleAsync();
            Assert.True(await page.Locator("#map svg path.country").CountAsync() > 150);
            Assert.True(await page.Locator("#map svg circle.dot").CountAsync() > 3);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("2-browse-store.png"), FullPage = true });

            // Filter: fighting (CAMEO 19) involving Ukraine.
            await page.SelectOptionAsync("#f-cameo", "19");
            await page.FillAsync("#f-country", "UKR");
            await page.ClickAsync("#f-apply");
            await Assertions.Expect(page.Locator("#events-summary")).Not.ToHaveTextAsync($"{all} matching events");
            await Assertions.Expect(page.Locator("#events-summary")).ToContainTextAsync("matching event");
            var rows = page.Locator("#events-table tbody tr");
            int n = await rows.CountAsync();
            Assert.InRange(n, 1, all - 1);
            foreach (var cell in await page.Locator("#events-table tbody tr td:nth-child(3) .code").AllTextContentsAsync())
                Assert.StartsWith("19", cell, StringComparison.Ordinal);
            var sumyRow = rows.Filter(new LocatorFilterOptions { HasTextString = "Sumy" });
            await Assertions.Expect(sumyRow.First).ToBeVisibleAsync();
            await sumyRow.First.ClickAsync();
            try
            {
                await Assertions.Expect(page.Locator("#event-detail")).ToBeVisibleAsync();
            }
            catch (PlaywrightException ex)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("3-browse-filtered.png"), FullPage = true });
                throw new InvalidOperationException($"{ex.Message}\nsummary: {await page.Locator("#events-summary").InnerTextAsync()}\n{string.Join("\n", problems)}", ex);
            }
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("3-browse-filtered.png"), FullPage = true });
            var detail = await page.Locator("#event-detail").InnerTextAsync();
            Assert.Contains("Sumy", string.Concat(await page.Locator("#event-detail mark").AllTextContentsAsync()), StringComparison.Ordinal);
            // the words that name the sides of the event, as the store kept them
            Assert.Contains("source: “Russian” · target: “Ukraine”", detail, StringComparison.Ordinal);

            Assert.True(problems.Count == 0, string.Join("\n", problems));

            // A bad filter is reported on the page, not swallowed.
            await page.FillAsync("#f-country", "");
            await page.EvaluateAsync("document.querySelector('#f-from').type = 'text'");
            await page.FillAsync("#f-from", "May 2025");
            await page.ClickAsync("#f-apply");
            await Assertions.Expect(page.Locator("#events-summary.error")).ToContainTextAsync("from must be a date written YYYY-MM-DD");

            output.WriteLine($"screenshots in {ScreenshotDirectory}");
            await app.StopAsync();
        }
        finally
        {
            File.Delete(db);
            File.Delete(db + ".wal");
        }
    }

    private static async Task<string[]> RowIds(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>("#events-table tbody tr", "rows => rows.map(r => r.dataset.id)");

    private static string Shot(string name) => System.IO.Path.Combine(ScreenshotDirectory, name);
}
