using System.CommandLine;
using System.Globalization;
using Tacitus.Storage.Bench;

namespace Tacitus.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create(CliContext ctx)
    {
        var events = new Option<long>("--events") { Description = "Synthetic events to load.", DefaultValueFactory = _ => 10_000_000 };
        var db = new Option<string>("--db") { Description = "Scratch store file (deleted first).", DefaultValueFactory = _ => "tacitus-bench.duckdb" };
        var reps = new Option<int>("--repetitions") { Description = "Timed runs per query.", DefaultValueFactory = _ => 20 };
        var keep = new Option<bool>("--keep") { Description = "Keep the scratch store afterwards." };
        var store = new Command("store", "Load N synthetic events and time five typical filtered aggregate queries (p50/p95).");
        store.Add(events);
        store.Add(db);
        store.Add(reps);
        store.Add(keep);
        store.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var n = parse.GetValue(events);
            if (n < 1) throw new UsageException("--events must be at least 1.");
            var path = parse.GetValue(db)!;
            var r = StoreBenchmark.Run(path, n, Math.Max(1, parse.GetValue(reps)), m => ctx.Error.WriteLine($"tacitus: bench: {m}"));
            var c = CultureInfo.InvariantCulture;
            ctx.Out.WriteLine(string.Create(c, $"load: {r.Events:N0} events in {r.LoadTime.TotalSeconds:F1} s ({r.EventsPerSecond:N0} events/s), file {r.FileBytes / 1048576.0:F0} MiB"));
            ctx.Out.WriteLine("query                           p50 ms   p95 ms   rows  description");
            foreach (var q in r.Queries)
                ctx.Out.WriteLine(string.Create(c, $"{q.Name,-30} {q.P50Ms,7:F1} {q.P95Ms,8:F1} {q.ResultRows,6}  {q.Description}"));
            if (!parse.GetValue(keep))
                foreach (var f in new[] { path, path + ".wal" }) if (File.Exists(f)) File.Delete(f);
            return ExitCodes.Ok;
        }));
        var cmd = new Command("bench", "Benchmarks.");
        cmd.Add(store);
        cmd.Add(PipelineBenchCommand.Create(ctx));
        cmd.Add(HttpBenchCommand.Create(ctx));
        cmd.Add(ModelLoadBenchCommand.Create(ctx));
        return cmd;
    }
}
