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
    /// <summary>Train this many perceptrons (seeds Seed, Seed+1, …) and average their weights into one model.</summary>
    public int Ensemble { get; init; } = 1;
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
            ["feature_templates"] = lexicon.HasExternal ? 45 : 37,
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

        // Each member is one averaged perceptron with its own shuffling seed, early-stopped on dev; their weights are
        // averaged into one model (an ensemble at no tagging cost). One member is the plain tagger.
        int ensemble = Math.Max(1, options.Ensemble);
        var members = new List<SparseLinearModel>(ensemble);
        double bestScore = double.NegativeInfinity;
        for (int m = 0; m < ensemble; m++)
        {
            var (model, score) = TrainMember(sentences, dev, C, options, options.Seed + m, lexicon.HasExternal, Make, progress, total);
            members.Add(model);
            bestScore = score;
        }
        var best = Make((members.Count == 1 ? members[0] : SparseLinearModel.Average(members)).RoundedToHalf());
        if (members.Count > 1)
        {
            config["ensemble"] = members.Count;
            bestScore = dev.Count > 0 ? Evaluate(best, dev)["upos"] : bestScore;
        }
        config["trained_epochs_best_dev_upos"] = Math.Round(bestScore, 2).ToString(CultureInfo.InvariantCulture);
        return best;
    }

    /// <summary>One perceptron trained with shuffling seed <paramref name="seed"/>: its best epoch by dev UPOS (frozen, not yet rounded) and that score.</summary>
    private static (SparseLinearModel Model, double DevUpos) TrainMember((WordInfo[] Infos, int[] Gold)[] sentences, IReadOnlyList<ConlluSentence> dev, int classes,
        TaggerTrainingOptions options, int seed, bool external, Func<SparseLinearModel, PosTagger> make, Action<EpochReport>? progress, Stopwatch total)
    {
        var perceptron = new AveragedPerceptron(classes);
        var random = new Random(seed);
        var order = Enumerable.Range(0, sentences.Length).ToArray();
        Span<ulong> f = stackalloc ulong[TaggerFeatures.Max];
        var scores = new float[classes];
        SparseLinearModel? best = null;
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
                    int n = TaggerFeatures.Extract(infos, i, p1, p2, f, external);
                    int guess = perceptron.Predict(f[..n], scores);
                    perceptron.Update(f[..n], gold[i], guess);
                    perceptron.Tick();
                    if (guess == gold[i]) correct++;
                    seen++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var frozen = perceptron.Freeze(options.PruneBelow);
            // Without a dev file there are no dev scores, and the training accuracy picks the epoch.
            var devScores = dev.Count > 0 ? Evaluate(make(frozen.RoundedToHalf()), dev) : new Dictionary<string, double>();
            double score = dev.Count > 0 ? devScores["upos"] : 100.0 * correct / Math.Max(1, seen);
            bool isBest = score > bestScore;
            if (isBest)
            {
                best = frozen;
                bestScore = score;
                sinceBest = 0;
            }
            else sinceBest++;
            progress?.Invoke(new EpochReport(epoch, options.Epochs, 100.0 * correct / Math.Max(1, seen), devScores, isBest, total.Elapsed) { Watched = "upos" });
            if (sinceBest >= options.Patience) break;
        }
        return (best!, bestScore);
    }

    /// <summary>
    /// Jack-knifed tags for <paramref name="train"/>: it is cut into <paramref name="folds"/> contiguous blocks, each tagged
    /// by a tagger trained (with <paramref name="options"/>, early-stopped on <paramref name="dev"/>) on the other blocks.
    /// The result is the training set with predicted UPOS and XPOS — what a parser should train on, since its input at
    /// run time is tagged by a tagger that never saw the text. Contiguous blocks hold whole documents, so the tags are
    /// about as wrong as on new text. Everything but UPOS/XPOS is kept.
    /// </summary>
    public static List<ConlluSentence> Jackknife(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, int folds, TaggerTrainingOptions options, Action<int>? foldDone = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (folds < 2 || folds > train.Count) throw new TacitusException($"jack-knifing needs between 2 and {train.Count} folds");
        return [.. ContiguousFolds.Jackknife(train, folds, (f, rest, held) =>
        {
            var tagger = Train(rest, dev, options);
            var tagged = held.Select(s =>
            {
                if (s.Words.Length == 0) return s;
                var tags = tagger.Tag([.. s.Words.Select(w => w.Form)]);
                return s with { Words = [.. s.Words.Select((w, k) => w with { Upos = tags[k].Upos, Xpos = tags[k].Xpos })] };
            }).ToList();
            foldDone?.Invoke(f + 1);
            return tagged;
        })];
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
