using Tacitus.Storage.Postgres;
using Tacitus.TestSupport;

namespace Tacitus.Storage.Tests;

/// <summary>What the PostgreSQL store adds to the shared behaviour (StoreTests and ExportTests run on both backends).</summary>
public class PostgresStoreTests
{
    [Theory]
    [InlineData("postgres://tacitus@127.0.0.1:5433/events", "127.0.0.1", 5433, "events", "tacitus", null)]
    [InlineData("postgresql://ann:s%40cret@db.example/tacitus?Pooling=false", "db.example", 5432, "tacitus", "ann", "s@cret")]
    [InlineData("Host=10.0.0.5;Port=6000;Database=x;Username=u;Password=p", "10.0.0.5", 6000, "x", "u", "p")]
    public void Urls_and_connection_strings_select_postgres(string db, string host, int port, string database, string user, string? password)
    {
        Assert.True(PostgresConnectionString.IsPostgres(db));
        var b = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse(db));
        Assert.Equal(host, b.Host);
        Assert.Equal(port, b.Port);
        Assert.Equal(database, b.Database);
        Assert.Equal(user, b.Username);
        Assert.Equal(password, b.Password);
        if (password is not null) Assert.DoesNotContain(password, EventStores.Describe(db));
    }

    [Theory]
    [InlineData("tacitus.duckdb")]
    [InlineData(":memory:")]
    [InlineData("/data/postgres/store.duckdb")]
    public void File_names_select_duckdb(string db) => Assert.False(PostgresConnectionString.IsPostgres(db));

    [Fact]
    public void A_url_without_a_database_is_a_clear_error()
    {
        var ex = Assert.Throws<Core.TacitusException>(() => PostgresConnectionString.Parse("postgres://u:pw@host:5432/"));
        Assert.Contains("names no database", ex.Message);
        Assert.DoesNotContain("pw", ex.Message);
    }

    [PostgresFact]
    public void New_store_is_at_the_current_schema_version_and_reopens_read_only()
    {
        var url = PostgresServer.Shared.CreateDatabase("schema");
        using (var store = PostgresEventStore.Open(url)) Assert.Equal(PostgresSchema.Current, store.SchemaVersion);
        using (var again = PostgresEventStore.Open(url))
        {
            Assert.Equal(PostgresSchema.Current, again.SchemaVersion);
            again.StoreBatch([TestDocuments.Stored(TestDocuments.Strike())]);
        }
        using var ro = EventStores.Open(url, readOnly: true);
        Assert.Equal(3, ro.Counts().Events);
        Assert.Throws<Core.TacitusException>(() => ro.StoreBatch([TestDocuments.Stored(TestDocuments.Strike("x"))]));
    }

    [PostgresFact]
    public void Read_only_open_of_an_empty_database_says_what_to_do()
    {
        var url = PostgresServer.Shared.CreateDatabase("empty");
        var ex = Assert.Throws<Core.TacitusException>(() => PostgresEventStore.Open(url, readOnly: true));
        Assert.Contains("tacitus ingest", ex.Message);
    }

    [Fact]
    public void An_unreachable_server_is_a_one_line_error()
    {
        var ex = Assert.Throws<Core.TacitusException>(() => PostgresEventStore.Open("postgres://nobody@127.0.0.1:1/none?Timeout=2"));
        Assert.Contains("cannot open the PostgreSQL store", ex.Message);
        Assert.DoesNotContain("\n", ex.Message);
    }

    [PostgresFact]
    public void Concurrent_writers_keep_each_document_once_and_corroboration_counts_right()
    {
        // Eight writers (as eight silos would) store overlapping batches: 40 reports of the same three events,
        // each report sent by two writers. Every document must be stored once and every count must be exact.
        var url = PostgresServer.Shared.CreateDatabase("concurrent");
        using (PostgresEventStore.Open(url)) { }
        var docs = Enumerable.Range(0, 40)
            .Select(i => TestDocuments.Stored(TestDocuments.Strike($"d{i}", TestDocuments.StrikeText + $" Update {i}.", source: $"Wire {i % 5}")))
            .ToList();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, w =>
        {
            using var store = PostgresEventStore.Open(url);
            var mine = docs.Where((_, i) => i % 4 == w % 4).ToList();
            for (int i = 0; i < mine.Count; i += 3) store.StoreBatch(mine.Skip(i).Take(3).ToList());
        });
        using var check = PostgresEventStore.Open(url, readOnly: true);
        var c = check.Counts();
        Assert.Equal(40, c.Documents);
        Assert.Equal(3, c.Events);
        Assert.Equal(120, c.EventMentions);
        Assert.All(check.QueryEvents(EventFilter.All), e =>
        {
            Assert.Equal(40, e.Mentions);
            Assert.Equal(40, e.Articles);
            Assert.Equal(5, e.Sources);
        });
    }

    [PostgresFact]
    public void Binaries_are_found() => Assert.True(File.Exists(Path.Combine(PostgresServer.BinDirectory!, "pg_ctl")));
}
