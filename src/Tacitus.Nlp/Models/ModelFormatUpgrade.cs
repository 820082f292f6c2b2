using Tacitus.Nlp.Ner;
using Tacitus.Nlp.Parsing;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Nlp.Models;

/// <summary>
/// Rewrites model folders in the weights format this build writes. Each model is loaded (every older format is
/// read) and saved again with the same weights, config and metadata, so it predicts exactly as before.
/// </summary>
public static class ModelFormatUpgrade
{
    /// <summary>The component folders of <paramref name="modelsDirectory"/> with a format to upgrade, each with the newest format.</summary>
    public static readonly IReadOnlyList<(string Component, int Format)> Components =
        [(PosTagger.Component, PosTagger.FormatVersion), (DependencyParserModel.Component, DependencyParserModel.FormatVersion), (EntityRecognizer.Component, EntityRecognizer.FormatVersion)];

    /// <summary>Upgrades the tagger, parser and ner folders found in <paramref name="modelsDirectory"/>; returns one line per folder.</summary>
    public static IReadOnlyList<string> Run(string modelsDirectory)
    {
        var report = new List<string>();
        foreach (var (component, format) in Components)
        {
            var dir = Path.Combine(modelsDirectory, component);
            if (!File.Exists(Path.Combine(dir, ModelPackage.MetaFile))) continue;
            var meta = ModelPackage.ReadMetadata(dir);
            if (meta.FormatVersion == format)
            {
                report.Add($"{dir}: already format {format}");
                continue;
            }
            // Written beside the folder, then moved in, so a failure leaves the old model whole.
            var staging = dir.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + ".upgrading";
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            switch (component)
            {
                case PosTagger.Component: PosTagger.Load(dir).Save(staging, meta); break;
                case EntityRecognizer.Component: EntityRecognizer.Load(dir).Save(staging, meta); break;
                default: DependencyParserModel.Load(dir).Save(staging, meta); break;
            }
            foreach (var file in new[] { ModelPackage.ConfigFile, ModelPackage.MetaFile, ModelPackage.WeightsFile })
                File.Move(Path.Combine(staging, file), Path.Combine(dir, file), overwrite: true);
            Directory.Delete(staging);
            report.Add($"{dir}: format {meta.FormatVersion} → {format}");
        }
        return report;
    }
}
