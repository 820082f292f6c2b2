using Npgsql;
using NpgsqlTypes;
using Tacitus.Core;
using Tacitus.Storage;
using Tacitus.Storage.Ingest;
using Tacitus.Storage.Postgres;

namespace Tacitus.Cluster;

/// <summary>A document claimed from the work queue.</summary>
public sealed record WorkItem(string ContentHash, IngestItem Item, int Attempts);

/// <summary>Where a submitted job is.</summary>
public sealed record JobStatus(long Queued, long Leased, long Done, long Failed)
{
    public long Total => Queued + Leased + Done + Failed;
    public bool Finished => Queued == 0 && Leased == 0;
}

/// <summary>
/// The cluster's work queue in PostgreSQL. <c>tacitus ingest --cluster</c> submits documents (once per content hash);
/// silos <see cref="Claim"/> batches with FOR UPDATE SKIP LOCKED under a lease. A claim also takes documents whose
/// lease expired or whose silo Orleans has declared dead (membership status 6), so a killed silo's documents are
/// coded by the others. All SQL is parameterised.
/// </summary>
public sealed class WorkQueue : IDisposable
{
    private readonly NpgsqlDataSource _data;

    public WorkQueue(string db)
    {
        _data = NpgsqlDataSource.Create(PostgresConnectionString.Parse(db));
    }

    /// <summary>Queues documents under <paramref name="jobId"/>; returns how many were new (the others were already queued or done).</summary>
    public int Submit(IEnumerable<IngestItem> items, string jobId, int batchSize = 500)
    {
        int added = 0;
        using var conn = _data.OpenConnection();
        foreach (var chunk in items.Chunk(batchSize))
        {
            using var tx = conn.BeginTransaction();
            using var cmd = new NpgsqlCommand("""
                INSERT INTO tacitus_work_queue (content_hash, job_id, external_id, text, title, pub_date, source_name, url, language, byline, dateline, input)
                VALUES (@hash, @job, @id, @text, @title, @date, @source, @url, @lang, @byline, @dateline, @input)
                ON CONFLICT (content_hash) DO NOTHING
                """, conn, tx);
            foreach (var item in chunk)
            {
                var d = item.Document;
                cmd.Parameters.Clear();
                cmd.Parameters.AddWithValue("hash", ContentHashing.Of(d.Text));
                cmd.Parameters.AddWithValue("job", jobId);
                cmd.Parameters.AddWithValue("id", d.Id);
                cmd.Parameters.AddWithValue("text", d.Text);
                cmd.Parameters.AddWithValue("title", (object?)d.Title ?? DBNull.Value);
                cmd.Parameters.Add(new NpgsqlParameter("date", NpgsqlDbType.Date) { Value = d.PublicationDate is { } p ? p : DBNull.Value });
                cmd.Parameters.AddWithValue("source", (object?)d.SourceName ?? DBNull.Value);
                cmd.Parameters.AddWithValue("url", (object?)d.Url ?? DBNull.Value);
                cmd.Parameters.AddWithValue("lang", d.Language);
                cmd.Parameters.AddWithValue("byline", (object?)item.Byline ?? DBNull.Value);
                cmd.Parameters.AddWithValue("dateline", (object?)item.Dateline ?? DBNull.Value);
                cmd.Parameters.AddWithValue("input", item.Input);
                added += cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return added;
    }

    /// <summary>Claims up to <paramref name="max"/> documents for <paramref name="worker"/> (a silo address ip:port:generation) for <paramref name="lease"/>.</summary>
    public IReadOnlyList<WorkItem> Claim(string worker, int max, TimeSpan lease)
    {
        using var conn = _data.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            UPDATE tacitus_work_queue q
            SET status = 'leased', claimed_by = @worker, lease_until = now() + @lease, attempts = q.attempts + 1
            WHERE q.content_hash IN (
                SELECT w.content_hash FROM tacitus_work_queue w
                WHERE w.status = 'queued'
                   OR (w.status = 'leased' AND (w.lease_until < now() OR w.claimed_by IN (
                        SELECT m.Address || ':' || m.Port || ':' || m.Generation FROM OrleansMembershipTable m WHERE m.Status = 6)))
                ORDER BY w.seq
                LIMIT @max
                FOR UPDATE SKIP LOCKED)
            RETURNING q.content_hash, q.external_id, q.text, q.title, q.pub_date, q.source_name, q.url, q.language, q.byline, q.dateline, q.input, q.attempts, q.seq
            """, conn);
        cmd.Parameters.AddWithValue("worker", worker);
        cmd.Parameters.AddWithValue("lease", lease);
        cmd.Parameters.AddWithValue("max", max);
        using var r = cmd.ExecuteReader();
        var list = new List<(long Seq, WorkItem Item)>();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            var doc = new Document(r.GetString(1), r.GetString(2))
            {
                Title = S(3),
                PublicationDate = r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
                SourceName = S(5),
                Url = S(6),
                Language = S(7) ?? "en",
            };
            var item = new IngestItem(doc, S(10) ?? "") { Byline = S(8), Dateline = S(9) };
            list.Add((r.GetInt64(12), new WorkItem(r.GetString(0), item, r.GetInt32(11))));
        }
        return [.. list.OrderBy(x => x.Seq).Select(x => x.Item)];
    }

    /// <summary>Marks documents stored (only while this worker still holds them or they are unfinished: a late worker does not undo a failure record).</summary>
    public void Complete(IEnumerable<string> contentHashes)
    {
        var hashes = contentHashes.ToArray();
        if (hashes.Length == 0) return;
        using var conn = _data.OpenConnection();
        using var cmd = new NpgsqlCommand(
            "UPDATE tacitus_work_queue SET status = 'done', done_at = now(), lease_until = NULL, error = NULL WHERE content_hash = ANY(@h) AND status <> 'done'", conn);
        cmd.Parameters.AddWithValue("h", hashes);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Records a document that cannot be coded; it is not retried.</summary>
    public void Fail(string contentHash, string error)
    {
        using var conn = _data.OpenConnection();
        using var cmd = new NpgsqlCommand(
            "UPDATE tacitus_work_queue SET status = 'failed', done_at = now(), lease_until = NULL, error = @e WHERE content_hash = @h AND status <> 'done'", conn);
        cmd.Parameters.AddWithValue("h", contentHash);
        cmd.Parameters.AddWithValue("e", error);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Counts of a job's documents by state (all jobs when <paramref name="jobId"/> is null).</summary>
    public JobStatus Status(string? jobId = null)
    {
        using var conn = _data.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE status = 'queued'), count(*) FILTER (WHERE status = 'leased'),
                   count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'failed')
            FROM tacitus_work_queue WHERE @job::text IS NULL OR job_id = @job::text
            """, conn);
        cmd.Parameters.Add(new NpgsqlParameter("job", NpgsqlDbType.Text) { Value = (object?)jobId ?? DBNull.Value });
        using var r = cmd.ExecuteReader();
        r.Read();
        return new JobStatus(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3));
    }

    /// <summary>Documents done per silo (claimed_by) and the span of their completion times, for throughput reports.</summary>
    public IReadOnlyList<(string Worker, long Done, DateTime First, DateTime Last)> Throughput(string? jobId = null)
    {
        using var conn = _data.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            SELECT coalesce(claimed_by, ''), count(*), min(done_at), max(done_at) FROM tacitus_work_queue
            WHERE status = 'done' AND (@job::text IS NULL OR job_id = @job::text) GROUP BY 1 ORDER BY 1
            """, conn);
        cmd.Parameters.Add(new NpgsqlParameter("job", NpgsqlDbType.Text) { Value = (object?)jobId ?? DBNull.Value });
        using var r = cmd.ExecuteReader();
        var list = new List<(string, long, DateTime, DateTime)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetInt64(1), r.GetDateTime(2), r.GetDateTime(3)));
        return list;
    }

    /// <summary>Per silo (claimed_by) and state: documents, and how many of them were claimed more than once (reclaimed after a lease ran out or a silo died).</summary>
    public IReadOnlyList<(string Worker, string Status, long Documents, long Reclaimed)> Workers(string? jobId = null)
    {
        using var conn = _data.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            SELECT coalesce(claimed_by, ''), status, count(*), count(*) FILTER (WHERE attempts > 1) FROM tacitus_work_queue
            WHERE @job::text IS NULL OR job_id = @job::text GROUP BY 1, 2 ORDER BY 1, 2
            """, conn);
        cmd.Parameters.Add(new NpgsqlParameter("job", NpgsqlDbType.Text) { Value = (object?)jobId ?? DBNull.Value });
        using var r = cmd.ExecuteReader();
        var list = new List<(string, string, long, long)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)));
        return list;
    }

    public void Dispose() => _data.Dispose();
}
