using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Tacitus.Core;
using Tacitus.Storage;
using Tacitus.Storage.Postgres;

namespace Tacitus.Cluster;

/// <summary>What a silo's ingest worker does.</summary>
public sealed record WorkerOptions
{
    /// <summary>Documents claimed at once (coded in parallel, stored in one transaction).</summary>
    public int BatchSize { get; init; } = 16;
    /// <summary>Documents coded at once (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>How long a claim holds its documents; a silo that dies loses its claim after this.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>How long an idle worker waits before looking for work again.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(500);
    /// <summary>A document that has been claimed this many times without being stored is recorded as failed.</summary>
    public int MaxAttempts { get; init; } = 5;
}

/// <summary>
/// A silo's ingest loop: claim a batch from the work queue, code it with the standard pipeline, store it in the
/// PostgreSQL event store, mark it done. Metrics go to the "Tacitus.Cluster" meter (see docs/deploy.md).
/// </summary>
public sealed class IngestWorker(
    WorkQueue queue, PostgresEventStore store, Pipeline pipeline, WorkerOptions options, ILocalSiloDetails silo, ILogger<IngestWorker> log)
    : BackgroundService
{
    private static readonly Meter Meter = new("Tacitus.Cluster");
    private static readonly Counter<long> Documents = Meter.CreateCounter<long>("tacitus.cluster.documents", "{document}", "Documents coded and stored by this silo");
    private static readonly Counter<long> EventMentions = Meter.CreateCounter<long>("tacitus.cluster.event_mentions", "{mention}", "Event mentions stored by this silo");
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("tacitus.cluster.failures", "{document}", "Documents that could not be coded");
    private static readonly Histogram<double> BatchSeconds = Meter.CreateHistogram<double>("tacitus.cluster.batch.duration", "s", "Claim-to-done time of a batch");
    private static readonly Histogram<double> StoreSeconds = Meter.CreateHistogram<double>("tacitus.cluster.store.duration", "s", "Time to store a coded batch in PostgreSQL");

    /// <summary>This silo's name in the queue's claimed_by column: the membership table's address:port:generation.</summary>
    public string WorkerId { get; } = $"{silo.SiloAddress.Endpoint.Address}:{silo.SiloAddress.Endpoint.Port}:{silo.SiloAddress.Generation}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stop = stoppingToken;
        await Task.Yield();
        log.LogInformation("ingest worker {Worker} started", WorkerId);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!RunBatch(stop)) await Task.Delay(options.Poll, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A lost database connection or similar: the claim's lease returns its documents to the queue.
                log.LogWarning("ingest worker {Worker}: {Error}; retrying", WorkerId, ex.Message.Split('\n')[0]);
                await Task.Delay(TimeSpan.FromSeconds(2), stop).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Claims, codes and stores one batch; false when the queue had nothing to claim.</summary>
    internal bool RunBatch(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var items = queue.Claim(WorkerId, options.BatchSize, options.Lease);
        if (items.Count == 0) return false;
        var coded = items
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, options.Parallelism))
            .WithCancellation(stop)
            .Select(w =>
            {
                if (w.Attempts > options.MaxAttempts) return (w, (StoredDocument?)null, $"claimed {w.Attempts} times without being stored");
                try
                {
                    var doc = pipeline.Process(w.Item.Document);
                    return (w, new StoredDocument(doc, w.ContentHash) { Byline = w.Item.Byline, Dateline = w.Item.Dateline, Input = w.Item.Input }, (string?)null);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    return (w, null, $"{ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
                }
            })
            .ToList();
        var ok = coded.Where(c => c.Item2 is not null).Select(c => c.Item2!).ToList();
        var codedAt = clock.Elapsed;
        var result = store.StoreBatch(ok);
        var storeTime = clock.Elapsed - codedAt;
        queue.Complete(ok.Select(d => d.ContentHash));
        foreach (var (w, _, error) in coded.Where(c => c.Item2 is null))
        {
            queue.Fail(w.ContentHash, error!);
            Failures.Add(1);
            log.LogWarning("document '{Id}' ({Input}) could not be coded: {Error}", w.Item.Document.Id, w.Item.Input, error);
        }
        Documents.Add(ok.Count);
        EventMentions.Add(result.EventMentions);
        BatchSeconds.Record(clock.Elapsed.TotalSeconds);
        StoreSeconds.Record(storeTime.TotalSeconds);
        log.LogInformation("batch of {Count}: claimed and coded in {Code:F2} s, stored in {Store:F2} s ({Mentions} event mentions, {New} new events)",
            items.Count, codedAt.TotalSeconds, storeTime.TotalSeconds, result.EventMentions, result.NewEvents);
        return true;
    }
}
