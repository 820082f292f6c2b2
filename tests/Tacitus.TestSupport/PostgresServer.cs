using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tacitus.TestSupport;

/// <summary>
/// A private PostgreSQL server for tests: initdb into a temporary directory and pg_ctl start on a free loopback port
/// (as the 'postgres' user when the tests run as root, since PostgreSQL refuses to run as root). One server per test
/// process, stopped when the process exits; each test makes its own database with <see cref="CreateDatabase"/>.
/// The binaries come from the Debian package (/usr/lib/postgresql/N/bin) or TACITUS_PG_BIN; tests that need them use
/// <see cref="PostgresFactAttribute"/>, which skips with a message when they are absent.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string SkipMessage = "needs the PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb; 'apt-get install postgresql', done by .ci/install-deps in CI); skipped";
    public const string User = "tacitus";

    private static readonly Lazy<PostgresServer> SharedServer = new(() =>
    {
        var s = Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => s.Dispose();
        return s;
    });

    private static int _databases;

    /// <summary>The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? BinDirectory { get; } = FindBin();

    public static bool Available => BinDirectory is not null;

    /// <summary>The server shared by the tests of this process (started on first use).</summary>
    public static PostgresServer Shared => SharedServer.Value;

    public int Port { get; }
    public string Directory { get; }
    private bool _stopped;

    private PostgresServer(int port, string directory)
    {
        Port = port;
        Directory = directory;
    }

    private static string? FindBin()
    {
        var env = Environment.GetEnvironmentVariable("TACITUS_PG_BIN");
        if (!string.IsNullOrEmpty(env)) return File.Exists(Path.Combine(env, "initdb")) ? env : null;
        if (!System.IO.Directory.Exists("/usr/lib/postgresql")) return null;
        return System.IO.Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Starts a new server (most tests want <see cref="Shared"/>).</summary>
    public static PostgresServer Start()
    {
        if (BinDirectory is null) throw new InvalidOperationException(SkipMessage);
        RemoveStale();
        var dir = Path.Combine(Path.GetTempPath(), "tacitus-pg-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(dir);
        if (IsRoot) Run("chown", ["postgres:postgres", dir]);
        var data = Path.Combine(dir, "data");
        RunPg("initdb", ["-D", data, "-U", User, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        for (int attempt = 0; ; attempt++)
        {
            int port = FreePort();
            var options = $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c max_wal_size=64MB -c min_wal_size=32MB";
            try
            {
                RunPg("pg_ctl", ["-D", data, "-l", Path.Combine(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
                return new PostgresServer(port, dir);
            }
            catch (InvalidOperationException) when (attempt < 2)
            {
                // The port was taken between choosing and binding it: try another.
            }
        }
    }

    /// <summary>Deletes the directories of earlier test servers that are no longer running (a test process that is killed cannot clean up after itself).</summary>
    private static void RemoveStale()
    {
        foreach (var stale in System.IO.Directory.GetDirectories(Path.GetTempPath(), "tacitus-pg-*"))
        {
            var pidFile = Path.Combine(stale, "data", "postmaster.pid");
            try
            {
                if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && IsRunning(pid)) continue;
                if (System.IO.Directory.GetLastWriteTimeUtc(stale) > DateTime.UtcNow.AddMinutes(-1)) continue;   // being set up right now
                System.IO.Directory.Delete(stale, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Creates a fresh database and returns its postgres:// URL.</summary>
    public string CreateDatabase(string prefix = "t")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}".ToLowerInvariant();
        Run(Path.Combine(BinDirectory!, "createdb"), ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", User, name]);
        return Url(name);
    }

    public string Url(string database) => $"postgres://{User}@127.0.0.1:{Port}/{database}";

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static void RunPg(string tool, string[] args)
    {
        var exe = Path.Combine(BinDirectory!, tool);
        if (IsRoot) Run("runuser", ["-u", "postgres", "--", exe, .. args]);
        else Run(exe, args);
    }

    private static string Run(string exe, string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(true);
            throw new InvalidOperationException($"{exe} timed out");
        }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{exe} {string.Join(' ', args)} exited {p.ExitCode}: {stderr.Result}{stdout.Result}");
        return stdout.Result;
    }

    public void Dispose()
    {
        if (_stopped) return;
        _stopped = true;
        try
        {
            RunPg("pg_ctl", ["-D", Path.Combine(Directory, "data"), "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A fact that needs the PostgreSQL server binaries; skipped with a message when they are absent.</summary>
public sealed class PostgresFactAttribute : Xunit.FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.Available) Skip = PostgresServer.SkipMessage;
    }
}
