using Npgsql;
using Tacitus.Core;

namespace Tacitus.Storage.Postgres;

/// <summary>Recognises and parses the ways a PostgreSQL store is named: postgres://user[:password]@host[:port]/db[?k=v] URLs and Npgsql "Host=…" connection strings.</summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="db"/> names a PostgreSQL database rather than a DuckDB file.</summary>
    public static bool IsPostgres(string? db) =>
        db is not null && (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || db.TrimStart().StartsWith("Server=", StringComparison.OrdinalIgnoreCase));

    /// <summary>An Npgsql connection string for <paramref name="db"/>.</summary>
    public static string Parse(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(db).ConnectionString;
            }
            catch (ArgumentException ex)
            {
                throw new TacitusException($"bad PostgreSQL connection string: {ex.Message}", ex);
            }
        }
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new TacitusException($"bad PostgreSQL URL '{Redact(db)}': expected postgres://user[:password]@host[:port]/database.");
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0) throw new TacitusException($"PostgreSQL URL '{Redact(db)}' names no database: add /DATABASE.");
        b.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var kv in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = kv.Split('=', 2);
            try
            {
                b[Uri.UnescapeDataString(p[0])] = p.Length == 2 ? Uri.UnescapeDataString(p[1]) : "true";
            }
            catch (ArgumentException ex)
            {
                throw new TacitusException($"PostgreSQL URL option '{p[0]}': {ex.Message}", ex);
            }
        }
        return b.ConnectionString;
    }

    /// <summary>The store's name for messages, without its password.</summary>
    public static string Redact(string db)
    {
        if (db.Contains("://", StringComparison.Ordinal))
        {
            int at = db.IndexOf('@', StringComparison.Ordinal), scheme = db.IndexOf("://", StringComparison.Ordinal) + 3;
            if (at > scheme)
            {
                var user = db[scheme..at];
                int colon = user.IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0) return db[..scheme] + user[..colon] + ":***" + db[at..];
            }
            return db;
        }
        try
        {
            var b = new NpgsqlConnectionStringBuilder(db);
            if (b.Password is not null) b.Password = "***";
            return b.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(PostgreSQL connection string)";
        }
    }
}
