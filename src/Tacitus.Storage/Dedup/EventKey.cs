using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tacitus.Core;
using Tacitus.Core.Serialization;

namespace Tacitus.Storage.Dedup;

/// <summary>
/// Identity of an event across documents: the same date, source, target, CAMEO code and place make the same event
/// (GDELT's rule for NumMentions/NumSources), and so does the same modality: a report that Putin met Erdoğan and one
/// that he did not, or will, are not two mentions of one meeting. The id is a stable 63-bit hash of that key, so
/// re-runs agree; an asserted event's key has no modality part, so its id is the one it had before modality counted
/// (store schema 3, <see cref="ModalitySplit"/>).
/// </summary>
public static class EventKey
{
    private static readonly string Asserted = SchemaV1Writer.ModalityName(Modality.Asserted);

    public static string Of(string? date, ActorRef? source, ActorRef? target, string cameo, PlaceRef? place, Modality modality = Modality.Asserted) =>
        Of(date, source?.Cameo, source?.Name, target?.Cameo, target?.Name, cameo, place?.GeonameId, place?.Name, SchemaV1Writer.ModalityName(modality));

    /// <summary>The key from a stored event's columns and a modality as the store names it ("negated").</summary>
    public static string Of(StoredEvent e, string modality) =>
        Of(e.DateText, e.SourceCameo, e.SourceName, e.TargetCameo, e.TargetName, e.Cameo, e.GeonameId, e.PlaceName, modality);

    private static string Of(string? date, string? sourceCameo, string? sourceName, string? targetCameo, string? targetName,
        string cameo, long? geonameId, string? placeName, string modality)
    {
        var key = string.Join('|', date ?? "", ActorKey(sourceCameo, sourceName), ActorKey(targetCameo, targetName), cameo,
            geonameId?.ToString(CultureInfo.InvariantCulture) ?? Norm(placeName));
        return modality == Asserted ? key : key + "|" + modality;
    }

    public static long Id(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return (long)(BitConverter.ToUInt64(hash) & long.MaxValue);
    }

    // A coded actor is known by its name and code: two different people share "RUSGOV". No actor at all is "".
    private static string ActorKey(string? cameo, string? name) => cameo is null && name is null ? "" : (cameo ?? "") + "/" + Norm(name);

    private static string Norm(string? s) => s is null ? "" : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
