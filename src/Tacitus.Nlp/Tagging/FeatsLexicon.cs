using Tacitus.Core;
using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Tagging;

/// <summary>
/// UD morphological features (FEATS) from the predicted tag: English FEATS are nearly a function of the word and
/// its XPOS, so the most frequent bundle per (word, tag) in training is used, else the most frequent per tag.
/// </summary>
public sealed class FeatsLexicon
{
    private readonly string?[] _byClass;
    private readonly Dictionary<ulong, string?> _byWord;

    public FeatsLexicon(string?[] byClass, Dictionary<ulong, string?> byWord)
    {
        _byClass = byClass;
        _byWord = byWord;
    }

    public static ulong Key(ulong norm, int tagClass) => FeatureHash.Feature(0, norm, (ulong)tagClass);

    public string? Lookup(ulong norm, int tagClass) =>
        _byWord.TryGetValue(Key(norm, tagClass), out var f) ? f : _byClass[tagClass];

    /// <summary>Counts (word, tag) → FEATS over training words and keeps only the exceptions to the per-tag default.</summary>
    public static FeatsLexicon Build(int classCount, IEnumerable<(ulong Norm, int Class, string? Feats)> words)
    {
        var perClass = new Dictionary<string, int>[classCount];
        for (int i = 0; i < classCount; i++) perClass[i] = new Dictionary<string, int>(StringComparer.Ordinal);
        var perWord = new Dictionary<ulong, (int Class, Dictionary<string, int> Counts)>();
        foreach (var (norm, cls, feats) in words)
        {
            var f = feats ?? "_";
            perClass[cls][f] = perClass[cls].GetValueOrDefault(f) + 1;
            var key = Key(norm, cls);
            if (!perWord.TryGetValue(key, out var d)) perWord[key] = d = (cls, new Dictionary<string, int>(StringComparer.Ordinal));
            d.Counts[f] = d.Counts.GetValueOrDefault(f) + 1;
        }
        var byClass = new string?[classCount];
        for (int i = 0; i < classCount; i++) byClass[i] = Unset(Best(perClass[i]));
        var byWord = new Dictionary<ulong, string?>();
        foreach (var (key, d) in perWord)
        {
            var best = Unset(Best(d.Counts));
            // Only the exceptions to the per-tag default are kept.
            if (!string.Equals(best, byClass[d.Class], StringComparison.Ordinal)) byWord[key] = best;
        }
        return new FeatsLexicon(byClass, byWord);
    }

    private static string? Best(Dictionary<string, int> d)
    {
        string? best = null;
        int n = -1;
        foreach (var (k, v) in d)
        {
            if (v > n || (v == n && string.CompareOrdinal(k, best) < 0)) { best = k; n = v; }
        }
        return best;
    }

    private static string? Unset(string? s) => s is null or "_" ? null : s;

    public void Write(BinaryWriter w)
    {
        w.Write(_byClass.Length);
        foreach (var s in _byClass) w.Write(s ?? "_");
        w.Write(_byWord.Count);
        foreach (var (k, v) in _byWord.OrderBy(p => p.Key)) { w.Write(k); w.Write(v ?? "_"); }
    }

    public static FeatsLexicon Read(BinaryReader r)
    {
        int c = r.ReadInt32();
        if (c < 0) throw new TacitusException("corrupt FEATS lexicon");
        var byClass = new string?[c];
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < c; i++) byClass[i] = Intern(r.ReadString());
        int n = r.ReadInt32();
        if (n < 0) throw new TacitusException("corrupt FEATS lexicon");
        var byWord = new Dictionary<ulong, string?>(n);
        for (int i = 0; i < n; i++) byWord[r.ReadUInt64()] = Intern(r.ReadString());
        return new FeatsLexicon(byClass, byWord);

        string? Intern(string s)
        {
            if (s == "_") return null;
            if (pool.TryGetValue(s, out var x)) return x;
            pool[s] = s;
            return s;
        }
    }
}
