using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tacitus.Core;
using Tacitus.Engine.Output;
using Tacitus.Storage.DuckDb;

namespace Tacitus.Storage.Export;

/// <summary>Exports stored events: csv, jsonl, parquet, gdelt (61-column event table), icews and plover (through the engine's <see cref="EventWriter"/>).</summary>
public static class EventExporter
{
    public static readonly string[] Formats = ["csv", "jsonl", "parquet", "gdelt", "icews", "plover"];

    public const string CsvHeader =
        "id,date,date_text,source_name,source_cameo,source_country,target_name,target_cameo,target_country,cameo,cameo_root,goldstein,quad_class," +
        "plover_type,plover_mode,plover_context,modality,place,geonameid,place_country,lat,lon,fatalities,injuries,mentions,sources,articles,first_document,url";

    /// <summary>Writes the matching events; returns how many. Parquet needs a file path (<paramref name="path"/>).</summary>
    public static long Export(IEventStore store, EventFilter filter, string format, TextWriter? output, string? path = null)
    {
        switch (format)
        {
            case "parquet":
                if (path is null) throw new TacitusException("--format parquet writes a file: give --out FILE.parquet.");
                if (store is not DuckDbEventStore duck) throw new TacitusException("parquet export needs the DuckDB store.");
                duck.ExportParquet(filter, path);
                return store.CountEvents(filter);
            case "icews" or "plover":
                return ExportThroughEventWriter(store, filter, format, output!);
        }
        long n = 0;
        var w = output!;
        if (format == "csv") w.WriteLine(CsvHeader);
        foreach (var e in store.StreamEvents(filter))
        {
            switch (format)
            {
                case "csv": w.WriteLine(CsvRow(e)); break;
                case "jsonl": w.WriteLine(Json(e)); break;
                case "gdelt": w.WriteLine(GdeltEventFormat.Row(e)); break;
                default: throw new TacitusException($"unknown export format '{format}'; use one of {string.Join(", ", Formats)}.");
            }
            n++;
        }
        w.Flush();
        return n;
    }

    // Each stored event becomes a one-event document whose text is its first evidence span, so the engine's writers apply unchanged.
    private static long ExportThroughEventWriter(IEventStore store, EventFilter filter, string format, TextWriter output)
    {
        // The filter chose the events, modality too (the export command gives gdelt and icews asserted events by default).
        var writer = new EventWriter(output, format, allModalities: true);
        long n = 0;
        foreach (var e in store.StreamEvents(filter))
        {
            var ev = store.Evidence(e.Id);
            writer.Write(ToDocument(e, ev.Count > 0 ? ev[0] : null));
            n++;
        }
        writer.Finish();
        return n;
    }

    public static Document ToDocument(StoredEvent e, EvidenceRecord? evidence)
    {
        var text = evidence?.Text ?? "";
        var ev = new Event
        {
            Id = e.Id.ToString(CultureInfo.InvariantCulture),
            Sentence = evidence?.Sentence ?? 0,
            Source = e.SourceName is null ? null : new ActorRef(null, e.SourceName, e.SourceCameo, e.SourceCountry),
            Target = e.TargetName is null ? null : new ActorRef(null, e.TargetName, e.TargetCameo, e.TargetCountry),
            Cameo = e.Cameo,
            Goldstein = e.Goldstein,
            QuadClass = e.QuadClass,
            Plover = e.PloverType is null ? null : new PloverCode(e.PloverType, e.PloverMode, e.PloverContext),
            Modality = Enum.TryParse<Modality>(e.Modality, true, out var m) ? m : Modality.Asserted,
            Date = e.DateText,
            Place = e.PlaceName is null && e.Latitude is null ? null : new PlaceRef(e.PlaceName ?? "", e.GeonameId, e.PlaceCountry, e.Latitude, e.Longitude),
            Fatalities = e.Fatalities,
            Injuries = e.Injuries,
            Evidence = new TextSpan(0, text.Length),
            Rule = evidence?.Rule ?? "",
        };
        return new Document(e.FirstDocumentId ?? "", text) { PublicationDate = e.Date, Url = e.FirstUrl, Events = [ev] };
    }

    public static string CsvRow(StoredEvent e)
    {
        var c = CultureInfo.InvariantCulture;
        string[] cells =
        [
            e.Id.ToString(c), e.Date?.ToString("yyyy-MM-dd", c) ?? "", e.DateText ?? "",
            e.SourceName ?? "", e.SourceCameo ?? "", e.SourceCountry ?? "", e.TargetName ?? "", e.TargetCameo ?? "", e.TargetCountry ?? "",
            e.Cameo, e.CameoRoot, e.Goldstein?.ToString("R", c) ?? "", e.QuadClass?.ToString(c) ?? "",
            e.PloverType ?? "", e.PloverMode ?? "", e.PloverContext ?? "", e.Modality,
            e.PlaceName ?? "", e.GeonameId?.ToString(c) ?? "", e.PlaceCountry ?? "", e.Latitude?.ToString("R", c) ?? "", e.Longitude?.ToString("R", c) ?? "",
            e.Fatalities?.ToString(c) ?? "", e.Injuries?.ToString(c) ?? "",
            e.Mentions.ToString(c), e.Sources.ToString(c), e.Articles.ToString(c), e.FirstDocumentId ?? "", e.FirstUrl ?? "",
        ];
        return string.Join(',', cells.Select(EventWriter.Csv));
    }

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(StoredEvent e) => JsonSerializer.Serialize(e, JsonOptions);
}
