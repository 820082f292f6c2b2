using System.CommandLine;
using Tacitus.Core;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Models;

namespace Tacitus.Cli.Commands;

/// <summary>The options every <c>tacitus train COMPONENT</c> subcommand takes.</summary>
internal sealed class TrainingCommandOptions
{
    public Option<string> Train { get; } = new("--train") { Description = "Training file (CoNLL-U, or IOB2 for ner).", Required = true };
    public Option<string?> Dev { get; } = new("--dev") { Description = "Development file: scored after every epoch; the best epoch is kept (early stopping)." };
    public Option<string> Out { get; } = new("--out") { Description = "Directory to write the model to (config.json, meta.json, weights.bin.gz).", Required = true };
    public Option<int?> Epochs { get; } = new("--epochs") { Description = "Maximum number of epochs." };
    public Option<int> Seed { get; } = new("--seed") { Description = "Random seed (shuffling); the same seed and data give the same model.", DefaultValueFactory = _ => 1 };

    public void AddTo(Command command)
    {
        command.Add(Train);
        command.Add(Dev);
        command.Add(Out);
        command.Add(Epochs);
        command.Add(Seed);
    }

    public int? EpochsOf(ParseResult parse)
    {
        var e = parse.GetValue(Epochs);
        if (e is < 1 or > 1000) throw new UsageException($"--epochs must be between 1 and 1000, got {e}.");
        return e;
    }

    public static List<ConlluSentence> ReadConllu(string path, string what)
    {
        if (!File.Exists(path)) throw new TacitusException($"{path}: no such {what} file");
        return ConlluReader.ReadFile(path).ToList();
    }

    /// <summary>Metadata for a model trained by this command line.</summary>
    public ModelMetadata Metadata(ParseResult parse, CliContext ctx, string component, IReadOnlyDictionary<string, double> scores)
    {
        var train = Path.GetFileName(parse.GetValue(Train));
        var dev = parse.GetValue(Dev) is { } d ? Path.GetFileName(d) : null;
        return new ModelMetadata
        {
            Component = component,
            TrainedOn = dev is null ? train : $"{train} (early stopping on {dev})",
            Command = "tacitus " + string.Join(' ', parse.Tokens.Select(t => t.Value)),
            Created = ctx.Clock.GetUtcNow(),
            Scores = scores.ToDictionary(p => p.Key, p => Math.Round(p.Value, 2)),
        };
    }
}
