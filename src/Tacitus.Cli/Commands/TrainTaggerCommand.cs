using System.CommandLine;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus train tagger</c>: the averaged-perceptron POS tagger (UPOS, XPOS, FEATS) from CoNLL-U.</summary>
internal static class TrainTaggerCommand
{
    public static Command Create(CliContext ctx)
    {
        var o = new TrainingCommandOptions();
        var cmd = new Command("tagger", "Train the part-of-speech tagger (UPOS + XPOS + FEATS) on CoNLL-U, keeping the epoch with the best dev UPOS.");
        o.AddTo(cmd);
        var tagLexicon = new Option<string?>("--tag-lexicon")
        {
            Description = "An external word → tags lexicon whose tag sets become features (e.g. npm en-lexicon's dist/lexicon.js, lines \"word\": \"VBD|VBN\", or word<TAB>TAG|TAG lines); compiled into the model.",
        };
        cmd.Add(tagLexicon);
        var patience = new Option<int?>("--patience") { Description = "Stop after this many epochs without a better dev UPOS (default 3)." };
        cmd.Add(patience);
        var ensemble = new Option<int>("--ensemble") { Description = "Train this many taggers (seeds S, S+1, …) and average their weights into one model (no tagging cost).", DefaultValueFactory = _ => 1 };
        cmd.Add(ensemble);
        var jackknife = new Option<bool>("--jackknife")
        {
            Description = "Instead of a model, write OUT/train-jackknifed.conllu: the training treebank with jack-knifed UPOS/XPOS (each of --jackknife-folds contiguous blocks tagged by a tagger trained with these options on the others). Train the parser on it with --train-tags gold.",
        };
        var folds = new Option<int>("--jackknife-folds") { Description = "Number of blocks for --jackknife.", DefaultValueFactory = _ => 10 };
        cmd.Add(jackknife);
        cmd.Add(folds);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            var options = new TaggerTrainingOptions { Seed = parse.GetValue(o.Seed) };
            if (o.EpochsOf(parse) is { } e) options = options with { Epochs = e };
            if (parse.GetValue(patience) is { } p) options = options with { Patience = p };
            if (parse.GetValue(ensemble) is < 1 or > 16) throw new UsageException("--ensemble must be between 1 and 16.");
            options = options with { Ensemble = parse.GetValue(ensemble) };
            if (parse.GetValue(tagLexicon) is { } lex)
                options = options with { ExternalLexicon = ExternalTagLexicon.Compile(ExternalTagLexicon.Read(lex)), ExternalLexiconSource = lex };
            var train = TrainingCommandOptions.ReadConllu(parse.GetValue(o.Train)!, "training");
            var dev = parse.GetValue(o.Dev) is { } d ? TrainingCommandOptions.ReadConllu(d, "dev") : [];
            if (parse.GetValue(jackknife))
            {
                Directory.CreateDirectory(parse.GetValue(o.Out)!);
                var jkPath = Path.Combine(parse.GetValue(o.Out)!, "train-jackknifed.conllu");
                int k = parse.GetValue(folds);
                if (k < 2) throw new UsageException("--jackknife-folds must be at least 2.");
                var tagged = TaggerTrainer.Jackknife(train, dev, k, options, f => ctx.Error.WriteLine($"jackknife: fold {f}/{k} tagged"));
                var agreement = Tacitus.Nlp.Scoring.ConlluScorer.Score(train, tagged);
                using (var writer = new StreamWriter(jkPath))
                    Tacitus.Nlp.Conllu.ConlluWriter.Write(writer, tagged);
                ctx.Out.WriteLine($"wrote {jkPath}: {train.Count:N0} sentences with jack-knifed tags (UPOS {agreement.Upos:F2} %, XPOS {agreement.Xpos:F2} % against the gold tags)");
                return ExitCodes.Ok;
            }
            var tagger = TrainingProgressView.Run(ctx, "tagger", options.Epochs, report => TaggerTrainer.Train(train, dev, options, report));
            var scores = dev.Count > 0 ? TaggerTrainer.Evaluate(tagger, dev).ToDictionary(p => "dev." + p.Key, p => p.Value) : [];
            var outDir = parse.GetValue(o.Out)!;
            tagger.Save(outDir, o.Metadata(parse, ctx, PosTagger.Component, scores));
            ctx.Out.WriteLine($"saved {outDir} ({tagger.Model.FeatureCount:N0} features, {tagger.Model.WeightCount:N0} weights){(scores.Count > 0 ? $"; dev UPOS {scores["dev.upos"]:F2}, XPOS {scores["dev.xpos"]:F2}, UFeats {scores["dev.ufeats"]:F2}" : "")}");
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
