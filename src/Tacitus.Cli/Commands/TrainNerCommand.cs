using System.CommandLine;
using Tacitus.Nlp.Ner;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus train ner</c>: the PER/ORG/LOC recognizer from IOB2 (UniversalNER), with a gazetteer compiled from GeoNames-derived tables.</summary>
internal static class TrainNerCommand
{
    public static Command Create(CliContext ctx)
    {
        var o = new TrainingCommandOptions();
        var geo = new Option<string?>("--geo") { Description = "Directory with countries.tsv and cities.tsv: their names are compiled into the model as gazetteer features (omit for none)." };
        var cmd = new Command("ner", "Train the named-entity recognizer (PER, ORG, LOC; IOB2 files such as UniversalNER), keeping the epoch with the best dev span F1.");
        o.AddTo(cmd);
        cmd.Add(geo);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var options = new NerTrainingOptions { Seed = parse.GetValue(o.Seed) };
            if (o.EpochsOf(parse) is { } e) options = options with { Epochs = e };
            var train = IobReader.ReadFile(parse.GetValue(o.Train)!).ToList();
            var dev = parse.GetValue(o.Dev) is { } d ? IobReader.ReadFile(d).ToList() : [];
            var gazetteer = parse.GetValue(geo) is { } g ? Gazetteer.Build(g) : Gazetteer.Empty;
            var ner = TrainingProgressView.Run(ctx, "ner", options.Epochs, report => NerTrainer.Train(train, dev, gazetteer, options, report));
            var scores = dev.Count > 0 ? NerTrainer.Evaluate(ner, dev).ToDictionary(p => "dev." + p.Key, p => p.Value) : [];
            var outDir = parse.GetValue(o.Out)!;
            ner.Save(outDir, o.Metadata(parse, ctx, EntityRecognizer.Component, scores));
            ctx.Out.WriteLine($"saved {outDir} ({ner.Model.FeatureCount:N0} features, {ner.Model.WeightCount:N0} weights, {gazetteer.Count:N0} gazetteer phrases){(scores.Count > 0 ? $"; dev P {scores["dev.precision"]:F2} R {scores["dev.recall"]:F2} F1 {scores["dev.f1"]:F2}" : "")}");
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
