using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Tacitus.Core;
using Tacitus.Core.Serialization;
using Tacitus.Storage.Dedup;

namespace Tacitus.Storage.DuckDb;

/// <summary>
/// The embedded event store: one DuckDB file. Opened for writing, it takes DuckDB's file lock, so one process owns
/// the file; opened read-only, several readers may share it while no writer holds it.
/// </summary>
public sealed class DuckDbEventStore : SqlEventStore
{
    public const string DefaultFileName = "tacitus.duckdb";

    private readonly DuckDBConnection _conn;
    private readonly Lock _writeLock = new();
    private NearDuplicateIndex? _near;
    private HashSet<string>? _docIds;

    public string Path { get; }
    public bool ReadOnly { get; }
    public override string Name => Path;

    // DuckDB.NET's appender reports a value the table cannot take as an InvalidOperationException, not a DuckDBException.
    private protected override bool IsDriverError(Exception ex) =>
        base.IsDriverError(ex) || ex is InvalidOperationException { Source: "DuckDB.NET.Data" };

    private protected override string FailureAdvice =>
        "If a run was interrupted, run the command again; if the error stays, the file may be damaged or full: " +
        "check the disk, restore the file from a backup or ingest into a new one (--db NEW.duckdb)";

    private readonly string _connectionString;

    private DuckDbEventStore(string path, DuckDBConnection conn, bool readOnly) : base(SqlDialect.DuckDb)
    {
        _connectionString = conn.ConnectionString;
        Path = path;
        _conn = conn;
        ReadOnly = readOnly;
    }

    /// <summary>Opens (creating and migrating if needed) the store at <paramref name="path"/>; ":memory:" gives an in-memory store.</summary>
    public static DuckDbEventStore Open(string path, bool readOnly = false)
    {
        bool memory = path == ":memory:";
        if (readOnly && !memory && !File.Exists(path))
            throw new TacitusException($"no event store at '{path}'; create one with 'tacitus ingest FILES --db {path}'.");
        if (!memory)
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (dir is not null && !Directory.Exists(dir)) throw new TacitusException($"cannot create the store '{path}': directory '{dir}' does not exist.");
        }
        var cs = memory ? "Data Source=:memory:" : $"Data Source={path}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : "");
        var conn = new DuckDBConnection(cs);
        try
        {
            conn.Open();
        }
        catch (DuckDBException ex)
        {
            conn.Dispose();
            var first = ex.Message.Split('\n')[0];
            if (first.Contains("lock", StringComparison.OrdinalIgnoreCase))
                throw new TacitusException($"the store '{path}' is in use by another process (one writer per file: is 'tacitus serve' or an ingest running on it?).", ex);
            throw new TacitusException($"cannot open the store '{path}': {first}", ex);
        }
        var store = new DuckDbEventStore(path, conn, readOnly);
        try
        {
            store.Migrate();
        }
        catch (Exception ex) when (store.IsDriverError(ex))
        {
            store.Dispose();
            throw store.Failure(ex, readOnly ? "reading its schema version" : "migrating its schema");
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    private void Migrate()
    {
        bool exists = Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'") > 0;
        int version = exists ? (int)Scalar<long>("SELECT coalesce(max(version), 0) FROM schema_version") : 0;
        if (!ShouldMigrate(Path, ReadOnly, version, DuckDbSchema.Current, "tacitus ingest")) return;
        if (!exists) Execute("CREATE TABLE schema_version (version INTEGER NOT NULL, description VARCHAR, applied_at TIMESTAMP)");
        foreach (var m in DuckDbSchema.Migrations.Where(m => m.Version > version))
        {
            using var tx = _conn.BeginTransaction();
            foreach (var sql in m.Statements) Execute(sql);
            m.Then?.Invoke(_conn, SqlDialect.DuckDb);
            Execute("INSERT INTO schema_version VALUES ($v, $d, $t)", ("v", m.Version), ("d", m.Description), ("t", DateTime.UtcNow));
            tx.Commit();
            version = m.Version;
        }
        SchemaVersion = version;
    }

    // ---------------------------------------------------------------- writing

    // Under the write lock: the write connection must never run two statements at once. (It used to query the
    // connection here, outside the lock, until the first batch loaded the indexes — while that batch's appenders were
    // using it, which failed now and then under load: "Attempting to execute an unsuccessful or closed pending query
    // result" when the appender closed.)
    private protected override bool ContainsDocumentCore(string contentHash)
    {
        lock (_writeLock)
        {
            LoadIndexes();
            return _docIds!.Contains(contentHash[..16]);
        }
    }

    private void LoadIndexes()
    {
        if (_near is not null && _docIds is not null) return;
        var near = new NearDuplicateIndex();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT doc_id, simhash FROM documents ORDER BY ingested_at, doc_id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(0);
            ids.Add(id);
            if (!r.IsDBNull(1)) near.Add(id, r.GetFieldValue<ulong>(1));
        }
        _near = near;
        _docIds = ids;
    }

    private protected override StoreBatchResult StoreBatchCore(IReadOnlyList<StoredDocument> documents)
    {
        EnsureWritable();
        lock (_writeLock)
        {
            LoadIndexes();
            var fresh = new List<StoredDocument>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in documents)
                if (!_docIds!.Contains(d.StoreId) && seen.Add(d.StoreId)) fresh.Add(d);
            int skipped = documents.Count - fresh.Count;
            if (fresh.Count == 0) return new StoreBatchResult(0, skipped, 0, 0, 0);

            var now = DateTime.UtcNow;
            var added = new List<(string Id, ulong Hash)>();
            int nearDups = 0, mentions = 0, newEvents;
            var tx = _conn.BeginTransaction();
            try
            {
                var stage = new Dictionary<long, StoredEvent>();
                using (var docs = _conn.CreateAppender("documents"))
                using (var links = _conn.CreateAppender("document_links"))
                {
                    foreach (var sd in fresh)
                    {
                        var d = sd.Document;
                        var hash = SimHash.Of(d.Text);
                        var dup = _near!.Find(hash) ?? FindIn(added, hash);
                        if (dup is { } link)
                        {
                            nearDups++;
                            links.CreateRow().AppendValue(sd.StoreId).AppendValue(link.Id).AppendValue("near-duplicate").AppendValue(link.Distance).EndRow();
                        }
                        added.Add((sd.StoreId, hash));
                        docs.CreateRow()
                            .AppendValue(sd.StoreId).AppendValue(sd.ContentHash).AppendValue(d.Id).AppendValue(d.Title).AppendValue(sd.Byline)
                            .AppendValue(sd.Dateline).AppendValue(d.SourceName).AppendValue(d.Url).AppendValue(d.PublicationDate).AppendValue(d.Language)
                            .AppendValue(d.Text).AppendValue(d.Text.Length).AppendValue(hash).AppendValue(dup?.Id).AppendValue(string.Join(',', d.Stages))
                            .AppendValue(sd.Input).AppendValue(now).EndRow();
                    }
                }
                AppendLayers(fresh);
                using (var em = _conn.CreateAppender("event_mentions"))
                {
                    foreach (var sd in fresh)
                    {
                        var d = sd.Document;
                        var outlet = Outlet(d);
                        foreach (var e in d.Events)
                        {
                            var stored = ToStored(d, sd.StoreId, e, now);
                            stage.TryAdd(stored.Id, stored);
                            mentions++;
                            em.CreateRow().AppendValue(stored.Id).AppendValue(sd.StoreId).AppendValue(e.Id).AppendValue(e.Sentence)
                                .AppendValue(e.Evidence.Start).AppendValue(e.Evidence.End).AppendValue(d.TextOf(e.Evidence)).AppendValue(e.Rule)
                                .AppendValue(SchemaV1Writer.ModalityName(e.Modality)).AppendValue(e.DatePrecision?.ToString().ToLowerInvariant())
                                .AppendValue(e.Predicate).AppendValue(outlet)
                                .AppendValue(e.Source?.Span?.Start).AppendValue(e.Source?.Span?.End)
                                .AppendValue(e.Target?.Span?.Start).AppendValue(e.Target?.Span?.End)
                                .AppendValue(e.Place?.Span?.Start).AppendValue(e.Place?.Span?.End).AppendValue(PlaceAttachmentOf(e)).EndRow();
                        }
                    }
                }
                newEvents = MergeEvents(stage.Values);
                tx.Commit();
            }
            catch
            {
                tx.Rollback();
                tx.Dispose();
                _near = null;
                _docIds = null;
                throw;
            }
            tx.Dispose();
            foreach (var (id, hash) in added)
            {
                _near!.Add(id, hash);
                _docIds!.Add(id);
            }
            return new StoreBatchResult(fresh.Count, skipped, mentions, newEvents, nearDups);
        }
    }

    private static (string Id, int Distance)? FindIn(List<(string Id, ulong Hash)> docs, ulong hash)
    {
        foreach (var (id, h) in docs)
            if (SimHash.Distance(h, hash) <= SimHash.NearDuplicateDistance) return (id, SimHash.Distance(h, hash));
        return null;
    }

    /// <summary>Inserts the staged events that are new and recounts mentions, sources and articles of every staged event.</summary>
    private int MergeEvents(IEnumerable<StoredEvent> staged)
    {
        Execute("DELETE FROM stage_events");
        AppendEvents("stage_events", staged);
        int inserted = Execute("INSERT INTO events SELECT s.* FROM stage_events s WHERE s.event_id NOT IN (SELECT event_id FROM events)");
        Execute(StoreTables.RecountEvents("(SELECT event_id FROM stage_events)"));
        Execute("DELETE FROM stage_events");
        return inserted;
    }

    private static string? Outlet(Document d)
    {
        if (!string.IsNullOrWhiteSpace(d.SourceName)) return d.SourceName;
        if (d.Url is not null && Uri.TryCreate(d.Url, UriKind.Absolute, out var u)) return u.Host;
        return null;
    }

    internal static StoredEvent ToStored(Document d, string storeId, Event e, DateTime now)
    {
        var dateText = e.Date ?? d.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var date = EventDates.ToDate(dateText) ?? d.PublicationDate;
        var key = EventKey.Of(dateText, e.Source, e.Target, e.Cameo, e.Place, e.Modality);
        return new StoredEvent
        {
            Id = EventKey.Id(key),
            Date = date,
            DateText = dateText,
            SourceName = e.Source?.Name,
            SourceCameo = e.Source?.Cameo,
            SourceCountry = e.Source?.Country,
            TargetName = e.Target?.Name,
            TargetCameo = e.Target?.Cameo,
            TargetCountry = e.Target?.Country,
            Cameo = e.Cameo,
            Goldstein = e.Goldstein,
            QuadClass = e.QuadClass,
            PloverType = e.Plover?.Type,
            PloverMode = e.Plover?.Mode,
            PloverContext = e.Plover?.Context,
            Modality = SchemaV1Writer.ModalityName(e.Modality),
            PlaceName = e.Place?.Name,
            GeonameId = e.Place?.GeonameId,
            PlaceCountry = e.Place?.Country,
            Latitude = e.Place?.Latitude,
            Longitude = e.Place?.Longitude,
            Fatalities = e.Fatalities,
            Injuries = e.Injuries,
            Mentions = 1,
            Sources = 1,
            Articles = 1,
            FirstDocumentId = storeId,
            FirstUrl = d.Url,
            AddedAt = now,
        };
    }

    private void AppendLayers(List<StoredDocument> docs)
    {
        using (var a = _conn.CreateAppender("sentences"))
            foreach (var sd in docs)
                for (int i = 0; i < sd.Document.Sentences.Length; i++)
                {
                    var s = sd.Document.Sentences[i];
                    a.CreateRow().AppendValue(sd.StoreId).AppendValue(i).AppendValue(s.Span.Start).AppendValue(s.Span.End).AppendValue(s.FirstToken).AppendValue(s.TokenCount).EndRow();
                }
        using (var a = _conn.CreateAppender("entities"))
            foreach (var sd in docs)
                for (int i = 0; i < sd.Document.Entities.Length; i++)
                {
                    var x = sd.Document.Entities[i];
                    a.CreateRow().AppendValue(sd.StoreId).AppendValue(i).AppendValue(x.Span.Start).AppendValue(x.Span.End).AppendValue(x.Sentence)
                        .AppendValue(x.Label).AppendValue(sd.Document.TextOf(x.Span)).AppendValue(x.Producer).EndRow();
                }
        using (var a = _conn.CreateAppender("actors"))
        using (var m = _conn.CreateAppender("actor_mentions"))
            foreach (var sd in docs)
                foreach (var x in sd.Document.Actors)
                {
                    a.CreateRow().AppendValue(sd.StoreId).AppendValue(x.Id).AppendValue(x.Name).AppendValue(x.Country).AppendValue(x.Cameo)
                        .AppendValue(string.Join(',', x.Roles.IsDefault ? [] : x.Roles)).AppendValue(x.Mentions.IsDefault ? 0 : x.Mentions.Length).AppendValue(x.Producer).EndRow();
                    if (x.Mentions.IsDefault) continue;
                    foreach (var am in x.Mentions)
                        m.CreateRow().AppendValue(sd.StoreId).AppendValue(x.Id).AppendValue(am.Span.Start).AppendValue(am.Span.End).AppendValue(am.Sentence).AppendValue(am.Producer).EndRow();
                }
        using (var a = _conn.CreateAppender("places"))
            foreach (var sd in docs)
                for (int i = 0; i < sd.Document.Places.Length; i++)
                {
                    var p = sd.Document.Places[i];
                    a.CreateRow().AppendValue(sd.StoreId).AppendValue(i).AppendValue(p.Span.Start).AppendValue(p.Span.End).AppendValue(p.Sentence)
                        .AppendValue(p.GeonameId).AppendValue(p.Name).AppendValue(p.Country).AppendValue(p.Admin1).AppendValue(p.Latitude).AppendValue(p.Longitude)
                        .AppendValue(p.FeatureClass).AppendValue(p.Producer).EndRow();
                }
        using (var a = _conn.CreateAppender("times"))
            foreach (var sd in docs)
                for (int i = 0; i < sd.Document.Times.Length; i++)
                {
                    var t = sd.Document.Times[i];
                    a.CreateRow().AppendValue(sd.StoreId).AppendValue(i).AppendValue(t.Span.Start).AppendValue(t.Span.End).AppendValue(t.Sentence)
                        .AppendValue(t.Type).AppendValue(t.Value).AppendValue(t.Producer).EndRow();
                }
    }

    private protected override long ImportEventsCore(IEnumerable<StoredEvent> events)
    {
        EnsureWritable();
        lock (_writeLock)
        {
            return AppendEvents("events", events);
        }
    }

    private long AppendEvents(string table, IEnumerable<StoredEvent> events)
    {
        long n = 0;
        using var a = _conn.CreateAppender(table);
        foreach (var e in events)
        {
            a.CreateRow()
                .AppendValue(e.Id).AppendValue(e.Date).AppendValue(e.DateText)
                .AppendValue(e.SourceName).AppendValue(e.SourceCameo).AppendValue(e.SourceCountry)
                .AppendValue(e.TargetName).AppendValue(e.TargetCameo).AppendValue(e.TargetCountry)
                .AppendValue(e.Cameo).AppendValue(e.CameoRoot).AppendValue(e.Goldstein).AppendValue(e.QuadClass)
                .AppendValue(e.PloverType).AppendValue(e.PloverMode).AppendValue(e.PloverContext).AppendValue(e.Modality)
                .AppendValue(e.PlaceName).AppendValue(e.GeonameId).AppendValue(e.PlaceCountry).AppendValue(e.PlaceAdmin1)
                .AppendValue(e.Latitude).AppendValue(e.Longitude).AppendValue(e.Fatalities).AppendValue(e.Injuries)
                .AppendValue(e.Mentions).AppendValue(e.Sources).AppendValue(e.Articles)
                .AppendValue(e.FirstDocumentId).AppendValue(e.FirstUrl).AppendValue(e.AddedAt).EndRow();
            n++;
        }
        return n;
    }

    /// <summary>Writes the write-ahead log into the database file.</summary>
    public void Checkpoint()
    {
        EnsureWritable();
        lock (_writeLock)
        {
            try { Execute("CHECKPOINT"); }
            catch (Exception ex) when (IsDriverError(ex)) { throw Failure(ex, "writing its log into the file (CHECKPOINT)"); }
        }
    }

    private void EnsureWritable()
    {
        if (ReadOnly) throw new TacitusException($"the store '{Path}' is open read-only.");
    }

    /// <summary>Writes the events that match as a Parquet file with DuckDB's COPY.</summary>
    public void ExportParquet(EventFilter filter, string path)
    {
        var f = Filter(filter);
        // COPY takes no parameters for the file name: quote it as a SQL string literal.
        var target = "'" + System.IO.Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal) + "'";
        ExecuteOnReader($"COPY (SELECT e.* FROM events e{f.Where} ORDER BY e.event_date NULLS LAST, e.event_id) TO {target} (FORMAT PARQUET)", f.Parameters);
    }

    // ---------------------------------------------------------------- plumbing

    private readonly System.Collections.Concurrent.ConcurrentBag<DuckDBConnection> _readers = [];

    /// <summary>A connection for one read, from a pool: reads may run on several threads at once.</summary>
    protected override DbConnection RentReadConnection()
    {
        if (_readers.TryTake(out var pooled)) return pooled;
        DuckDBConnection c;
        if (Path == ":memory:") c = _conn.Duplicate();
        // DuckDB.NET shares one database instance among the connections of a process that name the same file.
        else c = new DuckDBConnection(_connectionString);
        if (c.State != System.Data.ConnectionState.Open) c.Open();
        return c;
    }

    protected override void ReturnReadConnection(DbConnection connection) => _readers.Add((DuckDBConnection)connection);

    private DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in parameters) cmd.Parameters.Add(new DuckDBParameter(n, v));
        return cmd;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    public override void Dispose()
    {
        while (_readers.TryTake(out var c)) c.Dispose();
        _conn.Dispose();
    }
}
