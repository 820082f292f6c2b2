using System.Diagnostics;
using Tacitus.Core;
using Tacitus.Engine.Input;

namespace Tacitus.Storage.Ingest;

public sealed record IngestOptions
{
    /// <summary>Documents processed at once (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Documents per transaction: a crash loses at most the batch being written.</summary>
    public int BatchSize { get; init; } = 64;
    /// <summary>A pause after each committed batch (for tests that interrupt an ingest).</summary>
    public TimeSpan BatchDelay { get; init; } = TimeSpan.Zero;
}

/// <summary>Where an ingest is.</summary>
public sealed record IngestProgress(
    long Read, long Stored, long Skipped, long Failed, long Events, long NewEvents, long NearDuplicates, int InputsDone, int InputsTotal, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : 0;
    /// <summary>Estimated time left, from the share of inputs done.</summary>
    public TimeSpan? Remaining => InputsDone <= 0 || InputsTotal <= 0 ? null : Elapsed * ((double)(InputsTotal - InputsDone) / InputsDone);
}

/// <summary>
/// Reads, codes and stores documents: inputs are read in order, coded in parallel (the pipeline is thread-safe),
/// and written in transactional batches by one writer. Documents already stored (same content hash) are skipped,
/// so an interrupted ingest is finished by running it again.
/// </summary>
public sealed class Ingester(IEventStore store, Pipeline pipeline, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();

    public IngestProgress Run(IReadOnlyList<string> inputs, IngestReader reader, Action<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        long read = 0, stored = 0, skipped = 0, failed = 0, events = 0, newEvents = 0, nearDups = 0;
        int inputsDone = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        IEnumerable<(IngestItem Item, string Hash, int Input)> Source()
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                foreach (var item in reader.Read(inputs[i]))
                {
                    cancel.ThrowIfCancellationRequested();
                    Interlocked.Increment(ref read);
                    var hash = ContentHashing.Of(item.Document.Text);
                    if (!seen.Add(hash) || store.ContainsDocument(hash))
                    {
                        Interlocked.Increment(ref skipped);
                        continue;
                    }
                    yield return (item, hash, i);
                }
                Volatile.Write(ref inputsDone, i + 1);
            }
        }

        IngestProgress Snapshot() => new(Interlocked.Read(ref read), stored, Interlocked.Read(ref skipped), Interlocked.Read(ref failed), events, newEvents, nearDups,
            Volatile.Read(ref inputsDone), inputs.Count, clock.Elapsed);

        StoredDocument? Code((IngestItem Item, string Hash, int Input) x)
        {
            try
            {
                var doc = pipeline.Process(x.Item.Document);
                return new StoredDocument(doc, x.Hash) { Byline = x.Item.Byline, Dateline = x.Item.Dateline, Input = x.Item.Input };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref failed);
                reader.ReportProblem(new InputProblem(x.Item.Input, $"document '{x.Item.Document.Id}' could not be coded ({ex.GetType().Name}: {ex.Message.Split('\n')[0]})"));
                return null;
            }
        }

        var batch = new List<StoredDocument>(_options.BatchSize);
        void Flush()
        {
            if (batch.Count == 0) return;
            var r = store.StoreBatch(batch);
            stored += r.DocumentsStored;
            Interlocked.Add(ref skipped, r.DocumentsSkipped);
            events += r.EventMentions;
            newEvents += r.NewEvents;
            nearDups += r.NearDuplicates;
            batch.Clear();
            progress?.Invoke(Snapshot());
            if (_options.BatchDelay > TimeSpan.Zero) Thread.Sleep(_options.BatchDelay);
        }

        var coded = Source()
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, _options.Parallelism))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancel)
            .Select(Code);
        foreach (var doc in coded)
        {
            if (doc is null) continue;
            batch.Add(doc);
            if (batch.Count >= _options.BatchSize) Flush();
        }
        Flush();
        var final = Snapshot() with { InputsDone = inputs.Count };
        progress?.Invoke(final);
        return final;
    }
}
