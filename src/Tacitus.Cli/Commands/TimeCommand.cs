using System.CommandLine;
using Tacitus.Core;
using Tacitus.Engine;
using Tacitus.Engine.Input;
using Tacitus.Time;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus time [FILES] --date D</c>: the temporal expressions of each document, normalised to TIMEX3, one JSON object per line.</summary>
internal static class TimeCommand
{
    public static Command Create(CliContext ctx)
    {
        var common = new CommonOptions();
        var cmd = new Command("time", "Find temporal expressions and normalise them to TIMEX3 (DATE, TIME, DURATION, SET) relative to the publication date; one JSON object per expression.");
        common.AddTo(cmd);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var date = common.ParseDate(parse);
            var models = parse.GetValue(common.Models);
            if (models is not null && !Directory.Exists(models))
                throw new UsageException($"--models: directory '{models}' does not exist.");
            var pipeline = BuildTimePipeline(models);
            bool failed = false;
            var reader = new DocumentReader(() => ctx.In, date);
            foreach (var doc in common.ReadDocuments(parse, ctx, reader, () => failed = true))
            {
                var result = pipeline.Process(doc);
                foreach (var t in result.Times) ctx.Out.WriteLine(TimeJson.Line(result, t));
            }
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return cmd;
    }

    /// <summary>The standard stages up to and including "times" (tokenizer, tagger… when available), nothing after.</summary>
    public static Pipeline BuildTimePipeline(string? models)
    {
        var known = StandardCatalog.Create().Names;
        var stages = TacitusEngine.StandardStages
            .TakeWhile(s => s != "times")
            .Where(s => s is "tokenizer" or "tagger" or "lemmatizer" or "parser" && known.Contains(s, StringComparer.OrdinalIgnoreCase))
            .Append("times")
            .ToArray();
        return TacitusEngine.Build(new EngineOptions { ModelDirectory = models, Stages = [.. stages] });
    }
}
