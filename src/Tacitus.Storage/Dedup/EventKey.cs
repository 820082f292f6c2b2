using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Storage.Dedup;

/// <summary>
/// Identity of an event across documents: the same date, source, target, CAMEO code and place make the same event
/// (GDELT's rule for NumMentions/NumSources). The id is a stable 63-bit hash of that key, so re-runs agree.
/// </summary>
public static class EventKey
{
    public static string Of(string? date, ActorRef? source, ActorRef? target, string cameo, PlaceRef? place) =>
        string.Join('|', date ?? "", Actor(source), Actor(target), cameo, Place(place));

    public static string Of(StoredEvent e) =>
        string.Join('|', e.DateText ?? "", ActorKey(e.SourceCameo, e.SourceName), ActorKey(e.TargetCameo, e.TargetName), e.Cameo,
            e.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? Norm(e.PlaceName));

    public static long Id(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return (long)(BitConverter.ToUInt64(hash) & long.MaxValue);
    }

    private static string Actor(ActorRef? a) => a is null ? "" : ActorKey(a.Cameo, a.Name);

    // A coded actor is known by its name and code: two different people share "RUSGOV".
    private static string ActorKey(string? cameo, string? name) => (cameo ?? "") + "/" + Norm(name);

    private static string Place(PlaceRef? p) => p is null ? "" : p.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? Norm(p.Name);

    private static string Norm(string? s) => s is null ? "" : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
