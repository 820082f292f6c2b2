using System.CommandLine;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus train COMPONENT</c>: one subcommand per trainable component.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("train", "Train a model from data you can name (e.g. UD English-EWT), with per-epoch dev scores. See 'tacitus train COMPONENT --help'.");
        // Components add their subcommands here, e.g. cmd.Add(TrainTaggerCommand.Create(ctx));
        cmd.Add(TrainTaggerCommand.Create(ctx));
        cmd.Add(TrainLemmatizerCommand.Create(ctx));
        cmd.Add(TrainNerCommand.Create(ctx));
        cmd.Add(TrainParserCommand.Create(ctx));
        return cmd;
    }
}
