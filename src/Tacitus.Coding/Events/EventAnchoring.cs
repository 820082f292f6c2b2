using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>Chooses an event's date and place. One small interface so a better attachment (the geo/time stages' helpers) can replace <see cref="NearestAnchoring"/>.</summary>
public interface IEventAnchoring
{
    /// <param name="scope">Document token indices that belong to the event's predicate phrase (its subtree and folded clauses).</param>
    (string? Date, DatePrecision? Precision, PlaceRef? Place) Anchor(Document doc, int sentence, int predicate, IReadOnlyList<int> scope);
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
        var predSpan = doc.Tokens[predicate].Span;
        string? date = null;
        DatePrecision? precision = null;
        bool timesRan = !doc.Times.IsEmpty || doc.Stages.Contains("times");
        if (timesRan)
        {
            var inSentence = doc.Times.Where(t => t.Sentence == sentence && t.Value is not null && t.Type is "DATE" or "TIME").ToList();
            var inScope = inSentence.Where(t => scope.Any(i => doc.Tokens[i].Span.Overlaps(t.Span))).ToList();
            var pick = Nearest(inScope, predSpan, t => t.Span);
            if (pick is not null) { date = pick.Value; precision = DatePrecision.Predicate; }
            else if (Nearest(inSentence, predSpan, t => t.Span) is { } s) { date = s.Value; precision = DatePrecision.Sentence; }
            else if (doc.PublicationDate is { } pd) { date = pd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); precision = DatePrecision.Document; }
        }
        // Place: the geo stage's attachment (the place the predicate governs through a locative, else a locative place in
        // the sentence, else the nearest; never a demonym) — only when the geo stage ran.
        PlaceRef? place = doc.Places.IsEmpty ? null : Tacitus.Geo.Attachment.PlaceAttachment.ForToken(doc, predicate);
        return (date, precision, place);
    }

    private static T? Nearest<T>(List<T> items, TextSpan pred, Func<T, TextSpan> span) where T : class =>
        items.OrderBy(x => Distance(span(x), pred)).FirstOrDefault();

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
}
