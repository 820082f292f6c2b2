using Tacitus.Core;

namespace Tacitus.Time;

/// <summary>The date an event gets: a calendar value (YYYY-MM-DD, YYYY-MM or YYYY, see <see cref="CalendarDate"/>) and how it was found.</summary>
public readonly record struct EventDate(string? Value, DatePrecision Precision, TimeExpression? Source);

/// <summary>
/// Attaches a date to an event: the time expression governed by the event's predicate in the dependency parse
/// (obl:tmod, obl/nmod with "on"/"in", or one hanging off an xcomp/ccomp chain such as "scheduled for … on Thursday"),
/// else the nearest dated expression in the sentence (Sentence), else the publication date (Document).
/// Only expressions with calendar values count (not durations, sets, or PRESENT_REF-like references).
/// </summary>
public static class TimeAttachment
{
    /// <summary>The date of the event whose predicate is token <paramref name="predicateTokenIndex"/> (document-wide index; -1 if unknown) and whose evidence is <paramref name="evidence"/>.</summary>
    public static EventDate For(Document document, int predicateTokenIndex, TextSpan evidence)
    {
        ArgumentNullException.ThrowIfNull(document);
        int sentence = predicateTokenIndex >= 0 && predicateTokenIndex < document.Tokens.Length
            ? document.Tokens[predicateTokenIndex].Sentence
            : document.SentenceAt(evidence.Start);
        TimeExpression? governed = null, nearest = null;
        int bestDistance = int.MaxValue, bestDepth = int.MaxValue;
        int anchorOffset = predicateTokenIndex >= 0 && predicateTokenIndex < document.Tokens.Length
            ? document.Tokens[predicateTokenIndex].Span.Start
            : evidence.Start;
        foreach (var t in document.Times)
        {
            if (CalendarDate.FromTimex(t.Value) is null) continue;
            int ts = t.Sentence >= 0 ? t.Sentence : document.SentenceAt(t.Span.Start);
            if (ts != sentence || sentence < 0 && !evidence.Overlaps(t.Span)) continue;
            if (predicateTokenIndex >= 0 && sentence >= 0)
            {
                int depth = GovernedDepth(document, predicateTokenIndex, t.Span);
                if (depth >= 0 && depth < bestDepth)
                {
                    bestDepth = depth;
                    governed = t;
                }
            }
            int distance = t.Span.Start >= anchorOffset ? t.Span.Start - anchorOffset : anchorOffset - t.Span.End;
            if (evidence.Contains(t.Span)) distance /= 4; // inside the evidence: likelier to be the event's
            if (distance < bestDistance)
            {
                bestDistance = distance;
                nearest = t;
            }
        }
        if (governed is not null) return new EventDate(CalendarDate.FromTimex(governed.Value), DatePrecision.Predicate, governed);
        if (nearest is not null)
        {
            // Without a parse, an expression inside the evidence or right next to the predicate is the predicate's.
            bool unparsed = predicateTokenIndex < 0 || predicateTokenIndex >= document.Tokens.Length || document.Tokens[predicateTokenIndex].Head < 0;
            var precision = unparsed && evidence.Contains(nearest.Span) ? DatePrecision.Predicate : DatePrecision.Sentence;
            return new EventDate(CalendarDate.FromTimex(nearest.Value), precision, nearest);
        }
        return new EventDate(document.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Document, null);
    }

    /// <summary>
    /// How many dependency steps separate the time expression's head word from the predicate when the predicate
    /// governs it (directly as obl:tmod/obl/nmod:tmod/advmod, or through xcomp/ccomp/conj/obl chains), else -1.
    /// </summary>
    private static int GovernedDepth(Document document, int predicate, TextSpan span)
    {
        var sentence = document.Sentences[document.Tokens[predicate].Sentence];
        int first = sentence.FirstToken;
        // The head word of the expression: the token in the span whose head lies outside it.
        int head = -1;
        for (int t = first; t < sentence.EndToken; t++)
        {
            var tok = document.Tokens[t];
            if (!span.Overlaps(tok.Span)) continue;
            if (tok.Head < 0) return -1;
            int h = tok.Head == 0 ? -1 : first + tok.Head - 1;
            if (h < 0 || !span.Overlaps(document.Tokens[h].Span)) { head = t; break; }
        }
        if (head < 0) return -1;
        var rel = document.Tokens[head].Deprel ?? "";
        if (!(rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel == "advmod" || rel.StartsWith("compound", StringComparison.Ordinal)))
            return -1;
        // Walk up from the expression to the predicate; only clause-internal links keep the attachment.
        int depth = 0;
        int cur = head;
        while (depth < 6)
        {
            var tok = document.Tokens[cur];
            if (tok.Head <= 0) return -1;
            int parent = first + tok.Head - 1;
            depth++;
            if (parent == predicate) return depth;
            var prel = document.Tokens[parent].Deprel ?? "";
            // Climb through the predicate's own complements ("scheduled for talks on Thursday", "set to meet on Thursday").
            if (!(prel.StartsWith("xcomp", StringComparison.Ordinal) || prel.StartsWith("obl", StringComparison.Ordinal) || prel.StartsWith("nmod", StringComparison.Ordinal)
                || prel.StartsWith("obj", StringComparison.Ordinal) || prel.StartsWith("ccomp", StringComparison.Ordinal) || prel.StartsWith("acl", StringComparison.Ordinal)
                || prel.StartsWith("nsubj", StringComparison.Ordinal) || prel.StartsWith("aux", StringComparison.Ordinal)))
                return -1;
            cur = parent;
        }
        return -1;
    }
}
