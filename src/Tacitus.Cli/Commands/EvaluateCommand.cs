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
        // Shared by the evaluation modes: the gold file.
        var gold = new Option<string>("--gold") { Description = "Gold data file (e.g. a UD English-EWT .conllu file)." };
        cmd.Add(gold);
        cmd.Add(EvaluateTokenizer.Flag);
        cmd.Add(EvaluateTokenizer.ShowErrors);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (parse.GetValue(EvaluateTokenizer.Flag))
                return EvaluateTokenizer.Run(ctx, parse.GetValue(gold), parse.GetValue(EvaluateTokenizer.ShowErrors));
            // Modes add: if (parse.GetValue(someOption) is { } x) return SomeEvaluation.Run(...);
            throw new UsageException("say what to evaluate; see 'tacitus evaluate --help'.");
        }));
        return cmd;
    }
}
