using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Tacitus.Cluster;
using Tacitus.Storage.Ingest;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus silo</c>: runs one Orleans silo that codes documents from the cluster's work queue; and the <c>ingest --cluster</c> branch.</summary>
internal static class SiloCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = new Option<string>("--db") { Description = "The cluster's PostgreSQL database (postgres://user@host:port/db): membership, work queue and event store.", Required = true };
        var port = new Option<int>("--port") { Description = "Silo-to-silo port (0 = any free port).", DefaultValueFactory = _ => 11111 };
        var gateway = new Option<int>("--gateway-port") { Description = "Client gateway port (0 = any free port).", DefaultValueFactory = _ => 30000 };
        var address = new Option<string?>("--address") { Description = "The address other silos reach this one at (default: 127.0.0.1; on real machines the host's IP, and the silo listens on all interfaces)." };
        var clusterId = new Option<string>("--cluster-id") { Description = "Silos sharing a database and cluster id form one cluster.", DefaultValueFactory = _ => "tacitus" };
        var models = new Option<string?>("--models") { Description = "Directory with the models to use (default: the shipped models)." };
        var parallel = new Option<int?>("--parallel") { Description = "Documents coded at once (default: one per core)." };
        var batch = new Option<int>("--batch-size") { Description = "Documents claimed and stored at once.", DefaultValueFactory = _ => 16 };
        var lease = new Option<int>("--lease-seconds") { Description = "How long a claim holds its documents before other silos may take them.", DefaultValueFactory = _ => 60 };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log Orleans information messages." };
        var cmd = new Command("silo", "Run a cluster silo (Orleans, membership in PostgreSQL) that codes documents submitted with 'tacitus ingest --cluster' and stores their events; stops on Ctrl-C or SIGTERM.");
        var nerModel = CommonOptions.NewNerModel();
        foreach (var o in new Option[] { db, port, gateway, address, clusterId, models, nerModel, parallel, batch, lease, verbose }) cmd.Add(o);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var modelDir = parse.GetValue(models);
            if (modelDir is not null && !Directory.Exists(modelDir)) throw new UsageException($"--models: directory '{modelDir}' does not exist.");
            if (parse.GetValue(batch) < 1) throw new UsageException("--batch-size must be at least 1.");
            if (parse.GetValue(lease) < 1) throw new UsageException("--lease-seconds must be at least 1.");
            IPAddress? ip = null;
            if (parse.GetValue(address) is { } a && !IPAddress.TryParse(a, out ip)) throw new UsageException($"--address must be an IP address, got '{a}'.");
            var options = new SiloOptions
            {
                Database = parse.GetValue(db)!,
                SiloPort = parse.GetValue(port),
                GatewayPort = parse.GetValue(gateway),
                AdvertisedAddress = ip,
                ClusterId = parse.GetValue(clusterId)!,
                ModelDirectory = modelDir,
                Settings = CommonOptions.NerModelSettings(parse.GetValue(nerModel), modelDir),
                LogLevel = parse.GetValue(verbose) ? Microsoft.Extensions.Logging.LogLevel.Information : Microsoft.Extensions.Logging.LogLevel.Warning,
                Worker = new WorkerOptions
                {
                    BatchSize = parse.GetValue(batch),
                    Parallelism = parse.GetValue(parallel) ?? Environment.ProcessorCount,
                    Lease = TimeSpan.FromSeconds(parse.GetValue(lease)),
                },
            };
            using var host = SiloRunner.Build(options, ctx.Error);
            host.Start();
            ctx.Error.WriteLine($"tacitus: silo started (cluster '{options.ClusterId}', store {Tacitus.Storage.EventStores.Describe(options.Database)}); Ctrl-C stops it");
            host.WaitForShutdown();
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    /// <summary>ingest --cluster: submit the documents to the work queue and wait for the silos.</summary>
    public static int Ingest(CliContext ctx, string db, IReadOnlyList<string> files, IngestReader reader, bool wait, bool failed)
    {
        var r = ClusterIngest.Run(db, files, reader, wait, s => ctx.Error.WriteLine(
            $"tacitus: cluster ingest: {s.Done} done, {s.Failed} failed, {s.Queued + s.Leased} waiting"));
        ctx.Out.WriteLine(wait
            ? $"cluster ingest {r.JobId}: read {r.Read} documents, submitted {r.Submitted} ({r.Read - r.Submitted} already queued or duplicates); " +
              $"{r.Status.Done} coded and stored, {r.Status.Failed} failed in {r.Elapsed.TotalSeconds:F1} s ({r.DocumentsPerSecond:F1} docs/s)"
            : $"cluster ingest {r.JobId}: read {r.Read} documents, submitted {r.Submitted} ({r.Read - r.Submitted} already queued or duplicates); not waiting");
        return failed || r.Status.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
