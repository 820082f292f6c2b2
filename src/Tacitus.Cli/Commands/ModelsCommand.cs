using System.CommandLine;
using Tacitus.Engine;
using Tacitus.Nlp.Models;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus models upgrade [--models DIR]</c>: rewrites the tagger, parser and ner folders in the current weights format.</summary>
internal static class ModelsCommand
{
    public static Command Create(CliContext ctx)
    {
        var models = new Option<string?>("--models") { Description = "Directory holding the model folders (default: the shipped models)." };
        var upgrade = new Command("upgrade", "Rewrite the tagger, parser and ner models in the weights format this build writes (same weights: predictions do not change; older formats load more slowly).");
        upgrade.Add(models);
        upgrade.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var dir = parse.GetValue(models) ?? TacitusEngine.DefaultModelDirectory;
            if (!Directory.Exists(dir)) throw new UsageException($"--models: directory '{dir}' does not exist.");
            foreach (var line in ModelFormatUpgrade.Run(dir)) ctx.Out.WriteLine(line);
            return ExitCodes.Ok;
        }));
        var cmd = new Command("models", "Model folders: upgrade their format.");
        cmd.Add(upgrade);
        return cmd;
    }
}
