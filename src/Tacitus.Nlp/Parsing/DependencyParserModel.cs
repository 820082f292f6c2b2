using System.Text.Json.Nodes;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// A trained labelled arc-hybrid parser: lexicon plus two averaged-perceptron weight tables (transition features
/// scoring SHIFT/LEFT/RIGHT, label features scoring every labelled transition). Greedy decoding, 2n transitions, so
/// time is linear in sentence length. Immutable and thread-safe once loaded.
/// </summary>
public sealed class DependencyParserModel
{
    public const string Component = "parser";

    /// <summary>Version of <c>weights.bin.gz</c> that <see cref="Save"/> writes; <see cref="Load"/> reads it and every older one.</summary>
    public const int FormatVersion = 4;

    internal DependencyParserModel(ParserLexicon lexicon, WeightTable transitions, WeightTable labels, ModelMetadata? metadata = null, bool factored = false,
        WeightTable? relabel = null, float relabelFactor = 0f)
    {
        RelabelWeights = relabel;
        RelabelFactor = relabelFactor;
        Factored = factored;
        Lexicon = lexicon;
        Transitions = transitions;
        LabelWeights = labels;
        Metadata = metadata ?? new ModelMetadata { Component = Component };
    }

    internal ParserLexicon Lexicon { get; }
    internal WeightTable Transitions { get; }
    internal WeightTable LabelWeights { get; }
    public ModelMetadata Metadata { get; }

    /// <summary>
    /// True: the transition weights alone choose SHIFT/LEFT/RIGHT, and the label weights (features salted with the
    /// direction, one weight per relation) then label only the arc that was made. False (format ≤ 2): every labelled
    /// transition is scored jointly.
    /// </summary>
    internal bool Factored { get; }

    /// <summary>Weights of the second-stage relabeler (<see cref="Relabeler"/>), or null: the parser's own relations are kept.</summary>
    internal WeightTable? RelabelWeights { get; }

    /// <summary>This model with <paramref name="relabel"/> as its second-stage relabeler (null: none).</summary>
    /// <summary>Weight of the relabeler's scores added to the parser's own relation scores (0: the relabeler alone decides).</summary>
    internal float RelabelFactor { get; }

    internal DependencyParserModel WithRelabeler(WeightTable? relabel, float factor) => new(Lexicon, Transitions, LabelWeights, Metadata, Factored, relabel, factor);

    public IReadOnlyList<string> Labels => Lexicon.Labels;
    internal int ClassCount => 2 * Lexicon.LabelCount + 1;

    internal static int PaddedWidth(int classes) => (classes + 7) / 8 * 8;

    /// <summary>Parses one sentence given its word forms and (optional) tags: 1-based heads (0 = root) and relations.</summary>
    public (int[] Heads, string[] Relations) Parse(IReadOnlyList<string> forms, IReadOnlyList<string?> xpos, IReadOnlyList<string?> upos)
    {
        var sentence = Lexicon.Encode(forms, xpos, upos);
        var st = new ArcHybridState();
        Parse(sentence, st);
        var heads = new int[forms.Count];
        var rels = new string[forms.Count];
        for (int i = 1; i <= forms.Count; i++)
        {
            heads[i - 1] = st.Heads[i];
            rels[i - 1] = Lexicon.Labels[st.Labels[i] - 1];
        }
        return (heads, rels);
    }

    internal void Parse(ParserSentence s, ArcHybridState st)
    {
        if (Factored) ParseFactored(s, st);
        else ParseJoint(s, st);
        if (RelabelWeights is { } rw)
            Relabel(rw, RelabelFactor, Factored ? st.ArcScores : null, LabelWeights.Width, s, st.Heads, st.Labels, st.Relabel, Lexicon.LabelCount, Lexicon.RootLabel);
    }

    /// <summary>Chooses every non-root arc's relation again with the relabeler (root arcs keep the root relation).</summary>
    /// <remarks>
    /// With <paramref name="arcScores"/> (the parser's relation scores per word, <paramref name="arcWidth"/> apart) and a
    /// <paramref name="factor"/> above 0, a relation's score is the parser's plus factor × the relabeler's.
    /// </remarks>
    internal static void Relabel(WeightTable rw, float factor, float[]? arcScores, int arcWidth, ParserSentence s, int[] heads, int[] labels, Relabeler rl, int labelCount, int rootLabel)
    {
        bool combine = factor > 0 && arcScores is not null;
        Span<ulong> f = stackalloc ulong[Relabeler.MaxFeatures];
        Span<int> qi = stackalloc int[rw.Width];
        Span<float> qf = stackalloc float[rw.Width];
        int root = rootLabel > 0 ? rootLabel : 1;
        rl.Index(heads, s.Length);
        for (int d = 1; d <= s.Length; d++)
        {
            if (heads[d] == 0) { labels[d] = root; continue; }
            int nf = rl.Extract(s, heads, d, f);
            if (rw.IsQuantised)
            {
                qi.Clear();
                rw.AddAllQuantised(f[..nf], qi);
                if (!combine) { labels[d] = BestLabel<int>(qi, labelCount, root); continue; }
                float k = factor * rw.Scale;
                for (int c = 0; c < labelCount; c++) qf[c] = arcScores![d * arcWidth + c] + k * qi[c];
            }
            else
            {
                qf.Clear();
                rw.AddAll(f[..nf], qf);
                if (combine) for (int c = 0; c < labelCount; c++) qf[c] = arcScores![d * arcWidth + c] + factor * qf[c];
            }
            labels[d] = BestLabel<float>(qf, labelCount, root);
        }
    }

    /// <summary>Factored decoding: the best allowed action by the transition weights, then (for an arc) the best relation.</summary>
    private void ParseFactored(ParserSentence s, ArcHybridState st)
    {
        Span<ulong> tk = stackalloc ulong[ParserFeatures.MaxTransition];
        Span<ulong> lk = stackalloc ulong[ParserFeatures.MaxLabel];
        Span<int> ti = stackalloc int[4];
        Span<int> li = stackalloc int[LabelWeights.Width];
        Span<float> t4 = stackalloc float[4];
        Span<float> lf = stackalloc float[LabelWeights.Width];
        bool quantised = Transitions.IsQuantised && LabelWeights.IsQuantised;
        st.Reset(s.Length);
        int rootLabel = Lexicon.RootLabel > 0 ? Lexicon.RootLabel : 1;
        int labels = Lexicon.LabelCount;
        bool keep = RelabelWeights is not null && RelabelFactor > 0;
        int width = LabelWeights.Width;
        if (keep) st.EnsureArcScores(width);
        float ls = LabelWeights.Scale;
        while (!st.IsTerminal)
        {
            if (!st.CanLeft && !st.CanRight) { st.Apply(ArcHybridState.Shift, 0); continue; }
            if (!st.CanShift && !st.CanLeft && st.RightIsRoot) { st.Apply(ArcHybridState.Right, rootLabel); continue; }
            int nt = ParserFeatures.Transition(st, s, tk);
            int action;
            if (quantised)
            {
                ti.Clear();
                Transitions.AddAllQuantised(tk[..nt], ti);
                action = BestAction(st, ti[0], ti[1], ti[2]);
            }
            else
            {
                t4.Clear();
                Transitions.AddAll(tk[..nt], t4);
                action = BestAction(st, t4[0], t4[1], t4[2]);
            }
            if (action == ArcHybridState.Shift) { st.Apply(action, 0); continue; }
            int nl = ParserFeatures.Label(st, s, lk, action);
            int label;
            if (quantised)
            {
                li.Clear();
                LabelWeights.AddAllQuantised(lk[..nl], li);
                label = BestLabel(li, labels, rootLabel);
                if (keep)
                {
                    var row = st.ArcScores.AsSpan(st.S(0) * width, width);
                    for (int c = 0; c < labels; c++) row[c] = li[c] * ls;
                }
            }
            else
            {
                lf.Clear();
                LabelWeights.AddAll(lk[..nl], lf);
                label = BestLabel(lf, labels, rootLabel);
                if (keep) lf.CopyTo(st.ArcScores.AsSpan(st.S(0) * width, width));
            }
            st.Apply(action, label);
        }
    }

    /// <summary>The best allowed action (ties: SHIFT, then LEFT, then RIGHT). Not called for forced moves.</summary>
    internal static int BestAction<T>(ArcHybridState st, T shift, T left, T right) where T : System.Numerics.INumber<T>
    {
        int best = -1;
        T bestScore = T.Zero;
        if (st.CanShift) { best = ArcHybridState.Shift; bestScore = shift; }
        if (st.CanLeft && (best < 0 || left > bestScore)) { best = ArcHybridState.Left; bestScore = left; }
        if (st.CanRight && !st.RightIsRoot && (best < 0 || right > bestScore)) best = ArcHybridState.Right;
        return best;
    }

    /// <summary>The best relation id (1-based) other than root; <paramref name="scores"/>[id − 1] is its score.</summary>
    internal static int BestLabel<T>(ReadOnlySpan<T> scores, int labels, int rootLabel) where T : System.Numerics.INumber<T>
    {
        int best = rootLabel == 1 ? 2 : 1;
        T bestScore = scores[best - 1];
        for (int c = 1; c <= labels; c++)
            if (c != rootLabel && scores[c - 1] > bestScore) { best = c; bestScore = scores[c - 1]; }
        return best;
    }

    private void ParseJoint(ParserSentence s, ArcHybridState st)
    {
        Span<ulong> tk = stackalloc ulong[ParserFeatures.MaxTransition];
        Span<ulong> lk = stackalloc ulong[ParserFeatures.MaxLabel];
        Span<float> t4 = stackalloc float[4];
        Span<float> scores = stackalloc float[LabelWeights.Width];
        Span<int> ti = stackalloc int[4];
        Span<int> li = stackalloc int[LabelWeights.Width];
        bool quantised = Transitions.IsQuantised && LabelWeights.IsQuantised;
        st.Reset(s.Length);
        int rootLabel = Lexicon.RootLabel > 0 ? Lexicon.RootLabel : 1;
        while (!st.IsTerminal)
        {
            // Forced moves (the only legal transition: SHIFT onto a stack holding just the root, or the final attachment
            // to the root) need no scoring; Best would choose them whatever the scores.
            if (!st.CanLeft && !st.CanRight) { st.Apply(ArcHybridState.Shift, 0); continue; }
            if (!st.CanShift && !st.CanLeft && st.RightIsRoot) { st.Apply(ArcHybridState.Right, rootLabel); continue; }
            var (nt, nl) = ParserFeatures.Extract(st, s, tk, lk);
            if (quantised) ScoreQuantised(tk[..nt], lk[..nl], ti, li, scores);
            else Score(Transitions, LabelWeights, tk[..nt], lk[..nl], t4, scores, Lexicon.LabelCount);
            int c = Best(st, scores, Lexicon.LabelCount, Lexicon.RootLabel);
            var (action, label) = Decode(c, Lexicon.LabelCount);
            st.Apply(action, label);
        }
    }

    internal static void Score(WeightTable trans, WeightTable lab, ReadOnlySpan<ulong> tk, ReadOnlySpan<ulong> lk, Span<float> t4, Span<float> scores, int labels)
    {
        t4.Clear();
        trans.AddAll(tk, t4);
        scores.Clear();
        lab.AddAll(lk, scores);
        scores[0] += t4[0];
        float left = t4[1], right = t4[2];
        for (int c = 1; c <= labels; c++) scores[c] += left;
        for (int c = labels + 1; c <= 2 * labels; c++) scores[c] += right;
    }

    private void ScoreQuantised(ReadOnlySpan<ulong> tk, ReadOnlySpan<ulong> lk, Span<int> ti, Span<int> li, Span<float> scores)
    {
        LabelWeights.Prefetch(lk);
        ti.Clear();
        Transitions.AddAllQuantised(tk, ti);
        li.Clear();
        LabelWeights.AddAllQuantised(lk, li);
        float ts = Transitions.Scale, ls = LabelWeights.Scale;
        int labels = Lexicon.LabelCount;
        scores[0] = li[0] * ls + ti[0] * ts;
        float left = ti[1] * ts, right = ti[2] * ts;
        for (int c = 1; c <= labels; c++) scores[c] = li[c] * ls + left;
        for (int c = labels + 1; c <= 2 * labels; c++) scores[c] = li[c] * ls + right;
    }

    internal static (int Action, int Label) Decode(int cls, int labels) =>
        cls == 0 ? (ArcHybridState.Shift, 0) : cls <= labels ? (ArcHybridState.Left, cls) : (ArcHybridState.Right, cls - labels);

    /// <summary>The best-scoring allowed class. Attachments to the root carry the root label and no other attachment does.</summary>
    internal static int Best(ArcHybridState st, ReadOnlySpan<float> scores, int labels, int rootLabel)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (st.CanShift) { best = 0; bestScore = scores[0]; }
        if (st.CanLeft)
        {
            for (int c = 1; c <= labels; c++)
                if (c != rootLabel && scores[c] > bestScore) { best = c; bestScore = scores[c]; }
        }
        if (st.CanRight)
        {
            if (st.RightIsRoot)
            {
                int c = labels + (rootLabel > 0 ? rootLabel : 1);
                if (best < 0 || scores[c] > bestScore) { best = c; bestScore = scores[c]; }
            }
            else
            {
                for (int c = labels + 1; c <= 2 * labels; c++)
                    if (c - labels != rootLabel && scores[c] > bestScore) { best = c; bestScore = scores[c]; }
            }
        }
        return best;
    }

    /// <summary>Saves config, metadata and the quantised weights through <see cref="ModelPackage"/>.</summary>
    public void Save(string directory, ModelMetadata? metadata = null)
    {
        var meta = metadata ?? Metadata;
        var config = new JsonObject
        {
            ["transition_system"] = "arc-hybrid (root first, single root), greedy",
            ["decision"] = Factored ? "factored: action from the transition weights, then the arc's relation" : "joint: every labelled transition scored",
            ["learner"] = "averaged perceptron, dynamic oracle with exploration",
            ["features"] = "Zhang & Nivre 2011 rich non-local features adapted to arc-hybrid, hashed to 64 bits",
            ["labels"] = new JsonArray([.. Lexicon.Labels.Select(l => (JsonNode)l)]),
            ["transition_features"] = Transitions.Count,
            ["label_features"] = LabelWeights.Count,
            ["frequent_words"] = Lexicon.FrequentWords.Count,
            ["cluster_bits"] = Lexicon.ClusterBits,
            ["clustered_words"] = Lexicon.ClusterCount,
            ["ambiguity_classes"] = Lexicon.AmbiguityCount,
            ["relabel_features"] = RelabelWeights?.Count ?? 0,
            ["relabel_factor"] = RelabelFactor,
        };
        ModelPackage.Save(directory, meta with { FormatVersion = FormatVersion }, config, w =>
        {
            w.Write(0x50415253); // "PARS"
            w.Write(FormatVersion);
            Lexicon.Write(w);
            w.Write(Factored);
            Transitions.Write(w);
            LabelWeights.Write(w);
            w.Write(RelabelWeights is not null);
            if (RelabelWeights is not null)
            {
                w.Write(RelabelFactor);
                RelabelWeights.Write(w);
            }
        });
    }

    public static DependencyParserModel Load(string directory) =>
        ModelPackage.Load(directory, Component, (meta, _, r) =>
        {
            int format = r.ReadInt32() == 0x50415253 ? r.ReadInt32() : -1;
            if (format is < 1 or > FormatVersion)
                throw new Core.TacitusException(format < 1
                    ? $"{directory}: not a Tacitus parser weights file"
                    : $"{directory}: parser weights format {format} is newer than this build reads (1–{FormatVersion}); update tacitus");
            // Format 4 stores the weight tables as little-endian blocks in the layout parsing uses (table format 2).
            int tableFormat = format >= 4 ? 2 : 1;
            var lexicon = ParserLexicon.Read(r, format);
            bool factored = format >= 3 && r.ReadBoolean();
            var trans = WeightTable.Read(r, tableFormat);
            var labels = WeightTable.Read(r, tableFormat);
            bool hasRelabel = format >= 3 && r.ReadBoolean();
            float factor = hasRelabel ? r.ReadSingle() : 0f;
            var relabel = hasRelabel ? WeightTable.Read(r, tableFormat) : null;
            return new DependencyParserModel(lexicon, trans, labels, meta, factored, relabel, factor);
        }, FormatVersion);
}
