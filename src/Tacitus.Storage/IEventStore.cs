namespace Tacitus.Storage;

/// <summary>
/// An event store: documents with their annotation layers, and events corroborated across documents.
/// The embedded DuckDB store implements it; a server database backend implements the same contract.
/// Implementations are used by one writer at a time; reads may run concurrently with each other.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The schema version the store is at.</summary>
    int SchemaVersion { get; }

    /// <summary>True when a document with this content hash is stored.</summary>
    bool ContainsDocument(string contentHash);

    /// <summary>Stores documents with every annotation layer they carry, in one transaction: all or nothing.
    /// Documents already stored (same content hash) are skipped; events are merged with stored ones that share their key.</summary>
    StoreBatchResult StoreBatch(IReadOnlyList<StoredDocument> documents);

    /// <summary>Bulk-loads already coded events (no documents), e.g. imported or synthetic ones.</summary>
    long ImportEvents(IEnumerable<StoredEvent> events);

    IReadOnlyList<StoredEvent> QueryEvents(EventFilter filter, int offset = 0, int limit = 100);
    long CountEvents(EventFilter filter);
    /// <summary>Every event that matches, streamed in id order (for exports).</summary>
    IEnumerable<StoredEvent> StreamEvents(EventFilter filter);
    EventDetail? GetEvent(long id);
    IReadOnlyList<EvidenceRecord> Evidence(long eventId);

    IReadOnlyList<CountRow> CountBy(EventFilter filter, StatDimension dimension, int limit = 1000);
    IReadOnlyList<ActorSummary> TopActors(EventFilter filter, int limit = 50);

    StoredDocumentInfo? GetDocument(string id);
    string? GetDocumentText(string id);
    StoreCounts Counts();
}
