using System.Diagnostics;
using Tacitus.Storage.Ingest;

namespace Tacitus.Cluster;

/// <summary>What a cluster ingest did.</summary>
public sealed record ClusterIngestResult(string JobId, long Read, int Submitted, JobStatus Status, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Status.Done + Status.Failed) / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// <c>tacitus ingest --cluster</c>: reads the inputs, submits each distinct document to the cluster's work queue, and
/// (unless told not to) waits until the silos have coded and stored them all.
/// </summary>
public static class ClusterIngest
{
    public static ClusterIngestResult Run(string db, IReadOnlyList<string> inputs, IngestReader reader, bool wait, Action<JobStatus>? progress = null,
        TimeSpan? poll = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        ClusterDatabase.Prepare(db);
        var job = $"job-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}";
        long read = 0;
        using var queue = new WorkQueue(db);
        IEnumerable<IngestItem> Items()
        {
            foreach (var input in inputs)
                foreach (var item in reader.Read(input))
                {
                    cancel.ThrowIfCancellationRequested();
                    read++;
                    yield return item;
                }
        }
        int submitted = queue.Submit(Items(), job);
        var status = queue.Status(job);
        progress?.Invoke(status);
        while (wait && !status.Finished)
        {
            cancel.WaitHandle.WaitOne(poll ?? TimeSpan.FromSeconds(1));
            cancel.ThrowIfCancellationRequested();
            var next = queue.Status(job);
            if (next != status) progress?.Invoke(next);
            status = next;
        }
        return new ClusterIngestResult(job, read, submitted, status, clock.Elapsed);
    }
}
