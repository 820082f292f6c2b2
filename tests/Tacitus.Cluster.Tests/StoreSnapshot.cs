using System.Globalization;
using Tacitus.Storage;

namespace Tacitus.Cluster.Tests;

/// <summary>What two stores must agree on after ingesting the same corpus: counts of every layer, the events with their identity and corroboration counts, and each event's evidence.</summary>
internal sealed record StoreSnapshot(StoreCounts Counts, IReadOnlyList<string> Events, IReadOnlyList<string> Evidence)
{
    public static StoreSnapshot Of(IEventStore store)
    {
        var events = new List<string>();
        var evidence = new List<string>();
        foreach (var e in store.StreamEvents(EventFilter.All))
        {
            events.Add(string.Join('|', e.Id.ToString(CultureInfo.InvariantCulture), e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DateText,
                e.SourceName, e.SourceCameo, e.TargetName, e.TargetCameo, e.Cameo, e.PlaceName, e.GeonameId, e.Mentions, e.Sources, e.Articles));
            foreach (var m in store.Evidence(e.Id))
                evidence.Add(string.Join('|', m.EventId.ToString(CultureInfo.InvariantCulture), m.DocumentId, m.Span.Start, m.Span.End, m.Rule, m.Outlet));
        }
        events.Sort(StringComparer.Ordinal);
        evidence.Sort(StringComparer.Ordinal);
        return new StoreSnapshot(store.Counts(), events, evidence);
    }
}
