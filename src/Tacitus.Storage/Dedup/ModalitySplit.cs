using System.Data.Common;

namespace Tacitus.Storage.Dedup;

/// <summary>
/// Store schema 3: an event's modality is part of its key (<see cref="EventKey"/>). A store written before kept a
/// negated, planned, hypothetical or refused mention under the event of the same date, sides, code and place, which
/// took the modality of whichever mention came first. This moves every such mention to the event of its own
/// modality (made from the old event's row, with the id a new ingest gives it), drops old events left without
/// mentions, marks the rest asserted and recounts mentions, sources, articles and the first report of each event
/// it touched. Runs inside the migration's transaction, with the SQL both stores understand.
/// </summary>
internal static class ModalitySplit
{
    public static void Run(DbConnection conn, SqlDialect dialect)
    {
        var moves = new List<(long Old, string Modality, long New)>();
        using (var cmd = Command(conn, $"""
            SELECT DISTINCT {StoredEventRows.EventColumns}, m.modality
            FROM event_mentions m JOIN events e ON e.event_id = m.event_id
            WHERE m.modality IS NOT NULL AND m.modality <> 'asserted'
            """))
        using (var r = cmd.ExecuteReader())
        {
            int modality = r.FieldCount - 1;
            while (r.Read())
            {
                var e = StoredEventRows.ReadEvent(r);
                var m = r.GetString(modality);
                moves.Add((e.Id, m, EventKey.Id(EventKey.Of(e, m))));
            }
        }
        if (moves.Count == 0) return;

        Execute(conn, "CREATE TEMP TABLE modality_split (old_id BIGINT, modality TEXT, new_id BIGINT)");
        foreach (var (old, m, id) in moves)
        {
            var p = dialect.Placeholder;
            Execute(conn, $"INSERT INTO modality_split VALUES ({p}o, {p}m, {p}n)",
                dialect.Parameter("o", old), dialect.Parameter("m", m), dialect.Parameter("n", id));
        }

        // The new events: the old event's row with its own id and modality, every column copied by name.
        var columns = new List<string>();
        using (var cmd = Command(conn, "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' AND table_schema = current_schema() ORDER BY ordinal_position"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) columns.Add(r.GetString(0));
        var select = columns.Select(c => c switch { "event_id" => "s.new_id", "modality" => "s.modality", _ => "e." + c });
        Execute(conn, $"""
            INSERT INTO events ({string.Join(", ", columns)})
            SELECT {string.Join(", ", select)} FROM modality_split s JOIN events e ON e.event_id = s.old_id
            WHERE s.new_id NOT IN (SELECT event_id FROM events)
            """);
        Execute(conn, """
            UPDATE event_mentions SET event_id = s.new_id FROM modality_split s
            WHERE event_mentions.event_id = s.old_id AND event_mentions.modality = s.modality
            """);
        Execute(conn, "DELETE FROM events WHERE event_id IN (SELECT old_id FROM modality_split) AND event_id NOT IN (SELECT event_id FROM event_mentions)");
        Execute(conn, "UPDATE events SET modality = 'asserted' WHERE event_id IN (SELECT old_id FROM modality_split)");

        const string Touched = "(SELECT old_id FROM modality_split UNION SELECT new_id FROM modality_split)";
        Execute(conn, StoreTables.RecountEvents(Touched));
        Execute(conn, $"""
            UPDATE events SET first_doc_id = (SELECT m.doc_id FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id
                                              WHERE m.event_id = events.event_id ORDER BY d.ingested_at, m.doc_id LIMIT 1)
            WHERE event_id IN {Touched}
            """);
        Execute(conn, $"UPDATE events SET first_url = (SELECT url FROM documents d WHERE d.doc_id = events.first_doc_id) WHERE event_id IN {Touched}");
        Execute(conn, "DROP TABLE modality_split");
    }

    private static DbCommand Command(DbConnection conn, string sql, params DbParameter[] parameters)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(p);
        return cmd;
    }

    private static void Execute(DbConnection conn, string sql, params DbParameter[] parameters)
    {
        using var cmd = Command(conn, sql, parameters);
        cmd.ExecuteNonQuery();
    }
}
