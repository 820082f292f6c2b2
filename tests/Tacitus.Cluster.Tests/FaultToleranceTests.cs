using System.Diagnostics;
using Tacitus.Storage;
using Tacitus.Storage.DuckDb;
using Tacitus.Storage.Ingest;
using Tacitus.TestSupport;
using Xunit.Abstractions;

namespace Tacitus.Cluster.Tests;

public class FaultToleranceTests(ITestOutputHelper output)
{
    /// <summary>
    /// PostgreSQL and two silos in separate processes on loopback; 500+ documents submitted; one silo killed with
    /// SIGKILL once a fifth of the corpus is stored. The survivor must finish the job, and the PostgreSQL store must
    /// equal a single-process DuckDB ingest of the same corpus: same documents and layers, same events, same mentions,
    /// sources and articles, same evidence.
    /// </summary>
    [PostgresFact]
    public void A_silo_killed_mid_ingest_loses_nothing_and_stores_nothing_twice()
    {
        var clock = Stopwatch.StartNew();
        var dir = Path.Combine(Path.GetTempPath(), "tacitus-cluster-tests", Guid.NewGuid().ToString("N")[..12]);
        var corpus = Path.Combine(dir, "corpus");
        var showcase = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "istanbul-talks-2025-05-14.txt"));
        int distinct = ClusterCorpus.Write(corpus, 500, showcase);
        Assert.True(distinct >= 500, $"corpus has {distinct} distinct documents");

        var db = PostgresServer.Shared.CreateDatabase("cluster");
        ClusterDatabase.Prepare(db);
        string[] siloArgs = ["--lease-seconds", "20", "--batch-size", "8"];
        using var a = SiloProcess.Start(db, dir, "a", siloArgs);
        using var b = SiloProcess.Start(db, dir, "b", siloArgs);

        // The reference: the single-process ingest into DuckDB (while the silos start).
        var reader = new IngestReader();
        var files = reader.Expand([corpus]);
        StoreSnapshot expected;
        using (var reference = DuckDbEventStore.Open(Path.Combine(dir, "reference.duckdb")))
        {
            var r = new Ingester(reference, Engine.TacitusEngine.Build()).Run(files, reader);
            Assert.Equal(distinct, r.Stored);
            expected = StoreSnapshot.Of(reference);
        }
        output.WriteLine($"reference ingest done at {clock.Elapsed.TotalSeconds:F0} s: {expected.Counts}");

        var job = ClusterIngest.Run(db, files, new IngestReader(), wait: false);
        Assert.Equal(distinct, job.Submitted);
        using var queue = new WorkQueue(db);
        var deadline = Stopwatch.StartNew();
        bool killed = false;
        JobStatus status;
        while (true)
        {
            status = queue.Status(job.JobId);
            if (!killed)
            {
                var leasedByA = queue.Workers(job.JobId).Where(w => w.Worker.StartsWith(a.WorkerPrefix, StringComparison.Ordinal) && w.Status == "leased").Sum(w => w.Documents);
                if (status.Done >= distinct / 5 && leasedByA > 0)
                {
                    a.Kill9();
                    killed = true;
                    output.WriteLine($"killed silo a at {clock.Elapsed.TotalSeconds:F0} s holding {leasedByA} leased documents; {status}");
                }
            }
            if (status.Finished) break;
            Assert.False(b.Exited, "silo b exited:\n" + b.Output());
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(240), $"cluster did not finish: {status}\nsilo a:\n{a.Output()}\nsilo b:\n{b.Output()}");
            Thread.Sleep(250);
        }
        output.WriteLine($"cluster done at {clock.Elapsed.TotalSeconds:F0} s: {status}");
        foreach (var w in queue.Workers(job.JobId)) output.WriteLine($"  {w.Worker} {w.Status}: {w.Documents} ({w.Reclaimed} reclaimed)");

        Assert.True(killed, "silo a was never caught holding work (both silos must take part)");
        Assert.Equal(distinct, status.Done);
        Assert.Equal(0, status.Failed);
        var workers = queue.Workers(job.JobId);
        Assert.Contains(workers, w => w.Worker.StartsWith(a.WorkerPrefix, StringComparison.Ordinal) && w.Documents > 0);
        Assert.Contains(workers, w => w.Worker.StartsWith(b.WorkerPrefix, StringComparison.Ordinal) && w.Reclaimed > 0);

        using var store = EventStores.Open(db, readOnly: true);
        var actual = StoreSnapshot.Of(store);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Events.Count, actual.Events.Count);
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Contains(actual.Events, e => int.Parse(e.Split('|')[^3], System.Globalization.CultureInfo.InvariantCulture) >= 3);   // corroborated events exist
        try
        {
            Directory.Delete(dir, true);
        }
        catch (IOException)
        {
        }
    }
}
