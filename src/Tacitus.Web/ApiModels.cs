using Tacitus.Storage.DuckDb;
using Tacitus.Storage;

namespace Tacitus.Web;

/// <summary>GET /api/health.</summary>
public sealed record HealthResponse(
    string Status, string Version, int SchemaVersion, bool ReadOnly, string Database, long Documents, long Events, IReadOnlyList<string> Stages,
    IReadOnlyList<string> StagesLeftOut);

/// <summary>A page of GET /api/events.</summary>
public sealed record EventPage(long Total, int Offset, int Limit, IReadOnlyList<StoredEvent> Events);

/// <summary>
/// One evidence span of an event with a little of the text around it, the words in that document that name the
/// event's place with how they were attached (<c>PlaceAttachment</c>: predicate, sentence-locative, sentence, dateline),
/// and the words that name its source and its target.
/// </summary>
public sealed record EvidenceView(
    string DocumentId, string DocumentEventId, int Sentence, int Start, int End, string Text, string Rule, string Modality, string? DatePrecision,
    string? Outlet, string? Url, string? Title, string? Before, string? After,
    int? PlaceStart = null, int? PlaceEnd = null, string? PlaceText = null, string? PlaceAttachment = null,
    int? SourceStart = null, int? SourceEnd = null, string? SourceText = null,
    int? TargetStart = null, int? TargetEnd = null, string? TargetText = null);

/// <summary>GET /api/events/{id}.</summary>
public sealed record EventDetailResponse(StoredEvent Event, string? CameoName, IReadOnlyList<EvidenceView> Evidence);

/// <summary>GET /api/actors.</summary>
public sealed record ActorsResponse(IReadOnlyList<ActorSummary> Actors);

/// <summary>GET /api/actors/network: source → target links.</summary>
public sealed record NetworkResponse(IReadOnlyList<ActorLink> Links);

/// <summary>GET /api/places: located events by place (the map).</summary>
public sealed record PlacesResponse(IReadOnlyList<PlaceCount> Places);

/// <summary>GET /api/stats/timeline.</summary>
public sealed record TimelineResponse(string By, IReadOnlyList<TimelinePoint> Points, long Undated);

public sealed record TimelinePoint(string Period, long Events, long Mentions);

/// <summary>POST /api/documents. <c>Warnings</c>: documents stored as given that look wrong (a publication date before 1900 or after next year).</summary>
public sealed record IngestResponse(
    long Read, long Stored, long Skipped, long Failed, long EventMentions, long NewEvents, long NearDuplicates, double ElapsedMs, IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings);

/// <summary>GET /api/cameo: names of CAMEO codes.</summary>
public sealed record CameoName(string Code, string Name, double? Goldstein, int? QuadClass, string? PloverType);
