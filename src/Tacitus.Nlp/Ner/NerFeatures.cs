using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Nlp.Ner;

/// <summary>Hashed facts about one word for NER: the tagger's word facts plus the gazetteer kinds that start at / run through it.</summary>
public struct NerWord
{
    public WordInfo Word;
    public ulong Gazetteer;

    public static NerWord Start => new() { Word = WordInfo.Start, Gazetteer = 0xBEEFUL };
    public static NerWord End => new() { Word = WordInfo.End, Gazetteer = 0xFEEDUL };
}

/// <summary>NER feature templates: word, affixes, shape, clusters, ±2 neighbours, gazetteer matches and the two previous labels.</summary>
internal static class NerFeatures
{
    public const int Max = 40;

    public static int Extract(ReadOnlySpan<NerWord> s, int i, int prev1, int prev2, Span<ulong> f)
    {
        var w = s[i].Word;
        var g = s[i].Gazetteer;
        var m1 = i >= 1 ? s[i - 1] : NerWord.Start;
        var m2 = i >= 2 ? s[i - 2] : NerWord.Start;
        var p1 = i + 1 < s.Length ? s[i + 1] : NerWord.End;
        var p2 = i + 2 < s.Length ? s[i + 2] : NerWord.End;
        ulong t1 = (ulong)(prev1 + 2), t2 = (ulong)(prev2 + 2);
        int n = 0;
        f[n++] = FeatureHash.Feature(201, 0);
        f[n++] = FeatureHash.Feature(202, w.Norm);
        f[n++] = FeatureHash.Feature(203, w.Exact);
        f[n++] = FeatureHash.Feature(204, w.Suf2);
        f[n++] = FeatureHash.Feature(205, w.Suf3);
        f[n++] = FeatureHash.Feature(206, w.Suf4);
        f[n++] = FeatureHash.Feature(207, w.Pre2);
        f[n++] = FeatureHash.Feature(208, w.Pre3);
        f[n++] = FeatureHash.Feature(209, w.Shape);
        f[n++] = FeatureHash.Feature(210, w.Flags);
        f[n++] = FeatureHash.Feature(211, m1.Word.Norm);
        f[n++] = FeatureHash.Feature(212, m2.Word.Norm);
        f[n++] = FeatureHash.Feature(213, p1.Word.Norm);
        f[n++] = FeatureHash.Feature(214, p2.Word.Norm);
        f[n++] = FeatureHash.Feature(215, m1.Word.Shape);
        f[n++] = FeatureHash.Feature(216, p1.Word.Shape);
        f[n++] = FeatureHash.Feature(217, m1.Word.Suf3);
        f[n++] = FeatureHash.Feature(218, p1.Word.Suf3);
        f[n++] = FeatureHash.Feature(219, t1);
        f[n++] = FeatureHash.Feature(220, t1, t2);
        f[n++] = FeatureHash.Feature(221, t1, w.Shape);
        f[n++] = FeatureHash.Feature(222, t1, w.Norm);
        f[n++] = FeatureHash.Feature(223, m1.Word.Norm, w.Norm);
        f[n++] = FeatureHash.Feature(224, w.Norm, p1.Word.Norm);
        f[n++] = FeatureHash.Feature(225, m1.Word.Shape, w.Shape, p1.Word.Shape);
        f[n++] = FeatureHash.Feature(226, w.Cluster);
        f[n++] = FeatureHash.Feature(227, w.ClusterCoarse);
        f[n++] = FeatureHash.Feature(228, m1.Word.Cluster);
        f[n++] = FeatureHash.Feature(229, p1.Word.Cluster);
        f[n++] = FeatureHash.Feature(230, g);
        f[n++] = FeatureHash.Feature(231, m1.Gazetteer);
        f[n++] = FeatureHash.Feature(232, p1.Gazetteer);
        f[n++] = FeatureHash.Feature(233, g, w.Shape);
        f[n++] = FeatureHash.Feature(234, t1, g);
        f[n++] = FeatureHash.Feature(235, m1.Word.Exact);
        f[n++] = FeatureHash.Feature(236, p1.Word.Exact);
        return n;
    }
}
