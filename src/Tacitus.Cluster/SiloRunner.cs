using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Tacitus.Core;
using Tacitus.Storage.Postgres;

namespace Tacitus.Cluster;

/// <summary>How to run one silo.</summary>
public sealed record SiloOptions
{
    /// <summary>The cluster's PostgreSQL database (membership, work queue and event store).</summary>
    public required string Database { get; init; }
    /// <summary>Silo-to-silo port (0 = any free port).</summary>
    public int SiloPort { get; init; } = 11111;
    /// <summary>Client gateway port (0 = any free port).</summary>
    public int GatewayPort { get; init; } = 30000;
    /// <summary>The address other silos reach this one at (default: loopback; give the host's address on real machines).</summary>
    public IPAddress? AdvertisedAddress { get; init; }
    /// <summary>Orleans cluster id: silos with the same database and cluster id form one cluster.</summary>
    public string ClusterId { get; init; } = "tacitus";
    public string? ModelDirectory { get; init; }
    /// <summary>Engine settings for the silo's pipeline (e.g. <c>ner.model</c>: which ner model tags names).</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, string> Settings { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;
    public WorkerOptions Worker { get; init; } = new();
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
}

/// <summary>Starts an Orleans silo with ADO.NET clustering on PostgreSQL and the ingest worker.</summary>
public static class SiloRunner
{
    public static IHost Build(SiloOptions o, TextWriter? log = null)
    {
        if (!PostgresConnectionString.IsPostgres(o.Database))
            throw new TacitusException($"a silo needs a PostgreSQL database (postgres://user@host:port/db), not '{o.Database}'.");
        var cs = ClusterDatabase.Prepare(o.Database);
        ClusterDatabase.RegisterProvider();
        var pipeline = Engine.TacitusEngine.Build(new Engine.EngineOptions { ModelDirectory = o.ModelDirectory, Settings = o.Settings });
        int siloPort = o.SiloPort == 0 ? FreePort() : o.SiloPort;
        int gatewayPort = o.GatewayPort == 0 ? FreePort() : o.GatewayPort;

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        // Tacitus's own messages (one line per stored batch) at Information; Orleans's at the chosen level.
        builder.Logging.AddFilter((category, level) =>
            level >= (category?.StartsWith("Tacitus", StringComparison.Ordinal) == true ? LogLevel.Information : o.LogLevel));
        builder.Logging.AddProvider(new LineLoggerProvider(log ?? Console.Error));
        builder.Services.AddSingleton(o.Worker);
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton(_ => new WorkQueue(o.Database));
        builder.Services.AddSingleton(_ => PostgresEventStore.Open(o.Database));
        builder.Services.AddHostedService<IngestWorker>();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(c =>
            {
                c.ClusterId = o.ClusterId;
                c.ServiceId = "tacitus";
            });
            silo.UseAdoNetClustering(a =>
            {
                a.Invariant = ClusterDatabase.Invariant;
                a.ConnectionString = cs;
            });
            silo.ConfigureEndpoints(o.AdvertisedAddress ?? IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: o.AdvertisedAddress is not null);
            silo.Configure<ClusterMembershipOptions>(m =>
            {
                // Declare a killed silo dead within seconds (the defaults take about a minute), so its leases are reclaimed early.
                m.ProbeTimeout = TimeSpan.FromSeconds(2);
                m.NumMissedProbesLimit = 2;
                m.TableRefreshTimeout = TimeSpan.FromSeconds(5);
                m.DefunctSiloCleanupPeriod = TimeSpan.FromMinutes(10);
                m.DefunctSiloExpiration = TimeSpan.FromHours(1);
            });
        });
        return builder.Build();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>One line per log message ("tacitus silo: warn: …"), so silo logs read like the CLI's.</summary>
    private sealed class LineLoggerProvider(TextWriter writer) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new LineLogger(writer, categoryName);
        public void Dispose() { }

        private sealed class LineLogger(TextWriter writer, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var level = logLevel switch { LogLevel.Warning => "warn", LogLevel.Error => "error", LogLevel.Critical => "crit", LogLevel.Information => "info", _ => "debug" };
                var source = category.StartsWith("Tacitus", StringComparison.Ordinal) ? "" : category + ": ";
                var line = $"tacitus silo: {level}: {source}{formatter(state, exception).Replace('\n', ' ')}";
                lock (writer)
                {
                    writer.WriteLine(line);
                    writer.Flush();
                }
            }
        }
    }
}
