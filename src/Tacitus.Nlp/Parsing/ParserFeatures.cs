using System.Runtime.CompilerServices;
using static Tacitus.Nlp.Parsing.TemplateHash;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// Zhang &amp; Nivre (2011) rich non-local features, adapted to arc-hybrid (s0, s1, s2 on the stack; b0, b1, b2 in the
/// buffer): words, tags, pairs and triples, distance, valency, leftmost/rightmost children and second children with
/// their labels, and label sets. Each feature is a 64-bit hash of (template, values). "Transition" features score
/// SHIFT/LEFT/RIGHT only; "label" features score every labelled transition.
/// </summary>
internal static class ParserFeatures
{
    public const int MaxTransition = 176;
    public const int MaxLabel = 72;

    // Values for absent tokens and the root.
    private const ulong NoWord = 0x5A5A_0001UL, RootWord = 0x5A5A_0002UL;
    private const int NoTag = 0, RootTag = 1;

    /// <summary>Fills <paramref name="t"/> with transition features and <paramref name="l"/> with label features; returns their counts.</summary>
    public static (int T, int L) Extract(ArcHybridState st, ParserSentence s, Span<ulong> t, Span<ulong> l) =>
        (Transition(st, s, t), Label(st, s, l, 0));

    /// <summary>
    /// Fills <paramref name="t"/> with the features that score SHIFT/LEFT/RIGHT; returns their count. With word
    /// ambiguity classes in the lexicon (<see cref="ParserSentence.Ambiguous"/>), templates over them are added.
    /// </summary>
    public static int Transition(ArcHybridState st, ParserSentence s, Span<ulong> t)
    {
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2), b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        var word = s.Word; var tag = s.Tag; var upos = s.Upos;
        ulong W(int x) => x < 0 ? NoWord : x == 0 ? RootWord : word[x];
        ulong P(int x) => x < 0 ? NoTag : x == 0 ? RootTag : (ulong)tag[x];
        ulong U(int x) => x < 0 ? NoTag : x == 0 ? RootTag : (ulong)upos[x];
        ulong X(int x) => x <= 0 ? NoWord : s.Suffix[x];
        ulong Lb(int x) => x < 0 ? 0UL : (ulong)st.Labels[x] + 1;
        int C(int[] a, int x) => x < 0 ? -1 : a[x];

        ulong s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2w = W(s2), s2p = P(s2);
        ulong b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
        ulong s0u = U(s0), s1u = U(s1), b0u = U(b0), b1u = U(b1);
        int s0l = C(st.Lc1, s0), s0l2 = C(st.Lc2, s0), s0r = C(st.Rc1, s0), s0r2 = C(st.Rc2, s0);
        int b0l = C(st.Lc1, b0), b0l2 = C(st.Lc2, b0);
        int s1l = C(st.Lc1, s1), s1r = C(st.Rc1, s1), s1r2 = C(st.Rc2, s1);
        ulong s0lp = P(s0l), s0rp = P(s0r), b0lp = P(b0l), s1rp = P(s1r), s1lp = P(s1l);
        ulong s0ll = Lb(s0l), s0rl = Lb(s0r), b0ll = Lb(b0l), s1rl = Lb(s1r), s1ll = Lb(s1l);
        ulong d = s0 >= 0 && b0 >= 0 ? Dist(b0 - s0) : 0;
        ulong d1 = s1 >= 0 && s0 >= 0 ? Dist(s0 - s1) : 0;
        ulong s0vl = s0 >= 0 ? (ulong)st.NLeft[s0] : 99, s0vr = s0 >= 0 ? (ulong)st.NRight[s0] : 99;
        ulong b0vl = b0 >= 0 ? (ulong)st.NLeft[b0] : 99, s1vl = s1 >= 0 ? (ulong)st.NLeft[s1] : 99, s1vr = s1 >= 0 ? (ulong)st.NRight[s1] : 99;
        ulong s0sl = s0 >= 0 ? st.LeftSet[s0] : 1UL << 63, s0sr = s0 >= 0 ? st.RightSet[s0] : 1UL << 63;
        ulong b0sl = b0 >= 0 ? st.LeftSet[b0] : 1UL << 63, s1sr = s1 >= 0 ? st.RightSet[s1] : 1UL << 63, s1sl = s1 >= 0 ? st.LeftSet[s1] : 1UL << 63;
        ulong s0x = X(s0), b0x = X(b0), s1x = X(s1), b1x = X(b1);
        var cl = s.Cluster; var c4 = s.Cluster4; var c6 = s.Cluster6;
        // Absent token and root get values outside every cluster range.
        ulong Cf(int x) => x <= 0 ? 0x3_0000_0000UL + (ulong)(x + 2) : cl[x];
        ulong C4(int x) => x <= 0 ? 0x3_0000_0000UL + (ulong)(x + 2) : c4[x];
        ulong C6(int x) => x <= 0 ? 0x3_0000_0000UL + (ulong)(x + 2) : c6[x];
        ulong s0c = Cf(s0), b0c = Cf(b0), b1c = Cf(b1), s1c = Cf(s1);
        ulong s0c4 = C4(s0), b0c4 = C4(b0), b1c4 = C4(b1), s1c4 = C4(s1), b2c4 = C4(b2);
        ulong s0c6 = C6(s0), b0c6 = C6(b0), s1c6 = C6(s1);

        int n = 0;
        // Single words.
        t[n++] = H(1, s0w); t[n++] = H(2, s0p); t[n++] = H(3, s0w, s0p);
        t[n++] = H(4, b0w); t[n++] = H(5, b0p); t[n++] = H(6, b0w, b0p);
        t[n++] = H(7, b1w); t[n++] = H(8, b1p); t[n++] = H(9, b1w, b1p);
        t[n++] = H(10, b2w); t[n++] = H(11, b2p); t[n++] = H(12, b2w, b2p);
        t[n++] = H(13, s1w); t[n++] = H(14, s1p); t[n++] = H(15, s1w, s1p);
        t[n++] = H(16, s2p); t[n++] = H(17, s2w);
        t[n++] = H(18, s0x, s0p); t[n++] = H(19, b0x, b0p); t[n++] = H(20, s1x, s1p); t[n++] = H(21, b1x);
        // Pairs.
        t[n++] = H(30, s0w, s0p, b0w, b0p); t[n++] = H(31, s0w, s0p, b0w); t[n++] = H(32, s0w, b0w, b0p);
        t[n++] = H(33, s0w, s0p, b0p); t[n++] = H(34, s0p, b0w, b0p); t[n++] = H(35, s0w, b0w);
        t[n++] = H(36, s0p, b0p); t[n++] = H(37, b0p, b1p);
        t[n++] = H(38, s1w, s1p, s0w, s0p); t[n++] = H(39, s1w, s0w); t[n++] = H(40, s1p, s0p);
        t[n++] = H(41, s1w, s0p); t[n++] = H(42, s1p, s0w); t[n++] = H(43, s1p, b0p); t[n++] = H(44, s1w, b0w);
        t[n++] = H(45, s1w, s1p, s0p); t[n++] = H(46, s1p, s0w, s0p); t[n++] = H(47, b0w, b1w);
        // Triples.
        t[n++] = H(50, b0p, b1p, b2p); t[n++] = H(51, s0p, b0p, b1p); t[n++] = H(52, s1p, s0p, b0p);
        t[n++] = H(53, s2p, s1p, s0p); t[n++] = H(54, s0p, s0lp, b0p); t[n++] = H(55, s0p, s0rp, b0p);
        t[n++] = H(56, s0p, b0p, b0lp); t[n++] = H(57, s1p, s1rp, s0p); t[n++] = H(58, s1p, s0p, s0lp);
        t[n++] = H(59, s1p, s0p, s0rp); t[n++] = H(60, s0w, b0p, b1p); t[n++] = H(61, s0p, b0w, b1p);
        t[n++] = H(62, s1p, s0p, b0w); t[n++] = H(63, s1w, s0p, b0p); t[n++] = H(64, s1p, s0w, b0p);
        t[n++] = H(65, s2p, s1p, b0p);
        // Distance.
        t[n++] = H(70, s0w, d); t[n++] = H(71, s0p, d); t[n++] = H(72, b0w, d); t[n++] = H(73, b0p, d);
        t[n++] = H(74, s0w, b0w, d); t[n++] = H(75, s0p, b0p, d); t[n++] = H(76, s1p, s0p, d1);
        t[n++] = H(77, s1w, s0w, d1); t[n++] = H(78, s1w, d1); t[n++] = H(79, s0w, d1); t[n++] = H(80, s1p, s0p, b0p, d);
        // Valency.
        t[n++] = H(81, s0w, s0vr); t[n++] = H(82, s0p, s0vr); t[n++] = H(83, s0w, s0vl); t[n++] = H(84, s0p, s0vl);
        t[n++] = H(85, b0w, b0vl); t[n++] = H(86, b0p, b0vl); t[n++] = H(87, s1w, s1vr); t[n++] = H(88, s1p, s1vr);
        t[n++] = H(89, s1p, s1vl);
        // Children.
        t[n++] = H(90, W(s0l)); t[n++] = H(91, s0lp); t[n++] = H(92, s0ll); t[n++] = H(93, W(s0r));
        t[n++] = H(94, s0rp); t[n++] = H(95, s0rl); t[n++] = H(96, W(b0l)); t[n++] = H(97, b0lp); t[n++] = H(98, b0ll);
        t[n++] = H(99, W(s1r)); t[n++] = H(100, s1rp); t[n++] = H(101, s1rl); t[n++] = H(102, s1lp); t[n++] = H(103, s1ll);
        // Third order.
        t[n++] = H(110, W(s0l2)); t[n++] = H(111, P(s0l2)); t[n++] = H(112, Lb(s0l2)); t[n++] = H(113, W(s0r2));
        t[n++] = H(114, P(s0r2)); t[n++] = H(115, Lb(s0r2)); t[n++] = H(116, W(b0l2)); t[n++] = H(117, P(b0l2));
        t[n++] = H(118, Lb(b0l2)); t[n++] = H(119, s0p, s0lp, P(s0l2)); t[n++] = H(120, s0p, s0rp, P(s0r2));
        t[n++] = H(121, b0p, b0lp, P(b0l2)); t[n++] = H(122, s1p, s1rp, P(s1r2));
        // Label sets.
        t[n++] = H(130, s0w, s0sr); t[n++] = H(131, s0p, s0sr); t[n++] = H(132, s0w, s0sl); t[n++] = H(133, s0p, s0sl);
        t[n++] = H(134, b0w, b0sl); t[n++] = H(135, b0p, b0sl); t[n++] = H(136, s1p, s1sr); t[n++] = H(137, s1p, s1sl);
        // Universal tags.
        t[n++] = H(140, s0u, b0u); t[n++] = H(141, s1u, s0u); t[n++] = H(142, s1u, s0u, b0u); t[n++] = H(143, s0u, b0u, b1u);
        if (s.Ambiguous)
        {
            // Ambiguity classes (the tags a word had in training): robust to the tagger's errors.
            var amb = s.Ambiguity;
            ulong A(int x) => x < 0 ? NoWord : x == 0 ? RootWord : amb[x];
            ulong s0a = A(s0), b0a = A(b0), s1a = A(s1), b1a = A(b1);
            t[n++] = H(144, s0a); t[n++] = H(145, b0a); t[n++] = H(146, s0a, b0a); t[n++] = H(147, s1a, s0a);
            t[n++] = H(148, b1a); t[n++] = H(149, s0a, b0p); t[n++] = H(170, s0p, b0a); t[n++] = H(171, s1a, s0a, b0a);
            t[n++] = H(172, s0a, s0p); t[n++] = H(173, b0a, b0p); t[n++] = H(174, b0a, b1a);
        }
        if (!s.Clustered) return n;
        // Word clusters (learned from the training text), alone and with tags, for words too rare for their own feature.
        t[n++] = H(150, s0c); t[n++] = H(151, b0c); t[n++] = H(152, b1c); t[n++] = H(153, s1c);
        t[n++] = H(154, s0c, s0p); t[n++] = H(155, b0c, b0p); t[n++] = H(156, s0c6, b0c6); t[n++] = H(157, s0c4, b0c4, d);
        t[n++] = H(158, s0c, b0p); t[n++] = H(159, s0p, b0c); t[n++] = H(160, s1c6, s0c6); t[n++] = H(161, s1p, s0c);
        t[n++] = H(162, s1c, s0p); t[n++] = H(163, b0c4, b1c4, b2c4); t[n++] = H(164, s1c4, s0c4, b0c4); t[n++] = H(165, s0c4, b0c4, b1c4);
        t[n++] = H(166, s0p, C4(s0l), b0p); t[n++] = H(167, b0c, b0lp); t[n++] = H(168, s0c, s0rp); t[n++] = H(169, s0c4, b0p, b1p);
        return n;
    }

    /// <summary>
    /// Fills <paramref name="l"/> with the features that score relations; returns their count. <paramref name="dir"/>
    /// 0 gives the joint model's features (every labelled transition scored at once); 1 (LEFT: s0 ← b0) and 2
    /// (RIGHT: s0 ← s1) give the factored model's features for labelling the arc that transition makes.
    /// </summary>
    public static int Label(ArcHybridState st, ParserSentence s, Span<ulong> l, int dir)
    {
        int s0 = st.S(0), s1 = st.S(1), b0 = st.B(0), b1 = st.B(1);
        var word = s.Word; var tag = s.Tag; var upos = s.Upos;
        ulong W(int x) => x < 0 ? NoWord : x == 0 ? RootWord : word[x];
        ulong P(int x) => x < 0 ? NoTag : x == 0 ? RootTag : (ulong)tag[x];
        ulong U(int x) => x < 0 ? NoTag : x == 0 ? RootTag : (ulong)upos[x];
        ulong X(int x) => x <= 0 ? NoWord : s.Suffix[x];
        ulong Lb(int x) => x < 0 ? 0UL : (ulong)st.Labels[x] + 1;
        int C(int[] a, int x) => x < 0 ? -1 : a[x];
        ulong s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), b0w = W(b0), b0p = P(b0), b1p = P(b1);
        ulong s0u = U(s0), s1u = U(s1), b0u = U(b0);
        int s0l = C(st.Lc1, s0), s0r = C(st.Rc1, s0), b0l = C(st.Lc1, b0), s1r = C(st.Rc1, s1);
        ulong s0lp = P(s0l), s0ll = Lb(s0l), s0rl = Lb(s0r), b0ll = Lb(b0l), s1rl = Lb(s1r);
        ulong d = s0 >= 0 && b0 >= 0 ? Dist(b0 - s0) : 0;
        ulong d1 = s1 >= 0 && s0 >= 0 ? Dist(s0 - s1) : 0;
        ulong s0sl = s0 >= 0 ? st.LeftSet[s0] : 1UL << 63, s0sr = s0 >= 0 ? st.RightSet[s0] : 1UL << 63;
        ulong b0sl = b0 >= 0 ? st.LeftSet[b0] : 1UL << 63;
        ulong s0x = X(s0), b0x = X(b0), s1x = X(s1);
        int o = 200 + 1000 * dir;
        int m = 0;
        l[m++] = H(o + 0, s0w); l[m++] = H(o + 1, s0p); l[m++] = H(o + 2, b0w); l[m++] = H(o + 3, b0p);
        l[m++] = H(o + 4, s1w); l[m++] = H(o + 5, s1p); l[m++] = H(o + 6, s0p, b0p); l[m++] = H(o + 7, s1p, s0p);
        l[m++] = H(o + 8, s0w, b0p); l[m++] = H(o + 9, s0p, b0w); l[m++] = H(o + 10, s1w, s0p); l[m++] = H(o + 11, s1p, s0w);
        l[m++] = H(o + 12, s0p, b0p, d); l[m++] = H(o + 13, s1p, s0p, d1); l[m++] = H(o + 14, s0u, b0u); l[m++] = H(o + 15, s1u, s0u);
        l[m++] = H(o + 16, s0p, s0sl); l[m++] = H(o + 17, s0p, s0sr); l[m++] = H(o + 18, b0p, b0sl); l[m++] = H(o + 19, s0p, s0ll);
        l[m++] = H(o + 20, s0p, s0rl); l[m++] = H(o + 21, b0p, b0ll); l[m++] = H(o + 22, s0p, b0p, b1p); l[m++] = H(o + 23, s1p, s0p, b0p);
        l[m++] = H(o + 24, s0w, b0w); l[m++] = H(o + 25, s1w, s0w); l[m++] = H(o + 26, b0p, b1p); l[m++] = H(o + 27, s0u);
        l[m++] = H(o + 28, b0u); l[m++] = H(o + 29, s1p, b0p); l[m++] = H(o + 30, s0x, s0p); l[m++] = H(o + 31, b0x);
        l[m++] = H(o + 32, s1x); l[m++] = H(o + 33, s0p, W(s0l)); l[m++] = H(o + 34, s0w, s0lp); l[m++] = H(o + 35, s1p, s1rl);
        l[m++] = H(o + 36, s0w, s0sl); l[m++] = H(o + 37, s0p, W(s0r));
        if (dir != 0)
        {
            // Factored labelling: the head's other dependents and the dependent's ambiguity class.
            int h = dir == 1 ? b0 : s1;
            ulong hsl = h >= 0 ? st.LeftSet[h] : 1UL << 63, hsr = h >= 0 ? st.RightSet[h] : 1UL << 63;
            ulong hp = P(h), hw = W(h);
            l[m++] = H(o + 50, hp, hsl, hsr); l[m++] = H(o + 51, s0p, hp, d, d1); l[m++] = H(o + 52, s0w, hw);
            l[m++] = H(o + 53, s0p, s0sl, s0sr); l[m++] = H(o + 54, s0u, U(h), s0sl);
            if (s.Ambiguous)
            {
                ulong s0a = s0 > 0 ? s.Ambiguity[s0] : NoWord, ha = h > 0 ? s.Ambiguity[h] : RootWord;
                l[m++] = H(o + 55, s0a, hp); l[m++] = H(o + 56, s0a, ha); l[m++] = H(o + 57, s0a);
            }
        }
        if (!s.Clustered) return m;
        var cl = s.Cluster; var c6 = s.Cluster6;
        ulong Cf(int x) => x <= 0 ? 0x3_0000_0000UL + (ulong)(x + 2) : cl[x];
        ulong C6(int x) => x <= 0 ? 0x3_0000_0000UL + (ulong)(x + 2) : c6[x];
        ulong s0c = Cf(s0), b0c = Cf(b0), s1c = Cf(s1), s0c6 = C6(s0), b0c6 = C6(b0), s1c6 = C6(s1);
        l[m++] = H(o + 40, s0c); l[m++] = H(o + 41, b0c); l[m++] = H(o + 42, s1c); l[m++] = H(o + 43, s0c, b0p); l[m++] = H(o + 44, s0p, b0c);
        l[m++] = H(o + 45, s1c6, s0p); l[m++] = H(o + 46, s0c6, b0c6); l[m++] = H(o + 47, s0w, b0w, b0p); l[m++] = H(o + 48, s1w, s0w, s0p);
        return m;
    }
}
