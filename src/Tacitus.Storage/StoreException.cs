using Tacitus.Core;

namespace Tacitus.Storage;

/// <summary>
/// The database under an event store reported an error (DuckDB, PostgreSQL): the message names the store, what was
/// being done and what to try, in one line; the driver's exception is the inner exception.
/// </summary>
public sealed class StoreException : TacitusException
{
    public StoreException() { }
    public StoreException(string message) : base(message) { }
    public StoreException(string message, Exception inner) : base(message, inner) { }

    public StoreException(string store, string action, string advice, Exception inner)
        : base($"the store '{store}' failed while {action}: {FirstLine(inner.Message)}. {advice}", inner)
    {
        Store = store;
    }

    /// <summary>The store's name as given (a file path, or a PostgreSQL connection with its password hidden).</summary>
    public string Store { get; } = "";

    private static string FirstLine(string message)
    {
        var line = message.AsSpan();
        int nl = line.IndexOfAny('\r', '\n');
        return (nl < 0 ? line : line[..nl]).Trim().TrimEnd('.').ToString();
    }
}
