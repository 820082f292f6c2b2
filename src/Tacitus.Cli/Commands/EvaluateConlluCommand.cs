using System.CommandLine;
using System.Globalization;
using Tacitus.Engine.Evaluation;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus evaluate --gold F.conllu [--models DIR]</c>: tagger, lemmatizer and parser scores (CoNLL 2018) and speed.</summary>
internal static class EvaluateConlluCommand
{
    public static Option<string?> NewGold() => new("--gold") { Description = "Gold CoNLL-U file: its tokenization is kept, every other column is predicted and scored (UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS) with tokens/s." };
    public static Option<string?> NewModels() => new("--models") { Description = "Directory holding the model folders (tagger/, lemmatizer/, parser/); default: the shipped models." };

    public static int Run(CliContext ctx, string gold, string? models)
    {
        if (models is not null && !Directory.Exists(models)) throw new UsageException($"--models: directory '{models}' does not exist.");
        var r = ConlluEvaluation.Run(gold, models);
        var inv = CultureInfo.InvariantCulture;
        ctx.Out.WriteLine($"gold: {gold}  ({r.Words.ToString("N0", inv)} words; stages: {string.Join(", ", r.Stages)})");
        ctx.Out.WriteLine("metric    score");
        foreach (var (name, _) in Names)
        {
            var v = r.Scores.Present().FirstOrDefault(p => p.Metric == name);
            ctx.Out.WriteLine(v.Metric is null ? $"{name,-8}  —" : string.Create(inv, $"{name,-8}  {v.Value:F2}"));
        }
        ctx.Out.WriteLine(string.Create(inv, $"speed     {r.TokensPerSecond:N0} tokens/s wall clock, {r.TokensPerCpuSecond:N0} tokens/s of CPU time ({string.Join('+', r.Stages)}, one thread, fastest of {ConlluEvaluation.TimedPasses} passes after a warm-up: {r.PipelineTime.TotalSeconds:F2}s wall, {r.PipelineCpuTime.TotalSeconds:F2}s CPU)"));
        return ExitCodes.Ok;
    }

    private static readonly (string, string)[] Names =
        [("UPOS", ""), ("XPOS", ""), ("UFeats", ""), ("AllTags", ""), ("Lemmas", ""), ("UAS", ""), ("LAS", "")];
}
