using Parquet.Serialization;
using Tacitus.Storage.DuckDb;
using Tacitus.Storage.Export;

namespace Tacitus.Storage.Tests;

public class ExportTests
{
    private static IEventStore Filled(string backend = "duckdb")
    {
        var store = TestStores.Open(backend);
        store.StoreBatch([TestDocuments.Stored(TestDocuments.Strike("a", url: "https://a.example/1"))]);
        store.StoreBatch([TestDocuments.Stored(TestDocuments.Strike("b", TestDocuments.StrikeText + " More.", source: "Other Wire"))]);
        return store;
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Gdelt_export_has_61_columns_and_corroboration_counts(string backend)
    {
        using var store = Filled(backend);
        var sw = new StringWriter();
        Assert.Equal(3, EventExporter.Export(store, EventFilter.All, "gdelt", sw));
        var rows = sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        Assert.Equal(61, GdeltEventFormat.Columns.Count);
        var strike = rows.Single(r => r[26] == "195");
        int Col(string name) => GdeltEventFormat.Columns.ToList().IndexOf(name);
        Assert.Equal("20250228", strike[Col("SQLDATE")]);
        Assert.Equal("RUSMIL", strike[Col("Actor1Code")]);
        Assert.Equal("RUSSIAN FORCES", strike[Col("Actor1Name")]);
        Assert.Equal("MIL", strike[Col("Actor1Type1Code")]);
        Assert.Equal("19", strike[Col("EventRootCode")]);
        Assert.Equal("4", strike[Col("QuadClass")]);
        Assert.Equal("2", strike[Col("NumMentions")]);
        Assert.Equal("2", strike[Col("NumSources")]);
        Assert.Equal("2", strike[Col("NumArticles")]);
        Assert.Equal("Sumy", strike[Col("ActionGeo_FullName")]);
        Assert.Equal("692194", strike[Col("ActionGeo_FeatureID")]);
        Assert.Equal("https://a.example/1", strike[Col("SOURCEURL")]);
        var meeting = rows.First(r => r[26] == "040");
        Assert.Equal(("---GOV", "", "GOV"), (meeting[Col("Actor1Code")], meeting[Col("Actor1CountryCode")], meeting[Col("Actor1Type1Code")]));
    }

    private sealed class ParquetEvent
    {
        public long? event_id { get; set; }
        public string? cameo { get; set; }
        public int? mentions { get; set; }
        public double? lat { get; set; }
        public string? source_name { get; set; }
    }

    [Fact]
    public async Task Parquet_export_reads_back()
    {
        using var store = Filled();
        var path = Path.Combine(TestDocuments.TempDir(), "events.parquet");
        Assert.Equal(1, EventExporter.Export(store, new EventFilter { Cameo = "19" }, "parquet", null, path));
        using var fs = File.OpenRead(path);
        var rows = await ParquetSerializer.DeserializeAsync<ParquetEvent>(fs);
        var row = Assert.Single(rows.Data);
        Assert.Equal("195", row.cameo);
        Assert.Equal(2, row.mentions);
        Assert.Equal(50.9216, row.lat!.Value, 4);
        Assert.Equal("Russian forces", row.source_name);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Csv_and_jsonl_exports_round_trip_fields(string backend)
    {
        using var store = Filled(backend);
        var csv = new StringWriter();
        EventExporter.Export(store, EventFilter.All, "csv", csv);
        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(EventExporter.CsvHeader, lines[0]);
        Assert.Equal(4, lines.Length);
        var header = lines[0].Split(',');
        Assert.All(lines.Skip(1), l => Assert.Equal(header.Length, l.Split(',').Length));
        var json = new StringWriter();
        EventExporter.Export(store, new EventFilter { Cameo = "122" }, "jsonl", json);
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToString());
        Assert.Equal("David Lammy", doc.RootElement.GetProperty("source_name").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("mentions").GetInt32());
    }
}
