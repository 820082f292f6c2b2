namespace Tacitus.Storage.DuckDb;

/// <summary>The store's schema as numbered migrations; a store is brought to <see cref="Current"/> when opened for writing.</summary>
internal static class DuckDbSchema
{
    public static int Current => Migrations[^1].Version;

    public sealed record Migration(int Version, string Description, string[] Statements);

    public static readonly Migration[] Migrations =
    [
        new(1, "documents, layers, events, evidence",
        [
            """
            CREATE TABLE documents (
                doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, external_id VARCHAR, title VARCHAR, byline VARCHAR,
                dateline VARCHAR, source_name VARCHAR, url VARCHAR, pub_date DATE, language VARCHAR, text VARCHAR NOT NULL,
                n_chars INTEGER, simhash UBIGINT, duplicate_of VARCHAR, stages VARCHAR, input VARCHAR, ingested_at TIMESTAMP)
            """,
            "CREATE TABLE document_links (doc_id VARCHAR, other_doc_id VARCHAR, kind VARCHAR, distance INTEGER)",
            "CREATE TABLE sentences (doc_id VARCHAR, idx INTEGER, s_start INTEGER, s_end INTEGER, first_token INTEGER, token_count INTEGER)",
            "CREATE TABLE entities (doc_id VARCHAR, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, label VARCHAR, text VARCHAR, producer VARCHAR)",
            "CREATE TABLE actors (doc_id VARCHAR, actor_id VARCHAR, name VARCHAR, country VARCHAR, cameo VARCHAR, roles VARCHAR, mentions INTEGER, producer VARCHAR)",
            "CREATE TABLE actor_mentions (doc_id VARCHAR, actor_id VARCHAR, s_start INTEGER, s_end INTEGER, sentence INTEGER, producer VARCHAR)",
            """
            CREATE TABLE places (doc_id VARCHAR, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, geonameid BIGINT, name VARCHAR,
                country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, feature_class VARCHAR, producer VARCHAR)
            """,
            "CREATE TABLE times (doc_id VARCHAR, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, type VARCHAR, value VARCHAR, producer VARCHAR)",
            """
            CREATE TABLE events (
                event_id BIGINT NOT NULL, event_date DATE, date_text VARCHAR,
                source_name VARCHAR, source_cameo VARCHAR, source_country VARCHAR,
                target_name VARCHAR, target_cameo VARCHAR, target_country VARCHAR,
                cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, goldstein DOUBLE, quad_class INTEGER,
                plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR, modality VARCHAR,
                place_name VARCHAR, geonameid BIGINT, place_country VARCHAR, place_admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
                fatalities INTEGER, injuries INTEGER, mentions INTEGER, sources INTEGER, articles INTEGER,
                first_doc_id VARCHAR, first_url VARCHAR, added_at TIMESTAMP)
            """,
            """
            CREATE TABLE event_mentions (
                event_id BIGINT NOT NULL, doc_id VARCHAR NOT NULL, doc_event_id VARCHAR, sentence INTEGER, ev_start INTEGER, ev_end INTEGER,
                evidence VARCHAR, rule VARCHAR, modality VARCHAR, date_precision VARCHAR, predicate INTEGER, outlet VARCHAR,
                source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER)
            """,
            // Staging area for one batch's events; always emptied inside the batch's transaction.
            """
            CREATE TABLE stage_events AS SELECT * FROM events LIMIT 0
            """,
        ]),
    ];
}
