using System.CommandLine;
using Spectre.Console;
using Tacitus.Storage.DuckDb;
using Tacitus.Storage.Ingest;

namespace Tacitus.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliContext ctx)
    {
        var store = new StoreOptions();
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (recursive: *.txt, *.html, *.jsonl, *.rss, *.atom, *.xml, and any of them .gz) or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var date = new Option<string?>("--date", "-d") { Description = "Publication date (YYYY-MM-DD) for documents whose input gives none." };
        var models = new Option<string?>("--models") { Description = "Directory with the models to use (default: the shipped models)." };
        var parallel = new Option<int?>("--parallel") { Description = "Documents coded at once (default: one per core)." };
        var batch = new Option<int>("--batch-size") { Description = "Documents per transaction.", DefaultValueFactory = _ => 64 };
        var cluster = new Option<string?>("--cluster") { Description = "Submit the documents to the cluster whose PostgreSQL database this is (postgres://…) and wait until its silos (tacitus silo) have stored them." };
        var noWait = new Option<bool>("--no-wait") { Description = "With --cluster: submit and return without waiting." };
        var delay = new Option<int>("--batch-delay-ms") { Description = "Pause after each batch (testing).", DefaultValueFactory = _ => 0, Hidden = true };

        var cmd = new Command("ingest", "Read, code and store documents in the event store; documents already stored are skipped, so an interrupted ingest is finished by running it again.");
        cmd.Add(inputs);
        store.AddDb(cmd);
        foreach (var o in new Option[] { date, models, parallel, batch, cluster, noWait, delay }) cmd.Add(o);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var d = StoreOptions.Date(parse.GetValue(date), "--date");
            var modelDir = parse.GetValue(models);
            if (modelDir is not null && !Directory.Exists(modelDir)) throw new UsageException($"--models: directory '{modelDir}' does not exist.");
            if (parse.GetValue(batch) < 1) throw new UsageException("--batch-size must be at least 1.");
            var pipeline = Engine.TacitusEngine.Build(new Engine.EngineOptions { ModelDirectory = modelDir });
            bool failed = false;
            var reader = new IngestReader(() => ctx.In, d) { Today = ctx.Today };
            reader.Warning += w => ctx.Error.WriteLine($"tacitus: warning: {w}");
            reader.Problem += p =>
            {
                ctx.Error.WriteLine($"tacitus: {p}");
                failed = true;
            };
            var list = parse.GetValue(inputs) is { Length: > 0 } given ? given : ["-"];
            var files = reader.Expand(list);
            if (parse.GetValue(cluster) is { } clusterDb) return SiloCommand.Ingest(ctx, clusterDb, files, reader, !parse.GetValue(noWait), failed);
            using var db = Tacitus.Storage.EventStores.Open(parse.GetValue(store.Db)!);
            var ingester = new Ingester(db, pipeline, new IngestOptions
            {
                BatchSize = parse.GetValue(batch),
                Parallelism = parse.GetValue(parallel) ?? Environment.ProcessorCount,
                BatchDelay = TimeSpan.FromMilliseconds(parse.GetValue(delay)),
            });
            IngestProgress result;
            bool terminal = ReferenceEquals(ctx.Error, Console.Error) && !Console.IsErrorRedirected;
            if (terminal)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                result = null!;
                console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .Start(p =>
                    {
                        var task = p.AddTask("ingest", maxValue: Math.Max(1, files.Count));
                        result = ingester.Run(files, reader, s =>
                        {
                            task.Value = s.InputsDone;
                            task.Description = $"{s.Stored:N0} docs stored, {s.DocumentsPerSecond:F0} docs/s, {s.EventsPerSecond:F0} events/s";
                        });
                        task.Value = task.MaxValue;
                    });
            }
            else
            {
                string? lastLine = null;
                result = ingester.Run(files, reader, s =>
                {
                    var line = $"tacitus: ingest: {s.Stored} stored, {s.Skipped} skipped, {s.Events} event mentions ({s.InputsDone}/{s.InputsTotal} inputs)";
                    if (line != lastLine) ctx.Error.WriteLine(line);
                    lastLine = line;
                });
            }
            ctx.Out.WriteLine(
                $"ingested {result.Read} documents in {result.Elapsed.TotalSeconds:F1} s ({result.DocumentsPerSecond:F1} docs/s): " +
                $"{result.Stored} stored, {result.Skipped} already stored, {result.NearDuplicates} near-duplicates, {result.Failed} failed; " +
                $"{result.Events} event mentions ({result.EventsPerSecond:F1}/s), {result.NewEvents} new events; store: {Tacitus.Storage.EventStores.Describe(parse.GetValue(store.Db)!)}");
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return cmd;
    }
}
