using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tacitus.Core;

namespace Tacitus.Nlp.Models;

/// <summary>
/// What every shipped model is on disk: a directory holding <c>config.json</c> (hyper-parameters and features, what
/// a re-training needs), <c>meta.json</c> (component, version, training data, command, scores) and <c>weights.bin.gz</c>
/// (the component's own binary weights, gzip-compressed). One class saves and loads all of them.
/// </summary>
public sealed record ModelMetadata
{
    public required string Component { get; init; }
    /// <summary>Layout of <c>weights.bin.gz</c>, per component (each component's <c>FormatVersion</c> constant is the newest it writes).</summary>
    public int FormatVersion { get; init; } = 1;
    public string? TrainedOn { get; init; }
    public string? Command { get; init; }
    public DateTimeOffset? Created { get; init; }
    /// <summary>Scores measured at training time (e.g. "dev.upos" → 95.4).</summary>
    public Dictionary<string, double> Scores { get; init; } = [];
}

public static class ModelPackage
{
    public const string ConfigFile = "config.json";
    public const string MetaFile = "meta.json";
    public const string WeightsFile = "weights.bin.gz";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    // Source-generated (de)serialisation of meta.json: the reflection-based serialiser costs ~50 ms at its first use,
    // which was the first model load of every process.
    private static readonly ModelMetadataJson MetaJson = new(new JsonSerializerOptions(Json));

    public static void Save(string directory, ModelMetadata meta, JsonObject config, Action<BinaryWriter> writeWeights)
    {
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(writeWeights);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ConfigFile), config.ToJsonString(Json) + "\n");
        File.WriteAllText(Path.Combine(directory, MetaFile), JsonSerializer.Serialize(meta, MetaJson.ModelMetadata) + "\n");
        using var fs = File.Create(Path.Combine(directory, WeightsFile));
        // Fixed compression settings and no timestamps keep the bytes reproducible for the same weights.
        using var gz = new GZipStream(fs, CompressionLevel.SmallestSize);
        using var bw = new BinaryWriter(gz);
        writeWeights(bw);
    }

    /// <summary>The <c>meta.json</c> of a model directory.</summary>
    public static ModelMetadata ReadMetadata(string directory)
    {
        var metaPath = Path.Combine(directory, MetaFile);
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(metaPath), MetaJson.ModelMetadata)
                ?? throw new TacitusException($"{metaPath}: empty metadata");
        }
        catch (JsonException ex)
        {
            throw new TacitusException($"{directory}: model files are not valid JSON ({ex.Message})", ex);
        }
    }

    /// <summary>A model directory's <c>meta.json</c> and <c>config.json</c> (without its weights), checked to be a <paramref name="component"/> model.</summary>
    public static (ModelMetadata Meta, JsonObject Config) ReadDescription(string directory, string component)
    {
        var metaPath = Path.Combine(directory, MetaFile);
        if (!File.Exists(metaPath))
            throw new TacitusException($"{directory}: no {component} model here ({MetaFile} missing). Train one with 'tacitus train {component}' or pass --models DIR.");
        var meta = ReadMetadata(directory);
        JsonObject config;
        try
        {
            config = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, ConfigFile)))?.AsObject()
                ?? throw new TacitusException($"{directory}: empty {ConfigFile}");
        }
        catch (JsonException ex)
        {
            throw new TacitusException($"{directory}: model files are not valid JSON ({ex.Message})", ex);
        }
        if (!string.Equals(meta.Component, component, StringComparison.Ordinal))
            throw new TacitusException($"{directory}: this is a '{meta.Component}' model, not a '{component}' model");
        return (meta, config);
    }

    /// <summary>
    /// Loads a model directory written by <see cref="Save"/>; <paramref name="readWeights"/> builds the component from its
    /// config and weights (<see cref="ModelMetadata.FormatVersion"/> tells it which layout they have). A weights format
    /// above <paramref name="newestFormat"/> — written by a newer Tacitus — is refused with an error saying so.
    /// </summary>
    public static T Load<T>(string directory, string component, Func<ModelMetadata, JsonObject, BinaryReader, T> readWeights, int newestFormat = 1)
    {
        ArgumentNullException.ThrowIfNull(readWeights);
        var (meta, config) = ReadDescription(directory, component);
        if (meta.FormatVersion < 1 || meta.FormatVersion > newestFormat)
            throw new TacitusException($"{directory}: {component} weights format {meta.FormatVersion} is not one this build reads (1–{newestFormat}); "
                + "a newer Tacitus wrote it: update tacitus, or retrain the model with 'tacitus train " + component + "'");
        var weightsPath = Path.Combine(directory, WeightsFile);
        if (!File.Exists(weightsPath)) throw new TacitusException($"{directory}: {WeightsFile} missing");
        using var fs = File.OpenRead(weightsPath);
        using var gz = new GZipStream(fs, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gz, 1 << 16);
        using var br = new BinaryReader(buffered);
        try
        {
            return readWeights(meta, config, br);
        }
        catch (EndOfStreamException ex)
        {
            throw new TacitusException($"{weightsPath}: weights are truncated", ex);
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(ModelMetadata))]
internal sealed partial class ModelMetadataJson : System.Text.Json.Serialization.JsonSerializerContext;
