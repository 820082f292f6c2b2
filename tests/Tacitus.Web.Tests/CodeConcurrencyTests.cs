using System.Net.Http.Json;
using Tacitus.Core;

namespace Tacitus.Web.Tests;

/// <summary>POST /api/code codes at most <see cref="TacitusWebOptions.MaxConcurrentCode"/> documents at once, so that a crowd
/// of callers leaves CPU and thread-pool threads to an ingest running beside them.</summary>
public sealed class CodeConcurrencyTests
{
    /// <summary>A stage that takes a while and records how many documents it held at once.</summary>
    private sealed class SlowCountingStage : IDocumentProcessor
    {
        private int _now;
        private int _max;

        public string Name => "slow";

        public int MaxAtOnce => Volatile.Read(ref _max);

        public Document Process(Document document)
        {
            int now = Interlocked.Increment(ref _now);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen) { }
            Thread.Sleep(150);
            Interlocked.Decrement(ref _now);
            return document;
        }
    }

    private static async Task<int> MaxAtOnce(int maxConcurrentCode)
    {
        var stage = new SlowCountingStage();
        var pipeline = new PipelineBuilder().Add(stage).Build();
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io); // so that the unbounded case can run several at once on 2 cores
        try
        {
            using var factory = new TacitusFactory(new TacitusWebOptions { DatabasePath = ":memory:", Pipeline = pipeline, MaxConcurrentCode = maxConcurrentCode });
            using var client = factory.CreateClient();
            var requests = Enumerable.Range(0, 8).Select(i => client.PostAsJsonAsync("/api/code", new { text = $"Putin spoke {i}.", date = "2025-01-01" })).ToList();
            foreach (var r in await Task.WhenAll(requests)) r.EnsureSuccessStatusCode();
            return stage.MaxAtOnce;
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, io);
        }
    }

    [Fact]
    public async Task Code_requests_beyond_the_bound_wait_their_turn()
    {
        Assert.Equal(2, await MaxAtOnce(2));
    }

    [Fact]
    public async Task Without_a_bound_they_run_at_once()
    {
        // The check above could fail: unbounded, the same eight requests overlap.
        Assert.True(await MaxAtOnce(0) > 2);
    }
}
