using System.CommandLine;
using Tacitus.Nlp.Lemmatization;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus train lemmatizer</c>: edit-script lemmatizer from CoNLL-U (counting; --epochs and --seed do not change it).</summary>
internal static class TrainLemmatizerCommand
{
    public static Command Create(CliContext ctx)
    {
        var o = new TrainingCommandOptions();
        var cmd = new Command("lemmatizer", "Train the lemmatizer (exception lexicon + suffix edit rules) on CoNLL-U; the rule suffix length is chosen by dev lemma accuracy. Counting only: --epochs and --seed have no effect.");
        o.AddTo(cmd);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var options = new LemmatizerTrainingOptions();
            var train = TrainingCommandOptions.ReadConllu(parse.GetValue(o.Train)!, "training");
            var dev = parse.GetValue(o.Dev) is { } d ? TrainingCommandOptions.ReadConllu(d, "dev") : [];
            var lemmatizer = TrainingProgressView.Run(ctx, "lemmatizer", options.SuffixLengths.Count, report => LemmatizerTrainer.Train(train, dev, options, report));
            var scores = new Dictionary<string, double>();
            if (dev.Count > 0) scores["dev.lemma_gold_tags"] = LemmatizerTrainer.Evaluate(lemmatizer, dev);
            var outDir = parse.GetValue(o.Out)!;
            lemmatizer.Save(outDir, o.Metadata(parse, ctx, Lemmatizer.Component, scores));
            ctx.Out.WriteLine($"saved {outDir} ({lemmatizer.LexiconSize:N0} exceptions, {lemmatizer.RuleCount:N0} suffix rules, max suffix {lemmatizer.MaxSuffix}){(dev.Count > 0 ? $"; dev lemma (gold tags) {scores["dev.lemma_gold_tags"]:F2}" : "")}");
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
