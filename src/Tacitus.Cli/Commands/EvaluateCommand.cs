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
        var time = new Option<string?>("--time") { Description = "A directory of TimeML (.tml) files, e.g. ../shared/data/time/tbaq: TempEval-3 TIMEX3 scores (strict/relaxed extraction, value and type)." };
        var timeErrors = new Option<string?>("--time-errors") { Description = "With --time: write every miss, spurious and wrong value to this file (tab-separated)." };
        cmd.Add(time);
        cmd.Add(timeErrors);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (parse.GetValue(time) is { } timeDir) return TimeEvaluationCommand.Run(ctx, timeDir, parse.GetValue(timeErrors));
            throw new UsageException("say what to evaluate; see 'tacitus evaluate --help'.");
        }));
        return cmd;
    }
}
