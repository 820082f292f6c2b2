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

    public static void Save(string directory, ModelMetadata meta, JsonObject config, Action<BinaryWriter> writeWeights)
    {
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(writeWeights);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ConfigFile), config.ToJsonString(Json) + "\n");
        File.WriteAllText(Path.Combine(directory, MetaFile), JsonSerializer.Serialize(meta, Json) + "\n");
        using var fs = File.Create(Path.Combine(directory, WeightsFile));
        // Fixed compression settings and no timestamps keep the bytes reproducible for the same weights.
        using var gz = new GZipStream(fs, CompressionLevel.SmallestSize);
        using var bw = new BinaryWriter(gz);
        writeWeights(bw);
    }

    /// <summary>Loads a model directory written by <see cref="Save"/>; <paramref name="readWeights"/> builds the component from its config and weights.</summary>
    public static T Load<T>(string directory, string component, Func<ModelMetadata, JsonObject, BinaryReader, T> readWeights)
    {
        ArgumentNullException.ThrowIfNull(readWeights);
        var metaPath = Path.Combine(directory, MetaFile);
        if (!File.Exists(metaPath))
            throw new TacitusException($"{directory}: no {component} model here ({MetaFile} missing). Train one with 'tacitus train {component}' or pass --models DIR.");
        ModelMetadata meta;
        JsonObject config;
        try
        {
            meta = JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(metaPath), Json)
                ?? throw new TacitusException($"{metaPath}: empty metadata");
            config = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, ConfigFile)))?.AsObject()
                ?? throw new TacitusException($"{directory}: empty {ConfigFile}");
        }
        catch (JsonException ex)
        {
            throw new TacitusException($"{directory}: model files are not valid JSON ({ex.Message})", ex);
        }
        if (!string.Equals(meta.Component, component, StringComparison.Ordinal))
            throw new TacitusException($"{directory}: this is a '{meta.Component}' model, not a '{component}' model");
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
