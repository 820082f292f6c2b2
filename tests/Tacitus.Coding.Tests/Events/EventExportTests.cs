using Tacitus.Core.Serialization;
using System.Text.Json;
using Tacitus.Core;
using Tacitus.Engine.Output;

namespace Tacitus.Coding.Tests.Events;

/// <summary>Exports of the showcase events, re-read and checked column by column.</summary>
public class EventExportTests
{
    private static Document Coded()
    {
        var doc = GoldDocuments.Load("showcase.gold").Single().Document;
        return doc with { Events = EventGoldenTests.Coder.Value.Code(doc), Url = "https://example.org/istanbul" };
    }

    private static string Export(Document doc, string format, bool allModalities = false)
    {
        var sw = new StringWriter();
        var w = new EventWriter(sw, format, code => code == "195" ? "Employ aerial weapons" : null, allModalities);
        w.Write(doc);
        w.Finish();
        return sw.ToString();
    }

    private static Event Strike(Document doc) => doc.Events.Single(e => e.Cameo == "195");

    [Fact]
    public void Gdelt_rows_have_61_columns_and_the_right_cells()
    {
        var doc = Coded();
        var lines = Export(doc, "gdelt").TrimEnd('\n').Split('\n');
        // GDELT has no field for modality: the showcase's refusals, plans and conditions are left out.
        int asserted = doc.Events.Count(e => e.Modality == Modality.Asserted);
        Assert.InRange(asserted, 1, doc.Events.Length - 1);
        Assert.Equal(asserted, lines.Length);
        var rows = lines.Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(EventExports.GdeltColumns.Length, r.Length));
        Assert.Equal(61, EventExports.GdeltColumns.Length);
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
        var strike = Strike(doc);
        var row = rows.Single(r => r[26] == "195");
        Assert.Equal(EventExports.NumericId(strike.Id).ToString(System.Globalization.CultureInfo.InvariantCulture), row[0]);
        Assert.Equal("20250228", row[1]);
        Assert.Equal("202502", row[2]);
        Assert.Equal("2025", row[3]);
        Assert.Equal("RUS", row[5]);
        Assert.Equal("RUSSIA", row[6]);
        Assert.Equal("UKR", row[15]);
        Assert.Equal("195", row[26]);
        Assert.Equal("195", row[27]);
        Assert.Equal("19", row[28]);
        Assert.Equal("4", row[29]);
        Assert.Equal("-10.0", row[30]);
        Assert.Equal("Sumy", row[52]);
        Assert.Equal("20250514000000", row[59]);
        Assert.Equal("https://example.org/istanbul", row[60]);
        // The planned meeting in Ankara is written when asked for all modalities.
        Assert.DoesNotContain(rows, r => r[26] == "040" && r[5] == "UKRGOV");
        var all = Export(doc, "gdelt", allModalities: true).TrimEnd('\n').Split('\n').Select(l => l.Split('\t')).ToList();
        Assert.Equal(doc.Events.Length, all.Count);
        var meeting = all.Single(r => r[26] == "040" && r[5] == "UKRGOV");
        Assert.Equal("GOV", meeting[12]);
        Assert.Equal("TURGOV", meeting[15]);
        Assert.Equal("20250515", meeting[1]);
        Assert.Equal("", meeting[34]); // AvgTone unknown
    }

    [Fact]
    public void An_actor_of_unknown_country_exports_no_country_but_its_type()
    {
        // "Police arrested protesters": ---COP and ---OPP, as PETRARCH writes them; GDELT's country cells stay empty.
        var doc = Pipeline.PipelineGolden.Analyse("police", "Police arrested dozens of protesters on Monday.", new DateOnly(2025, 5, 14));
        var arrest = doc.Events.Single(e => e.Cameo == "173");
        Assert.Equal(("---COP", "---OPP"), (arrest.Source?.Cameo, arrest.Target?.Cameo));
        Assert.Null(arrest.Source?.Country);
        var row = Export(doc with { Events = [arrest] }, "gdelt").TrimEnd('\n').Split('\t');
        Assert.Equal(("---COP", "POLICE", "", "COP"), (row[5], row[6], row[7], row[12]));
        Assert.Equal(("---OPP", "", "OPP"), (row[15], row[17], row[22]));
    }

    [Fact]
    public void Icews_has_header_and_20_columns()
    {
        var doc = Coded();
        var lines = Export(doc, "icews").TrimEnd('\n').Split('\n');
        Assert.Equal(EventExports.IcewsHeader, lines[0]);
        Assert.Equal(doc.Events.Count(e => e.Modality == Modality.Asserted) + 1, lines.Length);
        Assert.All(lines, l => Assert.Equal(20, l.Split('\t').Length));
        var strike = lines.Skip(1).Select(l => l.Split('\t')).Single(r => r[6] == "195");
        Assert.Equal("2025-02-28", strike[1]);
        Assert.Equal("Russia", strike[2]);
        Assert.Equal("Employ aerial weapons", strike[5]);
        Assert.Equal("-10.0", strike[7]);
        Assert.Equal("Ukraine", strike[8]);
        Assert.Equal("showcase", strike[11]);
    }

    [Fact]
    public void Plover_lines_are_json_records_with_the_manual_fields()
    {
        var doc = Coded();
        var lines = Export(doc, "plover").TrimEnd('\n').Split('\n');
        Assert.Equal(doc.Events.Length, lines.Length);
        foreach (var line in lines)
        {
            using var j = JsonDocument.Parse(line);
            var r = j.RootElement;
            Assert.Equal(JsonValueKind.String, r.GetProperty("id").ValueKind);
            Assert.Equal(JsonValueKind.Array, r.GetProperty("actor").ValueKind);
            Assert.Equal(JsonValueKind.Array, r.GetProperty("event").ValueKind);
            Assert.Equal(JsonValueKind.String, r.GetProperty("date").ValueKind);
        }
        using var s = JsonDocument.Parse(lines.Single(l => l.Contains("\"cameo\":\"195\"", StringComparison.Ordinal)));
        var strike = s.RootElement;
        Assert.Equal("ASSAULT", strike.GetProperty("event")[0].GetString());
        Assert.Equal("heavy-weapons", strike.GetProperty("mode")[0].GetString());
        Assert.Equal("military", strike.GetProperty("context")[0].GetString());
        Assert.Equal("RUS", strike.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("UKR", strike.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal(3, strike.GetProperty("size").GetProperty("dead").GetInt32());
        Assert.Equal(4, strike.GetProperty("quad_code").GetInt32());
        Assert.Equal("Sumy", strike.GetProperty("event_loc").GetProperty("resolved_place").GetString());
        var evidence = strike.GetProperty("event_text")[0].GetString()!;
        Assert.Equal(doc.TextOf(Strike(doc).Evidence), evidence);
        Assert.Contains("missile strike", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_one_row_per_event()
    {
        var doc = Coded();
        var lines = Export(doc, "csv").TrimEnd('\n').Split('\n');
        Assert.Equal(EventWriter.CsvHeader, lines[0]);
        Assert.Equal(doc.Events.Length + 1, lines.Length);
        // the columns added by schema 1.1 (how the date and the place were found) and 1.2 (the words naming each side)
        Assert.EndsWith(",date_precision,place_attachment,source_start,source_end,target_start,target_end", lines[0], StringComparison.Ordinal);
        var e = Strike(doc);
        var strike = lines.Single(l => l.StartsWith(e.Id + ",", StringComparison.Ordinal));
        Assert.EndsWith("," + SchemaV1Writer.DatePrecisionName(e.DatePrecision!.Value) + "," + SchemaV1Writer.PlaceBasisName(e.Place!.Basis!.Value) +
            $",{e.Source!.Span!.Value.Start},{e.Source.Span.Value.End},{e.Target!.Span!.Value.Start},{e.Target.Span.Value.End}", strike, StringComparison.Ordinal);
        Assert.Equal("Ukraine", doc.TextOf(e.Target.Span.Value));
    }
}
