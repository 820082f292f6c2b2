namespace Tacitus.Storage;

/// <summary>
/// The tables both stores hold, written once. Types that differ are tokens the dialect fills in: {TEXT}, {DOUBLE},
/// {TIMESTAMP}, {HASH} (the 64-bit SimHash: DuckDB's UBIGINT, PostgreSQL's BIGINT with the same bits) and {EVENT_KEY}
/// (PostgreSQL makes event_id the primary key, so that concurrent writers insert each event once).
/// </summary>
internal static class StoreTables
{
    private static readonly string[] Template =
    [
        """
        CREATE TABLE documents (
            doc_id {TEXT} PRIMARY KEY, content_hash {TEXT} NOT NULL, external_id {TEXT}, title {TEXT}, byline {TEXT},
            dateline {TEXT}, source_name {TEXT}, url {TEXT}, pub_date DATE, language {TEXT}, text {TEXT} NOT NULL,
            n_chars INTEGER, simhash {HASH}, duplicate_of {TEXT}, stages {TEXT}, input {TEXT}, ingested_at {TIMESTAMP})
        """,
        "CREATE TABLE document_links (doc_id {TEXT}, other_doc_id {TEXT}, kind {TEXT}, distance INTEGER)",
        "CREATE TABLE sentences (doc_id {TEXT}, idx INTEGER, s_start INTEGER, s_end INTEGER, first_token INTEGER, token_count INTEGER)",
        "CREATE TABLE entities (doc_id {TEXT}, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, label {TEXT}, text {TEXT}, producer {TEXT})",
        "CREATE TABLE actors (doc_id {TEXT}, actor_id {TEXT}, name {TEXT}, country {TEXT}, cameo {TEXT}, roles {TEXT}, mentions INTEGER, producer {TEXT})",
        "CREATE TABLE actor_mentions (doc_id {TEXT}, actor_id {TEXT}, s_start INTEGER, s_end INTEGER, sentence INTEGER, producer {TEXT})",
        """
        CREATE TABLE places (doc_id {TEXT}, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, geonameid BIGINT, name {TEXT},
            country {TEXT}, admin1 {TEXT}, lat {DOUBLE}, lon {DOUBLE}, feature_class {TEXT}, producer {TEXT})
        """,
        "CREATE TABLE times (doc_id {TEXT}, idx INTEGER, s_start INTEGER, s_end INTEGER, sentence INTEGER, type {TEXT}, value {TEXT}, producer {TEXT})",
        """
        CREATE TABLE events (
            event_id BIGINT {EVENT_KEY}, event_date DATE, date_text {TEXT},
            source_name {TEXT}, source_cameo {TEXT}, source_country {TEXT},
            target_name {TEXT}, target_cameo {TEXT}, target_country {TEXT},
            cameo {TEXT} NOT NULL, cameo_root {TEXT} NOT NULL, goldstein {DOUBLE}, quad_class INTEGER,
            plover_type {TEXT}, plover_mode {TEXT}, plover_context {TEXT}, modality {TEXT},
            place_name {TEXT}, geonameid BIGINT, place_country {TEXT}, place_admin1 {TEXT}, lat {DOUBLE}, lon {DOUBLE},
            fatalities INTEGER, injuries INTEGER, mentions INTEGER, sources INTEGER, articles INTEGER,
            first_doc_id {TEXT}, first_url {TEXT}, added_at {TIMESTAMP})
        """,
        """
        CREATE TABLE event_mentions (
            event_id BIGINT NOT NULL, doc_id {TEXT} NOT NULL, doc_event_id {TEXT}, sentence INTEGER, ev_start INTEGER, ev_end INTEGER,
            evidence {TEXT}, rule {TEXT}, modality {TEXT}, date_precision {TEXT}, predicate INTEGER, outlet {TEXT},
            source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER)
        """,
    ];

    /// <summary>
    /// Schema version 2 (both stores): each event mention keeps the span of the words that name its place and how the
    /// place was attached (<see cref="Tacitus.Core.Serialization.SchemaV1Writer.PlaceBasisName"/>); null in mentions
    /// stored before. <paramref name="text"/> is the dialect's text type.
    /// </summary>
    public static string[] PlaceEvidence(string text) =>
    [
        "ALTER TABLE event_mentions ADD COLUMN place_start INTEGER",
        "ALTER TABLE event_mentions ADD COLUMN place_end INTEGER",
        "ALTER TABLE event_mentions ADD COLUMN place_attachment " + text,
    ];

    /// <summary>
    /// Recounts the mentions, sources (outlets, or documents without one) and articles of the events whose ids the
    /// subquery <paramref name="eventIds"/> gives, from their evidence: after a batch is stored, and after schema 3
    /// moved mentions between events.
    /// </summary>
    public static string RecountEvents(string eventIds) => $"""
        UPDATE events SET mentions = a.m, sources = a.s, articles = a.a
        FROM (SELECT event_id, count(*) AS m, count(DISTINCT coalesce(outlet, doc_id)) AS s, count(DISTINCT doc_id) AS a
              FROM event_mentions WHERE event_id IN {eventIds} GROUP BY event_id) a
        WHERE events.event_id = a.event_id
        """;

    /// <summary>Schema version 3 (both stores): events are keyed on modality too; see <see cref="Dedup.ModalitySplit"/>.</summary>
    public const string ModalitySplitDescription = "event identity includes modality: negated, planned, hypothetical and refused mentions become events of their own";

    /// <summary>The CREATE TABLE statements in DuckDB's types.</summary>
    public static string[] DuckDb() => Fill("VARCHAR", "DOUBLE", "TIMESTAMP", "UBIGINT", "NOT NULL");

    /// <summary>The CREATE TABLE statements in PostgreSQL's types.</summary>
    public static string[] Postgres() => Fill("TEXT", "DOUBLE PRECISION", "TIMESTAMPTZ", "BIGINT", "PRIMARY KEY");

    private static string[] Fill(string text, string dbl, string timestamp, string hash, string eventKey) =>
        [.. Template.Select(s => s.Replace("{TEXT}", text, StringComparison.Ordinal).Replace("{DOUBLE}", dbl, StringComparison.Ordinal)
            .Replace("{TIMESTAMP}", timestamp, StringComparison.Ordinal).Replace("{HASH}", hash, StringComparison.Ordinal)
            .Replace("{EVENT_KEY}", eventKey, StringComparison.Ordinal))];
}
