using System.Diagnostics;
using System.Text.Json.Nodes;
using Tacitus.Core;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Scoring;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Nlp.Ner;

public sealed record NerTrainingOptions : PerceptronTrainingOptions
{
    public int MinClusterCount { get; init; } = 3;
    public int ClusterBits { get; init; } = 10;
}

/// <summary>Trains an <see cref="EntityRecognizer"/> on IOB2 sentences with early stopping on dev span F1.</summary>
public static class NerTrainer
{
    public static EntityRecognizer Train(IReadOnlyList<IobSentence> train, IReadOnlyList<IobSentence> dev, Gazetteer gazetteer, NerTrainingOptions options, Action<EpochReport>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (train.Count == 0) throw new TacitusException("ner training: the training file has no sentences");
        var clock = Stopwatch.StartNew();
        var labels = NerLabels.All.ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var clusters = options.MinClusterCount > 0
            ? WordClusters.Learn(train.Select(s => s.Tokens.ToArray()).ToList(), options.MinClusterCount, options.ClusterBits, options.Seed)
            : [];
        var lexicon = new WordLexicon([], clusters, options.ClusterBits);
        var config = new JsonObject
        {
            ["model"] = "greedy averaged perceptron, IOB2 PER/ORG/LOC, transition-constrained",
            ["feature_templates"] = 36,
            ["min_cluster_count"] = options.MinClusterCount,
            ["cluster_bits"] = options.ClusterBits,
            ["gazetteer_phrases"] = gazetteer.Count,
            ["max_epochs"] = options.Epochs,
            ["patience"] = options.Patience,
            ["seed"] = options.Seed,
            ["prune_below"] = options.PruneBelow,
        };
        EntityRecognizer Make(SparseLinearModel m) => new(labels, m, lexicon, gazetteer, config);
        var proto = Make(new AveragedPerceptron(labels.Length).Freeze());
        var data = train.Where(s => s.Tokens.Length > 0).Select(s =>
        {
            var words = new NerWord[s.Tokens.Length];
            proto.Describe(new StringForms(s.Tokens), s.Tokens.Length, words);
            var gold = s.Tags.Select(t => labelIndex[NerLabels.Fold(t)]).ToArray();
            return (Words: words, Gold: gold);
        }).ToArray();

        var perceptron = new AveragedPerceptron(labels.Length);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, data.Length).ToArray();
        Span<ulong> f = stackalloc ulong[NerFeatures.Max];
        var scores = new float[labels.Length];
        EntityRecognizer? best = null;
        double bestScore = double.NegativeInfinity;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle.InPlace(order, random);
            long correct = 0, seen = 0;
            foreach (int si in order)
            {
                var (words, gold) = data[si];
                int p1 = -1, p2 = -1;
                for (int i = 0; i < words.Length; i++)
                {
                    int n = NerFeatures.Extract(words, i, p1, p2, f);
                    perceptron.Score(f[..n], scores);
                    int guess = proto.BestAllowed(scores, p1);
                    perceptron.Update(f[..n], gold[i], guess);
                    perceptron.Tick();
                    if (guess == gold[i]) correct++;
                    seen++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var candidate = Make(perceptron.Freeze(options.PruneBelow).RoundedToHalf());
            var devScores = dev.Count > 0 ? Evaluate(candidate, dev).ToDictionary() : new Dictionary<string, double> { ["f1"] = 100.0 * correct / Math.Max(1, seen) };
            double score = devScores["f1"];
            bool isBest = score > bestScore;
            if (isBest) { best = candidate; bestScore = score; sinceBest = 0; }
            else sinceBest++;
            progress?.Invoke(new EpochReport(epoch, options.Epochs, 100.0 * correct / Math.Max(1, seen), devScores, isBest, clock.Elapsed) { Watched = "f1" });
            if (sinceBest >= options.Patience) break;
        }
        return best!;
    }

    /// <summary>Span-level precision, recall and F1 (conlleval) of <paramref name="recognizer"/> on gold sentences.</summary>
    public static IReadOnlyDictionary<string, double> Evaluate(EntityRecognizer recognizer, IReadOnlyList<IobSentence> gold)
    {
        var scorer = new NerScorer();
        foreach (var s in gold) scorer.Add(s.Tags.Select(NerLabels.Fold).ToArray(), recognizer.Tag(s.Tokens));
        var r = scorer.Overall;
        return new Dictionary<string, double> { ["precision"] = r.Precision, ["recall"] = r.Recall, ["f1"] = r.F1 };
    }
}
