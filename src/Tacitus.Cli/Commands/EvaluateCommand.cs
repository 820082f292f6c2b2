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
        // Shared by the evaluation modes.
        var gold = EvaluateConlluCommand.NewGold();
        var models = EvaluateConlluCommand.NewModels();
        var ner = EvaluateNerCommand.NewOption();
        cmd.Add(ner);
        var nerErrors = EvaluateNerCommand.NewErrorsOption();
        cmd.Add(nerErrors);
        var nerModel = CommonOptions.NewNerModel();
        cmd.Add(nerModel);
        cmd.Add(gold);
        cmd.Add(models);
        cmd.Add(EvaluateTokenizer.Flag);
        cmd.Add(EvaluateTokenizer.ShowErrors);
        var geo = new Option<string?>("--geo") { Description = "Geoparsing gold corpus (XML of Gritta et al., e.g. TR-News.xml): recall, Acc@161km, mean/median error in km." };
        var geoErrors = new Option<string?>("--geo-errors") { Description = "With --geo: write one TSV row per gold toponym (gold vs predicted, error in km) to this file." };
        cmd.Add(geo);
        cmd.Add(geoErrors);
        var time = new Option<string?>("--time") { Description = "A directory of TimeML (.tml) files, e.g. ../shared/data/time/tbaq: TempEval-3 TIMEX3 scores (strict/relaxed extraction, value and type)." };
        var timeErrors = new Option<string?>("--time-errors") { Description = "With --time: write every miss, spurious and wrong value to this file (tab-separated)." };
        cmd.Add(time);
        cmd.Add(timeErrors);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (parse.GetValue(time) is { } timeDir) return TimeEvaluationCommand.Run(ctx, timeDir, parse.GetValue(timeErrors));
            if (parse.GetValue(EvaluateTokenizer.Flag))
                return EvaluateTokenizer.Run(ctx, parse.GetValue(gold), parse.GetValue(EvaluateTokenizer.ShowErrors));
            if (parse.GetValue(geo) is { } geoGold) return GeoEvaluation.Run(ctx, geoGold, parse.GetValue(geoErrors), parse.GetValue(models), parse.GetValue(nerModel));
            if (parse.GetValue(ner) is { } n) return EvaluateNerCommand.Run(ctx, n, parse.GetValue(models), parse.GetValue(nerErrors), parse.GetValue(nerModel));
            if (parse.GetValue(gold) is { } g) return EvaluateConlluCommand.Run(ctx, g, parse.GetValue(models));
            throw new UsageException("say what to evaluate; see 'tacitus evaluate --help'.");
        }));
        return cmd;
    }
}
