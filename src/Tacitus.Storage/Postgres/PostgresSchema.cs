namespace Tacitus.Storage.Postgres;

/// <summary>
/// The PostgreSQL store's schema: the DuckDB store's tables and columns (see DuckDbSchema) in PostgreSQL types, plus
/// what several concurrent writers need — a primary key on documents.doc_id and events.event_id (the event identity
/// key), so concurrent ingests insert each document and event once — and indexes for the lookups DuckDB scans.
/// DuckDB's UBIGINT simhash is stored as BIGINT (same 64 bits, two's complement).
/// </summary>
internal static class PostgresSchema
{
    public static int Current => Migrations[^1].Version;

    public static readonly (int Version, string Description, string[] Statements)[] Migrations =
    [
        (1, "documents, layers, events, evidence",
        [
            """
            CREATE TABLE documents (
                doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, external_id TEXT, title TEXT, byline TEXT,
                dateline TEXT, source_name TEXT, url TEXT, pub_date DATE, language TEXT, text TEXT NOT NULL,
                n_chars INTEGER, simhash BIGINT, duplicate_of TEXT, stages TEXT, input TEXT, ingested_at TIMESTAMPTZ)
            """,
            "CREATE TABLE document_links (doc_id TEXT, other_doc_id TEXT, kind TEXT, distance INTEGER)",
            "CREATE TABLE sentences (doc_id TEXT, idx INTEGER, s_start INTEGER, s_end INTEGER, first_token INTEGER, token_count INTEGER)",
            "CREATE TABLE entities (doc_id TEXT, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, label TEXT, text TEXT, producer TEXT)",
            "CREATE TABLE actors (doc_id TEXT, actor_id TEXT, name TEXT, country TEXT, cameo TEXT, roles TEXT, mentions INTEGER, producer TEXT)",
            "CREATE TABLE actor_mentions (doc_id TEXT, actor_id TEXT, s_start INTEGER, s_end INTEGER, sentence INTEGER, producer TEXT)",
            """
            CREATE TABLE places (doc_id TEXT, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, geonameid BIGINT, name TEXT,
                country TEXT, admin1 TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, feature_class TEXT, producer TEXT)
            """,
            "CREATE TABLE times (doc_id TEXT, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, type TEXT, value TEXT, producer TEXT)",
            """
            CREATE TABLE events (
                event_id BIGINT PRIMARY KEY, event_date DATE, date_text TEXT,
                source_name TEXT, source_cameo TEXT, source_country TEXT,
                target_name TEXT, target_cameo TEXT, target_country TEXT,
                cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, goldstein DOUBLE PRECISION, quad_class INTEGER,
                plover_type TEXT, plover_mode TEXT, plover_context TEXT, modality TEXT,
                place_name TEXT, geonameid BIGINT, place_country TEXT, place_admin1 TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
                fatalities INTEGER, injuries INTEGER, mentions INTEGER, sources INTEGER, articles INTEGER,
                first_doc_id TEXT, first_url TEXT, added_at TIMESTAMPTZ)
            """,
            """
            CREATE TABLE event_mentions (
                event_id BIGINT NOT NULL, doc_id TEXT NOT NULL, doc_event_id TEXT, sentence INTEGER, ev_start INTEGER, ev_end INTEGER,
                evidence TEXT, rule TEXT, modality TEXT, date_precision TEXT, predicate INTEGER, outlet TEXT,
                source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER)
            """,
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
    ];
}
