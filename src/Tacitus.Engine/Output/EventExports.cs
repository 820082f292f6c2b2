using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tacitus.Core;

namespace Tacitus.Engine.Output;

/// <summary>
/// Event exports in the formats researchers already load: the GDELT 2.0 event table (61 tab-separated columns,
/// no header, unknown values empty), ICEWS coded-event columns (tab-separated with header) and PLOVER JSON lines.
/// </summary>
public static class EventExports
{
    /// <summary>The 61 GDELT 2.0 event-table columns, in order.</summary>
    public static readonly string[] GdeltColumns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>ICEWS coded-event columns (as in the Dataverse releases).</summary>
    public static readonly string[] IcewsColumns =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province",
        "Country", "Latitude", "Longitude",
    ];

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A stable positive 53-bit integer id for GDELT's numeric GLOBALEVENTID (FNV-1a of the Tacitus event id).</summary>
    public static long NumericId(string id)
    {
        ulong h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(id)) { h ^= b; h *= 1099511628211UL; }
        return (long)(h & ((1UL << 53) - 1));
    }

    private static DateOnly? EventDate(Document doc, Event e) =>
        e.Date is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var v) ? v : doc.PublicationDate;

    /// <summary>The actor type that follows the country in a CAMEO actor code: RUSGOV → GOV.</summary>
    private static (string Country, string Type1, string Type2) SplitActor(ActorRef? a)
    {
        var code = a?.Cameo ?? "";
        // "---COP": police of a country the text does not name; the country cell stays empty, the type is COP.
        var country = a?.Country ?? ActorCodes.CountryPart(code);
        var rest = country.Length > 0 && code.StartsWith(country, StringComparison.Ordinal) ? code[country.Length..] : code.Length > 3 ? code[3..] : "";
        return (country, rest.Length >= 3 ? rest[..3] : "", rest.Length >= 6 ? rest[3..6] : "");
    }

    public static string GdeltRow(Document doc, Event e)
    {
        var date = EventDate(doc, e);
        var cells = new string[61];
        Array.Fill(cells, "");
        cells[0] = NumericId(e.Id).ToString(Inv);
        if (date is { } d)
        {
            cells[1] = d.ToString("yyyyMMdd", Inv);
            cells[2] = d.ToString("yyyyMM", Inv);
            cells[3] = d.Year.ToString(Inv);
            cells[4] = (d.Year + (d.DayOfYear - 1) / (DateTime.IsLeapYear(d.Year) ? 366.0 : 365.0)).ToString("0.0000", Inv);
        }
        FillActor(cells, 5, e.Source);
        FillActor(cells, 15, e.Target);
        cells[25] = e.Sentence == 0 ? "1" : "0";
        cells[26] = e.Cameo;
        cells[27] = e.Cameo.Length >= 3 ? e.Cameo[..3] : e.Cameo;
        cells[28] = e.CameoRoot;
        cells[29] = e.QuadClass?.ToString(Inv) ?? "";
        cells[30] = e.Goldstein?.ToString("0.0", Inv) ?? "";
        cells[31] = "1";
        cells[32] = "1";
        cells[33] = "1";
        if (e.Place is { } p)
        {
            cells[51] = p.Latitude is not null ? "4" : "";
            cells[52] = p.Name;
            cells[53] = p.Country ?? "";
            cells[56] = p.Latitude?.ToString("R", Inv) ?? "";
            cells[57] = p.Longitude?.ToString("R", Inv) ?? "";
            cells[58] = p.GeonameId?.ToString(Inv) ?? "";
        }
        if (doc.PublicationDate is { } pd) cells[59] = pd.ToString("yyyyMMdd", Inv) + "000000";
        cells[60] = doc.Url ?? doc.Id;
        return string.Join('\t', cells.Select(Clean));
    }

    private static void FillActor(string[] cells, int at, ActorRef? a)
    {
        if (a is null) return;
        var (country, t1, t2) = SplitActor(a);
        cells[at] = a.Cameo ?? "";
        cells[at + 1] = a.Name.ToUpperInvariant();
        cells[at + 2] = country;
        cells[at + 7] = t1;
        cells[at + 8] = t2;
    }

    public static string IcewsHeader => string.Join('\t', IcewsColumns);

    public static string IcewsRow(Document doc, Event e, Func<string, string?>? cameoName = null)
    {
        var date = EventDate(doc, e);
        string[] cells =
        [
            e.Id, date?.ToString("yyyy-MM-dd", Inv) ?? "",
            e.Source?.Name ?? "", Sectors(e.Source), e.Source?.Country ?? "",
            cameoName?.Invoke(e.Cameo) ?? "", e.Cameo, e.Goldstein?.ToString("0.0", Inv) ?? "",
            e.Target?.Name ?? "", Sectors(e.Target), e.Target?.Country ?? "",
            doc.Id, e.Sentence.ToString(Inv), doc.SourceName ?? "",
            e.Place?.Name ?? "", "", "", e.Place?.Country ?? "",
            e.Place?.Latitude?.ToString("R", Inv) ?? "", e.Place?.Longitude?.ToString("R", Inv) ?? "",
        ];
        return string.Join('\t', cells.Select(Clean));
    }

    private static string Sectors(ActorRef? a)
    {
        var (_, t1, t2) = SplitActor(a);
        return string.Join(',', new[] { t1, t2 }.Where(s => s.Length > 0));
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>One PLOVER JSON record (the PLOVER manual's field names), plus Tacitus's modality, evidence and rule.</summary>
    public static string PloverJson(Document doc, Event e)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteBoolean("has_event", true);
            var date = EventDate(doc, e);
            if (date is { } d) w.WriteString("date", d.ToString("yyyy-MM-dd", Inv)); else w.WriteNull("date");
            WriteEntities(w, "actor", e.Source, doc);
            WriteEntities(w, "recipient", e.Target, doc);
            w.WriteStartArray("event");
            if (e.Plover is { } p) w.WriteStringValue(p.Type);
            w.WriteEndArray();
            if (e.Place is { } pl)
            {
                w.WriteStartObject("event_loc");
                w.WriteString("resolved_place", pl.Name);
                if (pl.GeonameId is { } g) w.WriteNumber("geonameid", g);
                if (pl.Latitude is { } lat) w.WriteNumber("lat", lat);
                if (pl.Longitude is { } lon) w.WriteNumber("lon", lon);
                if (pl.Country is not null) w.WriteString("country_code", pl.Country);
                w.WriteEndObject();
            }
            w.WriteStartArray("event_text");
            w.WriteStringValue(doc.TextOf(e.Evidence));
            w.WriteEndArray();
            if (e.QuadClass is { } q) w.WriteNumber("quad_code", q);
            if (e.Goldstein is { } gs) w.WriteNumber("event_scale", gs);
            w.WriteStartArray("mode");
            if (e.Plover?.Mode is { } m) w.WriteStringValue(m);
            w.WriteEndArray();
            w.WriteStartArray("context");
            if (e.Plover?.Context is { } c)
                foreach (var part in c.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) w.WriteStringValue(part);
            w.WriteEndArray();
            if (e.Fatalities is not null || e.Injuries is not null)
            {
                w.WriteStartObject("size");
                if (e.Fatalities is { } f) w.WriteNumber("dead", f);
                if (e.Injuries is { } i) w.WriteNumber("injured", i);
                w.WriteEndObject();
            }
            w.WriteStartObject("text_info");
            w.WriteNumber("sequence", e.Sentence);
            w.WriteNumber("start", e.Evidence.Start);
            w.WriteNumber("end", e.Evidence.End);
            w.WriteEndObject();
            w.WriteStartObject("cite_info");
            if (doc.Url is not null) w.WriteString("url", doc.Url);
            if (doc.Title is not null) w.WriteString("title", doc.Title);
            w.WriteString("language", doc.Language);
            if (doc.SourceName is not null) w.WriteString("publication", doc.SourceName);
            w.WriteString("coder", "tacitus");
            w.WriteString("codebook", "CAMEO 1.1b3 → PLOVER (CAMEO2PLOVER-2021)");
            w.WriteEndObject();
            w.WriteString("coder", "tacitus");
            w.WriteString("cameo", e.Cameo);
            w.WriteString("modality", Core.Serialization.SchemaV1Writer.ModalityName(e.Modality));
            w.WriteString("rule", e.Rule);
            w.WriteString("document", doc.Id);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteEntities(Utf8JsonWriter w, string name, ActorRef? a, Document doc)
    {
        w.WriteStartArray(name);
        if (a is not null)
        {
            var (country, t1, t2) = SplitActor(a);
            w.WriteStartObject();
            w.WriteString("code", country.Length > 0 ? country : a.Cameo ?? "");
            if (t1.Length > 0) w.WriteString("sector", t1 + t2);
            w.WriteString("entity_text", a.Span is { } s ? doc.TextOf(s) : a.Name);
            if (a.ActorId is not null) w.WriteString("identifier_id", a.ActorId);
            w.WriteString("identifier_text", a.Name);
            if (a.Cameo is not null) w.WriteString("cameo", a.Cameo);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
