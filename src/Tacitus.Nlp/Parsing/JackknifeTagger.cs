using System.Collections.Immutable;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// A small greedy averaged-perceptron tagger (joint UPOS+XPOS) used only to give the parser realistic, imperfect
/// training tags by jack-knifing: each fold of the training set is tagged by a model trained on the other folds.
/// It is not the pipeline's tagger (that is the "tagger" stage); it exists so parser training does not depend on it.
/// </summary>
internal sealed class JackknifeTagger
{
    private readonly WeightTable _weights;
    private readonly string[] _classes;

    private JackknifeTagger(WeightTable weights, string[] classes)
    {
        _weights = weights;
        _classes = classes;
    }

    public static List<ConlluSentence> Jackknife(IReadOnlyList<ConlluSentence> train, int folds, int seed, CancellationToken cancel = default) =>
        [.. ContiguousFolds.Jackknife(train, folds, (f, rest, held) =>
        {
            cancel.ThrowIfCancellationRequested();
            return Train(rest, seed + f).Tag(held);
        })];

    public static JackknifeTagger Train(IReadOnlyList<ConlluSentence> train, int seed, int epochs = 6)
    {
        var classes = train.SelectMany(s => s.Words).Select(Joint).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ids = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        int width = (classes.Length + 7) / 8 * 8;
        var table = new WeightTable(width, 1 << 16, training: true);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var keys = new ulong[FeatureCount];
        var scores = new float[width];
        int time = 0;
        for (int e = 0; e < epochs; e++)
        {
            rng.Shuffle(order);
            foreach (int si in order)
            {
                var s = train[si];
                var norm = Normalised(s);
                int p1 = -1, p2 = -1;
                for (int i = 0; i < s.Words.Length; i++)
                {
                    Features(s, norm, i, p1, p2, keys);
                    int pred = Predict(table, keys, scores, classes.Length);
                    int gold = ids[Joint(s.Words[i])];
                    time++;
                    if (pred != gold)
                    {
                        foreach (var k in keys)
                        {
                            table.Update(k, gold, 1f, time);
                            table.Update(k, pred, -1f, time);
                        }
                    }
                    p2 = p1;
                    p1 = pred;
                }
            }
        }
        return new JackknifeTagger(table.Averaged(time), classes);
    }

    public List<ConlluSentence> Tag(IReadOnlyList<ConlluSentence> sentences)
    {
        var keys = new ulong[FeatureCount];
        var scores = new float[_weights.Width];
        var result = new List<ConlluSentence>(sentences.Count);
        foreach (var s in sentences)
        {
            var norm = Normalised(s);
            var words = ImmutableArray.CreateBuilder<ConlluWord>(s.Words.Length);
            int p1 = -1, p2 = -1;
            for (int i = 0; i < s.Words.Length; i++)
            {
                Features(s, norm, i, p1, p2, keys);
                int pred = Predict(_weights, keys, scores, _classes.Length);
                var parts = _classes[pred].Split('\t');
                words.Add(s.Words[i] with { Upos = NullIfEmpty(parts[0]), Xpos = NullIfEmpty(parts[1]) });
                p2 = p1;
                p1 = pred;
            }
            result.Add(s with { Words = words.MoveToImmutable() });
        }
        return result;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
    private static string Joint(ConlluWord w) => (w.Upos ?? "") + "\t" + (w.Xpos ?? "");
    private static string[] Normalised(ConlluSentence s) => [.. s.Words.Select(w => ParserLexicon.Normalise(w.Form))];

    private static int Predict(WeightTable table, ulong[] keys, float[] scores, int classes)
    {
        Array.Clear(scores);
        foreach (var k in keys) table.AddTo(k, scores);
        int best = 0;
        for (int c = 1; c < classes; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    private const int FeatureCount = 28;

    private static ulong K(int t, string s) => ParserLexicon.Fnv(s, (ulong)t * 0x9E3779B97F4A7C15UL);
    private static ulong K(int t, long a)
    {
        ulong h = ((ulong)t * 0x9E3779B97F4A7C15UL) ^ (ulong)a;
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53UL; h ^= h >> 33;
        return h == 0 ? 1 : h;
    }

    private static void Features(ConlluSentence s, string[] norm, int i, int p1, int p2, ulong[] k)
    {
        string w = norm[i];
        string form = s.Words[i].Form;
        string Word(int j) => j < 0 ? "<s>" : j >= norm.Length ? "</s>" : norm[j];
        string Suf(string x, int n) => x.Length > n ? x[^n..] : x;
        int n = 0;
        k[n++] = K(1, "bias");
        k[n++] = K(2, w);
        k[n++] = K(3, Suf(w, 1));
        k[n++] = K(4, Suf(w, 2));
        k[n++] = K(5, Suf(w, 3));
        k[n++] = K(6, Suf(w, 4));
        k[n++] = K(7, w.Length > 0 ? w[..1] : "");
        k[n++] = K(8, ParserLexicon.Shape(form));
        k[n++] = K(9, p1);
        k[n++] = K(10, p1 * 1000L + p2);
        k[n++] = K(11, p1 + "\u0001" + w);
        k[n++] = K(12, Word(i - 1));
        k[n++] = K(13, Word(i - 2));
        k[n++] = K(14, Word(i + 1));
        k[n++] = K(15, Word(i + 2));
        k[n++] = K(16, Suf(Word(i + 1), 3));
        k[n++] = K(17, Suf(Word(i - 1), 3));
        k[n++] = K(18, (i == 0 ? "first" : "rest") + (form.Length > 0 && char.IsUpper(form[0]) ? "U" : "l"));
        k[n++] = K(19, Word(i - 1) + "\u0001" + w);
        k[n++] = K(20, w + "\u0001" + Word(i + 1));
        k[n++] = K(21, Suf(w, 5));
        k[n++] = K(22, w.Length > 1 ? w[..2] : w);
        k[n++] = K(23, w.Length > 2 ? w[..3] : w);
        k[n++] = K(24, p1 + "\u0001" + Suf(w, 3));
        k[n++] = K(25, p1 + "\u0001" + Word(i + 1));
        k[n++] = K(26, ParserLexicon.Shape(i + 1 < s.Words.Length ? s.Words[i + 1].Form : "</s>") + "\u0001" + Suf(w, 2));
        k[n++] = K(27, (form.Length > 0 && char.IsUpper(form[0]) ? "U" : "l") + Suf(w, 3));
        k[n++] = K(28, Word(i - 1) + "\u0001" + Word(i + 1));
    }
}
