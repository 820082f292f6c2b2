using System.Buffers;

namespace Tacitus.Nlp.Ner;

/// <summary>Scores hashed features into per-label scores (frozen model at run time, live perceptron in training).</summary>
internal interface INerScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>
/// First-order Viterbi over IOB2 labels: score(label_i) = observation features of word i + transition features of
/// (label_{i-1}, label_i, word i), plus a per-label bias (minus a penalty on O, plus a bonus per entity type) tuned on dev to trade precision for recall; pairs that are not valid IOB2 (I-X not after B-X/I-X) are never taken.
/// </summary>
internal static class NerDecoder
{
    /// <summary>
    /// <paramref name="scorer"/> scores observation features over labels; <paramref name="pairs"/> scores transition
    /// features over (previous label + 1) * L + label, previous −1 being the sentence start.
    /// </summary>
    /// <paramref name="extra"/>, when given, holds one more emission score per word and label (<c>[i × L + label]</c>, the
    /// window network's log-probabilities), added times <paramref name="extraWeight"/>.
    public static void Decode<TScorer>(TScorer scorer, TScorer pairs, ReadOnlySpan<NerWord> words, Span<int> labels, bool[] allowed, int L, float[]? bias = null,
        ReadOnlySpan<float> extra = default, float extraWeight = 0)
        where TScorer : INerScorer
    {
        int n = words.Length;
        if (n == 0) return;
        Span<ulong> f = stackalloc ulong[NerFeatures.Max];
        Span<ulong> tf = stackalloc ulong[NerFeatures.MaxTransition];
        Span<float> emission = stackalloc float[L];
        // Transition scores for each previous label (row 0 = sentence start), current label in columns.
        Span<float> trans = stackalloc float[(L + 1) * L];
        Span<float> prevScore = stackalloc float[L];
        Span<float> curScore = stackalloc float[L];
        var back = ArrayPool<int>.Shared.Rent(n * L);
        try
        {
            for (int i = 0; i < n; i++)
            {
                int k = NerFeatures.Observation(words, i, f);
                scorer.Score(f[..k], emission);
                if (bias is not null)
                    for (int c = 0; c < L; c++) emission[c] += bias[c];
                if (!extra.IsEmpty)
                    for (int c = 0; c < L; c++) emission[c] += extraWeight * extra[i * L + c];
                int t = NerFeatures.Transition(words, i, tf);
                pairs.Score(tf[..t], trans);
                if (i == 0)
                {
                    for (int c = 0; c < L; c++)
                    {
                        curScore[c] = allowed[c] ? emission[c] + trans[c] : float.NegativeInfinity;
                        back[c] = -1;
                    }
                }
                else
                {
                    for (int c = 0; c < L; c++)
                    {
                        float best = float.NegativeInfinity;
                        int arg = -1;
                        for (int p = 0; p < L; p++)
                        {
                            if (float.IsNegativeInfinity(prevScore[p]) || !allowed[(p + 1) * L + c]) continue;
                            float v = prevScore[p] + trans[(p + 1) * L + c];
                            if (arg < 0 || v > best) { best = v; arg = p; }
                        }
                        curScore[c] = arg < 0 ? float.NegativeInfinity : best + emission[c];
                        back[i * L + c] = arg;
                    }
                }
                curScore.CopyTo(prevScore);
            }
            int last = -1;
            for (int c = 0; c < L; c++)
                if (!float.IsNegativeInfinity(prevScore[c]) && (last < 0 || prevScore[c] > prevScore[last])) last = c;
            for (int i = n - 1; i >= 0; i--)
            {
                labels[i] = last;
                last = back[i * L + last];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(back);
        }
    }
}
