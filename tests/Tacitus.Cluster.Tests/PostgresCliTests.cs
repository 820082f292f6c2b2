using Tacitus.Cli;
using Tacitus.TestSupport;

namespace Tacitus.Cluster.Tests;

/// <summary>The store commands with --db naming a PostgreSQL database give what they give on a DuckDB file.</summary>
public class PostgresCliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CliApp.Run(args, new CliContext(new StringReader(""), o, e, TimeProvider.System));
        return (code, o.ToString(), e.ToString());
    }

    [PostgresFact]
    public void Ingest_query_stats_and_export_work_on_postgres_as_on_duckdb()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "examples", "istanbul-talks-2025-05-14.txt");
        var pg = PostgresServer.Shared.CreateDatabase("cli");
        var duck = Path.Combine(Path.GetTempPath(), "tacitus-cluster-tests", Guid.NewGuid().ToString("N")[..8] + ".duckdb");
        Directory.CreateDirectory(Path.GetDirectoryName(duck)!);
        foreach (var db in new[] { pg, duck })
        {
            var ingest = Run("ingest", example, "--db", db);
            Assert.True(ingest.Exit == 0, ingest.Err);
            Assert.Contains("1 stored", ingest.Out);
            Assert.Contains("0 stored, 1 already stored", Run("ingest", example, "--db", db).Out);
        }
        foreach (var args in new[]
        {
            new[] { "query", "--format", "json", "--limit", "1000" },
            ["query", "--country", "UKR", "--format", "csv"],
            ["stats", "--by", "country"],
            ["stats"],
            ["export", "--format", "gdelt"],
        })
        {
            var onPg = Run([.. args, "--db", pg]);
            var onDuck = Run([.. args, "--db", duck]);
            Assert.True(onPg.Exit == 0, onPg.Err);
            Assert.Equal(onDuck.Out.Split('\n').Length, onPg.Out.Split('\n').Length);
            if (args[0] == "stats") Assert.Equal(onDuck.Out, onPg.Out);
        }
        var missing = Run("query", "--db", "postgres://tacitus@127.0.0.1:1/none?Timeout=2");
        Assert.Equal(1, missing.Exit);
        Assert.StartsWith("tacitus: cannot open the PostgreSQL store", missing.Err);
    }
}
