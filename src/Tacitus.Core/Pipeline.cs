using System.Collections.Immutable;

namespace Tacitus.Core;

/// <summary>A frozen, thread-safe sequence of processors. Build it with <see cref="PipelineBuilder"/>.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IDocumentProcessor> stages) => Stages = stages;

    public ImmutableArray<IDocumentProcessor> Stages { get; }

    public IEnumerable<string> StageNames => Stages.Select(s => s.Name);

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            document = stage.Process(document);
            document = document with { Stages = document.Stages.Add(stage.Name) };
        }
        return document;
    }
}

/// <summary>Collects stages, then freezes them into a <see cref="Pipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentProcessor> _stages = [];

    public PipelineBuilder Add(IDocumentProcessor stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Adds the stages named in <paramref name="config"/>, in order, each made by <paramref name="catalog"/>.</summary>
    public PipelineBuilder AddFromConfig(PipelineConfig config, StageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var name in config.Stages)
            _stages.Add(catalog.Create(name, config));
        return this;
    }

    public Pipeline Build() => new([.. _stages]);
}

/// <summary>Which stages to run, in order, and where their models live.</summary>
public sealed record PipelineConfig(ImmutableArray<string> Stages, string ModelDirectory)
{
    /// <summary>Free-form per-stage settings (e.g. "actors.overlay" → a path).</summary>
    public ImmutableDictionary<string, string> Settings { get; init; } = ImmutableDictionary<string, string>.Empty;
}

/// <summary>
/// Maps stage names to factories. An explicit instance handed to the builder — not a global registry —
/// so two pipelines in one process can differ.
/// </summary>
public sealed class StageCatalog
{
    private readonly Dictionary<string, Func<PipelineConfig, IDocumentProcessor>> _factories = new(StringComparer.OrdinalIgnoreCase);

    public StageCatalog Register(string name, Func<PipelineConfig, IDocumentProcessor> factory)
    {
        _factories[name] = factory;
        return this;
    }

    public IReadOnlyCollection<string> Names => _factories.Keys;

    public IDocumentProcessor Create(string name, PipelineConfig config)
    {
        if (!_factories.TryGetValue(name, out var factory))
            throw new TacitusException($"Unknown pipeline stage '{name}'. Known stages: {string.Join(", ", _factories.Keys)}.");
        return factory(config);
    }
}
