using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Nlp.Ner;

/// <summary>
/// Hashed facts about one word for NER: the tagger's word facts (its <see cref="WordInfo.Ambiguity"/> slot holds the
/// word's casing class from the training text), the gazetteer kinds that start at / run through it, and the casing
/// style of its sentence.
/// </summary>
public struct NerWord
{
    public WordInfo Word;
    public ulong Gazetteer;
    /// <summary>How the whole sentence is cased (normal, all lower, all upper, title-like); same for every word of it.</summary>
    public ulong SentenceCase;
    /// <summary>Capitalisation pattern of the word (0 other, 1 lower, 2 Capitalised, 3 UPPER, 4 digits, 5 punctuation).</summary>
    public ulong Case;
    /// <summary>Hash of the word's UPOS tag from the tagger (0 = untagged).</summary>
    public ulong Pos;
    /// <summary>
    /// The run of capitalised words the word is in ("Joe 's Pizza", "Bank of America"): position (1 begin, 2 inside,
    /// 3 end, 4 single; 0 not in a run) × 8 + length (at most 7).
    /// </summary>
    public ulong Run;
    /// <summary>Normalized hash of the word just before the run (0 outside a run).</summary>
    public ulong RunBefore;
    /// <summary>Cluster of the run's last word, and its head-word class (1 organisation word such as Inc or Restaurant, 2 place word such as Street or River).</summary>
    public ulong RunLastCluster, RunHead;

    public static NerWord Start => new() { Word = WordInfo.Start, Gazetteer = 0xBEEFUL, Case = 6, Pos = 0x5747UL };
    public static NerWord End => new() { Word = WordInfo.End, Gazetteer = 0xFEEDUL, Case = 7, Pos = 0xE4DUL };
}

/// <summary>
/// NER feature templates. <see cref="Observation"/> features look only at the words (word, affixes, shape, casing,
/// word clusters, ±2 window, gazetteer matches, sentence casing); <see cref="Transition"/> features pair the previous
/// label with a few facts of the current word (scored by a model over label pairs), so a first-order Viterbi decoder
/// can score every label pair.
/// </summary>
internal static class NerFeatures
{
    public const int Max = 88;
    public const int MaxTransition = 7;

    public static int Observation(ReadOnlySpan<NerWord> s, int i, Span<ulong> f)
    {
        ref readonly var x = ref s[i];
        var w = x.Word;
        var g = x.Gazetteer;
        var m1 = i >= 1 ? s[i - 1] : NerWord.Start;
        var m2 = i >= 2 ? s[i - 2] : NerWord.Start;
        var p1 = i + 1 < s.Length ? s[i + 1] : NerWord.End;
        var p2 = i + 2 < s.Length ? s[i + 2] : NerWord.End;
        ulong sc = x.SentenceCase;
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
        f[n++] = FeatureHash.Feature(235, m1.Word.Exact);
        f[n++] = FeatureHash.Feature(236, p1.Word.Exact);
        // Richer context: casing classes, sentence style, wider window.
        f[n++] = FeatureHash.Feature(240, w.Ambiguity);
        f[n++] = FeatureHash.Feature(241, w.Ambiguity, x.Case);
        f[n++] = FeatureHash.Feature(242, sc, x.Case);
        f[n++] = FeatureHash.Feature(243, sc, w.Norm);
        f[n++] = FeatureHash.Feature(244, m2.Case * 64 + m1.Case * 8 + x.Case, p1.Case * 8 + p2.Case);
        f[n++] = FeatureHash.Feature(245, m2.Word.Shape);
        f[n++] = FeatureHash.Feature(246, p2.Word.Shape);
        f[n++] = FeatureHash.Feature(247, m2.Word.Norm, m1.Word.Norm);
        f[n++] = FeatureHash.Feature(248, p1.Word.Norm, p2.Word.Norm);
        f[n++] = FeatureHash.Feature(249, m1.Word.Norm, p1.Word.Norm);
        f[n++] = FeatureHash.Feature(250, w.Pre4);
        f[n++] = FeatureHash.Feature(251, w.Pre1, x.Case);
        f[n++] = FeatureHash.Feature(252, m1.Word.ClusterCoarse);
        f[n++] = FeatureHash.Feature(253, p1.Word.ClusterCoarse);
        f[n++] = FeatureHash.Feature(254, m2.Word.Cluster);
        f[n++] = FeatureHash.Feature(255, p2.Word.Cluster);
        f[n++] = FeatureHash.Feature(256, w.Cluster, x.Case);
        f[n++] = FeatureHash.Feature(257, m2.Gazetteer);
        f[n++] = FeatureHash.Feature(258, p2.Gazetteer);
        f[n++] = FeatureHash.Feature(259, m1.Gazetteer, g, p1.Gazetteer);
        f[n++] = FeatureHash.Feature(260, g, x.Case);
        f[n++] = FeatureHash.Feature(261, m1.Word.Norm, x.Case);
        f[n++] = FeatureHash.Feature(262, p1.Word.Norm, x.Case);
        f[n++] = FeatureHash.Feature(263, m1.Word.Ambiguity, m1.Case);
        f[n++] = FeatureHash.Feature(264, p1.Word.Ambiguity, p1.Case);
        f[n++] = FeatureHash.Feature(265, p1.Word.Suf3, x.Case);
        f[n++] = FeatureHash.Feature(266, m1.Word.Suf3, x.Case);
        f[n++] = FeatureHash.Feature(270, x.Pos);
        f[n++] = FeatureHash.Feature(271, x.Pos, x.Case);
        f[n++] = FeatureHash.Feature(272, m1.Pos, x.Pos);
        f[n++] = FeatureHash.Feature(273, x.Pos, p1.Pos);
        f[n++] = FeatureHash.Feature(274, m1.Pos, x.Pos, p1.Pos);
        f[n++] = FeatureHash.Feature(275, x.Pos, w.Norm);
        f[n++] = FeatureHash.Feature(276, x.Pos, g);
        f[n++] = FeatureHash.Feature(277, m2.Pos, m1.Pos);
        f[n++] = FeatureHash.Feature(278, p1.Pos, p2.Pos);
        // Capitalised runs: how long, where the word is in it, what stands before it, the class and cluster of its last word.
        ulong run = x.Run;
        f[n++] = FeatureHash.Feature(282, run, sc);
        f[n++] = FeatureHash.Feature(283, x.RunBefore, run >> 3);
        f[n++] = FeatureHash.Feature(285, x.RunLastCluster, run >> 3);
        f[n++] = FeatureHash.Feature(286, x.RunHead, run);
        f[n++] = FeatureHash.Feature(287, x.RunHead, x.Gazetteer);
        return n;
    }

    /// <summary>
    /// Word facts that are paired with the previous label: scored by the pair model, whose classes are (previous label,
    /// current label) pairs, so one lookup per fact gives every transition score (the first is a constant: plain
    /// label-to-label transitions).
    /// </summary>
    public static int Transition(ReadOnlySpan<NerWord> s, int i, Span<ulong> f)
    {
        ref readonly var x = ref s[i];
        int n = 0;
        f[n++] = FeatureHash.Feature(219, 0);
        f[n++] = FeatureHash.Feature(221, x.Word.Shape);
        f[n++] = FeatureHash.Feature(222, x.Word.Norm);
        f[n++] = FeatureHash.Feature(234, x.Gazetteer);
        f[n++] = FeatureHash.Feature(237, x.Word.Cluster);
        f[n++] = FeatureHash.Feature(238, x.Pos);
        f[n++] = FeatureHash.Feature(239, x.Run);
        return n;
    }

    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "corporation", "llc", "ltd", "co", "company", "restaurant", "restaurants", "hotel", "hotels", "bank",
        "university", "college", "school", "academy", "church", "airlines", "airways", "center", "centre", "institute",
        "association", "council", "committee", "club", "foundation", "group", "services", "service", "cafe", "café", "grill",
        "pizza", "pizzeria", "bar", "salon", "store", "stores", "shop", "market", "motors", "insurance", "department", "dept",
        "agency", "authority", "commission", "society", "network", "news", "times", "post", "press", "party", "ministry",
        "hospital", "clinic", "league", "federation", "union", "board", "office", "bureau", "systems", "technologies",
        "solutions", "partners", "associates", "enterprises", "industries", "international", "records", "studios",
        "pictures", "auto", "dental", "spa", "inn", "bakery", "deli", "kitchen", "pub", "tavern", "diner", "bistro",
        "lounge", "cleaners", "realty", "pharmacy", "library", "plc", "gmbh", "ag", "sa", "bros", "brothers", "motel",
        "lodge", "supply", "electric", "energy", "airport", "station", "court", "senate", "congress", "parliament", "army",
    };

    private static readonly HashSet<string> PlaceHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "park", "river", "lake", "mountain", "mountains",
        "mount", "mt", "county", "beach", "island", "islands", "valley", "bay", "sea", "ocean", "city", "state", "province",
        "bridge", "square", "lane", "drive", "highway", "hwy", "canyon", "falls", "heights", "hills", "coast", "desert",
        "peninsula", "gulf", "strait", "district", "region", "village", "town", "creek", "forest", "springs",
    };

    private static readonly HashSet<string> RunConnectors = new(StringComparer.OrdinalIgnoreCase) { "of", "&", "'s", "’s", "de", "for", "the", "-", "du", "la", "del" };

    /// <summary>
    /// Finds the runs of capitalised words (capitalised or upper-case words, joined by "of", "&amp;", "'s"… when a capitalised
    /// word follows) and fills the run fields of <paramref name="s"/>. <see cref="NerWord.Case"/> and the word facts must be set.
    /// </summary>
    public static void MarkRuns<TForms>(TForms forms, Span<NerWord> s) where TForms : IWordForms
    {
        int n = s.Length;
        int i = 0;
        while (i < n)
        {
            if (!IsCapitalised(s[i].Case)) { Clear(ref s[i]); i++; continue; }
            int end = i + 1;
            while (end < n)
            {
                if (IsCapitalised(s[end].Case)) { end++; continue; }
                if (end + 1 < n && IsCapitalised(s[end + 1].Case) && RunConnectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(forms.Form(end))) { end += 2; continue; }
                break;
            }
            int len = end - i;
            var lastForm = forms.Form(end - 1).TrimEnd('.');
            ulong head = OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastForm) ? 1UL
                : PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastForm) ? 2UL : 0UL;
            ulong before = i > 0 ? s[i - 1].Word.Norm : 0x5EEDUL;
            for (int k = i; k < end; k++)
            {
                ulong pos = len == 1 ? 4UL : k == i ? 1UL : k == end - 1 ? 3UL : 2UL;
                ref var w = ref s[k];
                w.Run = pos * 8 + (ulong)Math.Min(len, 7);
                w.RunLastCluster = s[end - 1].Word.Cluster;
                w.RunBefore = before;
                w.RunHead = head;
            }
            i = end;
        }

        static bool IsCapitalised(ulong c) => c is 2 or 3;
        static void Clear(ref NerWord w) { w.Run = 0; w.RunBefore = w.RunLastCluster = w.RunHead = 0; }
    }

    /// <summary>Casing of one word: 0 other, 1 lower, 2 Capitalised, 3 UPPER, 4 digits, 5 punctuation only.</summary>
    public static ulong CaseOf(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty) return 0;
        bool letter = false, upper = false, lower = false, digit = false, punct = true;
        foreach (char c in form)
        {
            if (char.IsLetter(c)) { letter = true; punct = false; if (char.IsUpper(c)) upper = true; else lower = true; }
            else if (char.IsDigit(c)) { digit = true; punct = false; }
        }
        if (punct) return 5;
        if (!letter) return digit ? 4UL : 0UL;
        if (!upper) return 1;
        if (!lower) return form.Length > 1 ? 3UL : 2UL;
        return char.IsUpper(form[0]) ? 2UL : 0UL;
    }

    /// <summary>Sentence style from its words' casing: 1 normal, 2 no capitals at all, 3 all upper, 4 mostly capitalised (titles, signatures).</summary>
    public static ulong SentenceCaseOf(ReadOnlySpan<NerWord> s)
    {
        int words = 0, lower = 0, upper = 0, cap = 0;
        foreach (ref readonly var w in s)
        {
            switch (w.Case)
            {
                case 1: words++; lower++; break;
                case 2: words++; cap++; break;
                case 3: words++; upper++; break;
            }
        }
        if (words == 0) return 5;
        if (upper == words || (upper >= 3 && upper * 10 >= words * 8)) return 3;
        if (cap + upper == 0) return 2;
        if (words >= 3 && (cap + upper) * 10 >= words * 7) return 4;
        return 1;
    }
}
