using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tacitus.Core.Serialization;

/// <summary>
/// One JSON object on one line for one annotation (the output of <c>tacitus geo</c>, <c>tacitus time</c>): the document,
/// the annotation's text, span and sentence, then the fields its writer adds.
/// </summary>
public static class AnnotationJsonLine
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Document document, TextSpan span, int sentence, Action<Utf8JsonWriter> fields)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fields);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options))
        {
            w.WriteStartObject();
            w.WriteString("doc", document.Id);
            w.WriteString("text", document.TextOf(span));
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            w.WriteNumber("sentence", sentence);
            fields(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
