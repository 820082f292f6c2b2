using System.Globalization;
using Tacitus.Time.Evaluation;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus evaluate --time DIR</c>: TempEval-3 TIMEX3 scores on TimeML files (all, development, held-out every 5th file).</summary>
internal static class TimeEvaluationCommand
{
    public static int Run(CliContext ctx, string directory, string? errorsPath)
    {
        var pipeline = TimeCommand.BuildTimePipeline(null);
        var result = TimeEvaluation.Run(directory, pipeline.Process, keepErrors: errorsPath is not null);
        var o = ctx.Out;
        o.WriteLine("TempEval-3 TIMEX3 evaluation (relaxed = overlapping spans; value/type F1 = P/R over relaxed matches with the right attribute, = relaxed F1 × accuracy)");
        o.WriteLine($"{"split",-12} {"docs",5} {"gold",5} {"sys",5} {"strictP",8} {"strictR",8} {"strictF1",8} {"relaxP",8} {"relaxR",8} {"relaxF1",8} {"valueF1",8} {"valueAcc",8} {"typeF1",8} {"typeAcc",8}");
        foreach (var split in new[] { result.All, result.Development, result.HeldOut })
        {
            var s = split.Scores;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{split.Split,-12} {split.Documents,5} {s.Gold,5} {s.System,5} {P(s.StrictPrecision)} {P(s.StrictRecall)} {P(s.StrictF1)} {P(s.RelaxedPrecision)} {P(s.RelaxedRecall)} {P(s.RelaxedF1)} {P(s.ValueF1)} {P(s.ValueAccuracy)} {P(s.TypeF1)} {P(s.TypeAccuracy)}"));
        }
        double seconds = result.Elapsed.TotalSeconds;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: {result.Characters:N0} characters in {seconds:F2} s ({(seconds > 0 ? result.Characters / seconds / 1000 : 0):F0} k chars/s) through {string.Join(" → ", pipeline.StageNames)}"));
        if (errorsPath is not null)
        {
            File.WriteAllLines(errorsPath, result.All.Errors);
            o.WriteLine($"{result.All.Errors.Count} error lines written to {errorsPath}");
        }
        return ExitCodes.Ok;
    }

    private static string P(double v) => (100 * v).ToString("F2", CultureInfo.InvariantCulture).PadLeft(8);
}
