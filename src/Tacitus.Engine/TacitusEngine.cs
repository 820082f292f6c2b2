using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Engine;

/// <summary>Options for building the standard Tacitus pipeline.</summary>
public sealed record EngineOptions
{
    /// <summary>Where shipped models live; default: the <c>models</c> folder next to the program.</summary>
    public string? ModelDirectory { get; init; }

    /// <summary>Stages to run; default: every stage whose model is available, in the standard order.</summary>
    public ImmutableArray<string>? Stages { get; init; }

    public ImmutableDictionary<string, string> Settings { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Documents arrive already tokenized and split (CoNLL-U input): the tokenizer stage is left out.</summary>
    public bool PreTokenized { get; init; }
}

/// <summary>Builds the standard pipeline (tokenizer → tagger → … → events) from shipped models.</summary>
public static class TacitusEngine
{
    /// <summary>The standard stage order. Stages not registered in the catalog are skipped when no explicit list is given.</summary>
    public static readonly ImmutableArray<string> StandardStages =
        ["tokenizer", "tagger", "lemmatizer", "parser", "ner", "actors", "times", "places", "events"];

    public static string DefaultModelDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    public static Pipeline Build(EngineOptions? options = null) => Build(options, out _);

    /// <summary>
    /// Builds the pipeline. With no explicit stage list, a standard stage whose model is missing is left out and named in
    /// <paramref name="skipped"/> (with the reason) instead of failing; an explicitly requested stage must load.
    /// </summary>
    public static Pipeline Build(EngineOptions? options, out IReadOnlyList<string> skipped)
    {
        options ??= new EngineOptions();
        var modelDir = options.ModelDirectory ?? DefaultModelDirectory;
        var catalog = StandardCatalog.Create();
        bool explicitStages = options.Stages is not null;
        var stages = options.Stages ?? [.. StandardStages.Where(s => catalog.Names.Contains(s, StringComparer.OrdinalIgnoreCase))];
        if (options.PreTokenized) stages = stages.Remove("tokenizer");
        var config = new PipelineConfig(stages, modelDir) { Settings = options.Settings };
        var builder = new PipelineBuilder();
        var missing = new List<string>();
        foreach (var name in stages)
        {
            try
            {
                builder.Add(catalog.Create(name, config));
            }
            catch (TacitusException ex) when (!explicitStages)
            {
                missing.Add($"{name}: {ex.Message}");
            }
        }
        skipped = missing;
        return builder.Build();
    }
}
