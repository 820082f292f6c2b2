using System.Diagnostics;
using Tacitus.Storage.DuckDb;

namespace Tacitus.Storage.Bench;

public sealed record QueryTiming(string Name, string Description, double P50Ms, double P95Ms, long ResultRows);

public sealed record StoreBenchmarkResult(long Events, TimeSpan LoadTime, long FileBytes, IReadOnlyList<QueryTiming> Queries)
{
    public double EventsPerSecond => Events / LoadTime.TotalSeconds;
}

/// <summary>
/// <c>tacitus bench store</c>: loads N synthetic events through the store's bulk path (DuckDB Appender) and times
/// five typical filtered aggregate queries through the same store API the CLI and REST API use.
/// </summary>
public static class StoreBenchmark
{
    public static StoreBenchmarkResult Run(string path, long events, int repetitions = 20, Action<string>? log = null)
    {
        foreach (var f in new[] { path, path + ".wal" }) if (File.Exists(f)) File.Delete(f);
        using var store = DuckDbEventStore.Open(path);
        var clock = Stopwatch.StartNew();
        long loaded = 0;
        foreach (var chunk in SyntheticEvents.Generate(events).Chunk(1_000_000))
        {
            loaded += store.ImportEvents(chunk);
            log?.Invoke($"loaded {loaded:N0} events ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        store.Checkpoint();
        var load = clock.Elapsed;

        (string Name, string Description, Func<long> Run)[] queries =
        [
            ("fights-by-month", "CAMEO root 19 (fight), events per month", () => store.CountBy(new EventFilter { Cameo = "19" }, StatDimension.Month).Count),
            ("ukr-conflict-by-country-2022", "quad class 4 involving UKR in 2022, by country",
                () => store.CountBy(new EventFilter { Country = "UKR", QuadClass = 4, From = new(2022, 1, 1), To = new(2022, 12, 31) }, StatDimension.Country).Count),
            ("top-actors-rus-2024", "top 20 actors in events involving RUS in 2024",
                () => store.TopActors(new EventFilter { Country = "RUS", From = new(2024, 1, 1), To = new(2024, 12, 31) }, 20).Count),
            ("bbox-by-code-2023", "events in a Middle East bounding box in 2023, by CAMEO root",
                () => store.CountBy(new EventFilter { Box = new BoundingBox(12, 25, 42, 63), From = new(2023, 1, 1), To = new(2023, 12, 31) }, StatDimension.CameoRoot).Count),
            ("actor-protest-timeline", "actor name contains 'CHN OPP', PLOVER PROTEST, per month",
                () => store.CountBy(new EventFilter { Actor = "CHN OPP", PloverType = "PROTEST" }, StatDimension.Month).Count),
        ];
        var timings = new List<QueryTiming>();
        foreach (var (name, description, run) in queries)
        {
            long rows = run();
            run();
            var samples = new double[repetitions];
            for (int i = 0; i < repetitions; i++)
            {
                var t = Stopwatch.GetTimestamp();
                rows = run();
                samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
            Array.Sort(samples);
            timings.Add(new QueryTiming(name, description, Percentile(samples, 0.50), Percentile(samples, 0.95), rows));
            log?.Invoke($"{name}: p50 {timings[^1].P50Ms:F1} ms");
        }
        long bytes = File.Exists(path) ? new FileInfo(path).Length : 0;
        return new StoreBenchmarkResult(loaded, load, bytes, timings);
    }

    private static double Percentile(double[] sorted, double p)
    {
        double rank = p * (sorted.Length - 1);
        int lo = (int)Math.Floor(rank), hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
}
