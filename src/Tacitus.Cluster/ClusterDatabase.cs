using System.Data.Common;
using Npgsql;
using Tacitus.Core;
using Tacitus.Storage.Postgres;

namespace Tacitus.Cluster;

/// <summary>
/// The PostgreSQL database a cluster shares: Orleans membership tables (our own SQL, Sql/orleans-membership.sql),
/// the work queue (Sql/work-queue.sql) and the event store (created by <see cref="PostgresEventStore"/>).
/// </summary>
public static class ClusterDatabase
{
    /// <summary>The ADO.NET invariant name Orleans is configured with.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Registers Npgsql with ADO.NET's provider registry, where Orleans looks it up by invariant name.</summary>
    public static void RegisterProvider()
    {
        if (!DbProviderFactories.TryGetFactory(Invariant, out _)) DbProviderFactories.RegisterFactory(Invariant, NpgsqlFactory.Instance);
    }

    /// <summary>Creates whatever of the membership tables, the work queue and the event store is missing (safe to run from several silos at once).</summary>
    public static string Prepare(string db)
    {
        var cs = PostgresConnectionString.Parse(db);
        try
        {
            using var conn = new NpgsqlConnection(cs);
            conn.Open();
            using var tx = conn.BeginTransaction();
            Execute(conn, "SELECT pg_advisory_xact_lock(7388163302)");
            if (!Exists(conn, "orleansquery")) Execute(conn, Script("orleans-membership.sql"));
            if (!Exists(conn, "tacitus_work_queue")) Execute(conn, Script("work-queue.sql"));
            tx.Commit();
        }
        catch (NpgsqlException ex)
        {
            throw new TacitusException($"cannot prepare the cluster database '{PostgresConnectionString.Redact(db)}': {ex.Message.Split('\n')[0]}", ex);
        }
        using (PostgresEventStore.Open(db)) { }
        return cs;
    }

    internal static string Script(string name)
    {
        using var s = typeof(ClusterDatabase).Assembly.GetManifestResourceStream("Tacitus.Cluster.Sql." + name)
            ?? throw new InvalidOperationException($"missing embedded SQL script {name}");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    private static bool Exists(NpgsqlConnection conn, string table)
    {
        using var cmd = new NpgsqlCommand("SELECT to_regclass(@t) IS NOT NULL", conn);
        cmd.Parameters.AddWithValue("t", table);
        return (bool)cmd.ExecuteScalar()!;
    }

    private static void Execute(NpgsqlConnection conn, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }
}
