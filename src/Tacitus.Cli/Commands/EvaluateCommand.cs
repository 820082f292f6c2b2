using System.CommandLine;

namespace Tacitus.Cli.Commands;

/// <summary>
/// <c>tacitus evaluate</c>: scores a component against gold data and prints the standard metrics.
/// Each evaluation mode adds its option and a branch below.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("evaluate", "Score Tacitus against gold data and print the standard metrics.");
        var gold = EvaluateConlluCommand.NewGold();
        var models = EvaluateConlluCommand.NewModels();
        cmd.Add(gold);
        cmd.Add(models);
        var ner = EvaluateNerCommand.NewOption();
        cmd.Add(ner);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            // Modes add: if (parse.GetValue(someOption) is { } x) return SomeEvaluation.Run(...);
            if (parse.GetValue(ner) is { } n) return EvaluateNerCommand.Run(ctx, n, parse.GetValue(models));
            if (parse.GetValue(gold) is { } g) return EvaluateConlluCommand.Run(ctx, g, parse.GetValue(models));
            throw new UsageException("say what to evaluate; see 'tacitus evaluate --help'.");
        }));
        return cmd;
    }
}
