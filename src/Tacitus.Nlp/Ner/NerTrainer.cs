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
    /// <summary>A word needs this many non-initial occurrences in the training text to get a casing class.</summary>
    public int MinCasingCount { get; init; } = 2;
    /// <summary>Train this many perceptrons with different shuffles (seeds Seed, Seed+1, …) and average them.</summary>
    public int Ensemble { get; init; } = 1;
    /// <summary>
    /// Word dropout: in each epoch every training word is, with this probability, seen as an unknown word (its identity,
    /// affixes, cluster and casing class hidden; shape, casing, gazetteer and context kept), so the model learns to
    /// recognise names it has not memorised.
    /// </summary>
    public double WordDropout { get; init; }

    /// <summary>
    /// Unlabelled sentences (see <see cref="UnlabelledText"/>) added to the training words when learning the word
    /// clusters, and, with <see cref="CasingFromUnlabelled"/>, the casing classes: names the labelled text never shows
    /// still get a cluster and a casing class.
    /// </summary>
    public IReadOnlyList<string[]> Unlabelled { get; init; } = [];

    public bool CasingFromUnlabelled { get; init; }

    /// <summary>
    /// Pre-trained word vectors (<see cref="WordEmbeddings"/>): when given, the word clusters come from them
    /// (<see cref="WordClusters.FromVectors"/>) instead of from the training and unlabelled text.
    /// </summary>
    public WordEmbeddings? Embeddings { get; init; }

    /// <summary>
    /// With <see cref="Embeddings"/>: also train a <see cref="WindowNetwork"/> over the first <see cref="NetworkWords"/>
    /// word vectors (compiled into the model) whose log-probabilities join the perceptron's scores, weighted as dev
    /// chooses. Null: no network.
    /// </summary>
    public WindowNetworkOptions? Network { get; init; }

    public int NetworkWords { get; init; } = 100_000;

    /// <summary>Train this many networks (seeds Network.Seed, +1, …) and average their log-probabilities.</summary>
    public int NetworkEnsemble { get; init; } = 1;

    /// <summary>
    /// Settings chosen on dev by an earlier run (its config's <c>network_weight</c>, <c>outside_penalty</c> and
    /// <c>type_bonus</c>): used as they are instead of being tuned, so a model can be trained on train + dev with the
    /// settings a train-only run chose. Null: tune on dev (when there is one).
    /// </summary>
    public JsonObject? FixedSettings { get; init; }

    /// <summary>
    /// With <see cref="Network"/>: a pre-trained contextual encoder whose vector for each word the network's hidden layer
    /// also reads (the model then runs it on every sentence it tags). Null: none.
    /// </summary>
    public ContextualEncoder? Encoder { get; init; }

    /// <summary>Where <see cref="Embeddings"/> came from (recorded in the model's config).</summary>
    public string? EmbeddingsSource { get; init; }
}

/// <summary>
/// Trains an <see cref="EntityRecognizer"/> on IOB2 sentences: a structured averaged perceptron (each sentence decoded
/// with Viterbi under the current weights, then updated where the best path leaves the gold one), keeping the epoch with
/// the best dev span F1.
/// </summary>
public static class NerTrainer
{
    public static EntityRecognizer Train(IReadOnlyList<IobSentence> train, IReadOnlyList<IobSentence> dev, Gazetteer gazetteer, NerTrainingOptions options, Action<EpochReport>? progress = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (train.Count == 0) throw new TacitusException("ner training: the training file has no sentences");
        var clock = Stopwatch.StartNew();
        var labels = NerLabels.All.ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var text = train.Select(s => s.Tokens.ToArray()).Concat(options.Unlabelled).ToList();
        var clusters = options.Embeddings is { } vectors ? WordClusters.FromVectors(vectors, options.ClusterBits, options.Seed)
            : options.MinClusterCount > 0 ? WordClusters.Learn(text, options.MinClusterCount, options.ClusterBits, options.Seed)
            : [];
        var casing = CasingClasses(options.CasingFromUnlabelled ? text : train.Select(s => s.Tokens.ToArray()), options.MinCasingCount);
        var lexicon = new WordLexicon(casing, clusters, options.ClusterBits);
        var config = new JsonObject
        {
            ["model"] = "structured averaged perceptron, first-order Viterbi over IOB2 PER/ORG/LOC (valid transitions only)",
            ["format"] = 4,
            ["min_cluster_count"] = options.MinClusterCount,
            ["cluster_bits"] = options.ClusterBits,
            ["min_casing_count"] = options.MinCasingCount,
            ["ensemble"] = options.Ensemble,
            ["word_dropout"] = options.WordDropout,
            ["unlabelled_sentences"] = options.Unlabelled.Count,
            ["casing_from_unlabelled"] = options.CasingFromUnlabelled,
            ["casing_words"] = casing.Count,
            ["cluster_source"] = options.Embeddings is { } e ? $"word vectors: {options.EmbeddingsSource ?? "given"} ({e.Count} words, {e.Dimensions} dimensions)" : "training text",
            ["cluster_words"] = clusters.Count,
            ["gazetteer_phrases"] = gazetteer.Count,
            ["uses_upos"] = train.Any(s => !s.Upos.IsDefaultOrEmpty),
            ["max_epochs"] = options.Epochs,
            ["patience"] = options.Patience,
            ["seed"] = options.Seed,
            ["prune_below"] = options.PruneBelow,
        };
        int pairClasses = (labels.Length + 1) * labels.Length;
        EntityRecognizer Make((SparseLinearModel Obs, SparseLinearModel Pairs) m) => new(labels, m.Obs, m.Pairs, lexicon, gazetteer, config);
        var proto = Make((new AveragedPerceptron(labels.Length).Freeze(), new AveragedPerceptron(pairClasses).Freeze()));
        var trainWithWords = train.Where(s => s.Tokens.Length > 0).ToArray();
        var data = trainWithWords.Select(s =>
        {
            var words = new NerWord[s.Tokens.Length];
            proto.Describe(new StringForms(s.Tokens, s.UposOrNull), s.Tokens.Length, words);
            var gold = s.Tags.Select(t => labelIndex[NerLabels.Fold(t)]).ToArray();
            return (Words: words, Gold: gold);
        }).ToArray();

        var allowed = proto.AllowedTable;
        var members = new List<(SparseLinearModel Obs, SparseLinearModel Pairs)>();
        for (int member = 0; member < Math.Max(1, options.Ensemble); member++)
        {
            // Each member reports its own epochs; its best epoch (by dev F1) joins the average.
            var (model, _) = TrainOne(data, dev, options, options.Seed + member, labels.Length, allowed, Make, progress, clock);
            members.Add(model);
        }
        var averaged = members.Count == 1 ? members[0]
            : (SparseLinearModel.Average([.. members.Select(m => m.Obs)]).RoundedToHalf(), SparseLinearModel.Average([.. members.Select(m => m.Pairs)]).RoundedToHalf());
        NetworkEnsemble? network = null;
        if (options.Network is { } netOptions && options.Embeddings is { } emb)
        {
            var table = WordVectorTable.From(emb, options.NetworkWords);
            int networkCount = Math.Max(1, options.NetworkEnsemble);
            var networkConfig = new JsonObject
            {
                ["model"] = $"feed-forward, ±{WindowNetwork.Window} words, learned projection of pre-trained vectors, one ReLU layer, {(netOptions.Context > 0 ? "a bidirectional LSTM over it, " : "")}log-softmax",
                ["members"] = networkCount,
                ["vector_words"] = table.Count,
                ["vector_dimensions"] = table.Dimensions,
                ["projection"] = netOptions.Projection,
                ["hidden"] = netOptions.Hidden,
                ["max_epochs"] = netOptions.Epochs,
                ["input_dropout"] = netOptions.InputDropout,
                ["hidden_dropout"] = netOptions.HiddenDropout,
                ["learning_rate"] = netOptions.LearningRate,
                ["seed"] = netOptions.Seed,
            };
            // Options left at their default (off) are not written, so configs of models trained without them stay as they were.
            if (netOptions.WordDropout > 0) networkConfig["word_dropout"] = netOptions.WordDropout;
            if (netOptions.Averaging > 0) networkConfig["averaging"] = netOptions.Averaging;
            if (netOptions.Context > 0) networkConfig["context"] = netOptions.Context;
            (IReadOnlyList<float[]> Vectors, int Dimensions)? encoded = null;
            if (options.Encoder is { } enc)
            {
                networkConfig["encoder"] = ContextualEncoder.Name;
                networkConfig["encoder_source"] = ContextualEncoder.Source;
                networkConfig["encoder_dimensions"] = enc.Dimensions;
                networkConfig["encoder_layers"] = new JsonArray([.. enc.Layers.Select(l => (JsonNode)l)]);
                var encodeClock = Stopwatch.StartNew();
                var vectorsOf = new float[data.Length][];
                // Both cores: the encoder runs one intra-op thread per call, so sentences go in parallel.
                Parallel.For(0, data.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                {
                    var s = trainWithWords[i];
                    vectorsOf[i] = new float[s.Tokens.Length * enc.Dimensions];
                    enc.Encode(new StringForms(s.Tokens), s.Tokens.Length, vectorsOf[i]);
                });
                log?.Invoke($"encoded {data.Length} training sentences with {ContextualEncoder.Name} in {encodeClock.Elapsed.TotalSeconds:F0} s");
                encoded = (vectorsOf, enc.Dimensions);
            }
            config["network"] = networkConfig;
            // Each member (seeds seed, seed+1, …) keeps its epoch with the best dev F1 of the perceptron plus it alone,
            // at the best of a few weights.
            var trainingData = data.Select(d => (d.Words, d.Gold)).ToArray();
            var trained = new List<WindowNetwork>();
            for (int m = 0; m < networkCount; m++)
                trained.Add(WindowNetwork.Train(trainingData, table, labels.Length, netOptions with { Seed = netOptions.Seed + m },
                    dev.Count == 0 ? null : candidate => NetworkWeights.Max(weight => Evaluate(WithNetwork(config, averaged, new NetworkEnsemble([candidate]), weight), dev)["f1"]),
                    log, encoded));
            network = new NetworkEnsemble(trained);
        }
        EntityRecognizer WithNetwork(JsonObject cfg, (SparseLinearModel Obs, SparseLinearModel Pairs) m, NetworkEnsemble? net, double weight)
        {
            var c = (JsonObject)cfg.DeepClone();
            if (net is not null) c["network_weight"] = weight;
            return new(labels, m.Obs, m.Pairs, lexicon, gazetteer, c, net, options.Encoder);
        }
        var chosen = network is null ? Make(averaged) : WithNetwork(config, averaged, network, NetworkWeights[0]);
        if (options.FixedSettings is { } fixedSettings)
        {
            var cfg = (JsonObject)chosen.Config.DeepClone();
            cfg["settings"] = "fixed: chosen on dev by an earlier run";
            foreach (var key in FixedKeys)
                if (fixedSettings[key] is { } value && (key != "network_weight" || network is not null)) cfg[key] = value.DeepClone();
            return new EntityRecognizer(labels, averaged.Item1, averaged.Item2, lexicon, gazetteer, cfg, network, options.Encoder);
        }
        if (dev.Count == 0) return chosen;
        double bestScore = Evaluate(chosen, dev)["f1"];
        // Settings are tuned on dev one at a time, each setting's candidates built from the best configuration so far:
        // the network's weight, then a penalty on O (trades precision for recall), then a bonus for organisations, the
        // type the model is shyest of (recall far below precision). A candidate is kept only if it beats all before it.
        void Tune(string key, IEnumerable<double> values, Func<double, JsonNode> node)
        {
            var basis = chosen.Config;
            foreach (var value in values)
            {
                var cfg = (JsonObject)basis.DeepClone();
                cfg[key] = node(value);
                var candidate = new EntityRecognizer(labels, averaged.Item1, averaged.Item2, lexicon, gazetteer, cfg, network, options.Encoder);
                double score = Evaluate(candidate, dev)["f1"];
                if (score > bestScore) { chosen = candidate; bestScore = score; }
            }
        }
        if (network is not null) Tune("network_weight", NetworkWeights.Skip(1), v => v);
        Tune("outside_penalty", [0.5, 1, 2, 3, 4, 6, 8, 12, 16], v => v);
        Tune("type_bonus", [1.0, 2, 4, 8, 12], v => new JsonObject { ["ORG"] = v });
        return chosen;
    }

    private static readonly double[] NetworkWeights = [2, 1, 4, 8, 16, 32];

    /// <summary>The dev-chosen settings (<see cref="FixedKeys"/>) of a trained ner model, for <see cref="NerTrainingOptions.FixedSettings"/>.</summary>
    public static JsonObject SettingsOf(string modelDirectory)
    {
        var (meta, config) = Models.ModelPackage.ReadDescription(modelDirectory, EntityRecognizer.Component);
        if (!meta.Scores.ContainsKey("dev.f1"))
            throw new TacitusException($"{modelDirectory}: this ner model was trained without --dev, so it has no dev-chosen settings");
        var settings = new JsonObject();
        foreach (var key in FixedKeys)
            if (config[key] is { } value) settings[key] = value.DeepClone();
        return settings; // a key left out: dev kept the default
    }

    /// <summary>The config keys <see cref="NerTrainingOptions.FixedSettings"/> carries over.</summary>
    public static readonly IReadOnlyList<string> FixedKeys = ["network_weight", "outside_penalty", "type_bonus"];

    private static ((SparseLinearModel Obs, SparseLinearModel Pairs) Model, double DevF1) TrainOne(
        (NerWord[] Words, int[] Gold)[] data, IReadOnlyList<IobSentence> dev, NerTrainingOptions options, int seed, int labelCount,
        bool[] allowed, Func<(SparseLinearModel, SparseLinearModel), EntityRecognizer> make, Action<EpochReport>? progress, Stopwatch clock)
    {
        var perceptron = new AveragedPerceptron(labelCount, 1 << 18);
        var pairs = new AveragedPerceptron((labelCount + 1) * labelCount, 1 << 14);
        var live = new LiveScorer(perceptron);
        var livePairs = new LiveScorer(pairs);
        var random = new Random(seed);
        var order = Enumerable.Range(0, data.Length).ToArray();
        Span<ulong> f = stackalloc ulong[NerFeatures.Max];
        Span<ulong> tf = stackalloc ulong[NerFeatures.MaxTransition];
        var guess = new int[data.Max(d => d.Gold.Length)];
        (SparseLinearModel, SparseLinearModel)? best = null;
        double bestScore = double.NegativeInfinity;
        int sinceBest = 0;
        NerWord[] dropped = [];
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle.InPlace(order, random);
            long correct = 0, seen = 0;
            foreach (int si in order)
            {
                var (words, gold) = data[si];
                int n = words.Length;
                if (options.WordDropout > 0) words = WithDropout(words, options.WordDropout, random, ref dropped);
                var pred = guess.AsSpan(0, n);
                NerDecoder.Decode(live, livePairs, words, pred, allowed, labelCount);
                for (int i = 0; i < n; i++)
                {
                    seen++;
                    if (pred[i] == gold[i]) correct++;
                    else
                    {
                        int k = NerFeatures.Observation(words, i, f);
                        perceptron.Update(f[..k], gold[i], pred[i]);
                    }
                    int gp = i > 0 ? gold[i - 1] : -1, pp = i > 0 ? pred[i - 1] : -1;
                    if (gp == pp && gold[i] == pred[i]) continue;
                    int t = NerFeatures.Transition(words, i, tf);
                    pairs.Add(tf[..t], (gp + 1) * labelCount + gold[i], 1f);
                    pairs.Add(tf[..t], (pp + 1) * labelCount + pred[i], -1f);
                }
                perceptron.Tick();
                pairs.Tick();
            }
            var model = (perceptron.Freeze(options.PruneBelow).RoundedToHalf(), pairs.Freeze(options.PruneBelow).RoundedToHalf());
            // Without a dev file there are no dev scores, and the training accuracy picks the epoch.
            var devScores = dev.Count > 0 ? Evaluate(make(model), dev).ToDictionary() : new Dictionary<string, double>();
            double score = dev.Count > 0 ? devScores["f1"] : 100.0 * correct / Math.Max(1, seen);
            bool isBest = score > bestScore;
            if (isBest) { best = model; bestScore = score; sinceBest = 0; }
            else sinceBest++;
            progress?.Invoke(new EpochReport(epoch, options.Epochs, 100.0 * correct / Math.Max(1, seen), devScores, isBest, clock.Elapsed) { Watched = "f1" });
            if (sinceBest >= options.Patience) break;
        }
        return (best!.Value, bestScore);
    }

    private static readonly Tagging.WordInfo Unknown = UnknownWord();

    private static Tagging.WordInfo UnknownWord()
    {
        const ulong u = 0x0DD5EEDUL;
        return new Tagging.WordInfo { Norm = u, Exact = u, Pre1 = u, Pre2 = u, Pre3 = u, Pre4 = u, Suf1 = u, Suf2 = u, Suf3 = u, Suf4 = u, Ambiguity = 0, Cluster = 0, ClusterCoarse = 0 };
    }

    /// <summary>A copy of <paramref name="words"/> (in a reused buffer) with each word hidden as unknown with probability <paramref name="p"/>.</summary>
    private static NerWord[] WithDropout(NerWord[] words, double p, Random random, ref NerWord[] buffer)
    {
        if (buffer.Length != words.Length) buffer = new NerWord[words.Length];
        words.CopyTo(buffer, 0);
        for (int i = 0; i < buffer.Length; i++)
        {
            if (random.NextDouble() >= p) continue;
            ref var w = ref buffer[i].Word;
            var hidden = Unknown;
            hidden.Shape = w.Shape;
            hidden.Flags = w.Flags;
            w = hidden;
        }
        return buffer;
    }

    private readonly struct LiveScorer(AveragedPerceptron perceptron) : INerScorer
    {
        public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => perceptron.Score(features, scores);
    }

    /// <summary>
    /// Casing class of every word seen at least <paramref name="minCount"/> times not sentence-initially in the training
    /// text, keyed by its normalized hash: 1 always capitalised, 2 mostly, 3 sometimes, 4 rarely, 5 never; all-capital
    /// spellings count as capitalised.
    /// </summary>
    public static Dictionary<ulong, ulong> CasingClasses(IEnumerable<string[]> sentences, int minCount)
    {
        var counts = new Dictionary<ulong, (int Cap, int All)>();
        foreach (var s in sentences)
            for (int i = 1; i < s.Length; i++)
            {
                var form = s[i];
                if (form.Length == 0 || !char.IsLetter(form[0])) continue;
                var h = FeatureHash.OfNormalized(form);
                var (cap, all) = counts.GetValueOrDefault(h);
                counts[h] = (cap + (char.IsUpper(form[0]) ? 1 : 0), all + 1);
            }
        var result = new Dictionary<ulong, ulong>();
        if (minCount <= 0) return result;
        foreach (var (h, (cap, all)) in counts)
        {
            if (all < minCount) continue;
            double r = (double)cap / all;
            result[h] = r >= 0.95 ? 1UL : r >= 0.6 ? 2UL : r >= 0.25 ? 3UL : r > 0 ? 4UL : 5UL;
        }
        return result;
    }

    /// <summary>Span-level precision, recall and F1 (conlleval) of <paramref name="recognizer"/> on gold sentences.</summary>
    public static IReadOnlyDictionary<string, double> Evaluate(EntityRecognizer recognizer, IReadOnlyList<IobSentence> gold)
    {
        var scorer = new NerScorer();
        foreach (var s in gold) scorer.Add(s.Tags.Select(NerLabels.Fold).ToArray(), recognizer.Tag(s.Tokens, s.UposOrNull));
        var r = scorer.Overall;
        return new Dictionary<string, double> { ["precision"] = r.Precision, ["recall"] = r.Recall, ["f1"] = r.F1 };
    }
}
