using System.CommandLine;
using System.Globalization;
using Tacitus.Storage;

namespace Tacitus.Cli.Commands;

/// <summary>The --db option and the event filters shared by query, export and stats.</summary>
internal sealed class StoreOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "The event store: a DuckDB file (default: tacitus.duckdb in the working directory) or a PostgreSQL database (postgres://user@host:port/db or Host=…;Database=…).",
        DefaultValueFactory = _ => Tacitus.Storage.DuckDb.DuckDbEventStore.DefaultFileName,
    };

    public Option<string?> Actor { get; } = new("--actor") { Description = "Actor name (substring) or CAMEO actor code, as source or target." };
    public Option<string?> Country { get; } = new("--country") { Description = "Country code of the source, target or place (e.g. UKR)." };
    public Option<string?> Cameo { get; } = new("--cameo") { Description = "CAMEO event code or root/prefix (19 = all fighting, 195)." };
    public Option<string?> Plover { get; } = new("--plover") { Description = "PLOVER event type (e.g. ASSAULT)." };
    public Option<int?> Quad { get; } = new("--quad") { Description = "Quad class 1–4 (verbal/material cooperation/conflict)." };
    public Option<string?> From { get; } = new("--from") { Description = "First event date (YYYY-MM-DD)." };
    public Option<string?> To { get; } = new("--to") { Description = "Last event date (YYYY-MM-DD)." };
    public Option<string?> Place { get; } = new("--place") { Description = "Place name (substring)." };
    public Option<string?> Bbox { get; } = new("--bbox") { Description = "Bounding box minLat,minLon,maxLat,maxLon." };
    public Option<string?> Text { get; } = new("--text") { Description = "Words in the evidence text." };
    public Option<string?> Modality { get; } = new("--modality")
    {
        Description = "Only events of this modality: asserted (it happened), negated, planned, hypothetical, refused or alleged (accused, suspected or charged of it). Default: all.",
    };

    public StoreOptions() => Modality.AcceptOnlyFromAmong([.. EventFilter.ModalityNames]);

    public void AddDb(Command c) => c.Add(Db);

    public void AddFilters(Command c)
    {
        foreach (var o in new Option[] { Actor, Country, Cameo, Plover, Quad, From, To, Place, Bbox, Text, Modality }) c.Add(o);
    }

    public EventFilter Filter(ParseResult p) => new()
    {
        Actor = p.GetValue(Actor),
        Country = p.GetValue(Country),
        Cameo = p.GetValue(Cameo),
        PloverType = p.GetValue(Plover),
        QuadClass = p.GetValue(Quad) is int q ? (q is >= 1 and <= 4 ? q : throw new UsageException($"--quad must be 1, 2, 3 or 4, got {q}.")) : null,
        From = Date(p.GetValue(From), "--from"),
        To = Date(p.GetValue(To), "--to"),
        Place = p.GetValue(Place),
        Box = p.GetValue(Bbox) is { } b ? BoundingBox.Parse(b) : null,
        Text = p.GetValue(Text),
        Modality = p.GetValue(Modality),
    };

    public static DateOnly? Date(string? s, string option)
    {
        if (s is null) return null;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw new UsageException($"{option} must be YYYY-MM-DD, got '{s}'.");
        return d;
    }
}
