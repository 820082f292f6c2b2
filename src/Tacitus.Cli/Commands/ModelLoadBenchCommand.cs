using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Tacitus.Core;
using Tacitus.Engine;

namespace Tacitus.Cli.Commands;

/// <summary>
/// <c>tacitus bench models [--models DIR] [--stages a,b] [--repetitions N]</c>: how long each pipeline stage takes to
/// load its model, in this process — the first load (cold: includes JIT and reading the files from the page cache) and
/// the fastest of N further loads (warm) — wall clock and CPU time of the process.
/// </summary>
internal static class ModelLoadBenchCommand
{
    public static Command Create(CliContext ctx)
    {
        var models = new Option<string?>("--models") { Description = "Directory with the models (default: the shipped models)." };
        var stages = new Option<string?>("--stages") { Description = "Comma-separated stages to load (default: every standard stage)." };
        var reps = new Option<int>("--repetitions") { Description = "Warm loads after the first one; the fastest counts.", DefaultValueFactory = _ => 3 };
        var cmd = new Command("models", "Time loading each stage's model: the first (cold) load in this process and the fastest of N warm loads.");
        cmd.Add(models);
        cmd.Add(stages);
        cmd.Add(reps);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var dir = parse.GetValue(models) ?? TacitusEngine.DefaultModelDirectory;
            if (!Directory.Exists(dir)) throw new UsageException($"--models: directory '{dir}' does not exist.");
            int n = parse.GetValue(reps);
            if (n < 0) throw new UsageException("--repetitions must be at least 0.");
            var names = parse.GetValue(stages) is { } s
                ? s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray()
                : TacitusEngine.StandardStages;
            var catalog = StandardCatalog.Create();
            var config = new PipelineConfig(names, dir);
            var inv = CultureInfo.InvariantCulture;
            ctx.Out.WriteLine($"{"stage",-12} {"cold ms",9} {"cold CPU ms",12} {"warm ms",9} {"warm CPU ms",12}");
            double coldWall = 0, coldCpu = 0;
            foreach (var name in names)
            {
                var (wall, cpu) = Time(() => catalog.Create(name, config));
                double bestWall = double.NaN, bestCpu = double.NaN;
                for (int i = 0; i < n; i++)
                {
                    var (w, c) = Time(() => catalog.Create(name, config));
                    if (!(w >= bestWall)) bestWall = w;
                    if (!(c >= bestCpu)) bestCpu = c;
                }
                coldWall += wall;
                coldCpu += cpu;
                ctx.Out.WriteLine(string.Create(inv, $"{name,-12} {wall,9:F0} {cpu,12:F0} {bestWall,9:F0} {bestCpu,12:F0}"));
            }
            ctx.Out.WriteLine(string.Create(inv, $"{"total",-12} {coldWall,9:F0} {coldCpu,12:F0}"));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    /// <summary>Wall-clock and process CPU milliseconds of one load (CPU time includes the JIT and GC threads).</summary>
    private static (double Wall, double Cpu) Time(Func<IDocumentProcessor> load)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        GC.KeepAlive(load());
        sw.Stop();
        process.Refresh();
        return (sw.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu0).TotalMilliseconds);
    }
}
