using System.Diagnostics;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Parsing;

public sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 15;
    public int Seed { get; init; } = 1;
    /// <summary>Stop when dev LAS has not improved for this many epochs.</summary>
    public int Patience { get; init; } = 3;
    /// <summary>Word forms seen fewer times than this in training are represented by their shape.</summary>
    public int MinWordCount { get; init; } = 2;
    /// <summary>From this epoch on (1-based), follow the model's own (possibly wrong) transitions with <see cref="ExploreProbability"/>.</summary>
    public int ExploreFromEpoch { get; init; } = 2;
    public double ExploreProbability { get; init; } = 0.9;
    /// <summary>Rows whose largest averaged weight is at most this are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.0f;
    /// <summary>After training, drop the weakest feature rows (largest quantile tried first) as long as dev LAS falls by at most this much.</summary>
    public double MaxPruneLoss { get; init; } = 0.15;
    /// <summary>Quantiles tried, largest first; when none stays within <see cref="MaxPruneLoss"/> the smallest is kept (bounds the model size).</summary>
    public IReadOnlyList<double> PruneQuantiles { get; init; } = [0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5];
    /// <summary>Wall-clock budget: no new epoch starts after this much training time (null: no limit). The log says which
    /// epoch it stopped after, and the same command with <c>--epochs</c> set to that number reproduces the model.</summary>
    public TimeSpan? TimeBudget { get; init; }
    /// <summary>Train this many parsers (seeds Seed, Seed+1, …) and average their weights into one model: an ensemble at no parsing cost.</summary>
    public int Ensemble { get; init; } = 1;
    /// <summary>Depth of the word clusters learned from the training text (0: none).</summary>
    public int ClusterBits { get; init; }
    /// <summary>Words seen fewer times than this in training get no cluster.</summary>
    public int MinClusterCount { get; init; } = 2;
    /// <summary>
    /// Choose the action from the transition weights alone, then label only the arc made. Off by default: on EWT dev (3
    /// members) it gave UAS 84.65 / LAS 81.21 against the joint model's 84.88 / 81.27, and needed weaker pruning to get
    /// there, so the larger transition table ate the time saved on relation scores (no measurable speed gain).
    /// </summary>
    public bool Factored { get; init; }
    /// <summary>Give the parser each frequent word's ambiguity class (the set of XPOS tags it had in training). Off by
    /// default: +0.1 UAS for the factored parser, ±0 for the joint one (one seed each), at 11 more feature lookups.</summary>
    public bool AmbiguityClasses { get; init; }
    /// <summary>Epochs of the second-stage relabeler (0: none); it is kept only if it raises dev LAS. Off by default: on
    /// EWT dev it added under 0.1 LAS to the factored parser's own relations, not worth its parsing time.</summary>
    public int RelabelEpochs { get; init; }
}

/// <summary>One epoch's outcome.</summary>
public sealed record ParserEpoch(int Epoch, double TrainTransitionAccuracy, AttachmentScore Dev, TimeSpan Elapsed);

public sealed record ParserTrainingResult(DependencyParserModel Model, int BestEpoch, AttachmentScore BestDev, IReadOnlyList<ParserEpoch> Epochs);

/// <summary>
/// Trains the arc-hybrid parser: averaged perceptron over Zhang &amp; Nivre features, dynamic oracle with exploration
/// (Goldberg &amp; Nivre 2012/2013), training trees projectivised by lifting, early stopping on dev LAS (CoNLL 2018).
/// Deterministic given the seed: sentence order and exploration draws come from one seeded generator.
/// </summary>
public static class ParserTrainer
{
    public static ParserTrainingResult Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        ParserTrainingOptions options, Action<string>? log = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        if (train.Count == 0) throw new Core.TacitusException("no training sentences");
        var lexicon = BuildLexicon(train, options);
        var examples = new List<ParserSentence>(train.Count);
        int nonProjective = 0;
        foreach (var s in train)
        {
            if (s.Words.Length == 0) continue;
            var enc = Encode(lexicon, s);
            var lifted = Projectivizer.Lift(enc.GoldHead!, s.Words.Length);
            if (!lifted.AsSpan().SequenceEqual(enc.GoldHead)) nonProjective++;
            enc.GoldHead = lifted;
            examples.Add(enc);
        }
        log?.Invoke($"{examples.Count} training sentences ({examples.Sum(e => e.Length)} words, {nonProjective} non-projective, lifted), " +
            $"{lexicon.LabelCount} relations, {lexicon.FrequentWords.Count} frequent words, {lexicon.ClusterCount} clustered words ({lexicon.ClusterBits} bits), {lexicon.AmbiguityCount} ambiguity classes, " +
            $"{(options.Factored ? "factored" : "joint")} decisions, " +
            $"{lexicon.XposTags.Length} XPOS, {lexicon.UposTags.Length} UPOS");

        int members = Math.Max(1, options.Ensemble);
        DependencyParserModel? best = null;
        AttachmentScore? bestDev = null;
        int bestEpoch = 0;
        var epochs = new List<ParserEpoch>();
        var parts = new List<DependencyParserModel>(members);
        for (int member = 0; member < members; member++)
        {
            if (members > 1) log?.Invoke($"ensemble member {member + 1}/{members} (seed {options.Seed + member})");
            var one = TrainOne(lexicon, examples, dev, options, options.Seed + member, log, cancel);
            parts.Add(one.Model);
            epochs.AddRange(one.Epochs);
            if (member == 0) (best, bestDev, bestEpoch) = (one.Model, one.BestDev, one.BestEpoch);
        }
        if (members > 1)
        {
            best = new DependencyParserModel(lexicon, WeightTable.Mean([.. parts.Select(p => p.Transitions)]), WeightTable.Mean([.. parts.Select(p => p.LabelWeights)]),
                factored: options.Factored);
            bestDev = Evaluate(best, dev);
            log?.Invoke($"weight average of {members} members: {best.Transitions.Count:N0}+{best.LabelWeights.Count:N0} rows, dev {bestDev}");
        }
        (best, bestDev) = Prune(best!, bestDev!, dev, options, log);
        if (options.RelabelEpochs > 0)
        {
            var (relabel, factor) = TrainRelabeler(best, examples, dev, bestDev, options, log, cancel);
            if (relabel is not null)
            {
                best = best.WithRelabeler(relabel, factor);
                bestDev = Evaluate(best, dev);
            }
        }
        best.Transitions.Quantise();
        best.LabelWeights.Quantise();
        best.RelabelWeights?.Quantise();
        return new ParserTrainingResult(best, bestEpoch, bestDev, epochs);
    }

    /// <summary>One averaged perceptron trained with seed <paramref name="seed"/> and early stopping: its best epoch's model (unpruned, unquantised).</summary>
    private static ParserTrainingResult TrainOne(ParserLexicon lexicon, List<ParserSentence> examples, IReadOnlyList<ConlluSentence> dev,
        ParserTrainingOptions options, int seed, Action<string>? log, CancellationToken cancel)
    {
        int labels = lexicon.LabelCount;
        int width = DependencyParserModel.PaddedWidth(options.Factored ? labels : 2 * labels + 1);
        var trans = new WeightTable(4, 1 << 20, training: true);
        var lab = new WeightTable(width, 1 << 16, training: true);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var st = new ArcHybridState();
        var tk = new ulong[ParserFeatures.MaxTransition];
        var lk = new ulong[ParserFeatures.MaxLabel];
        var t4 = new float[4];
        var scores = new float[width];
        int time = 0;
        var epochs = new List<ParserEpoch>();
        DependencyParserModel? best = null;
        AttachmentScore? bestDev = null;
        int bestEpoch = 0;
        var total = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancel.ThrowIfCancellationRequested();
            if (options.TimeBudget is { } budget && epoch > 1 && total.Elapsed > budget)
            {
                log?.Invoke($"time budget of {budget.TotalMinutes:F0} minutes used: stopping after epoch {epoch - 1} (reproduce with --epochs {epoch - 1}); best epoch {bestEpoch}");
                break;
            }
            var sw = Stopwatch.StartNew();
            rng.Shuffle(order);
            long steps = 0, correct = 0;
            bool explore = epoch >= options.ExploreFromEpoch;
            foreach (int ei in order)
            {
                var s = examples[ei];
                var deps = DynamicOracle.Dependents(s.GoldHead!, s.Length);
                st.Reset(s.Length);
                if (options.Factored)
                {
                    var (st1, c1) = TrainFactored(st, s, deps, trans, lab, tk, lk, t4, scores, labels, lexicon.RootLabel, explore, options.ExploreProbability, rng, ref time);
                    steps += st1; correct += c1;
                    continue;
                }
                while (!st.IsTerminal)
                {
                    var (nt, nl) = ParserFeatures.Extract(st, s, tk, lk);
                    DependencyParserModel.Score(trans, lab, tk.AsSpan(0, nt), lk.AsSpan(0, nl), t4, scores, labels);
                    int pred = DependencyParserModel.Best(st, scores, labels, lexicon.RootLabel);
                    int gold = BestZeroCost(st, s, deps, scores, labels, lexicon.RootLabel, out int predCost, pred);
                    time++;
                    steps++;
                    if (predCost == 0) correct++;
                    else
                    {
                        var (ga, _) = DependencyParserModel.Decode(gold, labels);
                        var (pa, _) = DependencyParserModel.Decode(pred, labels);
                        for (int i = 0; i < nt; i++)
                        {
                            if (ga != pa)
                            {
                                trans.Update(tk[i], ga, 1f, time);
                                trans.Update(tk[i], pa, -1f, time);
                            }
                        }
                        for (int i = 0; i < nl; i++)
                        {
                            lab.Update(lk[i], gold, 1f, time);
                            lab.Update(lk[i], pred, -1f, time);
                        }
                    }
                    int next = predCost == 0 || (explore && rng.NextDouble() < options.ExploreProbability) ? pred : gold;
                    var (action, label) = DependencyParserModel.Decode(next, labels);
                    st.Apply(action, label);
                }
            }
            var model = new DependencyParserModel(lexicon, trans.Averaged(time, options.PruneBelow), lab.Averaged(time, options.PruneBelow), factored: options.Factored);
            var score = Evaluate(model, dev);
            sw.Stop();
            var ep = new ParserEpoch(epoch, steps == 0 ? 0 : 100.0 * correct / steps, score, sw.Elapsed);
            epochs.Add(ep);
            bool improved = bestDev is null || score.Las > bestDev.Las;
            log?.Invoke($"epoch {epoch,2}/{options.Epochs}  train transitions {ep.TrainTransitionAccuracy:F2}%  dev {score}  " +
                $"features {trans.Count:N0}+{lab.Count:N0}  {sw.Elapsed.TotalSeconds:F1}s{(improved ? "  *" : "")}");
            if (improved)
            {
                best = model;
                bestDev = score;
                bestEpoch = epoch;
            }
            else if (epoch - bestEpoch >= options.Patience)
            {
                log?.Invoke($"no dev improvement for {options.Patience} epochs: stopping; best epoch {bestEpoch}");
                break;
            }
        }
        return new ParserTrainingResult(best!, bestEpoch, bestDev!, epochs);
    }

    /// <summary>
    /// One sentence of factored training: the transition weights learn the action (unlabelled dynamic-oracle cost), the
    /// label weights learn the relation of each arc made whose head is right. Forced moves are not scored (as in parsing).
    /// Returns (scored decisions, correct decisions).
    /// </summary>
    private static (long Steps, long Correct) TrainFactored(ArcHybridState st, ParserSentence s, List<int>[] deps, WeightTable trans, WeightTable lab,
        ulong[] tk, ulong[] lk, float[] t4, float[] scores, int labels, int rootLabel, bool explore, double exploreP, Random rng, ref int time)
    {
        long steps = 0, correct = 0;
        int root = rootLabel > 0 ? rootLabel : 1;
        var gh = s.GoldHead!;
        while (!st.IsTerminal)
        {
            if (!st.CanLeft && !st.CanRight) { st.Apply(ArcHybridState.Shift, 0); continue; }
            if (!st.CanShift && !st.CanLeft && st.RightIsRoot) { st.Apply(ArcHybridState.Right, root); continue; }
            int nt = ParserFeatures.Transition(st, s, tk);
            Array.Clear(t4);
            trans.AddAll(tk.AsSpan(0, nt), t4);
            int pa = DependencyParserModel.BestAction(st, t4[0], t4[1], t4[2]);
            var (cs, cl, cr) = DynamicOracle.Costs(st, gh, deps);
            int CostOf(int a) => a == ArcHybridState.Shift ? cs : a == ArcHybridState.Left ? cl : st.RightIsRoot ? int.MaxValue : cr;
            int ga = -1, gaCost = int.MaxValue;
            float gaScore = float.NegativeInfinity;
            for (int a = 0; a < 3; a++)
            {
                bool allowed = a == ArcHybridState.Shift ? st.CanShift : a == ArcHybridState.Left ? st.CanLeft : st.CanRight && !st.RightIsRoot;
                if (!allowed) continue;
                int k = CostOf(a);
                if (k < gaCost || (k == gaCost && t4[a] > gaScore)) { ga = a; gaCost = k; gaScore = t4[a]; }
            }
            int paCost = CostOf(pa);
            time++;
            steps++;
            bool ok = paCost <= gaCost;
            if (!ok)
            {
                for (int i = 0; i < nt; i++)
                {
                    trans.Update(tk[i], ga, 1f, time);
                    trans.Update(tk[i], pa, -1f, time);
                }
            }
            int action = ok || (explore && rng.NextDouble() < exploreP) ? pa : ga;
            if (action == ArcHybridState.Shift)
            {
                if (ok) correct++;
                st.Apply(action, 0);
                continue;
            }
            int s0 = st.S(0), head = action == ArcHybridState.Left ? st.B(0) : st.S(1);
            int nl = ParserFeatures.Label(st, s, lk, action);
            Array.Clear(scores);
            lab.AddAll(lk.AsSpan(0, nl), scores);
            int pl = DependencyParserModel.BestLabel<float>(scores, labels, root);
            int label = pl;
            if (gh[s0] == head)
            {
                int gl = s.GoldLabel![s0];
                if (gl == root) gl = pl;
                if (pl != gl)
                {
                    ok = false;
                    for (int i = 0; i < nl; i++)
                    {
                        lab.Update(lk[i], gl - 1, 1f, time);
                        lab.Update(lk[i], pl - 1, -1f, time);
                    }
                    if (!(explore && rng.NextDouble() < exploreP)) label = gl;
                }
            }
            if (ok) correct++;
            st.Apply(action, label);
        }
        return (steps, correct);
    }

    /// <summary>
    /// Trains the second-stage relabeler on the gold trees of <paramref name="examples"/> (with their training tags),
    /// early-stopped on dev LAS over the parser's own dev trees. Null when it does not beat the parser's relations.
    /// </summary>
    private static (WeightTable?, float) TrainRelabeler(DependencyParserModel parser, List<ParserSentence> examples, IReadOnlyList<ConlluSentence> dev,
        AttachmentScore parserDev, ParserTrainingOptions options, Action<string>? log, CancellationToken cancel)
    {
        var lexicon = parser.Lexicon;
        int labels = lexicon.LabelCount, root = lexicon.RootLabel > 0 ? lexicon.RootLabel : 1;
        // The dev trees, parsed once.
        var devEnc = new List<(ParserSentence S, int[] Heads, float[]? Arc, ConlluSentence Gold)>(dev.Count);
        var st = new ArcHybridState();
        // Parse with a dummy relabeler so the factored parser keeps its relation scores.
        var keeping = parser.WithRelabeler(new WeightTable(DependencyParserModel.PaddedWidth(labels), 16), 1f);
        int arcWidth = parser.LabelWeights.Width;
        foreach (var g in dev)
        {
            if (g.Words.Length == 0) continue;
            var enc = lexicon.Encode(Forms(g), [.. g.Words.Select(w => w.Xpos)], [.. g.Words.Select(w => w.Upos)]);
            keeping.Parse(enc, st);
            devEnc.Add((enc, st.Heads[..(enc.Length + 1)], parser.Factored ? st.ArcScores[..((enc.Length + 1) * arcWidth)] : null, g));
        }
        var table = new WeightTable(DependencyParserModel.PaddedWidth(labels), 1 << 18, training: true);
        var rl = new Relabeler();
        var f = new ulong[Relabeler.MaxFeatures];
        var scores = new float[table.Width];
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        int time = 0, bestEpoch = 0;
        float bestFactor = 0f;
        double bestLas = parserDev.Las;
        WeightTable? best = null;
        for (int epoch = 1; epoch <= options.RelabelEpochs; epoch++)
        {
            cancel.ThrowIfCancellationRequested();
            rng.Shuffle(order);
            long n = 0, ok = 0;
            foreach (int ei in order)
            {
                var s = examples[ei];
                var heads = s.GoldHead!;
                rl.Index(heads, s.Length);
                for (int d = 1; d <= s.Length; d++)
                {
                    if (heads[d] == 0) continue;
                    int nf = rl.Extract(s, heads, d, f);
                    Array.Clear(scores);
                    table.AddAll(f.AsSpan(0, nf), scores);
                    int pl = DependencyParserModel.BestLabel<float>(scores, labels, root);
                    int gl = s.GoldLabel![d];
                    time++;
                    n++;
                    if (pl == gl || gl == root) { ok++; continue; }
                    for (int i = 0; i < nf; i++)
                    {
                        table.Update(f[i], gl - 1, 1f, time);
                        table.Update(f[i], pl - 1, -1f, time);
                    }
                }
            }
            var avg = table.Averaged(time);
            bool improved = false;
            // Factor 0: the relabeler alone; otherwise added to the factored parser's own relation scores.
            float[] factors = parser.Factored ? [0f, 0.25f, 0.5f, 1f, 2f] : [0f];
            foreach (float factor in factors)
            {
                var score = ScoreRelabel(avg, factor);
                bool better = score.Las > bestLas;
                log?.Invoke($"relabeler epoch {epoch,2}/{options.RelabelEpochs}  factor {factor:F2}  train {100.0 * ok / Math.Max(1, n):F2}%  dev {score}  features {table.Count:N0}{(better ? "  *" : "")}");
                if (better) { best = avg; bestLas = score.Las; bestEpoch = epoch; bestFactor = factor; improved = true; }
            }
            if (!improved && epoch - bestEpoch >= options.Patience) break;
        }
        if (best is null) { log?.Invoke($"relabeler does not beat the parser's relations (dev LAS {parserDev.Las:F2}): not used"); return (null, 0f); }
        var q = best.Averaged(0, best.RowMaxQuantile(0.5));
        log?.Invoke($"relabeler: best epoch {bestEpoch}, factor {bestFactor}, dev LAS {bestLas:F2} (parser's own relations {parserDev.Las:F2}); {q.Count:N0} rows after pruning half: dev {ScoreRelabel(q, bestFactor)}");
        return (q, bestFactor);

        AttachmentScore ScoreRelabel(WeightTable w, float factor)
        {
            var score = new AttachmentScore();
            var lab = new int[64];
            foreach (var (enc, heads, arc, gold) in devEnc)
            {
                if (lab.Length < enc.Length + 1) lab = new int[enc.Length + 1];
                DependencyParserModel.Relabel(w, factor, arc, arcWidth, enc, heads, lab, rl, labels, lexicon.RootLabel);
                for (int i = 1; i <= enc.Length; i++)
                    score.Add(gold.Words[i - 1].Head, gold.Words[i - 1].Deprel, heads[i], lexicon.Labels[lab[i] - 1]);
            }
            return score;
        }
    }

    /// <summary>Drops the feature rows with the smallest weights: the most aggressive quantile whose dev LAS stays within <see cref="ParserTrainingOptions.MaxPruneLoss"/>.</summary>
    private static (DependencyParserModel, AttachmentScore) Prune(DependencyParserModel model, AttachmentScore score, IReadOnlyList<ConlluSentence> dev,
        ParserTrainingOptions options, Action<string>? log)
    {
        (DependencyParserModel, AttachmentScore)? last = null;
        foreach (var q in options.PruneQuantiles.OrderDescending())
        {
            var pruned = new DependencyParserModel(model.Lexicon,
                model.Transitions.Averaged(0, model.Transitions.RowMaxQuantile(q)),
                model.LabelWeights.Averaged(0, model.LabelWeights.RowMaxQuantile(q)), factored: model.Factored);
            var s = Evaluate(pruned, dev);
            log?.Invoke($"pruning the weakest {q:P0} of feature rows: {pruned.Transitions.Count:N0}+{pruned.LabelWeights.Count:N0} rows, dev {s}");
            if (s.Las >= score.Las - options.MaxPruneLoss) return (pruned, s);
            last = (pruned, s);
        }
        return last ?? (model, score);
    }

    /// <summary>The highest-scoring transition of zero cost (or of least cost, if none is free); also the cost of <paramref name="pred"/>.</summary>
    private static int BestZeroCost(ArcHybridState st, ParserSentence s, List<int>[] deps, float[] scores, int labels, int rootLabel, out int predCost, int pred)
    {
        var (cs, cl, cr) = DynamicOracle.Costs(st, s.GoldHead!, deps);
        int s0 = st.S(0), s1 = st.S(1), b0 = st.B(0);
        int goldLabel = s0 > 0 ? s.GoldLabel![s0] : 0;
        int Cost(int c)
        {
            if (c == 0) return cs;
            if (c <= labels) return cl == int.MaxValue ? cl : cl + (s.GoldHead![s0] == b0 && c != goldLabel ? 1 : 0);
            return cr == int.MaxValue ? cr : cr + (s.GoldHead![s0] == s1 && c - labels != goldLabel ? 1 : 0);
        }
        predCost = Cost(pred);
        int best = -1, bestCost = int.MaxValue;
        float bestScore = float.NegativeInfinity;
        void Consider(int c)
        {
            int k = Cost(c);
            if (k < bestCost || (k == bestCost && scores[c] > bestScore)) { best = c; bestCost = k; bestScore = scores[c]; }
        }
        if (st.CanShift) Consider(0);
        if (st.CanLeft) for (int c = 1; c <= labels; c++) if (c != rootLabel) Consider(c);
        if (st.CanRight)
        {
            if (st.RightIsRoot) Consider(labels + (rootLabel > 0 ? rootLabel : 1));
            else for (int c = labels + 1; c <= 2 * labels; c++) if (c - labels != rootLabel) Consider(c);
        }
        return best;
    }

    /// <summary>Parses every sentence with the tags it carries and scores against its gold heads and relations.</summary>
    public static AttachmentScore Evaluate(DependencyParserModel model, IReadOnlyList<ConlluSentence> gold)
    {
        var score = new AttachmentScore();
        var st = new ArcHybridState();
        foreach (var s in gold)
        {
            if (s.Words.Length == 0) continue;
            var enc = model.Lexicon.Encode(Forms(s), [.. s.Words.Select(w => w.Xpos)], [.. s.Words.Select(w => w.Upos)]);
            model.Parse(enc, st);
            for (int i = 1; i <= s.Words.Length; i++)
            {
                var w = s.Words[i - 1];
                score.Add(w.Head, w.Deprel, st.Heads[i], model.Lexicon.Labels[st.Labels[i] - 1]);
            }
        }
        return score;
    }

    private static string[] Forms(ConlluSentence s) => [.. s.Words.Select(w => w.Form)];

    private static ParserSentence Encode(ParserLexicon lexicon, ConlluSentence s)
    {
        var enc = lexicon.Encode(Forms(s), [.. s.Words.Select(w => w.Xpos)], [.. s.Words.Select(w => w.Upos)]);
        var heads = new int[s.Words.Length + 1];
        var labels = new int[s.Words.Length + 1];
        for (int i = 1; i <= s.Words.Length; i++)
        {
            var w = s.Words[i - 1];
            if (w.Head < 0 || w.Head > s.Words.Length || w.Head == i)
                throw new Core.TacitusException($"sentence {s.SentId ?? "?"}: word {i} has head {w.Head}, not a word of the sentence");
            heads[i] = w.Head;
            labels[i] = w.Deprel is { } r && lexicon.LabelIds.TryGetValue(r, out var id) ? id : lexicon.LabelIds.GetValueOrDefault("dep", 1);
        }
        enc.GoldHead = heads;
        enc.GoldLabel = labels;
        return enc;
    }

    private static ParserLexicon BuildLexicon(IReadOnlyList<ConlluSentence> train, ParserTrainingOptions options)
    {
        int minCount = options.MinWordCount;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var xpos = new SortedSet<string>(StringComparer.Ordinal);
        var upos = new SortedSet<string>(StringComparer.Ordinal);
        var labels = new SortedSet<string>(StringComparer.Ordinal) { "root", "dep" };
        foreach (var s in train)
        {
            foreach (var w in s.Words)
            {
                var n = ParserLexicon.Normalise(w.Form);
                counts[n] = counts.GetValueOrDefault(n) + 1;
                if (w.Xpos is { } x) xpos.Add(x);
                if (w.Upos is { } u) upos.Add(u);
                if (w.Deprel is { } r) labels.Add(r);
            }
        }
        if (labels.Count > 63) throw new Core.TacitusException($"{labels.Count} dependency relations in the training data; the parser supports at most 63");
        var clusters = options.ClusterBits > 0
            ? Learning.WordClusters.Learn([.. train.Select(s => s.Words.Select(w => w.Form).ToArray())], options.MinClusterCount, options.ClusterBits, options.Seed)
            : null;
        var frequent = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var ambiguity = options.AmbiguityClasses
            ? ParserLexicon.AmbiguityClasses(train.SelectMany(s => s.Words.Select(w => (w.Form, w.Xpos))), frequent)
            : null;
        return new ParserLexicon(frequent, [.. xpos], [.. upos], [.. labels],
            clusters, clusters is null ? 0 : options.ClusterBits, ambiguity);
    }

    /// <summary>Metadata for a trained model: data, command and scores.</summary>
    public static ModelMetadata Metadata(ParserTrainingResult result, string? trainedOn, string? command, IReadOnlyDictionary<string, double>? extraScores = null)
    {
        var scores = new Dictionary<string, double>
        {
            ["dev.uas"] = Math.Round(result.BestDev.Uas, 2),
            ["dev.las"] = Math.Round(result.BestDev.Las, 2),
            ["dev.las_full"] = Math.Round(result.BestDev.LasFull, 2),
        };
        if (extraScores is not null) foreach (var kv in extraScores) scores[kv.Key] = Math.Round(kv.Value, 2);
        return new ModelMetadata
        {
            Component = DependencyParserModel.Component,
            TrainedOn = trainedOn,
            Command = command,
            Scores = scores,
        };
    }
}
