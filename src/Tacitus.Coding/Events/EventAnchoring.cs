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
/// — only when the geo stage ran. Otherwise null.
/// </summary>
public sealed class NearestAnchoring : IEventAnchoring
{
    public (string? Date, DatePrecision? Precision, PlaceRef? Place) Anchor(Document doc, int sentence, int predicate, IReadOnlyList<int> scope)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(scope);
        return Anchor(doc, sentence, predicate, scope, doc.Times, doc.Places);
    }

    /// <summary>Indexes the document's times and places by sentence (a scan of all of them per event was quadratic).</summary>
    public IEventAnchoring ForDocument(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new Indexed(doc);
    }

    /// <param name="times">The times to choose from: all those of <paramref name="sentence"/> at least, in document order.</param>
    /// <param name="places">The places to choose from: all those of <paramref name="sentence"/> at least, in document order.</param>
    private static (string? Date, DatePrecision? Precision, PlaceRef? Place) Anchor(Document doc, int sentence, int predicate, IReadOnlyList<int> scope,
        IReadOnlyList<TimeExpression> times, IReadOnlyList<Place> places)
    {
        var predSpan = doc.Tokens[predicate].Span;
        string? date = null;
        DatePrecision? precision = null;
        bool timesRan = !doc.Times.IsEmpty || doc.Stages.Contains("times");
        if (timesRan)
        {
            var inSentence = times.Where(t => t.Sentence == sentence && t.Value is not null && t.Type is "DATE" or "TIME").ToList();
            var inScope = inSentence.Where(t => scope.Any(i => doc.Tokens[i].Span.Overlaps(t.Span))).ToList();
            var pick = Nearest(inScope, predSpan, t => t.Span);
            if (pick is not null) { date = pick.Value; precision = DatePrecision.Predicate; }
            else if (Nearest(inSentence, predSpan, t => t.Span) is { } s) { date = s.Value; precision = DatePrecision.Sentence; }
            else if (doc.PublicationDate is { } pd) { date = pd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); precision = DatePrecision.Document; }
        }
        // Place: the geo stage's attachment (the place the predicate governs through a locative, else a locative place in
        // the sentence, else the nearest; never a demonym) — only when the geo stage ran.
        PlaceRef? place = doc.Places.IsEmpty ? null : Tacitus.Geo.Attachment.PlaceAttachment.ForToken(doc, predicate, places);
        return (date, precision, place);
    }

    /// <summary>One document's times and places grouped by sentence.</summary>
    private sealed class Indexed : IEventAnchoring
    {
        private readonly Document _doc;
        private readonly Dictionary<int, List<TimeExpression>> _times = [];
        private readonly Dictionary<int, List<Place>> _places = [];

        public Indexed(Document doc)
        {
            _doc = doc;
            foreach (var t in doc.Times) Group(_times, t.Sentence, t);
            foreach (var p in doc.Places) Group(_places, p.Sentence, p);
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
            if (!ReferenceEquals(doc, _doc)) return NearestAnchoring.Anchor(doc, sentence, predicate, scope, doc.Times, doc.Places);
            return NearestAnchoring.Anchor(doc, sentence, predicate, scope,
                _times.GetValueOrDefault(sentence) ?? [], _places.GetValueOrDefault(sentence) ?? []);
        }

        public IEventAnchoring ForDocument(Document doc) => ReferenceEquals(doc, _doc) ? this : new Indexed(doc);
    }

    private static T? Nearest<T>(List<T> items, TextSpan pred, Func<T, TextSpan> span) where T : class =>
        items.OrderBy(x => Distance(span(x), pred)).FirstOrDefault();

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
}
