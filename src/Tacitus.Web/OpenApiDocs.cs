using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tacitus.Storage;

namespace Tacitus.Web;

/// <summary>
/// Completes the OpenAPI document where the handlers read the request themselves (for clear 400s): the query
/// parameters of each endpoint, and event ids written as strings.
/// </summary>
internal static class OpenApiDocs
{
    private static readonly (string Name, string Description)[] Filters =
    [
        ("actor", "Actor name (substring, case-insensitive) or actor CAMEO code, as source or target."),
        ("country", "Country code (ISO 3166-1 alpha-3, e.g. UKR) of the source, the target or the place."),
        ("cameo", "CAMEO event code or its prefix: 19 = every fight event, 190, 1951."),
        ("plover", "PLOVER event type, e.g. ASSAULT."),
        ("quad", "Quad class 1–4 (verbal cooperation, material cooperation, verbal conflict, material conflict)."),
        ("from", "First event date, YYYY-MM-DD."),
        ("to", "Last event date, YYYY-MM-DD."),
        ("place", "Place name (substring, case-insensitive)."),
        ("bbox", "Bounding box minLat,minLon,maxLat,maxLon in degrees."),
        ("text", "Words in the evidence (substring, case-insensitive)."),
        ("document", "Only events with evidence in this stored document (its 16-hex-digit id)."),
        ("modality", "Only events of this modality: asserted (it happened), negated, planned, hypothetical, refused or alleged."),
    ];

    public static void Configure(OpenApiOptions o)
    {
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Tacitus API";
            doc.Info.Description = "Political events coded from news text (CAMEO, PLOVER), each traced to its evidence; the event store behind them. " +
                "Errors are application/problem+json with a detail saying what to do.";
            return Task.CompletedTask;
        });
        o.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(StoredEvent) && schema.Properties is { } props && props.TryGetValue("id", out var id) && id is OpenApiSchema s)
            {
                s.Type = JsonSchemaType.String;
                s.Format = null;
                s.Pattern = "^-?[0-9]+$";
                s.Description = "The event's 64-bit id, written as a string so that JavaScript keeps every digit.";
            }
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((op, context, _) =>
        {
            var path = "/" + (context.Description.RelativePath ?? "").TrimStart('/');
            var parameters = new List<(string, string, JsonSchemaType)>();
            bool filtered = path is "/api/events" or "/api/actors" or "/api/actors/network" or "/api/places" or "/api/stats/timeline";
            if (filtered) parameters.AddRange(Filters.Select(f => (f.Name, f.Description, f.Name == "quad" ? JsonSchemaType.Integer : JsonSchemaType.String)));
            if (path is "/api/events" or "/api/actors" or "/api/actors/network" or "/api/places")
                parameters.Add(("limit", "At most this many rows (≤ 1000; /api/places ≤ 5000).", JsonSchemaType.Integer));
            if (path == "/api/events") parameters.Add(("offset", "Skip this many events (paging).", JsonSchemaType.Integer));
            if (path == "/api/stats/timeline") parameters.Add(("by", "day or month (default).", JsonSchemaType.String));
            if (path == "/api/documents") parameters.Add(("date", "Publication date (YYYY-MM-DD) for documents that give none.", JsonSchemaType.String));
            if (parameters.Count == 0) return Task.CompletedTask;
            op.Parameters ??= [];
            foreach (var (name, description, type) in parameters)
                op.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Description = description, Schema = new OpenApiSchema { Type = type } });
            return Task.CompletedTask;
        });
    }
}
