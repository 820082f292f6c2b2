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
        var geo = new Option<string?>("--geo") { Description = "Geoparsing gold corpus (XML of Gritta et al., e.g. TR-News.xml): recall, Acc@161km, mean/median error in km." };
        var geoErrors = new Option<string?>("--geo-errors") { Description = "With --geo: write one TSV row per gold toponym (gold vs predicted, error in km) to this file." };
        var models = new Option<string?>("--models") { Description = "Directory with the models to evaluate (default: the shipped models)." };
        cmd.Add(geo);
        cmd.Add(geoErrors);
        cmd.Add(models);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (parse.GetValue(geo) is { } gold) return GeoEvaluation.Run(ctx, gold, parse.GetValue(geoErrors), parse.GetValue(models));
            throw new UsageException("say what to evaluate; see 'tacitus evaluate --help'.");
        }));
        return cmd;
    }
}
