using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>Chooses an event's date and place. One small interface so a better attachment (the geo/time stages' helpers) can replace <see cref="NearestAnchoring"/>.</summary>
public interface IEventAnchoring
{
    /// <param name="scope">Document token indices that belong to the event's predicate phrase (its subtree and folded clauses).</param>
    (string? Date, DatePrecision? Precision, PlaceRef? Place) Anchor(Document doc, int sentence, int predicate, IReadOnlyList<int> scope);

    /// <summary>
    /// An anchoring for the events of <paramref name="doc"/> only, which may index the document once (e.g. its times and
    /// places by sentence) so that anchoring each event does not scan the whole document. The default is this anchoring.
    /// </summary>
    IEventAnchoring ForDocument(Document doc) => this;
}

/// <summary>
/// Date: a time expression inside the predicate's phrase, else the one nearest the predicate in its sentence, else the
/// publication date (<see cref="DatePrecision.Document"/>) — only when the time stage ran. Place: <see cref="Tacitus.Geo.Attachment.PlaceAttachment"/>
/// among the sentence's <see cref="Locations"/>, else the dateline's place — only when the geo stage ran. Otherwise null.
/// </summary>
public sealed class NearestAnchoring : IEventAnchoring
{
    public (string? Date, DatePrecision? Precision, PlaceRef? Place) Anchor(Document doc, int sentence, int predicate, IReadOnlyList<int> scope)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(scope);
        return Anchor(doc, sentence, predicate, scope, doc.Times, Locations(doc), Tacitus.Geo.Attachment.PlaceAttachment.Dateline(doc));
    }

    /// <summary>
    /// The places that may locate an event: not a country's name inside a longer actor mention ("the U.S. embassies",
    /// "U.S. Marines", "US Secretary of State Madeleine Albright", "the Kosovo Liberation Army"), which says whose the
    /// actor is, as an adjective does ("American embassies"), not where the event was ("outside the U.S. embassies in the
    /// Kenyan and Tanzanian capitals" happened in Nairobi and Dar es Salaam). A country's name that is the whole mention
    /// ("Russia") or no actor's ("the Kuwait invasion", "the Iraq war") still may; so may a city in an actor's name.
    /// </summary>
    public static IReadOnlyList<Place> Locations(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Places.IsEmpty || doc.Actors.IsEmpty || !doc.Places.Any(p => p.IsCountry)) return doc.Places;
        var mentions = new CoveringSpans(doc.Actors.SelectMany(a => a.Mentions).Select(m => m.Span));
        return [.. doc.Places.Where(p => !(p.IsCountry && mentions.Cover(p.Span, m => Names(doc.Text, m, p.Span))))];
    }

    /// <summary>
    /// The place an assault, fight or mass violence (CAMEO 18–20) happened to when its whole target is a country's or
    /// city's name ("Russia's invasion of Ukraine", "an air raid on Afghanistan"), or null: then the event's own
    /// <paramref name="place"/> stands. So does a place its predicate governs ("struck Ukraine from Belarus") and one in
    /// the target's country ("struck Ukraine, killing three in the area of Sumy"), which says more. A sentence-level
    /// or dateline place elsewhere ("talks to end Russia's invasion of Ukraine are scheduled for Istanbul") gives way.
    /// </summary>
    public static PlaceRef? TargetPlace(Document doc, string cameo, TextSpan target, PlaceRef? place)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(cameo);
        if (!(cameo.StartsWith("18", StringComparison.Ordinal) || cameo.StartsWith("19", StringComparison.Ordinal) || cameo.StartsWith("20", StringComparison.Ordinal)))
            return null;
        if (place?.Basis == PlaceBasis.Predicate || doc.Places.IsEmpty) return null;
        var places = doc.Places;
        for (int k = SpanSearch.FirstStartingAtOrAfter(places.AsSpan(), target.Start); k < places.Length && places[k].Span.Start < target.End; k++)
        {
            var p = places[k];
            if (p.Span.End > target.End || p.IsDemonym || Names(doc.Text, target, p.Span)) continue;
            if (place is not null && place.Country is { } c && c == p.Country) return null;
            return Tacitus.Geo.Attachment.PlaceAttachment.ToRef(p, PlaceBasis.Target);
        }
        return null;
    }

    /// <summary>
    /// Whether the mention names more than the place it covers: words beyond an article ("The United States" is the
    /// country) and not a possessive ("Kenya's trade minister" met someone in Kenya, as far as the text says).
    /// </summary>
    private static bool Names(string text, TextSpan mention, TextSpan place)
    {
        var after = text.AsSpan(place.End, mention.End - place.End).TrimStart();
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal)) return false;
        var before = text.AsSpan(mention.Start, place.Start - mention.Start).Trim();
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase)) before = [];
        return HasLetter(after) || HasLetter(before);
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>Indexes the document's times and places by sentence (a scan of all of them per event was quadratic).</summary>
    public IEventAnchoring ForDocument(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new Indexed(doc);
    }

    /// <param name="times">The times to choose from: all those of <paramref name="sentence"/> at least, in document order.</param>
    /// <param name="places">The places to choose from: all those of <paramref name="sentence"/> at least, in document order.</param>
    /// <param name="dateline">The place of the document's dateline, if it has one (<see cref="Tacitus.Geo.Attachment.PlaceAttachment.Dateline"/>).</param>
    private static (string? Date, DatePrecision? Precision, PlaceRef? Place) Anchor(Document doc, int sentence, int predicate, IReadOnlyList<int> scope,
        IReadOnlyList<TimeExpression> times, IReadOnlyList<Place> places, Place? dateline)
    {
        var predSpan = doc.Tokens[predicate].Span;
        string? date = null;
        DatePrecision? precision = null;
        bool timesRan = !doc.Times.IsEmpty || doc.Stages.Contains("times");
        if (timesRan)
        {
            // only expressions with a calendar date (not "now", "in the past", a bare weekday of no known week)
            var inSentence = times.Where(t => t.Sentence == sentence && t.Type is "DATE" or "TIME" && CalendarDate.FromTimex(t.Value) is not null &&
                                              !InSubjectsApposition(doc, sentence, predicate, t.Span)).ToList();
            var inScope = inSentence.Where(t => scope.Any(i => doc.Tokens[i].Span.Overlaps(t.Span))).ToList();
            var pick = Nearest(inScope, predSpan, t => t.Span);
            if (pick is not null) { date = CalendarDate.FromTimex(pick.Value); precision = DatePrecision.Predicate; }
            else if (Nearest(inSentence.Where(t => !InSubjectOfTimesVerb(doc, sentence, predicate, t.Span)).ToList(), predSpan, t => t.Span) is { } s)
            { date = CalendarDate.FromTimex(s.Value); precision = DatePrecision.Sentence; }
            else if (doc.PublicationDate is { } pd) { date = pd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); precision = DatePrecision.Document; }
        }
        // Place: the geo stage's attachment (the place the predicate governs through a locative, else a locative place in
        // the sentence, else the nearest; never a demonym) — only when the geo stage ran.
        // Else the place of the story's dateline ("NAIROBI, Kenya (AP) _"), for what the text does not date away from the
        // day it was filed.
        PlaceRef? place = doc.Places.IsEmpty ? null : Tacitus.Geo.Attachment.PlaceAttachment.ForToken(doc, predicate, places);
        if (place is null && dateline is not null && !DatedAway(date, precision, doc.PublicationDate))
            place = Tacitus.Geo.Attachment.PlaceAttachment.ToRef(dateline, PlaceBasis.Dateline);
        return (date, precision, place);
    }

    /// <summary>
    /// Whether a noun event is the argument of another verb inside the subject of the verb that governs a time
    /// ("negotiations, intended to end Russia's invasion of Ukraine, are scheduled for Istanbul on Thursday"): the time
    /// dates that verb, not the event, which does not take it as its sentence's time. The subject itself, or a noun it
    /// governs, keeps it ("the bombings … last week claimed 217 lives", "Freeh, on an official visit to Mexico, asked").
    /// </summary>
    private static bool InSubjectOfTimesVerb(Document doc, int sentence, int predicate, TextSpan time)
    {
        var pred = doc.Tokens[predicate];
        if (pred.Upos is not ("NOUN" or "PROPN") || pred.Head < 0 || sentence < 0 || sentence >= doc.Sentences.Length) return false;
        var sent = doc.Sentences[sentence];
        int head = TimeHead(doc, sent, time);
        int verb = head;
        for (int guard = 0; verb >= 0 && doc.Tokens[verb].Upos != "VERB" && guard < sent.TokenCount; guard++) verb = doc.HeadOf(verb);
        if (verb < 0 || doc.Tokens[verb].Upos != "VERB") return false;
        bool underOtherVerb = false;
        for (int x = predicate, guard = 0; x >= 0 && guard < sent.TokenCount; guard++)
        {
            int h = doc.HeadOf(x);
            if (h == verb) return underOtherVerb && IsSubjectRelation(doc.Tokens[x].Deprel);
            // an argument of another verb, not its subject ("negotiations, intended to …" may be parsed as the subject of "intended")
            if (h >= 0 && doc.Tokens[h].Upos == "VERB" && !IsSubjectRelation(doc.Tokens[x].Deprel)) underOtherVerb = true;
            x = h;
        }
        return false;
    }

    /// <summary>
    /// Whether a time lies inside a noun apposition to the subject of the clause the event is in ("Zelenskyy, a surprise
    /// guest last year, lamented Putin's lack of participation": last year was when he was a guest, not when he lamented
    /// or Putin stayed away). Only inside it: a time the parse makes the apposition itself ("President Bush yesterday,
    /// asked …, replied") still dates the verb.
    /// </summary>
    private static bool InSubjectsApposition(Document doc, int sentence, int predicate, TextSpan time)
    {
        if (sentence < 0 || sentence >= doc.Sentences.Length || doc.Tokens[predicate].Head < 0) return false;
        var sent = doc.Sentences[sentence];
        int head = TimeHead(doc, sent, time);
        if (head < 0) return false;
        for (int x = doc.HeadOf(head), guard = 0; x >= 0 && guard < sent.TokenCount; guard++, x = doc.HeadOf(x))
        {
            var tok = doc.Tokens[x];
            if (tok.Deprel != "appos") continue;
            int owner = doc.HeadOf(x);
            if (tok.Upos != "NOUN" || owner < 0 || !IsSubjectRelation(doc.Tokens[owner].Deprel)) return false;
            // the subject's verb, or an event in the rest of its clause ("lamented Putin's lack of participation")
            int verb = doc.HeadOf(owner);
            for (int y = predicate, g2 = 0; y >= 0 && g2 < sent.TokenCount; g2++, y = doc.HeadOf(y))
            {
                if (y == owner) return false;
                if (y == verb) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>The token of a time expression whose head lies outside it (the expression's syntactic head), or -1.</summary>
    private static int TimeHead(Document doc, Sentence sent, TextSpan time)
    {
        for (int i = sent.FirstToken; i < sent.EndToken; i++)
            if (time.Contains(doc.Tokens[i].Span) && (doc.HeadOf(i) is var h && (h < 0 || !time.Contains(doc.Tokens[h].Span)))) return i;
        return -1;
    }

    private static bool IsSubjectRelation(string? rel) =>
        rel is not null && (rel.StartsWith("nsubj", StringComparison.Ordinal) || rel.StartsWith("csubj", StringComparison.Ordinal));

    /// <summary>Days around the publication date within which a dated event may still take the dateline's place.</summary>
    public const int DatelineDays = 31;

    /// <summary>
    /// Whether the text dates the event more than <see cref="DatelineDays"/> days away from the publication date: a
    /// dateline says where a story was filed, not where "the 1998 embassy bombings" or "the 1959 revolution" happened
    /// (of 28 such events in the news samples, about 20 were placed wrongly).
    /// </summary>
    private static bool DatedAway(string? date, DatePrecision? precision, DateOnly? published)
    {
        if (precision is null or DatePrecision.Document || published is not { } pd || CalendarDate.Range(date) is not { } r) return false;
        return r.Last.DayNumber < pd.DayNumber - DatelineDays || r.First.DayNumber > pd.DayNumber + DatelineDays;
    }

    /// <summary>One document's times and places grouped by sentence.</summary>
    private sealed class Indexed : IEventAnchoring
    {
        private readonly Document _doc;
        private readonly Dictionary<int, List<TimeExpression>> _times = [];
        private readonly Dictionary<int, List<Place>> _places = [];
        private readonly Place? _dateline;

        public Indexed(Document doc)
        {
            _doc = doc;
            foreach (var t in doc.Times) Group(_times, t.Sentence, t);
            foreach (var p in Locations(doc)) Group(_places, p.Sentence, p);
            _dateline = Tacitus.Geo.Attachment.PlaceAttachment.Dateline(doc);
        }

        private static void Group<T>(Dictionary<int, List<T>> groups, int sentence, T item)
        {
            if (!groups.TryGetValue(sentence, out var list)) groups[sentence] = list = [];
            list.Add(item);
        }

        public (string? Date, DatePrecision? Precision, PlaceRef? Place) Anchor(Document doc, int sentence, int predicate, IReadOnlyList<int> scope)
        {
            ArgumentNullException.ThrowIfNull(doc);
            ArgumentNullException.ThrowIfNull(scope);
            if (!ReferenceEquals(doc, _doc)) return new NearestAnchoring().Anchor(doc, sentence, predicate, scope);
            return NearestAnchoring.Anchor(doc, sentence, predicate, scope,
                _times.GetValueOrDefault(sentence) ?? [], _places.GetValueOrDefault(sentence) ?? [], _dateline);
        }

        public IEventAnchoring ForDocument(Document doc) => ReferenceEquals(doc, _doc) ? this : new Indexed(doc);
    }

    private static T? Nearest<T>(List<T> items, TextSpan pred, Func<T, TextSpan> span) where T : class =>
        items.OrderBy(x => Distance(span(x), pred)).FirstOrDefault();

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
}
