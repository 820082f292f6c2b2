using System.Collections.Immutable;
using System.Globalization;
using Tacitus.Core;

namespace Tacitus.Engine;

/// <summary>Names and parsing of the engine-level settings passed to stages through <see cref="PipelineConfig.Settings"/>.</summary>
public static class EngineSettings
{
    /// <summary>Longest sentence in tokens before the tokenizer splits it (0 = no limit).</summary>
    public const string MaxSentenceTokens = "tokenizer.max_sentence_tokens";

    /// <summary>
    /// The directory, under the model directory, of the ner stage's model: "ner" (the default) or another trained one,
    /// such as "ner-fast".
    /// </summary>
    public const string NerModel = "ner.model";

    public const string DefaultNerModel = "ner";

    /// <summary>The ner model's directory name from <see cref="NerModel"/>: a plain name (no path), so it stays under the model directory.</summary>
    public static string NerModelName(ImmutableDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.TryGetValue(NerModel, out var name)) return DefaultNerModel;
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..")
            throw new TacitusException($"setting {NerModel} must be the name of a directory under the model directory (such as ner or ner-fast), got '{name}'");
        return name;
    }

    public static int Int(ImmutableDictionary<string, string> settings, string key, int fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.TryGetValue(key, out var value)) return fallback;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < 0)
            throw new TacitusException($"setting {key} must be a whole number ≥ 0, got '{value}'");
        return n;
    }
}
