using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Tacitus.Core;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Tagging;

public sealed record TaggerTrainingOptions : PerceptronTrainingOptions
{
    /// <summary>Words seen at least this often in training get an ambiguity-class feature.</summary>
    public int MinAmbiguityCount { get; init; } = 2;
    /// <summary>Words seen at least this often get a distributional cluster (0 = no clusters).</summary>
    public int MinClusterCount { get; init; } = 3;
    /// <summary>Depth of the binary cluster tree (2^bits leaves).</summary>
    public int ClusterBits { get; init; } = 8;
    /// <summary>An external word → tag-set lexicon compiled by <see cref="ExternalTagLexicon.Compile"/> (null = none).</summary>
    public Dictionary<ulong, ulong>? ExternalLexicon { get; init; }
    /// <summary>Where <see cref="ExternalLexicon"/> came from, for the model's config.</summary>
    public string? ExternalLexiconSource { get; init; }
}

/// <summary>Trains a <see cref="PosTagger"/> on CoNLL-U sentences with early stopping on dev UPOS.</summary>
public static class TaggerTrainer
{
    public static PosTagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, TaggerTrainingOptions options, Action<EpochReport>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (train.Count == 0) throw new TacitusException("tagger training: the training file has no sentences");
        var total = Stopwatch.StartNew();

        // Tag inventory: joint UPOS+XPOS, most frequent first (ties by name) so indices are stable.
        var tagCounts = new Dictionary<(string, string?), int>();
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                var key = (w.Upos ?? "X", w.Xpos);
                tagCounts[key] = tagCounts.GetValueOrDefault(key) + 1;
            }
        var tags = tagCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2 ?? "", StringComparer.Ordinal).Select(p => p.Key).ToArray();
        if (tags.Length < 2) throw new TacitusException("tagger training: need at least two different tags in the training data");
        var tagIndex = new Dictionary<(string, string?), int>();
        for (int i = 0; i < tags.Length; i++) tagIndex[tags[i]] = i;
        int C = tags.Length;

        // Word-type knowledge from the training text: ambiguity classes and distributional clusters.
        var wordCounts = new Dictionary<ulong, int>();
        var wordTags = new Dictionary<ulong, SortedSet<int>>();
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                var h = FeatureHash.OfNormalized(w.Form);
                wordCounts[h] = wordCounts.GetValueOrDefault(h) + 1;
                if (!wordTags.TryGetValue(h, out var set)) wordTags[h] = set = [];
                set.Add(tagIndex[(w.Upos ?? "X", w.Xpos)]);
            }
        var ambiguity = new Dictionary<ulong, ulong>();
        foreach (var (h, set) in wordTags)
        {
            if (wordCounts[h] < options.MinAmbiguityCount) continue;
            ulong a = 0xA3B195354A39B70DUL;
            foreach (var t in set) a = FeatureHash.Feature(99, a, (ulong)t);
            ambiguity[h] = a;
        }
        var clusters = options.MinClusterCount > 0
            ? WordClusters.Learn(train.Select(s => s.Words.Select(w => w.Form).ToArray()).ToList(), options.MinClusterCount, options.ClusterBits, options.Seed)
            : [];
        var lexicon = new WordLexicon(ambiguity, clusters, options.ClusterBits, options.ExternalLexicon);
        var feats = FeatsLexicon.Build(C, train.SelectMany(s => s.Words).Select(w => (FeatureHash.OfNormalized(w.Form), tagIndex[(w.Upos ?? "X", w.Xpos)], w.Feats)));

        var config = new JsonObject
        {
            ["model"] = "greedy averaged perceptron, joint UPOS+XPOS classes, FEATS by lexicon",
            ["feature_templates"] = lexicon.HasExternal ? 42 : 37,
            ["min_ambiguity_count"] = options.MinAmbiguityCount,
            ["min_cluster_count"] = options.MinClusterCount,
            ["cluster_bits"] = options.ClusterBits,
            ["max_epochs"] = options.Epochs,
            ["patience"] = options.Patience,
            ["seed"] = options.Seed,
            ["prune_below"] = options.PruneBelow,
        };
        if (lexicon.HasExternal)
        {
            config["external_lexicon_entries"] = lexicon.ExternalCount;
            config["external_lexicon"] = options.ExternalLexiconSource;
        }
        var upos = tags.Select(t => t.Item1).ToArray();
        var xpos = tags.Select(t => t.Item2).ToArray();
        PosTagger Make(SparseLinearModel m) => new(upos, xpos, m, lexicon, feats, config);

        // Words described once; the gold classes beside them.
        var protoTagger = Make(new AveragedPerceptron(C).Freeze());
        var sentences = train.Where(s => s.Words.Length > 0).Select(s =>
        {
            var infos = new WordInfo[s.Words.Length];
            var gold = new int[s.Words.Length];
            for (int i = 0; i < infos.Length; i++)
            {
                infos[i] = protoTagger.Describe(s.Words[i].Form, i == 0);
                gold[i] = tagIndex[(s.Words[i].Upos ?? "X", s.Words[i].Xpos)];
            }
            return (Infos: infos, Gold: gold);
        }).ToArray();

        var perceptron = new AveragedPerceptron(C);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Length).ToArray();
        Span<ulong> f = stackalloc ulong[TaggerFeatures.Max];
        var scores = new float[C];
        PosTagger? best = null;
        double bestScore = double.NegativeInfinity;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle.InPlace(order, random);
            long correct = 0, seen = 0;
            foreach (int si in order)
            {
                var (infos, gold) = sentences[si];
                int p1 = -1, p2 = -1;
                for (int i = 0; i < infos.Length; i++)
                {
                    int n = TaggerFeatures.Extract(infos, i, p1, p2, f, lexicon.HasExternal);
                    int guess = perceptron.Predict(f[..n], scores);
                    perceptron.Update(f[..n], gold[i], guess);
                    perceptron.Tick();
                    if (guess == gold[i]) correct++;
                    seen++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var candidate = Make(perceptron.Freeze(options.PruneBelow).RoundedToHalf());
            var devScores = dev.Count > 0 ? Evaluate(candidate, dev) : new Dictionary<string, double> { ["upos"] = 100.0 * correct / Math.Max(1, seen) };
            double score = devScores["upos"];
            bool isBest = score > bestScore;
            if (isBest)
            {
                best = candidate;
                bestScore = score;
                sinceBest = 0;
            }
            else sinceBest++;
            progress?.Invoke(new EpochReport(epoch, options.Epochs, 100.0 * correct / Math.Max(1, seen), devScores, isBest, total.Elapsed) { Watched = "upos" });
            if (sinceBest >= options.Patience) break;
        }
        config["trained_epochs_best_dev_upos"] = Math.Round(bestScore, 2).ToString(CultureInfo.InvariantCulture);
        return best!;
    }

    /// <summary>UPOS, XPOS, UFeats and joint tag accuracy (percent) of <paramref name="tagger"/> on gold sentences.</summary>
    public static Dictionary<string, double> Evaluate(PosTagger tagger, IReadOnlyList<ConlluSentence> gold)
    {
        long n = 0, upos = 0, xpos = 0, feats = 0, all = 0;
        foreach (var s in gold)
        {
            if (s.Words.Length == 0) continue;
            var infos = new WordInfo[s.Words.Length];
            for (int i = 0; i < infos.Length; i++) infos[i] = tagger.Describe(s.Words[i].Form, i == 0);
            var classes = new int[infos.Length];
            tagger.Tag(infos, classes);
            for (int i = 0; i < infos.Length; i++)
            {
                var w = s.Words[i];
                int c = classes[i];
                bool u = tagger.UposOf(c) == w.Upos, x = tagger.XposOf(c) == w.Xpos;
                bool fe = Scoring.ConlluScorer.SameFeats(tagger.FeatsOf(infos[i], c), w.Feats);
                n++;
                if (u) upos++;
                if (x) xpos++;
                if (fe) feats++;
                if (u && x && fe) all++;
            }
        }
        double P(long k) => n == 0 ? 0 : 100.0 * k / n;
        return new Dictionary<string, double> { ["upos"] = P(upos), ["xpos"] = P(xpos), ["ufeats"] = P(feats), ["alltags"] = P(all) };
    }
}
