using System.CommandLine;
using Tacitus.Engine;
using Tacitus.Engine.Input;
using Tacitus.Geo;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus geo [FILES]</c>: the toponyms of each document, resolved, as JSON lines.</summary>
internal static class GeoCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var cmd = new Command("geo", "Find and resolve the place names in each document; one JSON line per toponym (GeoNames id, country ISO3, coordinates, rule).");
        common.AddTo(cmd);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var date = common.ParseDate(parse);
            var models = parse.GetValue(common.Models);
            if (models is not null && !Directory.Exists(models)) throw new UsageException($"--models: directory '{models}' does not exist.");
            var pipeline = TacitusEngine.Build(new EngineOptions { ModelDirectory = models, Stages = GeoStages.UpToPlaces(StandardCatalog.Create().Names) });
            bool failed = false;
            var reader = new DocumentReader(() => ctx.In, date);
            foreach (var doc in common.ReadDocuments(parse, ctx, reader, () => failed = true))
            {
                var result = pipeline.Process(doc);
                foreach (var p in result.Places) ctx.Out.WriteLine(PlaceJson.Line(result, p));
            }
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return cmd;
    }
}
