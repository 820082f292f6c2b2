using System.Data.Common;

namespace Tacitus.Storage;

/// <summary>The events table's columns as both stores select them, and the mapping of one row to a <see cref="StoredEvent"/>.</summary>
internal static class StoredEventRows
{
    public const string EventColumns =
        "e.event_id, e.event_date, e.date_text, e.source_name, e.source_cameo, e.source_country, e.target_name, e.target_cameo, e.target_country, " +
        "e.cameo, e.goldstein, e.quad_class, e.plover_type, e.plover_mode, e.plover_context, e.modality, e.place_name, e.geonameid, e.place_country, " +
        "e.place_admin1, e.lat, e.lon, e.fatalities, e.injuries, e.mentions, e.sources, e.articles, e.first_doc_id, e.first_url, e.added_at";

    public static StoredEvent ReadEvent(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Date = r.IsDBNull(1) ? null : r.GetFieldValue<DateOnly>(1),
        DateText = Str(r, 2),
        SourceName = Str(r, 3),
        SourceCameo = Str(r, 4),
        SourceCountry = Str(r, 5),
        TargetName = Str(r, 6),
        TargetCameo = Str(r, 7),
        TargetCountry = Str(r, 8),
        Cameo = r.GetString(9),
        Goldstein = r.IsDBNull(10) ? null : r.GetDouble(10),
        QuadClass = r.IsDBNull(11) ? null : r.GetInt32(11),
        PloverType = Str(r, 12),
        PloverMode = Str(r, 13),
        PloverContext = Str(r, 14),
        Modality = Str(r, 15) ?? "asserted",
        PlaceName = Str(r, 16),
        GeonameId = r.IsDBNull(17) ? null : r.GetInt64(17),
        PlaceCountry = Str(r, 18),
        PlaceAdmin1 = Str(r, 19),
        Latitude = r.IsDBNull(20) ? null : r.GetDouble(20),
        Longitude = r.IsDBNull(21) ? null : r.GetDouble(21),
        Fatalities = r.IsDBNull(22) ? null : r.GetInt32(22),
        Injuries = r.IsDBNull(23) ? null : r.GetInt32(23),
        Mentions = r.IsDBNull(24) ? 0 : r.GetInt32(24),
        Sources = r.IsDBNull(25) ? 0 : r.GetInt32(25),
        Articles = r.IsDBNull(26) ? 0 : r.GetInt32(26),
        FirstDocumentId = Str(r, 27),
        FirstUrl = Str(r, 28),
        AddedAt = r.IsDBNull(29) ? null : r.GetDateTime(29),
    };

    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
