using System.Text.Json;

namespace Tacitus.Core.Serialization;

/// <summary>
/// Writes documents and events in output schema v1 (docs/schema/). Offsets are UTF-16 code-unit offsets into <c>text</c>.
/// Fields whose stage has not run are written as null or empty arrays — never invented.
/// </summary>
public static class SchemaV1Writer
{
    /// <summary>
    /// The version every record carries. Minor versions only add fields: 1.1 (2026-12-05) added an event place's
    /// <c>span</c> and <c>attachment</c>; 1.2 (2026-12-05) the <c>span</c> of the words that name an event's source and
    /// target; 1.3 (2026-12-06) the modality <c>alleged</c>, which a reader of 1.2 records never meets.
    /// </summary>
    public const string SchemaVersion = "1.3";

    public static void WriteDocument(Utf8JsonWriter w, Document doc)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(doc);
        w.WriteStartObject();
        w.WriteString("schema_version", SchemaVersion);
        w.WriteString("id", doc.Id);
        WriteDate(w, "date", doc.PublicationDate);
        WriteNullableString(w, "source", doc.SourceName);
        WriteNullableString(w, "url", doc.Url);
        WriteNullableString(w, "title", doc.Title);
        w.WriteString("language", doc.Language);
        w.WriteString("text", doc.Text);

        w.WriteStartArray("stages");
        foreach (var s in doc.Stages) w.WriteStringValue(s);
        w.WriteEndArray();

        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Span.Start);
            w.WriteNumber("end", s.Span.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("tokens");
        foreach (var t in doc.Tokens)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.Span.Start);
            w.WriteNumber("end", t.Span.End);
            w.WriteString("text", doc.TextOf(t));
            w.WriteNumber("sentence", t.Sentence);
            WriteNullableString(w, "upos", t.Upos);
            WriteNullableString(w, "xpos", t.Xpos);
            WriteNullableString(w, "feats", t.Feats);
            WriteNullableString(w, "lemma", t.Lemma);
            if (t.Head >= 0) w.WriteNumber("head", t.Head); else w.WriteNull("head");
            WriteNullableString(w, "deprel", t.Deprel);
            WriteNullableString(w, "ner", t.Ner);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, e.Span);
            w.WriteString("label", e.Label);
            w.WriteNumber("sentence", e.Sentence);
            w.WriteString("rule", e.Producer);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("actors");
        foreach (var a in doc.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            WriteNullableString(w, "country", a.Country);
            WriteNullableString(w, "cameo", a.Cameo);
            w.WriteStartArray("roles");
            foreach (var r in a.Roles) w.WriteStringValue(r);
            w.WriteEndArray();
            w.WriteStartArray("mentions");
            foreach (var m in a.Mentions)
            {
                w.WriteStartObject();
                WriteSpan(w, doc, m.Span);
                w.WriteNumber("sentence", m.Sentence);
                w.WriteString("rule", m.Producer);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("rule", a.Producer);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("places");
        foreach (var p in doc.Places)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, p.Span);
            w.WriteNumber("sentence", p.Sentence);
            if (p.GeonameId is { } g) w.WriteNumber("geonameid", g); else w.WriteNull("geonameid");
            w.WriteString("name", p.Name);
            WriteNullableString(w, "country", p.Country);
            WriteNullableString(w, "admin1", p.Admin1);
            WriteNullableNumber(w, "lat", p.Latitude);
            WriteNullableNumber(w, "lon", p.Longitude);
            w.WriteString("feature", p.FeatureClass);
            w.WriteString("rule", p.Producer);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in doc.Times)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, t.Span);
            w.WriteNumber("sentence", t.Sentence);
            w.WriteString("type", t.Type);
            WriteNullableString(w, "value", t.Value);
            w.WriteString("rule", t.Producer);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in doc.Events) WriteEvent(w, doc, e);
        w.WriteEndArray();

        w.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter w, Document doc, Event e)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(e);
        w.WriteStartObject();
        w.WriteString("schema_version", SchemaVersion);
        w.WriteString("id", e.Id);
        w.WriteString("document", doc.Id);
        w.WriteNumber("sentence", e.Sentence);
        WriteActorRef(w, doc, "source", e.Source);
        WriteActorRef(w, doc, "target", e.Target);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("cameo_root", e.CameoRoot);
        WriteNullableNumber(w, "goldstein", e.Goldstein);
        if (e.QuadClass is { } q) w.WriteNumber("quad_class", q); else w.WriteNull("quad_class");
        if (e.Plover is { } p)
        {
            w.WriteStartObject("plover");
            w.WriteString("type", p.Type);
            WriteNullableString(w, "mode", p.Mode);
            WriteNullableString(w, "context", p.Context);
            w.WriteEndObject();
        }
        else w.WriteNull("plover");
        w.WriteString("modality", ModalityName(e.Modality));
        WriteNullableString(w, "date", e.Date);
        WriteNullableString(w, "date_precision", e.DatePrecision is { } dp ? DatePrecisionName(dp) : null);
        if (e.Place is { } pl)
        {
            w.WriteStartObject("place");
            w.WriteString("name", pl.Name);
            if (pl.GeonameId is { } g) w.WriteNumber("geonameid", g); else w.WriteNull("geonameid");
            WriteNullableString(w, "country", pl.Country);
            WriteNullableNumber(w, "lat", pl.Latitude);
            WriteNullableNumber(w, "lon", pl.Longitude);
            WriteOptionalSpan(w, doc, "span", pl.Span);
            WriteNullableString(w, "attachment", pl.Basis is { } b ? PlaceBasisName(b) : null);
            w.WriteEndObject();
        }
        else w.WriteNull("place");
        if (e.Fatalities is { } f) w.WriteNumber("fatalities", f); else w.WriteNull("fatalities");
        if (e.Injuries is { } inj) w.WriteNumber("injuries", inj); else w.WriteNull("injuries");
        w.WriteStartObject("evidence");
        WriteSpan(w, doc, e.Evidence);
        w.WriteEndObject();
        w.WriteString("rule", e.Rule);
        w.WriteEndObject();
    }

    public static string ModalityName(Modality m) => m switch
    {
        Modality.Asserted => "asserted",
        Modality.Negated => "negated",
        Modality.Planned => "planned",
        Modality.Hypothetical => "hypothetical",
        Modality.Refused => "refused",
        Modality.Alleged => "alleged",
        _ => throw new ArgumentOutOfRangeException(nameof(m)),
    };

    public static string PlaceBasisName(PlaceBasis b) => b switch
    {
        PlaceBasis.Predicate => "predicate",
        PlaceBasis.SentenceLocative => "sentence-locative",
        PlaceBasis.Sentence => "sentence",
        PlaceBasis.Dateline => "dateline",
        PlaceBasis.Target => "target",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };

    public static string DatePrecisionName(DatePrecision p) => p switch
    {
        DatePrecision.Predicate => "predicate",
        DatePrecision.Sentence => "sentence",
        DatePrecision.Document => "document",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    private static void WriteActorRef(Utf8JsonWriter w, Document doc, string name, ActorRef? a)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        WriteNullableString(w, "actor", a.ActorId);
        w.WriteString("name", a.Name);
        WriteNullableString(w, "cameo", a.Cameo);
        WriteNullableString(w, "country", a.Country);
        WriteOptionalSpan(w, doc, "span", a.Span);
        w.WriteEndObject();
    }

    /// <summary>A span as an object, or null when it is unknown or does not lie inside the text.</summary>
    private static void WriteOptionalSpan(Utf8JsonWriter w, Document doc, string name, TextSpan? span)
    {
        if (span is { } s && s.End <= doc.Text.Length)
        {
            w.WriteStartObject(name);
            WriteSpan(w, doc, s);
            w.WriteEndObject();
        }
        else w.WriteNull(name);
    }

    private static void WriteSpan(Utf8JsonWriter w, Document doc, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", doc.TextOf(span));
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } v) w.WriteString(name, v.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
