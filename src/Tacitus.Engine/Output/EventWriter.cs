using System.Globalization;
using Tacitus.Core;

namespace Tacitus.Engine.Output;

/// <summary>Streams the events of coded documents in one of the <see cref="OutputFormats.Code"/> formats.</summary>
public sealed class EventWriter
{
    private readonly TextWriter _out;
    private readonly string _format;
    private bool _first = true;

    private readonly Func<string, string?>? _cameoName;

    private readonly bool _assertedOnly;

    /// <param name="cameoName">CAMEO code → description, for the ICEWS "Event Text" column (optional).</param>
    /// <param name="allModalities">Write events of every modality also in a format that cannot mark it
    /// (<see cref="OutputFormats.WithoutModality"/>); by default those formats get asserted events only.</param>
    public EventWriter(TextWriter output, string format, Func<string, string?>? cameoName = null, bool allModalities = false)
    {
        _out = output;
        _format = format;
        _cameoName = cameoName;
        if (!OutputFormats.Code.Contains(format)) throw new ArgumentException($"unknown event format '{format}'", nameof(format));
        _assertedOnly = !allModalities && !OutputFormats.MarksModality(format);
    }

    /// <summary>Events not written because the format cannot mark their modality.</summary>
    public long LeftOut { get; private set; }

    public void Write(Document doc)
    {
        foreach (var e in doc.Events)
        {
            if (_assertedOnly && e.Modality != Modality.Asserted)
            {
                LeftOut++;
                continue;
            }
            switch (_format)
            {
                case "jsonl":
                    _out.WriteLine(JsonOutput.Event(doc, e));
                    break;
                case "json":
                    _out.Write(_first ? "[\n  " : ",\n  ");
                    _out.Write(JsonOutput.Event(doc, e));
                    break;
                case "csv":
                    if (_first) _out.WriteLine(CsvHeader);
                    _out.WriteLine(CsvRow(doc, e));
                    break;
                case "gdelt":
                    _out.WriteLine(EventExports.GdeltRow(doc, e));
                    break;
                case "icews":
                    if (_first) _out.WriteLine(EventExports.IcewsHeader);
                    _out.WriteLine(EventExports.IcewsRow(doc, e, _cameoName));
                    break;
                case "plover":
                    _out.WriteLine(EventExports.PloverJson(doc, e));
                    break;
            }
            _first = false;
        }
    }

    public void Finish()
    {
        if (_format == "json") _out.WriteLine(_first ? "[]" : "\n]");
        _out.Flush();
    }

    public const string CsvHeader = "id,document,sentence,date,source_name,source_cameo,source_country,cameo,cameo_root,goldstein,quad_class,plover_type,modality,target_name,target_cameo,target_country,place,geonameid,country,lat,lon,fatalities,evidence_start,evidence_end,evidence,rule,date_precision,place_attachment,source_start,source_end,target_start,target_end";

    private static string CsvRow(Document doc, Event e)
    {
        string[] cells =
        [
            e.Id, doc.Id, e.Sentence.ToString(CultureInfo.InvariantCulture), e.Date ?? "",
            e.Source?.Name ?? "", e.Source?.Cameo ?? "", e.Source?.Country ?? "",
            e.Cameo, e.CameoRoot, Num(e.Goldstein), e.QuadClass?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Plover?.Type ?? "", Core.Serialization.SchemaV1Writer.ModalityName(e.Modality),
            e.Target?.Name ?? "", e.Target?.Cameo ?? "", e.Target?.Country ?? "",
            e.Place?.Name ?? "", e.Place?.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? "", e.Place?.Country ?? "",
            Num(e.Place?.Latitude), Num(e.Place?.Longitude), e.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Evidence.Start.ToString(CultureInfo.InvariantCulture), e.Evidence.End.ToString(CultureInfo.InvariantCulture),
            doc.TextOf(e.Evidence), e.Rule,
            // added with schema 1.1, at the end so that columns read by position keep their place
            e.DatePrecision is { } dp ? Core.Serialization.SchemaV1Writer.DatePrecisionName(dp) : "",
            e.Place?.Basis is { } pb ? Core.Serialization.SchemaV1Writer.PlaceBasisName(pb) : "",
            // added with schema 1.2: the words that name the source and the target
            Offset(e.Source?.Span?.Start), Offset(e.Source?.Span?.End), Offset(e.Target?.Span?.Start), Offset(e.Target?.Span?.End),
        ];
        return string.Join(',', cells.Select(Csv));
    }

    private static string Offset(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Num(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    public static string Csv(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
