using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tacitus.Core;
using Tacitus.Engine;

namespace Tacitus.Web.Tests;

/// <summary>Test data: the showcase and a few short reports written for these tests.</summary>
public static class Corpus
{
    public const string ShowcaseDate = "2025-05-14";

    public static string Showcase { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "istanbul-talks-2025-05-14.txt"));

    /// <summary>Short reports (written for Tacitus's tests) on other actors, places and dates.</summary>
    public static readonly (string Id, string Date, string Text)[] Reports =
    [
        ("gaza-2024-03-11", "2024-03-11", "Israeli forces shelled Gaza City on Monday, killing five people, Palestinian health officials said. Hamas condemned the attack."),
        ("beijing-2024-04-02", "2024-04-02", "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Tuesday. The two leaders signed an agreement on trade."),
        ("nairobi-2024-06-21", "2024-06-21", "Kenyan police arrested dozens of protesters in Nairobi on Friday. President William Ruto accused the opposition of inciting violence."),
        ("kyiv-2024-09-02", "2024-09-02", "Russian forces fired missiles at Kyiv on Monday, killing seven civilians. Ukrainian President Volodymyr Zelenskyy condemned Russia."),
    ];

    public static object[] ReportDocuments => [.. Reports.Select(r => new { id = r.Id, date = r.Date, text = r.Text, source = "Tacitus test wire" })];
}

/// <summary>One pipeline for every test host (loading the models takes seconds).</summary>
public static class SharedPipeline
{
    private static readonly Lazy<Pipeline> Lazy = new(() => TacitusEngine.Build(new EngineOptions()));
    public static Pipeline Instance => Lazy.Value;
}

/// <summary>
/// The API in the in-memory test server, over its own store. The WebApplicationFactory host is composed from the
/// same halves as <see cref="TacitusWebApp.Create"/>: <see cref="TacitusWebApp.AddTacitus"/> and <see cref="TacitusWebApp.UseTacitus"/>.
/// Its entry-point type is this test assembly's (Tacitus.Web is a library and has none).
/// </summary>
public sealed class TacitusFactory(TacitusWebOptions options) : WebApplicationFactory<TacitusFactory>
{
    public WebState State { get; } = WebState.Open(options with { Pipeline = options.Pipeline ?? SharedPipeline.Instance });

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().UseEnvironment(Environments.Production).ConfigureLogging(l => l.ClearProviders());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.ConfigureServices(s => s.AddTacitus(State));
        builder.Configure(app => app.UseTacitus());
    }
}

/// <summary>A store with the showcase and the test reports ingested through POST /api/documents.</summary>
public sealed class StoreFixture : IDisposable
{
    public StoreFixture()
    {
        Factory = new TacitusFactory(new TacitusWebOptions { DatabasePath = ":memory:" });
        Client = Factory.CreateClient();
        var showcase = Client.PostAsJsonAsync("/api/documents", new { id = "istanbul-talks", date = Corpus.ShowcaseDate, text = Corpus.Showcase, source = "Showcase" })
            .GetAwaiter().GetResult();
        showcase.EnsureSuccessStatusCode();
        var reports = Client.PostAsJsonAsync("/api/documents", Corpus.ReportDocuments).GetAwaiter().GetResult();
        reports.EnsureSuccessStatusCode();
        Ingest = reports.Content.ReadFromJsonAsync<JsonElement>().GetAwaiter().GetResult();
    }

    public TacitusFactory Factory { get; }
    public HttpClient Client { get; }
    /// <summary>The answer to the second ingest request (the four reports).</summary>
    public JsonElement Ingest { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}

[CollectionDefinition("store")]
public sealed class StoreCollection : ICollectionFixture<StoreFixture>;
