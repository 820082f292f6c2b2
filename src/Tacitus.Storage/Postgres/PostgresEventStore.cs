using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Tacitus.Core;
using Tacitus.Core.Serialization;
using Tacitus.Storage.Dedup;
using Tacitus.Storage.DuckDb;

namespace Tacitus.Storage.Postgres;

/// <summary>
/// The event store on a PostgreSQL server: the DuckDB store's schema and query semantics, for corpora that outgrow one
/// machine. Unlike the DuckDB file, several processes may write at once (the silos of a cluster): documents and events
/// are inserted once by their primary keys (content hash and event identity), and each batch recounts the mentions,
/// sources and articles of its events under a transaction-scoped advisory lock per event, so concurrent batches that
/// report the same event leave the right corroboration counts. All SQL is parameterised.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private readonly NpgsqlDataSource _data;
    private readonly Lock _writeLock = new();
    private NpgsqlConnection? _writer;
    private NearDuplicateIndex? _near;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private DateTime _nearLoadedUpTo = DateTime.MinValue;

    /// <summary>How far back each batch re-reads documents that other writers committed (their ingested_at is the start of their batch, not its commit).</summary>
    private static readonly TimeSpan NearDuplicateLookback = TimeSpan.FromMinutes(1);

    public override string Name { get; }

    private protected override string FailureAdvice =>
        "Check that the PostgreSQL server is running and reachable and that the connection string (--db) is right, then run the command again";
    public bool ReadOnly { get; }

    private PostgresEventStore(string name, NpgsqlDataSource data, bool readOnly) : base(SqlDialect.Postgres)
    {
        Name = name;
        _data = data;
        ReadOnly = readOnly;
    }

    /// <summary>Opens the store (creating and migrating its tables if needed, unless <paramref name="readOnly"/>).</summary>
    public static PostgresEventStore Open(string db, bool readOnly = false)
    {
        var cs = PostgresConnectionString.Parse(db);
        var data = NpgsqlDataSource.Create(cs);
        var store = new PostgresEventStore(PostgresConnectionString.Redact(db), data, readOnly);
        try
        {
            store.Migrate();
        }
        catch (NpgsqlException ex)
        {
            store.Dispose();
            throw new TacitusException($"cannot open the PostgreSQL store '{store.Name}': {ex.Message.Split('\n')[0]}", ex);
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
        using var conn = _data.OpenConnection();
        bool exists = Scalar<bool>(conn, "SELECT to_regclass('schema_version') IS NOT NULL");
        int version = exists ? Scalar<int>(conn, "SELECT coalesce(max(version), 0) FROM schema_version") : 0;
        if (!ShouldMigrate(Name, ReadOnly, version, PostgresSchema.Current, "tacitus ingest --db …")) return;
        using var tx = conn.BeginTransaction();
        // One migrator at a time: silos that start together must not create the tables twice.
        Execute(conn, "SELECT pg_advisory_xact_lock(7388163301)");
        Execute(conn, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, description TEXT, applied_at TIMESTAMPTZ)");
        version = Scalar<int>(conn, "SELECT coalesce(max(version), 0) FROM schema_version");
        foreach (var m in PostgresSchema.Migrations.Where(m => m.Version > version))
        {
            foreach (var sql in m.Statements) Execute(conn, sql);
            m.Then?.Invoke(conn, SqlDialect.Postgres);
            Execute(conn, "INSERT INTO schema_version VALUES (@v, @d, @t)", ("v", m.Version), ("d", m.Description), ("t", DateTime.UtcNow));
            version = m.Version;
        }
        tx.Commit();
        SchemaVersion = version;
    }

    // ---------------------------------------------------------------- writing

    private protected override bool ContainsDocumentCore(string contentHash)
    {
        using var conn = _data.OpenConnection();
        return Scalar<bool>(conn, "SELECT EXISTS (SELECT 1 FROM documents WHERE doc_id = @id)", ("id", contentHash[..16]));
    }

    private NpgsqlConnection Writer()
    {
        if (_writer is { State: System.Data.ConnectionState.Open }) return _writer;
        _writer?.Dispose();
        _writer = _data.OpenConnection();
        Execute(_writer, "CREATE TEMP TABLE IF NOT EXISTS stage_events (LIKE events) ON COMMIT DELETE ROWS");
        return _writer;
    }

    /// <summary>Brings the near-duplicate index up to date with what every writer has committed.</summary>
    private void RefreshNearIndex(NpgsqlConnection conn)
    {
        _near ??= new NearDuplicateIndex();
        var since = _nearLoadedUpTo == DateTime.MinValue ? DateTime.MinValue : _nearLoadedUpTo - NearDuplicateLookback;
        var now = Scalar<DateTime>(conn, "SELECT now()");
        using var cmd = Command(conn, "SELECT doc_id, simhash FROM documents WHERE ingested_at >= @since ORDER BY ingested_at, doc_id",
            ("since", since == DateTime.MinValue ? DateTime.UnixEpoch : since));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(0);
            if (!_known.Add(id)) continue;
            if (!r.IsDBNull(1)) _near.Add(id, unchecked((ulong)r.GetInt64(1)));
        }
        _nearLoadedUpTo = now;
    }

    private protected override StoreBatchResult StoreBatchCore(IReadOnlyList<StoredDocument> documents)
    {
        EnsureWritable();
        lock (_writeLock)
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return StoreOnce(documents);
                }
                catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < 8)
                {
                    // Another writer held rows this batch needed: the transaction was rolled back whole; try again.
                    Thread.Sleep(Random.Shared.Next(20, 100 * attempt));
                }
                catch
                {
                    _writer?.Dispose();
                    _writer = null;
                    throw;
                }
            }
        }
    }

    private StoreBatchResult StoreOnce(IReadOnlyList<StoredDocument> documents)
    {
        var conn = Writer();
        RefreshNearIndex(conn);
        var fresh = new List<StoredDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
            if (!_known.Contains(d.StoreId) && seen.Add(d.StoreId)) fresh.Add(d);
        int skipped = documents.Count - fresh.Count;
        if (fresh.Count == 0) return new StoreBatchResult(0, skipped, 0, 0, 0);

        var now = DateTime.UtcNow;
        var added = new List<(string Id, ulong Hash)>();
        var stored = new List<StoredDocument>();
        var links = new List<(string Doc, string Other, int Distance)>();
        int nearDups = 0, mentions = 0, newEvents;
        using (var tx = conn.BeginTransaction())
        {
            using (var insert = Command(conn, """
                INSERT INTO documents (doc_id, content_hash, external_id, title, byline, dateline, source_name, url, pub_date, language, text,
                    n_chars, simhash, duplicate_of, stages, input, ingested_at)
                VALUES (@id, @hash, @ext, @title, @byline, @dateline, @source, @url, @date, @lang, @text, @n, @simhash, @dup, @stages, @input, @at)
                ON CONFLICT (doc_id) DO NOTHING
                """))
            {
                foreach (var sd in fresh)
                {
                    var d = sd.Document;
                    var hash = SimHash.Of(d.Text);
                    var dup = _near!.Find(hash) ?? FindIn(added, hash);
                    insert.Parameters.Clear();
                    foreach (var (n, v) in new (string, object?)[]
                    {
                        ("id", sd.StoreId), ("hash", sd.ContentHash), ("ext", d.Id), ("title", d.Title), ("byline", sd.Byline), ("dateline", sd.Dateline),
                        ("source", d.SourceName), ("url", d.Url), ("date", d.PublicationDate), ("lang", d.Language), ("text", d.Text), ("n", d.Text.Length),
                        ("simhash", unchecked((long)hash)), ("dup", dup?.Id), ("stages", string.Join(',', d.Stages)), ("input", sd.Input), ("at", now),
                    })
                        insert.Parameters.Add(Param(n, v));
                    if (insert.ExecuteNonQuery() == 0)
                    {
                        skipped++;   // another writer stored it since the index was refreshed
                        continue;
                    }
                    if (dup is { } link)
                    {
                        nearDups++;
                        links.Add((sd.StoreId, link.Id, link.Distance));
                    }
                    added.Add((sd.StoreId, hash));
                    stored.Add(sd);
                }
            }
            if (stored.Count == 0)
            {
                tx.Commit();
                foreach (var d in fresh) _known.Add(d.StoreId);
                return new StoreBatchResult(0, skipped, 0, 0, 0);
            }
            using (var w = conn.BeginBinaryImport("COPY document_links (doc_id, other_doc_id, kind, distance) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (doc, other, distance) in links) Row(w, doc, other, "near-duplicate", distance);
                w.Complete();
            }
            AppendLayers(conn, stored);
            var stage = new Dictionary<long, StoredEvent>();
            using (var w = conn.BeginBinaryImport("""
                COPY event_mentions (event_id, doc_id, doc_event_id, sentence, ev_start, ev_end, evidence, rule, modality, date_precision, predicate, outlet,
                    source_start, source_end, target_start, target_end, place_start, place_end, place_attachment) FROM STDIN (FORMAT BINARY)
                """))
            {
                foreach (var sd in stored)
                {
                    var d = sd.Document;
                    var outlet = Outlet(d);
                    foreach (var e in d.Events)
                    {
                        var ev = DuckDbEventStore.ToStored(d, sd.StoreId, e, now);
                        stage.TryAdd(ev.Id, ev);
                        mentions++;
                        Row(w, ev.Id, sd.StoreId, e.Id, e.Sentence, e.Evidence.Start, e.Evidence.End, d.TextOf(e.Evidence), e.Rule,
                            SchemaV1Writer.ModalityName(e.Modality), e.DatePrecision?.ToString().ToLowerInvariant(), e.Predicate, outlet,
                            e.Source?.Span?.Start, e.Source?.Span?.End, e.Target?.Span?.Start, e.Target?.Span?.End,
                            e.Place?.Span?.Start, e.Place?.Span?.End, PlaceAttachmentOf(e));
                    }
                }
                w.Complete();
            }
            newEvents = MergeEvents(conn, stage.Values);
            tx.Commit();
        }
        foreach (var (id, hash) in added) _near!.Add(id, hash);
        foreach (var d in fresh) _known.Add(d.StoreId);
        return new StoreBatchResult(stored.Count, skipped, mentions, newEvents, nearDups);
    }

    private static (string Id, int Distance)? FindIn(List<(string Id, ulong Hash)> docs, ulong hash)
    {
        foreach (var (id, h) in docs)
            if (SimHash.Distance(h, hash) <= SimHash.NearDuplicateDistance) return (id, SimHash.Distance(h, hash));
        return null;
    }

    private static string? Outlet(Document d)
    {
        if (!string.IsNullOrWhiteSpace(d.SourceName)) return d.SourceName;
        if (d.Url is not null && Uri.TryCreate(d.Url, UriKind.Absolute, out var u)) return u.Host;
        return null;
    }

    /// <summary>
    /// Inserts the staged events that are new and recounts mentions, sources and articles of every staged event.
    /// The advisory locks (one per event id, taken in id order, held to commit) make concurrent batches that share an
    /// event recount one after the other, each seeing the other's committed evidence.
    /// </summary>
    private static int MergeEvents(NpgsqlConnection conn, IEnumerable<StoredEvent> staged)
    {
        CopyEvents(conn, "stage_events", staged.OrderBy(e => e.Id));
        Execute(conn, "SELECT pg_advisory_xact_lock(s.event_id) FROM (SELECT event_id FROM stage_events ORDER BY event_id) s");
        int inserted = Execute(conn, "INSERT INTO events SELECT * FROM stage_events ORDER BY event_id ON CONFLICT (event_id) DO NOTHING");
        Execute(conn, StoreTables.RecountEvents("(SELECT event_id FROM stage_events)"));
        Execute(conn, "DELETE FROM stage_events");
        return inserted;
    }

    private static void AppendLayers(NpgsqlConnection conn, List<StoredDocument> docs)
    {
        using (var w = conn.BeginBinaryImport("COPY sentences (doc_id, idx, s_start, s_end, first_token, token_count) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var sd in docs)
                for (int i = 0; i < sd.Document.Sentences.Length; i++)
                {
                    var s = sd.Document.Sentences[i];
                    Row(w, sd.StoreId, i, s.Span.Start, s.Span.End, s.FirstToken, s.TokenCount);
                }
            w.Complete();
        }
        using (var w = conn.BeginBinaryImport("COPY entities (doc_id, idx, s_start, s_end, sentence, label, text, producer) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var sd in docs)
                for (int i = 0; i < sd.Document.Entities.Length; i++)
                {
                    var x = sd.Document.Entities[i];
                    Row(w, sd.StoreId, i, x.Span.Start, x.Span.End, x.Sentence, x.Label, sd.Document.TextOf(x.Span), x.Producer);
                }
            w.Complete();
        }
        using (var w = conn.BeginBinaryImport("COPY actors (doc_id, actor_id, name, country, cameo, roles, mentions, producer) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var sd in docs)
                foreach (var x in sd.Document.Actors)
                    Row(w, sd.StoreId, x.Id, x.Name, x.Country, x.Cameo, string.Join(',', x.Roles.IsDefault ? [] : x.Roles), x.Mentions.IsDefault ? 0 : x.Mentions.Length, x.Producer);
            w.Complete();
        }
        using (var w = conn.BeginBinaryImport("COPY actor_mentions (doc_id, actor_id, s_start, s_end, sentence, producer) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var sd in docs)
                foreach (var x in sd.Document.Actors)
                {
                    if (x.Mentions.IsDefault) continue;
                    foreach (var am in x.Mentions) Row(w, sd.StoreId, x.Id, am.Span.Start, am.Span.End, am.Sentence, am.Producer);
                }
            w.Complete();
        }
        using (var w = conn.BeginBinaryImport("COPY places (doc_id, idx, s_start, s_end, sentence, geonameid, name, country, admin1, lat, lon, feature_class, producer) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var sd in docs)
                for (int i = 0; i < sd.Document.Places.Length; i++)
                {
                    var p = sd.Document.Places[i];
                    Row(w, sd.StoreId, i, p.Span.Start, p.Span.End, p.Sentence, p.GeonameId, p.Name, p.Country, p.Admin1, p.Latitude, p.Longitude, p.FeatureClass, p.Producer);
                }
            w.Complete();
        }
        using (var w = conn.BeginBinaryImport("COPY times (doc_id, idx, s_start, s_end, sentence, type, value, producer) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var sd in docs)
                for (int i = 0; i < sd.Document.Times.Length; i++)
                {
                    var t = sd.Document.Times[i];
                    Row(w, sd.StoreId, i, t.Span.Start, t.Span.End, t.Sentence, t.Type, t.Value, t.Producer);
                }
            w.Complete();
        }
    }

    private protected override long ImportEventsCore(IEnumerable<StoredEvent> events)
    {
        EnsureWritable();
        lock (_writeLock)
        {
            var conn = Writer();
            using var tx = conn.BeginTransaction();
            CopyEvents(conn, "stage_events", events);
            int n = Execute(conn, "INSERT INTO events SELECT * FROM stage_events ORDER BY event_id ON CONFLICT (event_id) DO NOTHING");
            Execute(conn, "DELETE FROM stage_events");
            tx.Commit();
            return n;
        }
    }

    private static long CopyEvents(NpgsqlConnection conn, string table, IEnumerable<StoredEvent> events)
    {
        long n = 0;
        using var w = conn.BeginBinaryImport($"COPY {table} ({AllEventColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var e in events)
        {
            Row(w, e.Id, e.Date, e.DateText, e.SourceName, e.SourceCameo, e.SourceCountry, e.TargetName, e.TargetCameo, e.TargetCountry,
                e.Cameo, e.CameoRoot, e.Goldstein, e.QuadClass, e.PloverType, e.PloverMode, e.PloverContext, e.Modality,
                e.PlaceName, e.GeonameId, e.PlaceCountry, e.PlaceAdmin1, e.Latitude, e.Longitude, e.Fatalities, e.Injuries,
                e.Mentions, e.Sources, e.Articles, e.FirstDocumentId, e.FirstUrl, e.AddedAt);
            n++;
        }
        w.Complete();
        return n;
    }

    /// <summary>Writes one COPY row; each value's PostgreSQL type follows from its .NET type (null = NULL).</summary>
    private static void Row(NpgsqlBinaryImporter w, params object?[] values)
    {
        w.StartRow();
        foreach (var v in values)
        {
            switch (v)
            {
                case null: w.WriteNull(); break;
                case string s: w.Write(s, NpgsqlDbType.Text); break;
                case int i: w.Write(i, NpgsqlDbType.Integer); break;
                case long l: w.Write(l, NpgsqlDbType.Bigint); break;
                case double d: w.Write(d, NpgsqlDbType.Double); break;
                case DateOnly d: w.Write(d, NpgsqlDbType.Date); break;
                case DateTime t: w.Write(t.Kind == DateTimeKind.Utc ? t : DateTime.SpecifyKind(t, DateTimeKind.Utc), NpgsqlDbType.TimestampTz); break;
                default: throw new InvalidOperationException($"no COPY mapping for {v.GetType().Name}");
            }
        }
    }

    public void Checkpoint()
    {
    }

    private void EnsureWritable()
    {
        if (ReadOnly) throw new TacitusException($"the store '{Name}' is open read-only.");
    }

    // ---------------------------------------------------------------- reading

    private const string AllEventColumns =
        "event_id, event_date, date_text, source_name, source_cameo, source_country, target_name, target_cameo, target_country, " +
        "cameo, cameo_root, goldstein, quad_class, plover_type, plover_mode, plover_context, modality, " +
        "place_name, geonameid, place_country, place_admin1, lat, lon, fatalities, injuries, mentions, sources, articles, first_doc_id, first_url, added_at";

    // ---------------------------------------------------------------- plumbing

    protected override DbConnection RentReadConnection() => _data.OpenConnection();

    private static NpgsqlParameter Param(string name, object? value) => value switch
    {
        null => new NpgsqlParameter(name, DBNull.Value),
        DateTime t => new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = t.Kind == DateTimeKind.Utc ? t : DateTime.SpecifyKind(t, DateTimeKind.Utc) },
        _ => new NpgsqlParameter(name, value),
    };

    private static NpgsqlCommand Command(NpgsqlConnection conn, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in parameters) cmd.Parameters.Add(Param(n, v));
        return cmd;
    }

    private static int Execute(NpgsqlConnection conn, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(conn, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    private static T Scalar<T>(NpgsqlConnection conn, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(conn, sql, parameters);
        var v = cmd.ExecuteScalar()!;
        return v is T t ? t : (T)Convert.ChangeType(v, typeof(T), CultureInfo.InvariantCulture);
    }

    public override void Dispose()
    {
        _writer?.Dispose();
        _data.Dispose();
    }
}
