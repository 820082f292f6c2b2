using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Time;

/// <summary>
/// The "times" pipeline stage: finds temporal expressions and normalises them to TIMEX3 values relative to the
/// document's publication date, writing <see cref="Document.Times"/>. Works on the raw text, so it runs with or
/// without tokens; when tokens carry XPOS tags they sharpen the tense used to resolve weekdays and month-days.
/// </summary>
public sealed class TimeProcessor : IDocumentProcessor
{
    /// <summary>Producer prefix in provenance: "time:RULE".</summary>
    public const string ProducerPrefix = "time:";

    public string Name => "times";

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var matches = TimexRecognizer.Recognize(document.Text, document.PublicationDate, document.Tokens, document.Sentences);
        var times = ImmutableArray.CreateBuilder<TimeExpression>(matches.Count);
        foreach (var m in matches)
            times.Add(new TimeExpression(m.Span, document.Sentences.IsDefaultOrEmpty ? -1 : document.SentenceAt(m.Span.Start), m.Type, m.Value, ProducerPrefix + m.Rule));
        return document with { Times = times.MoveToImmutable() };
    }
}
