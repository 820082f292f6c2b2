using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tacitus.Core;

namespace Tacitus.Time;

/// <summary>One JSON object per time expression, for <c>tacitus time</c>: document, span, text, sentence, TIMEX3 type and value, rule.</summary>
public static class TimeJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(Document document, TimeExpression time)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(time);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options))
        {
            w.WriteStartObject();
            w.WriteString("doc", document.Id);
            w.WriteNumber("start", time.Span.Start);
            w.WriteNumber("end", time.Span.End);
            w.WriteString("text", document.TextOf(time.Span));
            w.WriteNumber("sentence", time.Sentence);
            w.WriteString("type", time.Type);
            if (time.Value is null) w.WriteNull("value");
            else w.WriteString("value", time.Value);
            if (TimeAttachment.ToEventDate(time.Value) is { } date) w.WriteString("date", date);
            w.WriteString("anchor", document.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("rule", time.Producer);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
