using System.Text.Json.Nodes;
using Tacitus.Core;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Lemmatization;

/// <summary>
/// Lemmatizer from learned edit scripts: an exception lexicon keyed by (form, UPOS, XPOS) for words seen in training,
/// then the longest known (tag, suffix) rule for everything else. For tags whose capitalised words have lower-case
/// lemmas in training (common nouns, verbs, …, learned, not listed) a capitalised form is lower-cased first, so
/// "Killing" and "KILLING" are lemmatized like "killing"; proper nouns keep their case. Thread-safe: the model is
/// immutable; the only mutable state is a small lock-free cache of recent results (see <see cref="Lemmatize(ReadOnlySpan{char}, ulong)"/>).
/// </summary>
public sealed class Lemmatizer
{
    public const string Component = "lemmatizer";

    private readonly EditScript[] _scripts;
    private readonly Dictionary<ulong, int> _lexicon;
    private readonly Dictionary<ulong, int> _suffixRules;
    private readonly HashSet<ulong> _lowerTags;

    // Recent (form, tag) → lemma results, direct-mapped by the word key. A slot is replaced whole by one reference
    // write, so concurrent readers see either the old or the new entry; a hit is checked against the form itself, so
    // hash collisions cannot change a result. It lets repeated words share one lemma string instead of one per
    // occurrence (on a 1 MB document those strings otherwise survive into generation 2).
    private const int CacheBits = 14;
    private const int MaxCachedForm = 32;
    private readonly CachedLemma?[] _cache = new CachedLemma?[1 << CacheBits];

    private sealed class CachedLemma(ulong key, string form, string lemma)
    {
        public readonly ulong Key = key;
        public readonly string Form = form;
        public readonly string Lemma = lemma;
    }

    public Lemmatizer(EditScript[] scripts, Dictionary<ulong, int> lexicon, Dictionary<ulong, int> suffixRules, HashSet<ulong> lowerTags, int maxSuffix, JsonObject config)
    {
        _scripts = scripts;
        _lowerTags = lowerTags;
        _lexicon = lexicon;
        _suffixRules = suffixRules;
        MaxSuffix = maxSuffix;
        Config = config;
    }

    public int MaxSuffix { get; }
    public JsonObject Config { get; }
    public int LexiconSize => _lexicon.Count;
    public int RuleCount => _suffixRules.Count;

    public static ulong TagKey(string? upos, string? xpos) => FeatureHash.Feature(50, FeatureHash.Of(upos ?? "_"), FeatureHash.Of(xpos ?? "_"));

    internal static ulong WordKey(ulong tag, ReadOnlySpan<char> form) => FeatureHash.Feature(51, tag, FeatureHash.Of(form));

    internal static ulong SuffixKey(ulong tag, ReadOnlySpan<char> form, int n) =>
        FeatureHash.Feature(52, tag, n == 0 ? 0UL : FeatureHash.LowerSuffix(form, n));

    /// <summary>Whether forms with capitals are lower-cased before lemmatizing under this tag.</summary>
    public bool LowersCase(ulong tagKey) => _lowerTags.Contains(tagKey);

    internal static bool HasUpper(ReadOnlySpan<char> form)
    {
        foreach (char c in form) if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>The lemma of <paramref name="form"/> under the tag pair whose key is <paramref name="tagKey"/> (<see cref="TagKey"/>).</summary>
    /// <remarks>Equal inputs give equal strings; repeated inputs usually give the same string object (a cached one).</remarks>
    public string Lemmatize(ReadOnlySpan<char> form, ulong tagKey)
    {
        if (form.IsEmpty) return "";
        ulong key = WordKey(tagKey, form);
        ref var slot = ref _cache[(int)(key >> (64 - CacheBits))];
        var cached = Volatile.Read(ref slot);
        if (cached is not null && cached.Key == key && form.SequenceEqual(cached.Form)) return cached.Lemma;
        string lemma = Compute(form, tagKey, key);
        if (form.Length <= MaxCachedForm)
            Volatile.Write(ref slot, new CachedLemma(key, form.SequenceEqual(lemma) ? lemma : form.ToString(), lemma));
        return lemma;
    }

    private string Compute(ReadOnlySpan<char> form, ulong tagKey, ulong wordKey)
    {
        if (_lexicon.TryGetValue(wordKey, out int s) && _scripts[s].AppliesTo(form)) return _scripts[s].Apply(form);
        if (_lowerTags.Contains(tagKey) && HasUpper(form))
        {
            Span<char> lowered = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
            for (int i = 0; i < form.Length; i++) lowered[i] = char.ToLowerInvariant(form[i]);
            if (_lexicon.TryGetValue(WordKey(tagKey, lowered), out s) && _scripts[s].AppliesTo(lowered)) return _scripts[s].Apply(lowered);
            return RuleFor(lowered, tagKey).Apply(lowered);
        }
        return RuleFor(form, tagKey).Apply(form);
    }

    internal EditScript RuleFor(ReadOnlySpan<char> form, ulong tagKey)
    {
        for (int n = Math.Min(MaxSuffix, form.Length); n >= 0; n--)
        {
            if (_suffixRules.TryGetValue(SuffixKey(tagKey, form, n), out int r) && _scripts[r].AppliesTo(form)) return _scripts[r];
        }
        return EditScript.Identity;
    }

    public string Lemmatize(ReadOnlySpan<char> form, string? upos, string? xpos) => Lemmatize(form, TagKey(upos, xpos));

    public string Lemmatize(string form, string? upos, string? xpos) => Lemmatize(form.AsSpan(), upos, xpos);

    public void Save(string directory, ModelMetadata meta) =>
        ModelPackage.Save(directory, meta, Config, w =>
        {
            w.Write(MaxSuffix);
            w.Write(_scripts.Length);
            foreach (var s in _scripts)
            {
                w.Write(s.Lower);
                w.Write7BitEncodedInt(s.Cut);
                w.Write(s.Append);
            }
            WriteMap(w, _lexicon);
            WriteMap(w, _suffixRules);
            w.Write(_lowerTags.Count);
            foreach (var t in _lowerTags.Order()) w.Write(t);
        });

    private static void WriteMap(BinaryWriter w, Dictionary<ulong, int> map)
    {
        w.Write(map.Count);
        foreach (var (k, v) in map.OrderBy(p => p.Key))
        {
            w.Write(k);
            w.Write7BitEncodedInt(v);
        }
    }

    public static Lemmatizer Load(string directory) =>
        ModelPackage.Load(directory, Component, (_, config, r) =>
        {
            int maxSuffix = r.ReadInt32();
            int n = r.ReadInt32();
            if (n < 1 || maxSuffix < 0 || maxSuffix > 64) throw new TacitusException($"{directory}: corrupt lemmatizer weights");
            var scripts = new EditScript[n];
            for (int i = 0; i < n; i++) scripts[i] = new EditScript(r.ReadBoolean(), r.Read7BitEncodedInt(), r.ReadString());
            var lexicon = ReadMap(r, n, directory);
            var rules = ReadMap(r, n, directory);
            int lt = r.ReadInt32();
            if (lt < 0) throw new TacitusException($"{directory}: corrupt lemmatizer weights");
            var lowerTags = new HashSet<ulong>(lt);
            for (int i = 0; i < lt; i++) lowerTags.Add(r.ReadUInt64());
            return new Lemmatizer(scripts, lexicon, rules, lowerTags, maxSuffix, config);
        });

    private static Dictionary<ulong, int> ReadMap(BinaryReader r, int scripts, string directory)
    {
        int count = r.ReadInt32();
        if (count < 0) throw new TacitusException($"{directory}: corrupt lemmatizer weights");
        var map = new Dictionary<ulong, int>(count);
        for (int i = 0; i < count; i++)
        {
            ulong k = r.ReadUInt64();
            int v = r.Read7BitEncodedInt();
            if (v < 0 || v >= scripts) throw new TacitusException($"{directory}: corrupt lemmatizer weights (script {v})");
            map[k] = v;
        }
        return map;
    }
}
