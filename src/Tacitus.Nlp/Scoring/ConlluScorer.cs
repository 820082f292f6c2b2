using Tacitus.Core;
using Tacitus.Nlp.Conllu;

namespace Tacitus.Nlp.Scoring;

/// <summary>Word-level scores in percent (CoNLL 2018 shared task definitions; with gold tokenization P = R = F1). Null when the system did not predict that column.</summary>
public sealed record ConlluScores(long Words, double? Upos, double? Xpos, double? UFeats, double? AllTags, double? Lemma, double? Uas, double? Las)
{
    /// <summary>The scores by their CoNLL 2018 names (UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS), only those present.</summary>
    public IReadOnlyList<(string Metric, double Value)> Present()
    {
        var list = new List<(string, double)>();
        void Add(string name, double? v) { if (v is { } x) list.Add((name, x)); }
        Add("UPOS", Upos);
        Add("XPOS", Xpos);
        Add("UFeats", UFeats);
        Add("AllTags", AllTags);
        Add("Lemmas", Lemma);
        Add("UAS", Uas);
        Add("LAS", Las);
        return list;
    }
}

/// <summary>
/// Scores predicted CoNLL-U against gold with the same tokenization, by the CoNLL 2018 shared task definitions:
/// UFeats compares only the universal features (sorted); Lemmas counts a word right when the gold lemma is "_";
/// LAS compares the universal part of DEPREL (before ':'). A column the system left empty everywhere (e.g. HEAD before
/// the parser exists) is reported as absent rather than as 0.
/// </summary>
public sealed class ConlluScorer
{
    // conll18_ud_eval.py UNIVERSAL_FEATURES.
    private static readonly HashSet<string> Universal = new(StringComparer.Ordinal)
    {
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case", "Definite",
        "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite",
    };

    private long _words, _upos, _xpos, _feats, _allTags, _lemma, _uas, _las;
    private bool _hasUpos, _hasXpos, _hasFeats, _hasLemma, _hasHeads;

    /// <summary>Adds one sentence pair; the word forms must match one for one.</summary>
    public void Add(ConlluSentence gold, ConlluSentence system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        if (gold.Words.Length != system.Words.Length)
            throw new TacitusException($"sentence {gold.SentId ?? "?"}: gold has {gold.Words.Length} words, system {system.Words.Length}; evaluation needs the gold tokenization");
        for (int i = 0; i < gold.Words.Length; i++)
        {
            var g = gold.Words[i];
            var s = system.Words[i];
            if (!string.Equals(g.Form, s.Form, StringComparison.Ordinal))
                throw new TacitusException($"sentence {gold.SentId ?? "?"}, word {i + 1}: gold '{g.Form}' but system '{s.Form}'; evaluation needs the gold tokenization");
            _words++;
            _hasUpos |= s.Upos is not null;
            _hasXpos |= s.Xpos is not null;
            _hasFeats |= s.Feats is not null;
            _hasLemma |= s.Lemma is not null;
            _hasHeads |= s.Head >= 0;
            bool upos = g.Upos == s.Upos, xpos = g.Xpos == s.Xpos, feats = SameFeats(g.Feats, s.Feats);
            if (upos) _upos++;
            if (xpos) _xpos++;
            if (feats) _feats++;
            if (upos && xpos && feats) _allTags++;
            if (g.Lemma is null || g.Lemma == s.Lemma || (g.Lemma == "_" && g.Form != "_")) _lemma++;
            if (g.Head == s.Head && s.Head >= 0)
            {
                _uas++;
                if (string.Equals(Universal_(g.Deprel), Universal_(s.Deprel), StringComparison.Ordinal)) _las++;
            }
        }
    }

    public ConlluScores Scores
    {
        get
        {
            double? P(long k, bool present) => present ? (_words == 0 ? 0 : 100.0 * k / _words) : null;
            return new ConlluScores(_words, P(_upos, _hasUpos), P(_xpos, _hasXpos), P(_feats, _hasFeats || _hasUpos), P(_allTags, _hasUpos),
                P(_lemma, _hasLemma), P(_uas, _hasHeads), P(_las, _hasHeads));
        }
    }

    /// <summary>Scores whole files (or sentence lists) pairwise.</summary>
    public static ConlluScores Score(IEnumerable<ConlluSentence> gold, IEnumerable<ConlluSentence> system)
    {
        var scorer = new ConlluScorer();
        using var g = gold.GetEnumerator();
        using var s = system.GetEnumerator();
        while (g.MoveNext())
        {
            if (!s.MoveNext()) throw new TacitusException("the system output has fewer sentences than the gold file");
            scorer.Add(g.Current, s.Current);
        }
        if (s.MoveNext()) throw new TacitusException("the system output has more sentences than the gold file");
        return scorer.Scores;
    }

    /// <summary>Whether two FEATS values agree on their universal features (order-insensitive; "_"/null is empty).</summary>
    public static bool SameFeats(string? a, string? b) => string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    private static string Canonical(string? feats)
    {
        if (feats is null or "_" or "") return "";
        var parts = feats.Split('|').Where(f => Universal.Contains(f.Split('=', 2)[0])).ToArray();
        Array.Sort(parts, StringComparer.Ordinal);
        return string.Join('|', parts);
    }

    private static string? Universal_(string? deprel)
    {
        if (deprel is null) return null;
        int colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }
}
