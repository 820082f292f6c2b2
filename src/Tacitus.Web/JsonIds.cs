using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Tacitus.Storage;

namespace Tacitus.Web;

/// <summary>
/// Event ids are 64-bit hashes, past the 2^53 that a JavaScript number holds exactly: the API writes them as strings
/// ("id": "3749419773341595983") so browsers and other JSON readers keep every digit.
/// </summary>
public static class JsonIds
{
    public static void Modifier(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type != typeof(StoredEvent)) return;
        foreach (var p in info.Properties)
            if (p.PropertyType == typeof(long) && p.Name == "id") p.CustomConverter = new Int64AsString();
    }

    private sealed class Int64AsString : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? long.Parse(reader.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : reader.GetInt64();

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}
