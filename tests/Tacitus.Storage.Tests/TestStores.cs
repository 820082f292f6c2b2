using Tacitus.Storage.DuckDb;
using Tacitus.Storage.Postgres;
using Tacitus.TestSupport;

namespace Tacitus.Storage.Tests;

/// <summary>The store backends the behavioural tests run against: DuckDB in memory always, PostgreSQL when its binaries are installed.</summary>
public static class TestStores
{
    public static TheoryData<string> Backends
    {
        get
        {
            var data = new TheoryData<string> { "duckdb" };
            if (PostgresServer.Available) data.Add("postgres");
            return data;
        }
    }

    /// <summary>An empty store: an in-memory DuckDB, or a fresh database on the test PostgreSQL server.</summary>
    public static IEventStore Open(string backend) => backend switch
    {
        "duckdb" => DuckDbEventStore.Open(":memory:"),
        "postgres" => PostgresEventStore.Open(PostgresServer.Shared.CreateDatabase("store")),
        _ => throw new ArgumentOutOfRangeException(nameof(backend)),
    };

    public static IReadOnlyList<(string Document, string Original, int Distance)> NearDuplicates(IEventStore s) => s switch
    {
        DuckDbEventStore d => d.NearDuplicates(),
        PostgresEventStore p => p.NearDuplicates(),
        _ => throw new ArgumentException("unknown store", nameof(s)),
    };

    public static IReadOnlyList<ActorLink> ActorNetwork(IEventStore s, EventFilter f) => s switch
    {
        DuckDbEventStore d => d.ActorNetwork(f),
        PostgresEventStore p => p.ActorNetwork(f),
        _ => throw new ArgumentException("unknown store", nameof(s)),
    };

    public static IReadOnlyList<PlaceCount> PlaceCounts(IEventStore s, EventFilter f) => s switch
    {
        DuckDbEventStore d => d.PlaceCounts(f),
        PostgresEventStore p => p.PlaceCounts(f),
        _ => throw new ArgumentException("unknown store", nameof(s)),
    };
}
