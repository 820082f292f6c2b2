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
    public static SqlEventStore Open(string backend) => backend switch
    {
        "duckdb" => DuckDbEventStore.Open(":memory:"),
        "postgres" => PostgresEventStore.Open(PostgresServer.Shared.CreateDatabase("store")),
        _ => throw new ArgumentOutOfRangeException(nameof(backend)),
    };
}
