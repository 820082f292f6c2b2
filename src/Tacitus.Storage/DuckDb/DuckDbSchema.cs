namespace Tacitus.Storage.DuckDb;

/// <summary>The store's schema as numbered migrations; a store is brought to <see cref="Current"/> when opened for writing.</summary>
internal static class DuckDbSchema
{
    public static int Current => Migrations[^1].Version;

    public static readonly SchemaMigration[] Migrations =
    [
        new(1, "documents, layers, events, evidence",
        [
            .. StoreTables.DuckDb(),
            // Staging area for one batch's events; always emptied inside the batch's transaction.
            """
            CREATE TABLE stage_events AS SELECT * FROM events LIMIT 0
            """,
        ]),
        new(2, "event place evidence: the words that name an event's place and how they were attached", [.. StoreTables.PlaceEvidence("VARCHAR")]),
        new(3, StoreTables.ModalitySplitDescription, [], Dedup.ModalitySplit.Run),
    ];
}
