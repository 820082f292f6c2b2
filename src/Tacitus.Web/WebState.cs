using Tacitus.Coding.Events;
using Tacitus.Core;
using Tacitus.Engine;
using Tacitus.Storage.DuckDb;

namespace Tacitus.Web;

/// <summary>What every request shares: the open store, the pipeline, the CAMEO codebook. Owns the store.</summary>
public sealed class WebState : IDisposable
{
    private WebState(TacitusWebOptions options, DuckDbEventStore store, Pipeline pipeline, IReadOnlyList<string> skippedStages, CameoCodebook? codebook)
    {
        Options = options;
        Store = store;
        Pipeline = pipeline;
        SkippedStages = skippedStages;
        Codebook = codebook;
        CodeSlots = options.MaxConcurrentCode > 0 ? new SemaphoreSlim(options.MaxConcurrentCode, options.MaxConcurrentCode) : null;
    }

    public TacitusWebOptions Options { get; }
    public DuckDbEventStore Store { get; }
    public Pipeline Pipeline { get; }
    public IReadOnlyList<string> SkippedStages { get; }
    public CameoCodebook? Codebook { get; }
    public bool ReadOnly => Store.ReadOnly;

    /// <summary>Bounds the POST /api/code requests coded at once (<see cref="TacitusWebOptions.MaxConcurrentCode"/>); null = no bound.</summary>
    public SemaphoreSlim? CodeSlots { get; }

    /// <summary>One ingest at a time: the store has one writer.</summary>
    public SemaphoreSlim IngestLock { get; } = new(1, 1);

    /// <summary>Opens the store and builds the pipeline; throws <see cref="TacitusException"/> with a one-line message when either fails.</summary>
    public static WebState Open(TacitusWebOptions options)
    {
        if (options.ModelDirectory is { } dir && !Directory.Exists(dir))
            throw new TacitusException($"models directory '{dir}' does not exist.");
        // The store first: a missing or locked store is reported before seconds of model loading.
        var store = DuckDbEventStore.Open(options.DatabasePath, options.ReadOnly);
        try
        {
            IReadOnlyList<string> skipped = [];
            var pipeline = options.Pipeline ?? TacitusEngine.Build(new EngineOptions { ModelDirectory = options.ModelDirectory, Settings = options.Settings }, out skipped);
            var codebookPath = Path.Combine(options.ModelDirectory ?? TacitusEngine.DefaultModelDirectory, CameoCodebook.FileName);
            var codebook = File.Exists(codebookPath) ? CameoCodebook.Load(codebookPath) : null;
            return new WebState(options, store, pipeline, skipped, codebook);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Store.Dispose();
        IngestLock.Dispose();
        CodeSlots?.Dispose();
    }
}
