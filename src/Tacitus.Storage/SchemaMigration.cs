using System.Data.Common;

namespace Tacitus.Storage;

/// <summary>
/// One numbered step of a store's schema: its statements, then (for a step that must compute, not only declare) code
/// run on the same connection inside the same transaction.
/// </summary>
internal sealed record SchemaMigration(int Version, string Description, string[] Statements, Action<DbConnection, SqlDialect>? Then = null);
