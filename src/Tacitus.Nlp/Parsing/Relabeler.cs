using System.Runtime.CompilerServices;
using static Tacitus.Nlp.Parsing.TemplateHash;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// Second-stage relation classifier: once the tree is finished, each arc's relation is chosen again from features the
/// transition parser could not see when it made the arc (the head's own head, the dependent's siblings on both sides,
/// the dependent's leftmost and rightmost children, the words around head and dependent). An averaged perceptron over
/// hashed features, one weight per relation, trained on the gold trees of the training treebank.
/// </summary>
internal sealed class Relabeler
{
    public const int MaxFeatures = 48;
    private const ulong NoWord = 0x5A5A_0001UL, RootWord = 0x5A5A_0002UL;
    private const int NoTag = 0, RootTag = 1;

    private int[] _childStart = new int[64], _children = new int[64], _pos = new int[64], _fill = new int[64];

    /// <summary>Indexes the children of every word of the tree <paramref name="heads"/> (1..n; 0 = root), in sentence order.</summary>
    public void Index(int[] heads, int n)
    {
        if (n + 2 > _childStart.Length)
        {
            int cap = Math.Max(n + 2, _childStart.Length * 2);
            _childStart = new int[cap]; _children = new int[cap]; _pos = new int[cap]; _fill = new int[cap];
        }
        Array.Clear(_childStart, 0, n + 2);
        for (int d = 1; d <= n; d++) _childStart[heads[d] + 1]++;
        for (int h = 1; h <= n + 1; h++) _childStart[h] += _childStart[h - 1];
        Array.Copy(_childStart, _fill, n + 1);
        for (int d = 1; d <= n; d++)
        {
            int h = heads[d];
            int at = _fill[h]++;
            _children[at] = d;
            _pos[d] = at;
        }
    }

    /// <summary>Features of the arc heads[d] → d (after <see cref="Index"/>); returns their count.</summary>
    public int Extract(ParserSentence s, int[] heads, int d, Span<ulong> f)
    {
        int h = heads[d], n = s.Length;
        var word = s.Word; var tag = s.Tag; var upos = s.Upos;
        ulong W(int x) => x < 0 || x > n ? NoWord : x == 0 ? RootWord : word[x];
        ulong P(int x) => x < 0 || x > n ? NoTag : x == 0 ? RootTag : (ulong)tag[x];
        ulong U(int x) => x < 0 || x > n ? NoTag : x == 0 ? RootTag : (ulong)upos[x];
        ulong X(int x) => x <= 0 || x > n ? NoWord : s.Suffix[x];
        int dir = d < h ? 0 : 1;
        int o = 400 + 100 * dir;
        int g = h > 0 ? heads[h] : -1;
        ulong dw = W(d), dp = P(d), du = U(d), hw = W(h), hp = P(h), hu = U(h), gp = P(g);
        ulong dist = Dist(Math.Abs(h - d));
        int m = 0;
        f[m++] = H(o + 1, dw); f[m++] = H(o + 2, dp); f[m++] = H(o + 3, hw); f[m++] = H(o + 4, hp);
        f[m++] = H(o + 5, dp, hp); f[m++] = H(o + 6, dw, hp); f[m++] = H(o + 7, dp, hw); f[m++] = H(o + 8, dw, hw);
        f[m++] = H(o + 9, du, hu); f[m++] = H(o + 10, X(d), dp); f[m++] = H(o + 11, X(h), hp); f[m++] = H(o + 12, dp, hp, dist);
        f[m++] = H(o + 13, gp, hp, dp); f[m++] = H(o + 14, W(g), hp, dp); f[m++] = H(o + 15, dp, P(d - 1), P(d + 1));
        f[m++] = H(o + 16, hp, P(h - 1), P(h + 1)); f[m++] = H(o + 17, dp, hp, g == 0 ? 1UL : 0UL); f[m++] = H(o + 18, X(d));
        f[m++] = H(o + 19, dw, dp, hp); f[m++] = H(o + 20, dp, W(d - 1)); f[m++] = H(o + 21, dp, hp, W(h + 1));
        // The dependent's outermost children.
        int c0 = _childStart[d], c1 = _childStart[d + 1];
        int kids = c1 - c0;
        ulong lw = kids > 0 ? W(_children[c0]) : NoWord, lp = kids > 0 ? P(_children[c0]) : NoTag, rp = kids > 0 ? P(_children[c1 - 1]) : NoTag;
        f[m++] = H(o + 30, dp, lw); f[m++] = H(o + 31, dp, lp); f[m++] = H(o + 32, dp, rp); f[m++] = H(o + 33, dp, (ulong)Math.Min(kids, 4));
        f[m++] = H(o + 34, dp, hp, lw); f[m++] = H(o + 35, dp, lp, rp);
        // Siblings: two on each side within the head's children.
        int hs = _childStart[h], he = _childStart[h + 1], at = _pos[d];
        for (int k = -2; k <= 2; k++)
        {
            if (k == 0) continue;
            int j = at + k;
            int sib = j >= hs && j < he ? _children[j] : -1;
            f[m++] = H(o + 40 + k, dp, hp, P(sib));
            f[m++] = H(o + 50 + k, dp, W(sib));
        }
        f[m++] = H(o + 60, dp, hp, (ulong)Math.Min(he - hs, 6), (ulong)Math.Min(at - hs, 3));
        return m;
    }
}
