using System.Globalization;
using Tacitus.Core;
using Tacitus.Core.Serialization;

namespace Tacitus.Time;

/// <summary>One JSON object per time expression, for <c>tacitus time</c>: document, span, text, sentence, TIMEX3 type and value, rule.</summary>
public static class TimeJson
{
    public static string Line(Document document, TimeExpression time)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(time);
        return AnnotationJsonLine.Write(document, time.Span, time.Sentence, w =>
        {
            w.WriteString("type", time.Type);
            w.WriteString("value", time.Value);
            if (CalendarDate.FromTimex(time.Value) is { } date) w.WriteString("date", date);
            w.WriteString("anchor", document.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("rule", time.Producer);
        });
    }
}
