using System.Collections.Immutable;

namespace Tacitus.Core;

/// <summary>A sentence: its character span and the range of tokens it holds.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount) : ISpanned
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// A syntactic word (UD "word"). Tags are filled by later stages; <see cref="Head"/> is the 1-based index of the
/// head token inside the same sentence (0 = root, -1 = not parsed yet).
/// </summary>
/// <remarks>
/// A value type: every stage writes a new array of tokens (<c>token with { Lemma = … }</c>) rather than a new object per
/// token, so a long document's tokens are a few large arrays instead of hundreds of thousands of objects promoted
/// through the collector's generations. Create tokens with the constructor: <c>default(Token)</c> skips the
/// initializer and has <see cref="Head"/> 0 (root), not -1.
/// </remarks>
public readonly record struct Token(TextSpan Span, int Sentence) : ISpanned
{
    /// <summary>The word form. Usually <c>Span.Of(text)</c>; differs only for parts of a multiword token (e.g. "wo" in "won't").</summary>
    public string? Form { get; init; }
    public string? Upos { get; init; }
    public string? Xpos { get; init; }
    public string? Feats { get; init; }
    public string? Lemma { get; init; }
    public int Head { get; init; } = -1;
    public string? Deprel { get; init; }
    /// <summary>IOB2 named-entity tag (B-PER, I-LOC, O) when NER has run.</summary>
    public string? Ner { get; init; }

    public string TextIn(string text) => Form ?? Span.Of(text);
}

/// <summary>An annotation that covers a span of the text.</summary>
public interface ISpanned
{
    TextSpan Span { get; }
}

/// <summary>Finding tokens, sentences or other annotations by character offset.</summary>
public static class SpanSearch
{
    /// <summary>
    /// The index of the item containing <paramref name="offset"/> in items in text order that do not overlap (tokens,
    /// sentences), or -1. Generic over the value type, so each item type gets its own compiled search without boxing.
    /// </summary>
    public static int IndexAt<T>(ReadOnlySpan<T> items, int offset) where T : struct, ISpanned
    {
        int lo = 0, hi = items.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = items[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>
    /// The index of the first item whose span starts at or after <paramref name="offset"/>, in items sorted by start
    /// (places, which may overlap); the length of <paramref name="items"/> when none does.
    /// </summary>
    public static int FirstStartingAtOrAfter<T>(ReadOnlySpan<T> items, int offset) where T : ISpanned
    {
        int lo = 0, hi = items.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (items[mid].Span.Start < offset) lo = mid + 1; else hi = mid - 1;
        }
        return lo;
    }
}

/// <summary>
/// Spans that may overlap (actor mentions), indexed by start, to ask which of them cover a given span: only those that
/// start at most the longest span's length before it are looked at, so a question costs a binary search and a few steps.
/// </summary>
public sealed class CoveringSpans
{
    private readonly TextSpan[] _spans;
    private readonly int _longest;

    public CoveringSpans(IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        _spans = [.. spans.Distinct()];
        Array.Sort(_spans, (a, b) => a.Start.CompareTo(b.Start));
        _longest = _spans.Length == 0 ? 0 : _spans.Max(s => s.Length);
    }

    public int Count => _spans.Length;

    /// <summary>Whether a span covers <paramref name="span"/> (and passes <paramref name="where"/>, when given).</summary>
    public bool Cover(TextSpan span, Func<TextSpan, bool>? where = null)
    {
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < span.Start - _longest) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < _spans.Length && _spans[i].Start <= span.Start; i++)
            if (_spans[i].End >= span.End && (where is null || where(_spans[i]))) return true;
        return false;
    }
}

/// <summary>A surface token that UD splits into several syntactic words ("don't" → do + n't).</summary>
public readonly record struct MultiwordToken(TextSpan Span, int FirstToken, int LastToken);

/// <summary>A named-entity mention (PER, ORG, LOC).</summary>
public sealed record Entity(TextSpan Span, string Label, int Sentence, string Producer);

/// <summary>One mention of an actor in the text.</summary>
public sealed record ActorMention(TextSpan Span, int Sentence, string Producer);

/// <summary>A resolved actor (person, organisation or collective) with its CAMEO code.</summary>
public sealed record Actor(
    string Id,
    string Name,
    string? Country,
    string? Cameo,
    ImmutableArray<string> Roles,
    ImmutableArray<ActorMention> Mentions,
    string Producer);

/// <summary>A resolved place mention.</summary>
public sealed record Place(
    TextSpan Span,
    int Sentence,
    long? GeonameId,
    string Name,
    string? Country,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    string FeatureClass,
    string Producer) : ISpanned
{
    /// <summary>The gazetteer's GeoNames feature code (PCLI for a country, ADM1, PPLC for a capital, …), when known. Not part
    /// of the output schema: the stages after places use it (a country's name before a noun is no location).</summary>
    public string? FeatureCode { get; init; }

    /// <summary>Whether the place is a country or a dependent territory (feature codes PCL…, TERR).</summary>
    public bool IsCountry => FeatureCode is { } f && (f.StartsWith("PCL", StringComparison.Ordinal) || f == "TERR");

    /// <summary>Whether the place is a country's adjective or demonym ("Russian strike"): its producer ends in ".demonym".</summary>
    public bool IsDemonym => Producer.EndsWith(".demonym", StringComparison.Ordinal);
}

/// <summary>A TIMEX3-style temporal expression. <see cref="Value"/> is the normalised TIMEX3 value (2025-05-15, P30D, 2024, …).</summary>
public sealed record TimeExpression(TextSpan Span, int Sentence, string Type, string? Value, string Producer);

/// <summary>Whether the text says an event happened, did not, will, might, was refused, or is only alleged.</summary>
public enum Modality
{
    Asserted,
    Negated,
    Planned,
    Hypothetical,
    Refused,
    /// <summary>
    /// Said by someone to have been done, not found so: what one is accused, suspected or charged of, or arrested for
    /// ("charged with killing a soldier", "accused Russia of striking Sumy", "the alleged attack"). Schema 1.3.
    /// </summary>
    Alleged,
}

/// <summary>How exactly an event's date is known.</summary>
public enum DatePrecision
{
    /// <summary>A time expression attached to the event's predicate.</summary>
    Predicate,
    /// <summary>A time expression elsewhere in the event's sentence.</summary>
    Sentence,
    /// <summary>The document's publication date (nothing more specific was found).</summary>
    Document,
}

/// <summary>CAMEO actor codes as Tacitus writes them.</summary>
public static class ActorCodes
{
    /// <summary>The country part of an actor whose country the text does not give, as PETRARCH writes it: ---COP, ---GOV.</summary>
    public const string UnknownCountry = "---";

    /// <summary>True for a code such as ---COP: an actor type without a country.</summary>
    public static bool HasUnknownCountry(string? code) => code is not null && code.StartsWith(UnknownCountry, StringComparison.Ordinal);

    /// <summary>Whether a code has <paramref name="part"/> (a three-letter role such as MED or LAB) as one of its three-letter
    /// parts: MED, ---MED, USAMED.</summary>
    public static bool HasPart(string? code, string part)
    {
        if (code is null) return false;
        for (int i = 0; i + 3 <= code.Length; i += 3)
            if (code.AsSpan(i, 3).SequenceEqual(part)) return true;
        return false;
    }

    /// <summary>The country a code starts with (RUSGOV → RUS); "" for a shorter code or one of unknown country (---COP).</summary>
    public static string CountryPart(string? code) => code is { Length: >= 3 } && !HasUnknownCountry(code) ? code[..3] : "";
}

/// <summary>A reference from an event to one of the document's actors.</summary>
public sealed record ActorRef(string? ActorId, string Name, string? Cameo, string? Country, TextSpan? Span = null);

/// <summary>How an event's place was found: which words say where it happened.</summary>
public enum PlaceBasis
{
    /// <summary>The event's predicate governs the place through a locative ("met in Ankara", "scheduled for Istanbul").</summary>
    Predicate,
    /// <summary>A place after a locative preposition elsewhere in the event's sentence ("… in the area of Sumy").</summary>
    SentenceLocative,
    /// <summary>The place nearest the predicate in its sentence, with no locative to say it is where the event was.</summary>
    Sentence,
    /// <summary>The story's dateline ("NAIROBI, Kenya (AP) _"): the sentence names no place.</summary>
    Dateline,
    /// <summary>
    /// The event's target is the place it happened to: an assault, fight or mass violence (CAMEO 18–20) whose whole
    /// target is a country or city ("Russia's invasion of Ukraine", "an air raid on Afghanistan").
    /// </summary>
    Target,
}

/// <summary>A reference from an event to a place.</summary>
/// <param name="Span">The words that name the place (the dateline's for <see cref="PlaceBasis.Dateline"/>); null when unknown.</param>
/// <param name="Basis">How the place was attached to the event; null when unknown (e.g. an event read back from a store).</param>
public sealed record PlaceRef(string Name, long? GeonameId, string? Country, double? Latitude, double? Longitude,
    TextSpan? Span = null, PlaceBasis? Basis = null);

/// <summary>PLOVER coding of an event.</summary>
public sealed record PloverCode(string Type, string? Mode, string? Context);

/// <summary>An event: who did what to whom, when and where, with the words that say so.</summary>
public sealed record Event
{
    public required string Id { get; init; }
    public required int Sentence { get; init; }
    public ActorRef? Source { get; init; }
    public ActorRef? Target { get; init; }
    public required string Cameo { get; init; }
    public string CameoRoot => Cameo.Length >= 2 ? Cameo[..2] : Cameo;
    public double? Goldstein { get; init; }
    public int? QuadClass { get; init; }
    public PloverCode? Plover { get; init; }
    public Modality Modality { get; init; } = Modality.Asserted;
    public string? Date { get; init; }
    public DatePrecision? DatePrecision { get; init; }
    public PlaceRef? Place { get; init; }
    public int? Fatalities { get; init; }
    public int? Injuries { get; init; }
    public required TextSpan Evidence { get; init; }
    /// <summary>The token index of the predicate (verb or event noun) inside the document, if known.</summary>
    public int? Predicate { get; init; }
    public required string Rule { get; init; }
}
