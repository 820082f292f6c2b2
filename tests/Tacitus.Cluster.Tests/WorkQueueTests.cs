using Npgsql;
using Tacitus.Core;
using Tacitus.Storage.Ingest;
using Tacitus.Storage.Postgres;
using Tacitus.TestSupport;

namespace Tacitus.Cluster.Tests;

public class WorkQueueTests
{
    private static IngestItem Item(int i) => new(new Document($"d{i}", $"Report number {i}: Vladimir Putin met Recep Tayyip Erdoğan in Ankara.")
    {
        PublicationDate = new DateOnly(2025, 5, 14),
        SourceName = "Wire",
        Url = $"https://wire.example/{i}",
        Title = $"Title {i}",
    }, "feed.jsonl") { Byline = "By A. Reporter", Dateline = "ANKARA" };

    private static (string Db, WorkQueue Queue) NewQueue()
    {
        var db = PostgresServer.Shared.CreateDatabase("queue");
        ClusterDatabase.Prepare(db);
        return (db, new WorkQueue(db));
    }

    [PostgresFact]
    public void Documents_are_queued_once_and_claims_do_not_overlap()
    {
        var (_, queue) = NewQueue();
        using var _ = queue;
        Assert.Equal(10, queue.Submit(Enumerable.Range(0, 10).Select(Item), "job1"));
        Assert.Equal(2, queue.Submit(Enumerable.Range(8, 4).Select(Item), "job2"));   // 8 and 9 are queued already
        var first = queue.Claim("w1", 4, TimeSpan.FromMinutes(1));
        var second = queue.Claim("w2", 100, TimeSpan.FromMinutes(1));
        Assert.Equal(4, first.Count);
        Assert.Equal(8, second.Count);
        Assert.Empty(first.Select(w => w.ContentHash).Intersect(second.Select(w => w.ContentHash)));
        Assert.Empty(queue.Claim("w3", 100, TimeSpan.FromMinutes(1)));
        // Claims come in submission order and carry everything ingest read.
        Assert.Equal(["d0", "d1", "d2", "d3"], first.Select(w => w.Item.Document.Id).ToArray());
        var d = first[0].Item;
        Assert.Equal((new DateOnly(2025, 5, 14), "Wire", "https://wire.example/0", "Title 0", "By A. Reporter", "ANKARA", "feed.jsonl"),
            (d.Document.PublicationDate!.Value, d.Document.SourceName!, d.Document.Url!, d.Document.Title!, d.Byline!, d.Dateline!, d.Input));
        queue.Complete(first.Select(w => w.ContentHash));
        queue.Fail(second[0].ContentHash, "boom");
        Assert.Equal(new JobStatus(0, 5, 4, 1), queue.Status("job1"));
        Assert.Equal(new JobStatus(0, 2, 0, 0), queue.Status("job2"));
    }

    [PostgresFact]
    public void An_expired_lease_is_claimed_again()
    {
        var (_, queue) = NewQueue();
        using var _ = queue;
        queue.Submit(Enumerable.Range(0, 3).Select(Item), "job");
        Assert.Equal(3, queue.Claim("w1", 10, TimeSpan.FromMilliseconds(300)).Count);
        Assert.Empty(queue.Claim("w2", 10, TimeSpan.FromMinutes(1)));
        Thread.Sleep(600);
        var again = queue.Claim("w2", 10, TimeSpan.FromMinutes(1));
        Assert.Equal(3, again.Count);
        Assert.All(again, w => Assert.Equal(2, w.Attempts));
        Assert.Contains(queue.Workers("job"), w => w.Worker == "w2" && w.Status == "leased" && w.Reclaimed == 3);
    }

    [PostgresFact]
    public void Work_of_a_silo_orleans_declared_dead_is_claimed_at_once()
    {
        var (db, queue) = NewQueue();
        using var _ = queue;
        queue.Submit(Enumerable.Range(0, 3).Select(Item), "job");
        Assert.Equal(3, queue.Claim("10.0.0.7:11111:42", 10, TimeSpan.FromHours(1)).Count);
        Assert.Empty(queue.Claim("10.0.0.8:11111:43", 10, TimeSpan.FromHours(1)));
        // The membership row Orleans writes when it declares that silo dead (status 6).
        using (var conn = new NpgsqlConnection(PostgresConnectionString.Parse(db)))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand("""
                INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES ('tacitus') ON CONFLICT DO NOTHING;
                INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, StartTime, IAmAliveTime)
                VALUES ('tacitus', '10.0.0.7', 11111, 42, 's', 'h', 6, now(), now());
                """, conn);
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(3, queue.Claim("10.0.0.8:11111:43", 10, TimeSpan.FromHours(1)).Count);
    }

    [PostgresFact]
    public void Preparing_the_database_twice_is_harmless()
    {
        var (db, queue) = NewQueue();
        queue.Dispose();
        ClusterDatabase.Prepare(db);
        using var conn = new NpgsqlConnection(PostgresConnectionString.Parse(db));
        conn.Open();
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM OrleansQuery", conn);
        Assert.Equal(9L, (long)cmd.ExecuteScalar()!);
    }

    [Fact]
    public void A_silo_needs_a_postgres_database()
    {
        var ex = Assert.Throws<TacitusException>(() => SiloRunner.Build(new SiloOptions { Database = "tacitus.duckdb" }));
        Assert.Contains("PostgreSQL", ex.Message);
    }
}
