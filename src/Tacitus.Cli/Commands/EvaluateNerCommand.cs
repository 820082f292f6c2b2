using System.CommandLine;
using System.Globalization;
using Tacitus.Engine.Evaluation;
using Tacitus.Nlp.Scoring;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus evaluate --ner GOLD.iob2 [--models DIR]</c>: span-level exact-match P/R/F1 (conlleval) per type and overall.</summary>
internal static class EvaluateNerCommand
{
    public static Option<string?> NewOption() => new("--ner") { Description = "Gold IOB2 file (e.g. UniversalNER): the ner stage tags its tokens; prints span-level exact-match precision, recall and F1 (conlleval) per type and overall, and tokens/s." };

    public static Option<string?> NewErrorsOption() => new("--ner-errors") { Description = "With --ner: write every disagreement (missed, spurious, wrong type, wrong boundaries) to this file, tab-separated, with its sentence." };

    public static int Run(CliContext ctx, string gold, string? models, string? errorsPath = null, string? nerModel = null)
    {
        if (models is not null && !Directory.Exists(models)) throw new UsageException($"--models: directory '{models}' does not exist.");
        CommonOptions.NerModelSettings(nerModel, models); // a usage error for a wrong name
        var r = NerEvaluation.Run(gold, models, nerModel);
        var inv = CultureInfo.InvariantCulture;
        ctx.Out.WriteLine($"gold: {gold}  ({r.Tokens.ToString("N0", inv)} tokens)");
        ctx.Out.WriteLine("type      gold  predicted  correct  precision  recall     F1");
        foreach (var (type, s) in r.ByType) Line(type, s);
        Line("overall", r.Overall);
        if (errorsPath is not null)
        {
            using var w = new StreamWriter(errorsPath);
            w.WriteLine("document\tsentence\tkind\tgold_type\tgold_text\tpredicted_type\tpredicted_text\tsentence_text");
            foreach (var e in r.Errors)
                w.WriteLine(string.Join('\t', e.Document, e.Sentence.ToString(inv), e.Kind, e.GoldType, e.GoldText, e.PredictedType, e.PredictedText, e.SentenceText));
            ctx.Out.WriteLine($"errors: {r.Errors.Count.ToString("N0", inv)} written to {errorsPath}");
        }
        ctx.Out.WriteLine(string.Create(inv, $"speed     {r.TokensPerSecond:N0} tokens/s wall clock, {r.TokensPerCpuSecond:N0} tokens/s of CPU time ({(r.WithTagger ? "tagger + ner" : "ner")}, one thread)"));
        return ExitCodes.Ok;

        void Line(string type, PrfScore s) =>
            ctx.Out.WriteLine(string.Create(inv, $"{type,-8} {s.Gold,5} {s.Predicted,10} {s.Correct,8} {s.Precision,10:F2} {s.Recall,7:F2} {s.F1,6:F2}"));
    }
}
