using System.Collections.Immutable;
using System.Globalization;
using Tacitus.Core;

namespace Tacitus.Engine;

/// <summary>Names and parsing of the engine-level settings passed to stages through <see cref="PipelineConfig.Settings"/>.</summary>
public static class EngineSettings
{
    /// <summary>Longest sentence in tokens before the tokenizer splits it (0 = no limit).</summary>
    public const string MaxSentenceTokens = "tokenizer.max_sentence_tokens";

    public static int Int(ImmutableDictionary<string, string> settings, string key, int fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.TryGetValue(key, out var value)) return fallback;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < 0)
            throw new TacitusException($"setting {key} must be a whole number ≥ 0, got '{value}'");
        return n;
    }
}
