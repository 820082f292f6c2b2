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

    internal DependencyParserModel(ParserLexicon lexicon, WeightTable transitions, WeightTable labels, ModelMetadata? metadata = null)
    {
        Lexicon = lexicon;
        Transitions = transitions;
        LabelWeights = labels;
        Metadata = metadata ?? new ModelMetadata { Component = Component };
    }

    internal ParserLexicon Lexicon { get; }
    internal WeightTable Transitions { get; }
    internal WeightTable LabelWeights { get; }
    public ModelMetadata Metadata { get; }

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
            ["learner"] = "averaged perceptron, dynamic oracle with exploration",
            ["features"] = "Zhang & Nivre 2011 rich non-local features adapted to arc-hybrid, hashed to 64 bits",
            ["labels"] = new JsonArray([.. Lexicon.Labels.Select(l => (JsonNode)l)]),
            ["transition_features"] = Transitions.Count,
            ["label_features"] = LabelWeights.Count,
            ["frequent_words"] = Lexicon.FrequentWords.Count,
            ["cluster_bits"] = Lexicon.ClusterBits,
            ["clustered_words"] = Lexicon.ClusterCount,
        };
        ModelPackage.Save(directory, meta, config, w =>
        {
            w.Write(0x50415253); // "PARS"
            w.Write(2);
            Lexicon.Write(w);
            Transitions.Write(w);
            LabelWeights.Write(w);
        });
    }

    public static DependencyParserModel Load(string directory) =>
        ModelPackage.Load(directory, Component, (meta, _, r) =>
        {
            int format = r.ReadInt32() == 0x50415253 ? r.ReadInt32() : -1;
            if (format is not (1 or 2))
                throw new Core.TacitusException($"{directory}: not a Tacitus parser weights file (or an unsupported version)");
            var lexicon = ParserLexicon.Read(r, format);
            var trans = WeightTable.Read(r);
            var labels = WeightTable.Read(r);
            return new DependencyParserModel(lexicon, trans, labels, meta);
        });
}
