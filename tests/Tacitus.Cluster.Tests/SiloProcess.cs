using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tacitus.Cluster.Tests;

/// <summary>A <c>tacitus silo</c> in its own process (dotnet tacitus.dll silo …), its output in a log file; Kill9 is SIGKILL.</summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    public int Port { get; }
    public string Log { get; }

    /// <summary>The silo's prefix in the work queue's claimed_by column (address:port:).</summary>
    public string WorkerPrefix => $"127.0.0.1:{Port}:";

    private SiloProcess(Process p, int port, string log)
    {
        _process = p;
        Port = port;
        Log = log;
    }

    public static SiloProcess Start(string db, string logDir, string name, params string[] extra)
    {
        int port = FreePort(), gateway = FreePort();
        var log = Path.Combine(logDir, $"silo-{name}.log");
        var args = string.Join(' ', new[] { Quote(Tacitus()), "silo", "--db", Quote(db), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-port", gateway.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(extra.Select(Quote)));
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"exec dotnet {args} > {Quote(log)} 2>&1");
        return new SiloProcess(Process.Start(psi)!, port, log);
    }

    public bool Exited => _process.HasExited;

    /// <summary>kill -9: the process gets no chance to release its leases or leave the cluster.</summary>
    public void Kill9()
    {
        _process.Kill();   // SIGKILL on Unix
        _process.WaitForExit(10_000);
    }

    public string Output() => File.Exists(Log) ? File.ReadAllText(Log) : "";

    private static string Tacitus()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "tacitus.dll");
        if (File.Exists(here) && File.Exists(Path.Combine(AppContext.BaseDirectory, "tacitus.runtimeconfig.json"))) return here;
        var config = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var built = Path.Combine(TestSupport.SharedData.RepoRoot, "src", "Tacitus.Cli", "bin", config, "net10.0", "tacitus.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("cannot find tacitus.dll", built);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) Kill9();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
