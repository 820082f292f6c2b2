using System.Runtime.CompilerServices;
using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Tagging;

/// <summary>The tagger's feature templates: the word, its affixes, shape, ambiguity class and cluster, the ±2 neighbours, the two previous predicted tags, and (with an external lexicon) the tag sets it gives the word and its neighbours.</summary>
internal static class TaggerFeatures
{
    public const int Max = 48;

    /// <summary>Writes the features of word <paramref name="i"/> given the previous two predicted classes (−1 before the sentence) and returns how many.</summary>
    public static int Extract(ReadOnlySpan<WordInfo> s, int i, int prev1, int prev2, Span<ulong> f, bool external = false)
    {
        ref readonly var w = ref s[i];
        ref readonly var m1 = ref At(s, i - 1);
        ref readonly var m2 = ref At(s, i - 2);
        ref readonly var p1 = ref At(s, i + 1);
        ref readonly var p2 = ref At(s, i + 2);
        ulong t1 = (ulong)(prev1 + 2), t2 = (ulong)(prev2 + 2);
        int n = 0;
        f[n++] = FeatureHash.Feature(1, 0);
        f[n++] = FeatureHash.Feature(2, w.Norm);
        f[n++] = FeatureHash.Feature(3, w.Exact);
        f[n++] = FeatureHash.Feature(4, w.Suf1);
        f[n++] = FeatureHash.Feature(5, w.Suf2);
        f[n++] = FeatureHash.Feature(6, w.Suf3);
        f[n++] = FeatureHash.Feature(7, w.Suf4);
        f[n++] = FeatureHash.Feature(8, w.Pre1);
        f[n++] = FeatureHash.Feature(9, w.Pre2);
        f[n++] = FeatureHash.Feature(10, w.Pre3);
        f[n++] = FeatureHash.Feature(11, w.Pre4);
        f[n++] = FeatureHash.Feature(12, w.Shape);
        f[n++] = FeatureHash.Feature(13, w.Flags);
        f[n++] = FeatureHash.Feature(14, m1.Norm);
        f[n++] = FeatureHash.Feature(15, m2.Norm);
        f[n++] = FeatureHash.Feature(16, p1.Norm);
        f[n++] = FeatureHash.Feature(17, p2.Norm);
        f[n++] = FeatureHash.Feature(18, m1.Suf3);
        f[n++] = FeatureHash.Feature(19, p1.Suf3);
        f[n++] = FeatureHash.Feature(20, p1.Shape);
        f[n++] = FeatureHash.Feature(21, m1.Shape);
        f[n++] = FeatureHash.Feature(22, t1);
        f[n++] = FeatureHash.Feature(23, t1, t2);
        f[n++] = FeatureHash.Feature(24, t1, w.Norm);
        f[n++] = FeatureHash.Feature(25, m1.Norm, w.Norm);
        f[n++] = FeatureHash.Feature(26, w.Norm, p1.Norm);
        f[n++] = FeatureHash.Feature(27, w.Ambiguity);
        f[n++] = FeatureHash.Feature(28, p1.Ambiguity);
        f[n++] = FeatureHash.Feature(29, p2.Ambiguity);
        f[n++] = FeatureHash.Feature(30, t1, w.Ambiguity);
        f[n++] = FeatureHash.Feature(31, w.Ambiguity, p1.Ambiguity);
        f[n++] = FeatureHash.Feature(32, t1, w.Suf3);
        f[n++] = FeatureHash.Feature(33, w.Cluster);
        f[n++] = FeatureHash.Feature(34, w.ClusterCoarse);
        f[n++] = FeatureHash.Feature(35, p1.Cluster);
        f[n++] = FeatureHash.Feature(36, m1.Cluster);
        f[n++] = FeatureHash.Feature(37, p1.ClusterCoarse);
        if (external)
        {
            f[n++] = FeatureHash.Feature(38, w.External);
            f[n++] = FeatureHash.Feature(39, p1.External);
            f[n++] = FeatureHash.Feature(40, m1.External);
            f[n++] = FeatureHash.Feature(41, t1, w.External);
            f[n++] = FeatureHash.Feature(42, w.External, w.Flags);
            f[n++] = FeatureHash.Feature(43, w.ExternalFirst);
            f[n++] = FeatureHash.Feature(44, p2.External);
            f[n++] = FeatureHash.Feature(45, w.External, p1.External);
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref readonly WordInfo At(ReadOnlySpan<WordInfo> s, int i)
    {
        if (i < 0) return ref WordInfo.Start;
        if (i >= s.Length) return ref WordInfo.End;
        return ref s[i];
    }
}
