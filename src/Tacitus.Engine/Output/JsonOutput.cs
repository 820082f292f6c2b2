using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tacitus.Core;
using Tacitus.Core.Serialization;

namespace Tacitus.Engine.Output;

/// <summary>Writes annotated documents and events as JSON (schema v1).</summary>
public static class JsonOutput
{
    private static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Document(Document doc, bool indented = false)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options(indented))) SchemaV1Writer.WriteDocument(w, doc);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static string Event(Document doc, Event e, bool indented = false)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options(indented))) SchemaV1Writer.WriteEvent(w, doc, e);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
