using System.Diagnostics;
using Tacitus.Engine;
using Tacitus.Geo.Evaluation;

namespace Tacitus.Cli.Commands;

/// <summary>The <c>evaluate --geo</c> branch: runs tokenizer → … → places over the gold corpus and prints the scores.</summary>
internal static class GeoEvaluation
{
    public static int Run(CliContext ctx, string goldPath, string? errorsPath, string? models, string? nerModel = null)
    {
        if (models is not null && !Directory.Exists(models)) throw new UsageException($"--models: directory '{models}' does not exist.");
        var gold = GeoGold.Read(goldPath);
        var settings = CommonOptions.NerModelSettings(nerModel, models);
        var pipeline = TacitusEngine.Build(new EngineOptions { ModelDirectory = models, Stages = GeoStages.UpToPlaces(StandardCatalog.Create().Names), Settings = settings });
        var sw = Stopwatch.StartNew();
        var score = GeoScorer.Score(gold, pipeline.Process);
        ctx.Out.Write(GeoReport.Summary(score, Path.GetFileName(goldPath), sw.Elapsed));
        if (errorsPath is not null)
        {
            using var w = new StreamWriter(errorsPath);
            GeoReport.WriteComparisons(score, w);
        }
        return ExitCodes.Ok;
    }
}
