using System.CommandLine;
using Tacitus.Core;
using Tacitus.Engine;
using Tacitus.Nlp.Parsing;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus train parser</c>: trains the dependency parser (library: <see cref="ParserTrainingRun"/>).</summary>
internal static class TrainParserCommand
{
    public static Command Create(CliContext ctx)
    {
        var train = new Option<string>("--train") { Description = "Training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu.", Required = true };
        var dev = new Option<string>("--dev") { Description = "Development treebank (CoNLL-U) for per-epoch scores and early stopping.", Required = true };
        var output = new Option<string>("--out") { Description = "Directory to write the model to (config.json, meta.json, weights.bin.gz).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Maximum number of epochs (training stops earlier when dev LAS stops improving).", DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and data give the same model.", DefaultValueFactory = _ => 1 };
        var test = new Option<string?>("--test") { Description = "Optional test treebank (CoNLL-U), scored once at the end (tagged like dev) and recorded in meta.json." };
        var tagger = new Option<string?>("--tagger") { Description = "A tagger model directory (the 'tagger' stage): dev is tagged with it, and train too with --train-tags tagger." };
        var trainTags = new Option<string>("--train-tags")
        {
            Description = "Tags to train on: jackknife (default: predicted by an internal 10-fold tagger), tagger (predicted by --tagger) or gold.",
            DefaultValueFactory = _ => "jackknife",
        };
        trainTags.AcceptOnlyFromAmong("jackknife", "tagger", "gold");
        var clusterBits = new Option<int>("--cluster-bits") { Description = "Depth of word clusters learned from the training text, used as extra features (default 0: none; on EWT they did not help).", DefaultValueFactory = _ => 0 };
        var maxMinutes = new Option<double?>("--max-minutes") { Description = "Start no new epoch after this many minutes of training (the log names the last epoch; rerun with --epochs set to it to reproduce)." };
        var ensemble = new Option<int>("--ensemble") { Description = "Train this many parsers (seeds S, S+1, …) and average their weights into one model (no parsing cost).", DefaultValueFactory = _ => 1 };
        var saveTags = new Option<string?>("--save-train-tags") { Description = "Also write the training treebank with the tags the parser trains on (CoNLL-U), e.g. to reuse jack-knifed tags with --train-tags gold." };
        var factored = new Option<bool>("--factored") { Description = "Choose the action from the transition weights alone, then the arc's relation (default: score every labelled transition jointly; see models/README.md)." };
        var ambiguity = new Option<bool>("--ambiguity-classes") { Description = "Give the parser the words' ambiguity classes (the XPOS tags each had in training) as features." };
        var relabelEpochs = new Option<int>("--relabel-epochs") { Description = "Epochs of the second-stage relabeler (default 0: none; it is kept only if it raises dev LAS; on EWT it added < 0.1 LAS).", DefaultValueFactory = _ => 0 };
        var maxPruneLoss = new Option<double>("--max-prune-loss")
        {
            Description = "Pruning drops the weakest feature rows: the most aggressive of 90/85/80/75/70/60/50 % whose dev LAS stays within this many points of the unpruned model is kept (smaller model, faster parsing).",
            DefaultValueFactory = _ => 0.15,
        };
        var cmd = new Command("parser", "Train the dependency parser (arc-hybrid, averaged perceptron, dynamic oracle) with per-epoch dev UAS/LAS and early stopping.");
        cmd.Add(train); cmd.Add(dev); cmd.Add(output); cmd.Add(epochs); cmd.Add(seed); cmd.Add(tagger); cmd.Add(trainTags); cmd.Add(test); cmd.Add(clusterBits); cmd.Add(saveTags); cmd.Add(maxMinutes); cmd.Add(ensemble);
        cmd.Add(factored); cmd.Add(ambiguity); cmd.Add(relabelEpochs); cmd.Add(maxPruneLoss);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (parse.GetValue(epochs) < 1) throw new UsageException("--epochs must be at least 1.");
            if (parse.GetValue(ensemble) is < 1 or > 16) throw new UsageException("--ensemble must be between 1 and 16.");
            if (parse.GetValue(maxPruneLoss) < 0) throw new UsageException("--max-prune-loss must be 0 or more.");
            if (parse.GetValue(clusterBits) is < 0 or > 16) throw new UsageException("--cluster-bits must be between 0 and 16.");
            var tags = parse.GetValue(trainTags) switch
            {
                "gold" => ParserTagSource.Gold,
                "tagger" => ParserTagSource.Tagger,
                _ => ParserTagSource.Jackknife,
            };
            IDocumentProcessor? taggerStage = parse.GetValue(tagger) is { } dir ? LoadTagger(dir) : null;
            if (tags == ParserTagSource.Tagger && taggerStage is null) throw new UsageException("--train-tags tagger needs --tagger DIR.");
            var request = new ParserTrainingRequest(parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!)
            {
                Options = new ParserTrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), ClusterBits = parse.GetValue(clusterBits), Ensemble = parse.GetValue(ensemble),
                    Factored = parse.GetValue(factored), AmbiguityClasses = parse.GetValue(ambiguity), RelabelEpochs = Math.Max(0, parse.GetValue(relabelEpochs)),
                    TimeBudget = parse.GetValue(maxMinutes) is { } mm ? TimeSpan.FromMinutes(mm) : null, MaxPruneLoss = parse.GetValue(maxPruneLoss) },
                SaveTrainTagsPath = parse.GetValue(saveTags),
                TrainTags = tags,
                TestPath = parse.GetValue(test),
                Tagger = taggerStage,
                Command = "tacitus train parser " + string.Join(' ', parse.Tokens.Select(t => t.Value).SkipWhile(v => v != "parser").Skip(1)),
            };
            ParserTrainingRun.Run(request, line => ctx.Error.WriteLine(line));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    /// <summary>The "tagger" stage from the standard catalog, loaded from DIR (a tagger model directory, or a models directory holding tagger/).</summary>
    private static IDocumentProcessor LoadTagger(string dir)
    {
        if (!Directory.Exists(dir)) throw new UsageException($"--tagger: directory '{dir}' does not exist.");
        var catalog = StandardCatalog.Create();
        if (!catalog.Names.Contains("tagger", StringComparer.OrdinalIgnoreCase))
            throw new TacitusException("this build has no 'tagger' stage to tag with");
        var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        var modelDir = Directory.Exists(Path.Combine(full, "tagger")) ? full : Path.GetDirectoryName(full)!;
        if (!Directory.Exists(Path.Combine(modelDir, "tagger")))
            throw new UsageException($"--tagger: '{dir}' is neither a directory named 'tagger' nor one that holds tagger/.");
        return catalog.Create("tagger", new PipelineConfig(["tagger"], modelDir));
    }
}
