using System.Data.Common;
using DuckDB.NET.Data;
using Npgsql;

namespace Tacitus.Storage;

/// <summary>
/// What differs between the stores' SQL: the parameter type and its placeholder, LIKE escaping, how text is ordered
/// and how a date is formatted. Everything else in the read queries is shared (<see cref="SqlEventStore"/>).
/// </summary>
internal sealed class SqlDialect
{
    private readonly Func<string, object?, DbParameter> _parameter;
    private readonly string _dateFormat;

    private SqlDialect(char placeholder, Func<string, object?, DbParameter> parameter, bool backslashEscapesLike, string collate, string dateFormat)
    {
        Placeholder = placeholder;
        _parameter = parameter;
        BackslashEscapesLike = backslashEscapesLike;
        Collate = collate;
        _dateFormat = dateFormat;
    }

    /// <summary>DuckDB: <c>$name</c>, ILIKE without an escape character, binary text order, <c>strftime</c>.</summary>
    public static SqlDialect DuckDb { get; } = new('$', (n, v) => new DuckDBParameter(n, v), backslashEscapesLike: false, collate: "", dateFormat: "strftime({0}, '{1}')");

    /// <summary>PostgreSQL: <c>@name</c>, ILIKE escaped by backslash, <c>COLLATE "C"</c> so text sorts by code point as in DuckDB, <c>to_char</c>.</summary>
    public static SqlDialect Postgres { get; } = new('@', (n, v) => new NpgsqlParameter(n, v ?? DBNull.Value), backslashEscapesLike: true, collate: " COLLATE \"C\"", dateFormat: "to_char({0}, '{2}')");

    public char Placeholder { get; }

    /// <summary>True when LIKE treats a backslash as an escape (PostgreSQL), so a literal one must be doubled.</summary>
    public bool BackslashEscapesLike { get; }

    /// <summary>Appended to a text expression in ORDER BY to sort by code point.</summary>
    public string Collate { get; }

    public DbParameter Parameter(string name, object? value) => _parameter(name, value);

    /// <summary>The date column formatted as year-month ("2025-05") or as a day ("2025-05-14").</summary>
    public string FormatDate(string column, bool day) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, _dateFormat, column, day ? "%Y-%m-%d" : "%Y-%m", day ? "YYYY-MM-DD" : "YYYY-MM");
}
