using System.Data.Common;
using System.Globalization;
using Tacitus.Core;

namespace Tacitus.Storage;

/// <summary>
/// The read side both stores share: the same tables, the same queries, written once over ADO.NET's common types.
/// A store supplies its <see cref="SqlDialect"/> and read connections; writing stays with each store.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private protected SqlEventStore(SqlDialect dialect) => Dialect = dialect;

    private protected SqlDialect Dialect { get; }

    public int SchemaVersion { get; private protected set; }

    /// <summary>The store's name in messages: its file, or its PostgreSQL connection with the password hidden.</summary>
    public abstract string Name { get; }

    /// <summary>What a user can try when the database fails (one sentence).</summary>
    private protected abstract string FailureAdvice { get; }

    /// <summary>A driver error as a one-line <see cref="StoreException"/> naming the store and <paramref name="action"/>.</summary>
    private protected StoreException Failure(Exception ex, string action) => new(Name, action, FailureAdvice, ex);

    /// <summary>True for an error the database driver raised (ADO.NET's <see cref="DbException"/>; a store adds its driver's others).</summary>
    private protected virtual bool IsDriverError(Exception ex) => ex is DbException;

    public bool ContainsDocument(string contentHash)
    {
        try { return ContainsDocumentCore(contentHash); }
        catch (Exception ex) when (IsDriverError(ex)) { throw Failure(ex, "looking up a document"); }
    }

    public StoreBatchResult StoreBatch(IReadOnlyList<StoredDocument> documents)
    {
        try { return StoreBatchCore(documents); }
        catch (Exception ex) when (IsDriverError(ex)) { throw Failure(ex, $"storing a batch of {documents.Count} documents (the batch was rolled back)"); }
    }

    public long ImportEvents(IEnumerable<StoredEvent> events)
    {
        try { return ImportEventsCore(events); }
        catch (Exception ex) when (IsDriverError(ex)) { throw Failure(ex, "importing events"); }
    }

    /// <summary>How an event's place was attached, as the event_mentions table stores it; null without a place or a basis.</summary>
    private protected static string? PlaceAttachmentOf(Event e) =>
        e.Place?.Basis is { } b ? Tacitus.Core.Serialization.SchemaV1Writer.PlaceBasisName(b) : null;

    private protected abstract bool ContainsDocumentCore(string contentHash);
    private protected abstract StoreBatchResult StoreBatchCore(IReadOnlyList<StoredDocument> documents);
    private protected abstract long ImportEventsCore(IEnumerable<StoredEvent> events);

    /// <summary>
    /// Compares the version a store is at with the newest this build knows. True when the store should be migrated
    /// (opened for writing); false, with <see cref="SchemaVersion"/> set, when a read-only store is current.
    /// </summary>
    private protected bool ShouldMigrate(string name, bool readOnly, int version, int current, string migrateCommand)
    {
        if (version > current)
            throw new TacitusException($"the store '{name}' has schema version {version}, newer than this tacitus understands ({current}); upgrade tacitus.");
        if (!readOnly) return true;
        if (version != current)
            throw new TacitusException($"the store '{name}' has schema version {version}; open it once for writing ({migrateCommand}) to migrate it to {current}.");
        SchemaVersion = version;
        return false;
    }

    /// <summary>An open connection for one read; reads may run on several threads at once.</summary>
    protected abstract DbConnection RentReadConnection();

    private DbConnection ReadConnection()
    {
        try { return RentReadConnection(); }
        catch (Exception ex) when (IsDriverError(ex)) { throw Failure(ex, "opening a read connection"); }
    }

    /// <summary>Gives back a connection from <see cref="RentReadConnection"/> (closes it unless the store pools them).</summary>
    protected virtual void ReturnReadConnection(DbConnection connection) => connection.Dispose();

    private protected EventFilterSql Filter(EventFilter filter) => new(filter, Dialect);

    private static string? Str(DbDataReader r, int i) => StoredEventRows.Str(r, i);

    private static long Int64(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private const string EventColumns = StoredEventRows.EventColumns;

    public IReadOnlyList<StoredEvent> QueryEvents(EventFilter filter, int offset = 0, int limit = 100)
    {
        var f = Filter(filter);
        var sql = $"SELECT {EventColumns} FROM events e{f.Where} ORDER BY e.event_date DESC NULLS LAST, e.event_id LIMIT {f.P(limit)} OFFSET {f.P(offset)}";
        return Read(sql, f.Parameters, StoredEventRows.ReadEvent);
    }

    public long CountEvents(EventFilter filter)
    {
        var f = Filter(filter);
        return Read($"SELECT count(*) FROM events e{f.Where}", f.Parameters, r => Int64(r, 0))[0];
    }

    public IEnumerable<StoredEvent> StreamEvents(EventFilter filter)
    {
        var f = Filter(filter);
        var conn = ReadConnection();
        try
        {
            using var cmd = Command(conn, $"SELECT {EventColumns} FROM events e{f.Where} ORDER BY e.event_date NULLS LAST, e.event_id", f.Parameters);
            DbDataReader r;
            try { r = cmd.ExecuteReader(); }
            catch (Exception ex) when (IsDriverError(ex)) { throw Failure(ex, "reading events"); }
            using (r)
            {
                while (true)
                {
                    StoredEvent e;
                    try
                    {
                        if (!r.Read()) break;
                        e = StoredEventRows.ReadEvent(r);
                    }
                    catch (Exception ex) when (IsDriverError(ex)) { throw Failure(ex, "reading events"); }
                    yield return e;
                }
            }
        }
        finally
        {
            ReturnReadConnection(conn);
        }
    }

    public EventDetail? GetEvent(long id)
    {
        var events = Read($"SELECT {EventColumns} FROM events e WHERE e.event_id = {Dialect.Placeholder}id", [Dialect.Parameter("id", id)], StoredEventRows.ReadEvent);
        return events.Count == 0 ? null : new EventDetail(events[0], [.. Evidence(id)]);
    }

    public IReadOnlyList<EvidenceRecord> Evidence(long eventId) => Read(
        $"""
        SELECT m.event_id, m.doc_id, m.doc_event_id, m.sentence, m.ev_start, m.ev_end, m.evidence, m.rule, m.modality, m.date_precision,
               m.outlet, d.url, d.title, m.place_start, m.place_end, m.place_attachment, m.source_start, m.source_end, m.target_start, m.target_end
        FROM event_mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
        WHERE m.event_id = {Dialect.Placeholder}id ORDER BY d.ingested_at, m.doc_id, m.ev_start
        """,
        [Dialect.Parameter("id", eventId)],
        r => new EvidenceRecord(r.GetInt64(0), r.GetString(1), Str(r, 2) ?? "", r.IsDBNull(3) ? -1 : r.GetInt32(3),
            new TextSpan(r.GetInt32(4), r.GetInt32(5)), Str(r, 6) ?? "", Str(r, 7) ?? "", Str(r, 8) ?? "", Str(r, 9), Str(r, 10), Str(r, 11), Str(r, 12))
        {
            PlaceSpan = SpanAt(r, 13),
            PlaceAttachment = Str(r, 15),
            SourceSpan = SpanAt(r, 16),
            TargetSpan = SpanAt(r, 18),
        });

    /// <summary>The span whose start and end are the columns at <paramref name="i"/> and the next; null when either is null.</summary>
    private static TextSpan? SpanAt(System.Data.Common.DbDataReader r, int i) =>
        r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new TextSpan(r.GetInt32(i), r.GetInt32(i + 1));

    public IReadOnlyList<CountRow> CountBy(EventFilter filter, StatDimension dimension, int limit = 1000)
    {
        var f = Filter(filter);
        var key = dimension switch
        {
            StatDimension.Month => Dialect.FormatDate("e.event_date", day: false),
            StatDimension.Day => Dialect.FormatDate("e.event_date", day: true),
            StatDimension.Country => "coalesce(e.place_country, e.source_country, e.target_country)",
            StatDimension.CameoRoot => "e.cameo_root",
            StatDimension.PloverType => "e.plover_type",
            StatDimension.QuadClass => "CAST(e.quad_class AS TEXT)",
            StatDimension.Source => "e.source_name",
            StatDimension.Modality => "e.modality",
            _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
        };
        var order = dimension is StatDimension.Month or StatDimension.Day ? $"k{Dialect.Collate}" : $"n DESC, k{Dialect.Collate}";
        var sql = $"""
            SELECT k, n, m FROM (SELECT {key} AS k, count(*) AS n, CAST(sum(e.mentions) AS BIGINT) AS m FROM events e{f.Where} GROUP BY 1) q
            ORDER BY {order} NULLS LAST LIMIT {f.P(limit)}
            """;
        return Read(sql, f.Parameters, r => new CountRow(Str(r, 0) ?? "", Int64(r, 1), Int64(r, 2)));
    }

    public IReadOnlyList<ActorSummary> TopActors(EventFilter filter, int limit = 50)
    {
        var f = Filter(filter);
        var sql = $"""
            SELECT name, min(country), min(cameo), count(*) AS n, CAST(sum(src) AS BIGINT) AS s, CAST(count(*) - sum(src) AS BIGINT) AS t FROM (
                SELECT e.source_name AS name, e.source_country AS country, e.source_cameo AS cameo, 1 AS src FROM events e{f.Where}{f.And}e.source_name IS NOT NULL
                UNION ALL
                SELECT e.target_name, e.target_country, e.target_cameo, 0 FROM events e{f.Where}{f.And}e.target_name IS NOT NULL) u
            GROUP BY name ORDER BY n DESC, name{Dialect.Collate} LIMIT {f.P(limit)}
            """;
        return Read(sql, f.Parameters, r => new ActorSummary(r.GetString(0), Str(r, 1), Str(r, 2), Int64(r, 3), Int64(r, 4), Int64(r, 5)));
    }

    /// <summary>Source → target pairs with their event counts (the actor network).</summary>
    public IReadOnlyList<ActorLink> ActorNetwork(EventFilter filter, int limit = 100)
    {
        var f = Filter(filter);
        var sql = $"""
            SELECT e.source_name, e.target_name, count(*) AS n FROM events e{f.Where}{f.And}e.source_name IS NOT NULL AND e.target_name IS NOT NULL
            GROUP BY e.source_name, e.target_name ORDER BY n DESC, e.source_name{Dialect.Collate}, e.target_name{Dialect.Collate} LIMIT {f.P(limit)}
            """;
        return Read(sql, f.Parameters, r => new ActorLink(r.GetString(0), r.GetString(1), Int64(r, 2)));
    }

    /// <summary>Located events grouped by place (the map); coordinates are grouped to 0.01°.</summary>
    public IReadOnlyList<PlaceCount> PlaceCounts(EventFilter filter, int limit = 500)
    {
        var f = Filter(filter);
        var sql = $"""
            SELECT coalesce(e.place_name, ''), min(e.place_country), avg(e.lat), avg(e.lon), count(*) AS n FROM events e{f.Where}{f.And}e.lat IS NOT NULL AND e.lon IS NOT NULL
            GROUP BY e.place_name, round(e.lat * 100), round(e.lon * 100) ORDER BY n DESC LIMIT {f.P(limit)}
            """;
        return Read(sql, f.Parameters, r => new PlaceCount(r.GetString(0), Str(r, 1), r.GetDouble(2), r.GetDouble(3), Int64(r, 4)));
    }

    public StoredDocumentInfo? GetDocument(string id)
    {
        var rows = Read(
            $"SELECT doc_id, external_id, title, byline, dateline, source_name, url, pub_date, duplicate_of, n_chars, input FROM documents WHERE doc_id = {Dialect.Placeholder}id",
            [Dialect.Parameter("id", id)],
            r => new StoredDocumentInfo(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6),
                r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7), Str(r, 8), r.IsDBNull(9) ? 0 : r.GetInt32(9), Str(r, 10)));
        return rows.Count == 0 ? null : rows[0];
    }

    public string? GetDocumentText(string id)
    {
        var rows = Read($"SELECT text FROM documents WHERE doc_id = {Dialect.Placeholder}id", [Dialect.Parameter("id", id)], r => r.GetString(0));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Near-duplicate links: (document, the earlier document it copies, SimHash distance).</summary>
    public IReadOnlyList<(string Document, string Original, int Distance)> NearDuplicates() =>
        Read($"SELECT doc_id, other_doc_id, distance FROM document_links WHERE kind = 'near-duplicate' ORDER BY doc_id{Dialect.Collate}", [],
            r => (r.GetString(0), r.GetString(1), r.GetInt32(2)));

    public StoreCounts Counts() => Read("""
        SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL), (SELECT count(*) FROM sentences),
               (SELECT count(*) FROM actors), (SELECT count(*) FROM actor_mentions), (SELECT count(*) FROM places), (SELECT count(*) FROM times),
               (SELECT count(*) FROM entities), (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions)
        """, [], r => new StoreCounts(Int64(r, 0), Int64(r, 1), Int64(r, 2), Int64(r, 3), Int64(r, 4), Int64(r, 5), Int64(r, 6),
            Int64(r, 7), Int64(r, 8), Int64(r, 9)))[0];

    /// <summary>Runs a query on a read connection and maps every row.</summary>
    private protected List<T> Read<T>(string sql, IEnumerable<DbParameter> parameters, Func<DbDataReader, T> map)
    {
        var conn = ReadConnection();
        try
        {
            using var cmd = Command(conn, sql, parameters);
            using var r = cmd.ExecuteReader();
            var list = new List<T>();
            while (r.Read()) list.Add(map(r));
            return list;
        }
        catch (Exception ex) when (IsDriverError(ex))
        {
            throw Failure(ex, "reading");
        }
        finally
        {
            ReturnReadConnection(conn);
        }
    }

    /// <summary>Runs a statement that returns no rows on a read connection (e.g. DuckDB's COPY … TO).</summary>
    private protected int ExecuteOnReader(string sql, IEnumerable<DbParameter> parameters)
    {
        var conn = ReadConnection();
        try
        {
            using var cmd = Command(conn, sql, parameters);
            return cmd.ExecuteNonQuery();
        }
        catch (Exception ex) when (IsDriverError(ex))
        {
            throw Failure(ex, "running a statement");
        }
        finally
        {
            ReturnReadConnection(conn);
        }
    }

    private static DbCommand Command(DbConnection conn, string sql, IEnumerable<DbParameter> parameters)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(p);
        return cmd;
    }

    public abstract void Dispose();
}
