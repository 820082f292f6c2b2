using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Storage;

/// <summary>A document ready to store: the annotated document plus what ingest learned about where it came from.</summary>
public sealed record StoredDocument(Document Document, string ContentHash)
{
    public string? Byline { get; init; }
    public string? Dateline { get; init; }
    /// <summary>The file (or feed, or "stdin") the document was read from.</summary>
    public string? Input { get; init; }

    /// <summary>The store's id of the document: the first 16 hex digits of its content hash.</summary>
    public string StoreId => ContentHash[..16];

    public static StoredDocument Create(Document document, string? byline = null, string? dateline = null, string? input = null) =>
        new(document, ContentHashing.Of(document.Text)) { Byline = byline, Dateline = dateline, Input = input };
}

/// <summary>A geographic bounding box in degrees.</summary>
public readonly record struct BoundingBox(double MinLat, double MinLon, double MaxLat, double MaxLon)
{
    /// <summary>Parses "minLat,minLon,maxLat,maxLon".</summary>
    public static BoundingBox Parse(string s)
    {
        var parts = s.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4 || !parts.All(p => double.TryParse(p, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
            throw new TacitusException($"bounding box must be minLat,minLon,maxLat,maxLon (degrees), got '{s}'.");
        var v = parts.Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        if (v[0] > v[2] || v[1] > v[3]) throw new TacitusException($"bounding box '{s}': the minimum must not exceed the maximum.");
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}

/// <summary>Filters over stored events; every field is optional and the filters combine with AND.</summary>
public sealed record EventFilter
{
    /// <summary>Actor name (substring, case-insensitive) or actor CAMEO code, as source or target.</summary>
    public string? Actor { get; init; }
    /// <summary>Country code of the source, the target or the place.</summary>
    public string? Country { get; init; }
    /// <summary>CAMEO code or its prefix ("19" = every fight event, "190", "1951").</summary>
    public string? Cameo { get; init; }
    public string? PloverType { get; init; }
    public int? QuadClass { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Place name (substring, case-insensitive).</summary>
    public string? Place { get; init; }
    public BoundingBox? Box { get; init; }
    /// <summary>Words in the evidence (substring, case-insensitive).</summary>
    public string? Text { get; init; }
    /// <summary>Only events with evidence in this stored document.</summary>
    public string? DocumentId { get; init; }
    /// <summary>Only events of this modality (asserted, negated, planned, hypothetical, refused, alleged); null = every one.</summary>
    public string? Modality { get; init; }

    public static readonly EventFilter All = new();

    /// <summary>The modality names a filter accepts, as the output schema writes them.</summary>
    public static IReadOnlyList<string> ModalityNames { get; } =
        [.. Enum.GetValues<Tacitus.Core.Modality>().Select(Tacitus.Core.Serialization.SchemaV1Writer.ModalityName)];
}

/// <summary>One coded event in the store, corroborated across documents.</summary>
public sealed record StoredEvent
{
    public long Id { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>The date as coded (may be partial: 2025-05, 2025).</summary>
    public string? DateText { get; init; }
    public string? SourceName { get; init; }
    public string? SourceCameo { get; init; }
    public string? SourceCountry { get; init; }
    public string? TargetName { get; init; }
    public string? TargetCameo { get; init; }
    public string? TargetCountry { get; init; }
    public required string Cameo { get; init; }
    public string CameoRoot => Cameo.Length >= 2 ? Cameo[..2] : Cameo;
    public double? Goldstein { get; init; }
    public int? QuadClass { get; init; }
    public string? PloverType { get; init; }
    public string? PloverMode { get; init; }
    public string? PloverContext { get; init; }
    public string Modality { get; init; } = "asserted";
    public string? PlaceName { get; init; }
    public long? GeonameId { get; init; }
    public string? PlaceCountry { get; init; }
    public string? PlaceAdmin1 { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? Fatalities { get; init; }
    public int? Injuries { get; init; }
    /// <summary>Evidence spans (mentions) in all documents.</summary>
    public int Mentions { get; init; } = 1;
    /// <summary>Distinct news sources (outlets) that report it.</summary>
    public int Sources { get; init; } = 1;
    /// <summary>Distinct documents that report it.</summary>
    public int Articles { get; init; } = 1;
    public string? FirstDocumentId { get; init; }
    public string? FirstUrl { get; init; }
    public DateTime? AddedAt { get; init; }
}

/// <summary>One span of text that reports an event.</summary>
public sealed record EvidenceRecord(
    long EventId,
    string DocumentId,
    string DocumentEventId,
    int Sentence,
    TextSpan Span,
    string Text,
    string Rule,
    string Modality,
    string? DatePrecision,
    string? Outlet,
    string? Url,
    string? Title)
{
    /// <summary>The words that name the event's place in this document; null without a place or in a mention stored before schema version 2.</summary>
    public TextSpan? PlaceSpan { get; init; }

    /// <summary>How the place was attached: predicate, sentence-locative, sentence or dateline (see the event schema); null when unknown.</summary>
    public string? PlaceAttachment { get; init; }

    /// <summary>The words that name the event's source in this document; null without a source or when unknown.</summary>
    public TextSpan? SourceSpan { get; init; }

    /// <summary>The words that name the event's target in this document; null without a target or when unknown.</summary>
    public TextSpan? TargetSpan { get; init; }
}

public sealed record EventDetail(StoredEvent Event, ImmutableArray<EvidenceRecord> Evidence);

/// <summary>A count for one key (a month, a country, a code, an actor).</summary>
public sealed record CountRow(string Key, long Events, long Mentions);

public sealed record ActorSummary(string Name, string? Country, string? Cameo, long Events, long AsSource, long AsTarget);

/// <summary>How big the store is.</summary>
public sealed record StoreCounts(
    long Documents, long NearDuplicateDocuments, long Sentences, long Actors, long ActorMentions, long Places, long Times, long Entities,
    long Events, long EventMentions);

/// <summary>What one stored batch changed.</summary>
public sealed record StoreBatchResult(int DocumentsStored, int DocumentsSkipped, int EventMentions, int NewEvents, int NearDuplicates);

/// <summary>Statistics dimensions of <c>tacitus stats</c>.</summary>
public enum StatDimension
{
    Month,
    Country,
    CameoRoot,
    PloverType,
    QuadClass,
    Source,
    /// <summary>Event date, by day (YYYY-MM-DD).</summary>
    Day,
    /// <summary>asserted, negated, planned, hypothetical, refused or alleged.</summary>
    Modality,
}

public sealed record StoredDocumentInfo(
    string Id, string? ExternalId, string? Title, string? Byline, string? Dateline, string? SourceName, string? Url, DateOnly? PublicationDate,
    string? DuplicateOf, int Characters, string? Input);

public sealed record ActorLink(string Source, string Target, long Events);

public sealed record PlaceCount(string Name, string? Country, double Latitude, double Longitude, long Events);
