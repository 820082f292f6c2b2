using System.Text.Json;
using Json.Schema;

namespace Tacitus.Cli.Tests;

/// <summary>Validates output against the JSON Schema files in docs/schema (copied next to the tests).</summary>
internal sealed class SchemaValidator
{
    public static readonly SchemaValidator Instance = new();

    private readonly JsonSchema _document;
    private readonly JsonSchema _event;

    private SchemaValidator()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "schema");
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        _event = JsonSchema.FromFile(Path.Combine(dir, "event.schema.json"), options);
        _document = JsonSchema.FromFile(Path.Combine(dir, "document.schema.json"), options);
    }

    public void AssertDocument(string json) => AssertValid(_document, json);
    public void AssertEvent(string json) => AssertValid(_event, json);

    public bool IsValidDocument(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return _document.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static void AssertValid(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return;
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Take(10);
        Assert.Fail("output does not match the schema:\n" + string.Join("\n", errors));
    }
}
