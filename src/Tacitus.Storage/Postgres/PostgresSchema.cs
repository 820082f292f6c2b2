namespace Tacitus.Storage.Postgres;

/// <summary>
/// The PostgreSQL store's schema: the tables both stores hold (<see cref="StoreTables"/>) in PostgreSQL types, plus
/// what several concurrent writers need — a primary key on documents.doc_id and events.event_id (the event identity
/// key), so concurrent ingests insert each document and event once — and indexes for the lookups DuckDB scans.
/// DuckDB's UBIGINT simhash is stored as BIGINT (same 64 bits, two's complement).
/// </summary>
internal static class PostgresSchema
{
    public static int Current => Migrations[^1].Version;

    public static readonly SchemaMigration[] Migrations =
    [
        new(1, "documents, layers, events, evidence",
        [
            .. StoreTables.Postgres(),
            "CREATE INDEX event_mentions_event ON event_mentions (event_id)",
            "CREATE INDEX event_mentions_doc ON event_mentions (doc_id)",
            "CREATE INDEX events_date ON events (event_date)",
            "CREATE INDEX documents_ingested ON documents (ingested_at)",
            "CREATE INDEX document_links_doc ON document_links (doc_id)",
            "CREATE INDEX sentences_doc ON sentences (doc_id)",
            "CREATE INDEX entities_doc ON entities (doc_id)",
            "CREATE INDEX actors_doc ON actors (doc_id)",
            "CREATE INDEX actor_mentions_doc ON actor_mentions (doc_id)",
            "CREATE INDEX places_doc ON places (doc_id)",
            "CREATE INDEX times_doc ON times (doc_id)",
        ]),
        new(2, "event place evidence: the words that name an event's place and how they were attached", [.. StoreTables.PlaceEvidence("TEXT")]),
        new(3, StoreTables.ModalitySplitDescription, [], Dedup.ModalitySplit.Run),
    ];
}
