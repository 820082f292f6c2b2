using Tacitus.Storage.DuckDb;
using Tacitus.Storage.Postgres;

namespace Tacitus.Storage;

/// <summary>Opens the event store a <c>--db</c> value names: a DuckDB file, or a PostgreSQL database (postgres://… URL or Host=… connection string).</summary>
public static class EventStores
{
    public static IEventStore Open(string db, bool readOnly = false) =>
        PostgresConnectionString.IsPostgres(db) ? PostgresEventStore.Open(db, readOnly) : DuckDbEventStore.Open(db, readOnly);

    /// <summary>The store's name for messages (a PostgreSQL password is hidden).</summary>
    public static string Describe(string db) => PostgresConnectionString.IsPostgres(db) ? PostgresConnectionString.Redact(db) : db;
}
