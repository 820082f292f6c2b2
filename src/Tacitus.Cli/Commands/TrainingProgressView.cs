using System.Globalization;
using Spectre.Console;
using Tacitus.Nlp.Learning;

namespace Tacitus.Cli.Commands;

/// <summary>
/// Shows training progress: a Spectre.Console progress bar and a per-epoch table on a terminal, plain lines otherwise
/// (redirected output, tests, CI logs).
/// </summary>
internal static class TrainingProgressView
{
    public static T Run<T>(CliContext ctx, string title, int maxEpochs, Func<Action<EpochReport>, T> train)
    {
        bool terminal = ReferenceEquals(ctx.Out, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!terminal)
        {
            ctx.Out.WriteLine($"training {title} (at most {maxEpochs} epochs)");
            var result = train(r => ctx.Out.WriteLine(Line(r)));
            return result;
        }
        var reports = new List<EpochReport>();
        T model = default!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(p =>
            {
                var task = p.AddTask($"training {title}", maxValue: maxEpochs);
                model = train(r =>
                {
                    reports.Add(r);
                    task.Value = r.Epoch;
                    task.Description = r.Dev.Count > 0 ? $"{title}: epoch {r.Epoch}, dev {r.Watched} {r.Dev[r.Watched]:F2}" : $"{title}: epoch {r.Epoch}, train {r.TrainScore:F2}";
                });
                task.Value = maxEpochs;
            });
        var table = new Table().AddColumn("epoch").AddColumn("train").AddColumns(reports.Count > 0 ? [.. reports[0].Dev.Keys.Select(k => "dev " + k)] : []).AddColumn("");
        foreach (var r in reports)
            table.AddRow([r.Epoch.ToString(CultureInfo.InvariantCulture), r.TrainScore.ToString("F2", CultureInfo.InvariantCulture),
                .. r.Dev.Values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)), r.IsBest ? "best" : ""]);
        AnsiConsole.Write(table);
        return model;
    }

    private static string Line(EpochReport r) =>
        string.Create(CultureInfo.InvariantCulture,
            $"epoch {r.Epoch}/{r.MaxEpochs}  train {r.TrainScore:F2}{(r.Dev.Count > 0 ? "  dev " + string.Join("  ", r.Dev.Select(p => $"{p.Key} {p.Value:F2}")) : "")}{(r.IsBest ? "  *best" : "")}  ({r.Elapsed.TotalSeconds:F1}s)");
}
