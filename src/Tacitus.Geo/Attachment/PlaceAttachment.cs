using System.Collections.Frozen;
using Tacitus.Core;

namespace Tacitus.Geo.Attachment;

/// <summary>A place attached to an event, with how it was found.</summary>
public sealed record AttachedPlace(Place Place, PlaceBasis Kind)
{
    public PlaceRef ToRef() => PlaceAttachment.ToRef(Place, Kind);
}

/// <summary>
/// Attaches one of a document's <see cref="Document.Places"/> to an event, given its evidence span or predicate token.
/// With a parse (<see cref="Token.Head"/> ≥ 0) it prefers the place the predicate governs through a locative oblique
/// (<c>obl</c>/<c>nmod</c> with case "in", "at", "near", "for", …), else a place after a locative preposition in the
/// same sentence, else the sentence's nearest place. Adjectives and demonyms ("Russian strike") are never locations.
/// </summary>
public static class PlaceAttachment
{
    private static readonly FrozenSet<string> Locative = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "outside", "inside", "into", "to", "for", "from", "around", "across", "throughout", "within", "towards", "toward", "over", "off"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that alone say where something happened (the sentence-level fallback asks for these).</summary>
    private static readonly FrozenSet<string> StrongLocative = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "outside", "inside", "around", "throughout", "within", "for"], StringComparer.OrdinalIgnoreCase);

    public static PlaceRef? ForSpan(Document doc, TextSpan evidence) => AttachSpan(doc, evidence)?.ToRef();

    public static PlaceRef? ForToken(Document doc, int predicateToken) => AttachToken(doc, predicateToken)?.ToRef();

    /// <summary>
    /// As <see cref="ForToken(Document, int)"/>, choosing among <paramref name="candidates"/> — which must hold every
    /// place of the predicate's sentence, in document order — rather than all of <see cref="Document.Places"/>: a caller
    /// that attaches many events indexes the places by sentence once instead of scanning them all per event.
    /// </summary>
    public static PlaceRef? ForToken(Document doc, int predicateToken, IReadOnlyList<Place> candidates) =>
        AttachToken(doc, predicateToken, candidates)?.ToRef();

    public static AttachedPlace? AttachSpan(Document doc, TextSpan evidence)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int pred = PredicateIn(doc, evidence);
        if (pred >= 0) return AttachToken(doc, pred);
        int sentence = doc.SentenceAt(evidence.Start);
        return sentence < 0 ? null : SentenceFallback(doc, doc.Places, sentence, evidence.Start);
    }

    public static AttachedPlace? AttachToken(Document doc, int predicateToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return AttachToken(doc, predicateToken, doc.Places);
    }

    private static AttachedPlace? AttachToken(Document doc, int predicateToken, IReadOnlyList<Place> places)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(places);
        if (predicateToken < 0 || predicateToken >= doc.Tokens.Length) return null;
        var predicate = doc.Tokens[predicateToken];
        int sentence = predicate.Sentence;
        if (sentence < 0 || sentence >= doc.Sentences.Length) return null;
        var sent = doc.Sentences[sentence];
        if (IsParsed(doc, sent))
        {
            AttachedPlace? best = null;
            int bestDepth = int.MaxValue;
            foreach (var place in places)
            {
                if (place.Sentence != sentence || IsAdjective(doc, place)) continue;
                int head = HeadTokenOf(doc, sent, place.Span);
                if (head < 0) continue;
                var t = doc.Tokens[head];
                if (!(t.Deprel is { } rel && (rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel == "advmod"))) continue;
                if (!HasLocativeCase(doc, sent, head)) continue;
                int depth = Depth(doc, head, predicateToken);
                if (depth >= 0 && depth < bestDepth)
                {
                    bestDepth = depth;
                    best = new AttachedPlace(place, PlaceBasis.Predicate);
                }
            }
            if (best is not null) return best;
        }
        return SentenceFallback(doc, places, sentence, predicate.Span.Start);
    }

    /// <summary>The event's schema-v1 place reference: the place, the words that name it and how it was attached.</summary>
    public static PlaceRef ToRef(Place p, PlaceBasis basis)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PlaceRef(p.Name, p.GeonameId, p.Country, p.Latitude, p.Longitude, p.Span, basis);
    }

    private static AttachedPlace? SentenceFallback(Document doc, IReadOnlyList<Place> places, int sentence, int anchor)
    {
        Place? locative = null, nearest = null;
        int locDist = int.MaxValue, nearDist = int.MaxValue;
        foreach (var p in places)
        {
            if (p.Sentence != sentence || IsAdjective(doc, p)) continue;
            int dist = Math.Abs(p.Span.Start - anchor);
            if (PrecededByLocative(doc, p.Span))
            {
                if (dist < locDist) { locDist = dist; locative = p; }
            }
            else if (dist < nearDist && !NamesNoScene(doc.Text, p.Span)) { nearDist = dist; nearest = p; }
        }
        if (locative is not null) return new AttachedPlace(locative, PlaceBasis.SentenceLocative);
        return nearest is null ? null : new AttachedPlace(nearest, PlaceBasis.Sentence);
    }

    /// <summary>
    /// The place of the document's dateline, or null: a place the text begins with, written in capitals ("NAIROBI",
    /// "DAR ES SALAAM") or followed by a news agency's name in parentheses ("Moscow (Reuters)"), and then, after an optional
    /// region or country (", Kenya", ", N.Y."), date and agency, a dash, an underscore or the end of the line:
    /// "NAIROBI, Kenya (AP) _", "WASHINGTON (AP) --", "ISTANBUL —", "MOSCOW, May 14 (Reuters) -". The reporter was
    /// there, so it is the place of events whose sentence names none.
    /// </summary>
    public static Place? Dateline(Document doc) => DatelineOf(doc)?.Place;

    /// <summary>
    /// The whole dateline ("NAIROBI, Kenya (AP) _", up to and including the dash or underscore), or null: names in it
    /// (", Turkey") say where the reporter was, and take no part in the story's events.
    /// </summary>
    public static TextSpan? DatelineSpan(Document doc) => DatelineOf(doc)?.Span;

    private static (Place Place, TextSpan Span)? DatelineOf(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Places.IsEmpty) return null;
        var text = doc.Text;
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var first = doc.Places[0];
        if (first.Span.Start != start || first.IsDemonym) return null;
        int lineEnd = text.IndexOf('\n', first.Span.End);
        if (lineEnd < 0) lineEnd = text.Length;
        int regionEnd = Math.Min(lineEnd, first.Span.End + 80);
        var rest = text.AsSpan(first.Span.End, regionEnd - first.Span.End);
        bool capitals = true;
        foreach (char c in first.Span.Slice(text))
            if (char.IsLower(c)) { capitals = false; break; }
        // ", Kenya", ", N.Y.", ", Texas, May 14", ", Democratic Republic of Congo": region, country, date (at most 4 words)
        if (rest.StartsWith(","))
        {
            int i = 1, words = 0;
            while (i < rest.Length && (char.IsLetterOrDigit(rest[i]) || rest[i] is ' ' or '.' or ',' or '\'' or '-' && !(rest[i] == '-' && i + 1 < rest.Length && rest[i + 1] is '-' or ' ')))
            {
                if (rest[i] != ' ' && rest[i - 1] == ' ' && ++words > 4) return null;
                i++;
            }
            rest = rest[i..];
        }
        rest = rest.TrimStart();
        bool agency = false;
        if (rest.StartsWith("(") && rest.IndexOf(')') is var close and > 1 and < 30)
        {
            agency = true;
            rest = rest[(close + 1)..].TrimStart();
        }
        if (!capitals && !agency) return null;
        if (!rest.IsEmpty && !IsDatelineDash(rest[0])) return null;
        int end = regionEnd - rest.Length;
        while (end < regionEnd && IsDatelineDash(text[end])) end++;
        return (first, new TextSpan(start, end));
    }

    /// <summary>What ends a dateline: "_", "-" (also "--"), "—", "–".</summary>
    private static bool IsDatelineDash(char c) => c is '_' or '-' or '\u2014' or '\u2013';

    /// <summary>
    /// Prepositions after which a place is where something went, came from or belongs ("going to Miami", "fled from
    /// Nicaragua", "the Straits of Florida", "imposed by Moscow"), not where the sentence's events happened.
    /// </summary>
    private static readonly FrozenSet<string> NotLocative = FrozenSet.ToFrozenSet(
        ["to", "from", "of", "by", "with", "without", "about", "against", "between", "among", "toward", "towards", "like", "unlike",
         "than", "via", "versus"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a place that no locative introduces still says it is no event's scene, so that the nearest-place fallback
    /// skips it: it follows a preposition of direction, origin or belonging (<see cref="NotLocative"/>, an article
    /// between: "back to the United States"); it is a possessor ("Miami's exile community", "Ukraine's will", "Britain's
    /// allies"), but "the coast of Fort Lauderdale" is the place (<see cref="PlaceWords"/>); or a capitalised word
    /// follows it, so it begins a longer name ("UK Foreign Secretary David Lammy", "the Washington Post"). Found on the
    /// text, so it holds without a parse.
    /// </summary>
    private static bool NamesNoScene(string text, TextSpan span)
    {
        int at = span.Start;
        var before = PreviousWord(text, ref at);
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase)) before = PreviousWord(text, ref at);
        if (!before.IsEmpty && NotLocative.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) &&
            !(before.Equals("of", StringComparison.OrdinalIgnoreCase) && PlaceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PreviousWord(text, ref at))))
            return true;
        var after = text.AsSpan(span.End);
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal) ||
            (span.Length > 0 && text[span.End - 1] == 's' && after.Length > 0 && after[0] is '\'' or '\u2019' && (after.Length == 1 || !char.IsLetter(after[1]))))
            return true;
        return after.Length > 1 && after[0] is ' ' or '\n' or '\r' && char.IsUpper(after[after[0] == '\r' && after.Length > 2 && after[1] == '\n' ? 2 : 1]);
    }

    /// <summary>The word of letters that ends before <paramref name="at"/> (spaces or line breaks between), moving <paramref name="at"/> to its start; empty when none.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, ref int at)
    {
        int end = at;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\r')) end--;   // a wrapped line's break is a space
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        at = start;
        return text.AsSpan(start, end - start);
    }

    /// <summary>
    /// Nouns for a part or kind of place that may stand between a locative and a place's name ("in the area of Sumy",
    /// "off the coast of Fort Lauderdale"); after them "of" introduces the place itself, not what something belongs to.
    /// </summary>
    private static readonly FrozenSet<string> PlaceWords = FrozenSet.ToFrozenSet(
        ["area", "city", "region", "town", "capital", "province", "village", "outskirts", "suburb", "suburbs", "district",
         "county", "state", "island", "port", "coast", "border"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "in Ankara", "in the area of Sumy", "in the Tanzanian capital": a locative preposition within a few words before,
    /// with only "the", "of", <see cref="PlaceWords"/> and country adjectives (the places stage's demonyms) between.
    /// </summary>
    private static bool PrecededByLocative(Document doc, TextSpan span)
    {
        var text = doc.Text;
        int i = span.Start;
        for (int words = 0; words < 5 && i > 0; words++)
        {
            int end = i;
            var w = PreviousWord(text, ref i);
            if (w.IsEmpty) return false;
            if (StrongLocative.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return true;
            if (!(w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase) ||
                  PlaceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || IsDemonymAt(doc, i, end)))
                return false;
        }
        return false;
    }

    /// <summary>Whether the places stage found a country adjective ("Tanzanian") at [start, end), trailing spaces aside.</summary>
    private static bool IsDemonymAt(Document doc, int start, int end)
    {
        var places = doc.Places;
        for (int k = SpanSearch.FirstStartingAtOrAfter(places.AsSpan(), start); k < places.Length && places[k].Span.Start == start; k++)
            if (places[k].IsDemonym && places[k].Span.End <= end) return true;
        return false;
    }

    /// <summary>
    /// A country adjective ("Russian strike", the places stage's demonyms) or a name made into one with a hyphen ("the
    /// U.S.-led campaign", "a Kyiv-based group"): never where an event happened.
    /// </summary>
    private static bool IsAdjective(Document doc, Place p)
    {
        if (p.IsDemonym) return true;
        var after = doc.Text.AsSpan(p.Span.End);
        if (!(after.Length > 1 && after[0] is '-' or '\u2010' or '\u2011')) return false;
        int end = 1;
        while (end < after.Length && char.IsLetter(after[end])) end++;
        return HyphenAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(after[1..end]);   // not "Dar-es-Salaam"
    }

    /// <summary>Words that make a place's name an adjective after a hyphen: "U.S.-led", "London-based", "Iranian-backed".</summary>
    private static readonly FrozenSet<string> HyphenAdjectives = FrozenSet.ToFrozenSet(
        ["led", "based", "backed", "born", "run", "held", "owned", "controlled", "occupied", "made", "style", "sponsored", "funded",
         "supported", "brokered", "dominated", "linked", "allied", "aligned", "bound", "centred", "centered", "focused", "registered",
         "listed", "headquartered", "flagged", "bred", "educated", "trained", "armed", "friendly", "leaning"],
        StringComparer.Ordinal);

    private static bool IsParsed(Document doc, Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
            if (doc.Tokens[t].Head < 0) return false;
        return s.TokenCount > 0;
    }

    /// <summary>The token of <paramref name="span"/> whose head lies outside it (the phrase's syntactic head).</summary>
    private static int HeadTokenOf(Document doc, Sentence s, TextSpan span)
    {
        int fallback = -1;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var tok = doc.Tokens[t];
            if (!span.Overlaps(tok.Span)) continue;
            if (fallback < 0) fallback = t;
            int head = doc.HeadOf(t);
            if (head < 0 || !span.Overlaps(doc.Tokens[head].Span)) return t;
        }
        return fallback;
    }

    private static bool HasLocativeCase(Document doc, Sentence s, int token)
    {
        int self = token - s.FirstToken + 1;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var tok = doc.Tokens[t];
            if (tok.Head == self && tok.Deprel == "case" && Locative.Contains(doc.TextOf(tok))) return true;
        }
        return false;
    }

    /// <summary>Steps from <paramref name="token"/> up to <paramref name="ancestor"/> (at most 4), or -1.</summary>
    private static int Depth(Document doc, int token, int ancestor)
    {
        int cur = token;
        for (int d = 0; d <= 4; d++)
        {
            if (cur == ancestor) return d;
            cur = doc.HeadOf(cur);
            if (cur < 0) return -1;
        }
        return -1;
    }

    /// <summary>The predicate of an evidence span: with a parse, the span's token whose head lies outside it; else -1.</summary>
    private static int PredicateIn(Document doc, TextSpan evidence)
    {
        int sentence = doc.SentenceAt(evidence.Start);
        if (sentence < 0) return -1;
        var s = doc.Sentences[sentence];
        if (!IsParsed(doc, s)) return -1;
        int h = HeadTokenOf(doc, s, evidence);
        return h;
    }
}
