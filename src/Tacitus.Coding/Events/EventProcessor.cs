using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>The "events" pipeline stage: fills <see cref="Document.Events"/> from the parse and the resolved actors.</summary>
public sealed class EventProcessor(EventCoder coder) : IDocumentProcessor
{
    public const string StageName = "events";

    public string Name => StageName;

    public EventCoder Coder { get; } = coder;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Events = Coder.Code(document) };
    }

    /// <summary>Builds the stage from a pipeline config: models from <see cref="PipelineConfig.ModelDirectory"/>, setting "events.verbs" overrides the verb dictionary.</summary>
    public static EventProcessor FromConfig(PipelineConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Settings.TryGetValue("events.verbs", out var verbs);
        var model = EventModel.Load(config.ModelDirectory, verbs);
        return new EventProcessor(new EventCoder(model.Verbs, model.Codebook));
    }
}
