using System.Collections.Frozen;

namespace Tacitus.Coding.Events;

/// <summary>How an "of" phrase relates to a nominal predicate: "criticism of Putin" (target) vs "visit of Putin" (source).</summary>
public enum OfRole
{
    Target,
    Source,
}

/// <summary>A noun that states an event ("talks", "strike", "rejection") with its default CAMEO code.</summary>
/// <param name="PossessorUndergoes">Whether a possessor is the one the event befalls ("Kopp's arrest"), not its agent ("Putin's rejection").</param>
public sealed record EventNoun(string Lemma, string Code, OfRole Of, bool PossessorUndergoes = false);

/// <summary>
/// Nominal predicates. The PETRARCH verb dictionary codes verbs; news states many events with nouns
/// ("Putin's rejection of…", "the Russian missile strike"), so Tacitus keeps this small table of its own.
/// </summary>
public static class EventNouns
{
    private static readonly FrozenDictionary<string, EventNoun> Table = new EventNoun[]
    {
        new("TALKS", "046", OfRole.Source), new("TALK", "046", OfRole.Source),
        new("NEGOTIATION", "046", OfRole.Source), new("NEGOTIATIONS", "046", OfRole.Source),
        new("DIALOGUE", "046", OfRole.Source),
        new("MEETING", "040", OfRole.Source), new("SUMMIT", "040", OfRole.Source),
        new("CONSULTATION", "040", OfRole.Source), new("CONSULTATIONS", "040", OfRole.Source),
        new("PARTICIPATION", "040", OfRole.Source), new("ATTENDANCE", "040", OfRole.Source),
        new("VISIT", "042", OfRole.Source), new("TRIP", "042", OfRole.Source),
        new("CEASEFIRE", "0871", OfRole.Source), new("CEASE-FIRE", "0871", OfRole.Source), new("TRUCE", "0871", OfRole.Source),
        new("AID", "070", OfRole.Source), new("ASSISTANCE", "070", OfRole.Source),
        new("DEMAND", "100", OfRole.Source), new("APPEAL", "020", OfRole.Source), new("REQUEST", "020", OfRole.Source),
        new("CRITICISM", "111", OfRole.Target), new("CONDEMNATION", "111", OfRole.Target), new("DENUNCIATION", "111", OfRole.Target),
        new("ACCUSATION", "112", OfRole.Target), new("ACCUSATIONS", "112", OfRole.Target),
        new("REJECTION", "120", OfRole.Target), new("REFUSAL", "120", OfRole.Source),
        new("WARNING", "130", OfRole.Target), new("THREAT", "130", OfRole.Source), new("ULTIMATUM", "130", OfRole.Target),
        new("PROTEST", "140", OfRole.Source), new("PROTESTS", "140", OfRole.Source),
        new("SANCTION", "163", OfRole.Target), new("SANCTIONS", "163", OfRole.Target), new("EMBARGO", "163", OfRole.Target),
        new("ARREST", "173", OfRole.Target, PossessorUndergoes: true), new("DETENTION", "173", OfRole.Target, PossessorUndergoes: true),
        new("STRIKE", "190", OfRole.Target), new("STRIKES", "190", OfRole.Target), new("ATTACK", "190", OfRole.Target),
        new("ATTACKS", "190", OfRole.Target), new("ASSAULT", "190", OfRole.Target), new("OFFENSIVE", "190", OfRole.Target),
        new("RAID", "190", OfRole.Target), new("WAR", "190", OfRole.Target), new("INVASION", "192", OfRole.Target),
        new("OCCUPATION", "192", OfRole.Target), new("SHELLING", "194", OfRole.Target), new("BOMBARDMENT", "194", OfRole.Target),
        new("AIRSTRIKE", "195", OfRole.Target), new("AIRSTRIKES", "195", OfRole.Target), new("BOMBING", "195", OfRole.Target),
        new("MASSACRE", "202", OfRole.Target),
    }.ToFrozenDictionary(n => n.Lemma, StringComparer.Ordinal);

    /// <summary>Nouns that deny what they govern: "the absence of Lavrov", "Putin's lack of participation".</summary>
    public static readonly FrozenSet<string> Negators = new[] { "ABSENCE", "LACK", "FAILURE", "AVOIDANCE" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Modifiers that turn a strike/attack into CAMEO 195 (aerial weapons) or 194 (artillery).</summary>
    public static readonly FrozenSet<string> AerialWeapons = new[] { "MISSILE", "AIR", "DRONE", "ROCKET", "AERIAL", "BALLISTIC", "CRUISE", "AIRSTRIKE", "BOMBER" }.ToFrozenSet(StringComparer.Ordinal);
    public static readonly FrozenSet<string> ArtilleryWeapons = new[] { "ARTILLERY", "TANK", "MORTAR", "SHELL" }.ToFrozenSet(StringComparer.Ordinal);

    public static EventNoun? Find(string upperLemma) => Table.TryGetValue(upperLemma, out var n) ? n : null;
}
