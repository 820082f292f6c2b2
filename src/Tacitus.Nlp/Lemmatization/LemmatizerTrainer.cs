using System.Diagnostics;
using System.Text.Json.Nodes;
using Tacitus.Core;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Lemmatization;

public sealed record LemmatizerTrainingOptions
{
    /// <summary>Suffix lengths tried; the one with the best dev lemma accuracy is kept.</summary>
    public IReadOnlyList<int> SuffixLengths { get; init; } = [3, 4, 5, 6, 7, 8];

    /// <summary>
    /// Tag pairs (UPOS, XPOS, UPOS, XPOS) that share word forms. Default: past tense and past participle of verbs and
    /// auxiliaries. A form seen in training under one tag only, whose suffix rule under the other tag would give another
    /// lemma, becomes an exception under the other tag too ("declined", seen only as VBN, is no "declin" as VBD).
    /// </summary>
    public IReadOnlyList<(string Upos, string Xpos, string SiblingUpos, string SiblingXpos)> SiblingTags { get; init; } =
        [("VERB", "VBD", "VERB", "VBN"), ("AUX", "VBD", "AUX", "VBN")];
}

/// <summary>
/// Learns a <see cref="Lemmatizer"/> from CoNLL-U: counts edit scripts per (form, tags) for the exception lexicon and
/// per (tags, suffix) over word types for the rules; chooses the longest suffix length by dev accuracy (gold tags).
/// Counting only, so the result does not depend on a seed.
/// </summary>
public static class LemmatizerTrainer
{
    public static Lemmatizer Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, LemmatizerTrainingOptions options, Action<EpochReport>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var scriptIndex = new Dictionary<EditScript, int>();
        var scripts = new List<EditScript>();
        int ScriptId(EditScript s)
        {
            if (!scriptIndex.TryGetValue(s, out int id)) { id = scripts.Count; scripts.Add(s); scriptIndex[s] = id; }
            return id;
        }
        // Tags whose capitalised words mostly have lower-case lemmas: such forms are lower-cased before lemmatizing.
        var caseVotes = new Dictionary<ulong, (int Lowered, int Kept)>();
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                if (w.Lemma is not { Length: > 0 } lemma || !Lemmatizer.HasUpper(w.Form)) continue;
                var tag = Lemmatizer.TagKey(w.Upos, w.Xpos);
                var v = caseVotes.GetValueOrDefault(tag);
                caseVotes[tag] = lemma == EditScript.LowerCase(lemma) ? (v.Lowered + 1, v.Kept) : (v.Lowered, v.Kept + 1);
            }
        var lowerTags = caseVotes.Where(p => p.Value.Lowered > p.Value.Kept).Select(p => p.Key).ToHashSet();
        // Types: (form as looked up, upos, xpos) → script counts (token frequency).
        var types = new Dictionary<(string Form, string? Upos, string? Xpos), Dictionary<int, int>>();
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                if (w.Lemma is null) continue;
                var form = lowerTags.Contains(Lemmatizer.TagKey(w.Upos, w.Xpos)) ? EditScript.LowerCase(w.Form) : w.Form;
                var key = (form, w.Upos, w.Xpos);
                if (!types.TryGetValue(key, out var d)) types[key] = d = [];
                int id = ScriptId(EditScript.Between(form, w.Lemma));
                d[id] = d.GetValueOrDefault(id) + 1;
            }
        if (types.Count == 0) throw new TacitusException("lemmatizer training: no lemmas in the training file");
        // Deterministic order for everything that follows.
        var typeList = types.Select(p => (p.Key, Best: Best(p.Value))).OrderBy(p => p.Key.Form, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Upos, StringComparer.Ordinal).ThenBy(p => p.Key.Xpos, StringComparer.Ordinal).ToList();

        Lemmatizer? best = null;
        double bestScore = double.NegativeInfinity;
        int round = 0;
        foreach (int maxSuffix in options.SuffixLengths)
        {
            round++;
            var config = new JsonObject
            {
                ["model"] = "edit-script lexicon by (form, UPOS, XPOS) + longest (UPOS, XPOS, suffix) rule over word types",
                ["max_suffix"] = maxSuffix,
                ["suffix_lengths_tried"] = new JsonArray([.. options.SuffixLengths.Select(n => JsonValue.Create(n))]),
                ["sibling_tags"] = new JsonArray([.. options.SiblingTags.Select(t => new JsonArray(t.Upos, t.Xpos, t.SiblingUpos, t.SiblingXpos))]),
            };
            var candidate = Build(typeList, [.. scripts], lowerTags, maxSuffix, config, options.SiblingTags);
            double score = dev.Count > 0 ? Evaluate(candidate, dev) : Evaluate(candidate, train);
            bool isBest = score > bestScore;
            if (isBest) { best = candidate; bestScore = score; }
            progress?.Invoke(new EpochReport(round, options.SuffixLengths.Count, Evaluate(candidate, train), new Dictionary<string, double> { ["lemma"] = score }, isBest, clock.Elapsed) { Watched = "lemma" });
        }
        return best!;
    }

    private static Lemmatizer Build(List<((string Form, string? Upos, string? Xpos) Key, int Best)> types, EditScript[] scripts, HashSet<ulong> lowerTags, int maxSuffix, JsonObject config,
        IReadOnlyList<(string Upos, string Xpos, string SiblingUpos, string SiblingXpos)> siblingTags)
    {
        // Rules: (tags, suffix n) → script counts over word types. A type votes only for suffixes at least as long as
        // the cut of its script, so a rule never rewrites letters it has not seen ("RODERIGO"→"Roderigo", a cut of 7,
        // must not teach every proper noun in -igo to end in "oderigo").
        var ruleCounts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var ((form, upos, xpos), script) in types)
        {
            ulong tag = Lemmatizer.TagKey(upos, xpos);
            for (int n = scripts[script].Cut; n <= Math.Min(maxSuffix, form.Length); n++)
            {
                var k = Lemmatizer.SuffixKey(tag, form, n);
                if (!ruleCounts.TryGetValue(k, out var d)) ruleCounts[k] = d = [];
                d[script] = d.GetValueOrDefault(script) + 1;
            }
        }
        var rules = new Dictionary<ulong, int>(ruleCounts.Count);
        foreach (var (k, d) in ruleCounts) rules[k] = Best(d);
        var ruleOnly = new Lemmatizer(scripts, [], rules, lowerTags, maxSuffix, config);
        // Lexicon: only the words the rules would get wrong.
        var lexicon = new Dictionary<ulong, int>();
        foreach (var ((form, upos, xpos), script) in types)
        {
            ulong tag = Lemmatizer.TagKey(upos, xpos);
            if (ruleOnly.RuleFor(form, tag) != scripts[script]) lexicon[Lemmatizer.WordKey(tag, form)] = script;
        }
        // Sibling tags share forms: a form seen under one tag only, whose rule under the other gets it wrong, is an
        // exception under the other too.
        var seen = types.Select(t => Lemmatizer.WordKey(Lemmatizer.TagKey(t.Key.Upos, t.Key.Xpos), t.Key.Form)).ToHashSet();
        foreach (var (u1, x1, u2, x2) in siblingTags)
            foreach (var (from, to) in new[] { ((u1, x1), (u2, x2)), ((u2, x2), (u1, x1)) })
            {
                ulong toTag = Lemmatizer.TagKey(to.Item1, to.Item2);
                foreach (var ((form, upos, xpos), script) in types)
                {
                    if (upos != from.Item1 || xpos != from.Item2) continue;
                    ulong key = Lemmatizer.WordKey(toTag, form);
                    if (!seen.Contains(key) && ruleOnly.RuleFor(form, toTag) != scripts[script]) lexicon[key] = script;
                }
            }
        // Prune rules that a shorter suffix already implies (same script as the next shorter known suffix).
        var pruned = new Dictionary<ulong, int>(rules.Count);
        foreach (var ((form, upos, xpos), _) in types)
        {
            ulong tag = Lemmatizer.TagKey(upos, xpos);
            for (int n = 0; n <= Math.Min(maxSuffix, form.Length); n++)
            {
                var k = Lemmatizer.SuffixKey(tag, form, n);
                if (pruned.ContainsKey(k) || !rules.TryGetValue(k, out int s)) continue;
                int shorter = -1;
                for (int m = n - 1; m >= 0 && shorter < 0; m--)
                    if (rules.TryGetValue(Lemmatizer.SuffixKey(tag, form, m), out int r)) shorter = r;
                if (s != shorter) pruned[k] = s;
            }
        }
        return new Lemmatizer(scripts, lexicon, pruned.Count > 0 ? pruned : rules, lowerTags, maxSuffix, config);
    }

    private static int Best(Dictionary<int, int> counts)
    {
        int best = -1, n = -1;
        foreach (var (k, v) in counts)
            if (v > n || (v == n && k < best)) { best = k; n = v; }
        return best;
    }

    /// <summary>Lemma accuracy (percent, CoNLL 2018: gold "_" counts as right) with the gold tags.</summary>
    public static double Evaluate(Lemmatizer lemmatizer, IReadOnlyList<ConlluSentence> gold)
    {
        long n = 0, ok = 0;
        foreach (var s in gold)
            foreach (var w in s.Words)
            {
                n++;
                if (w.Lemma is null || lemmatizer.Lemmatize(w.Form, w.Upos, w.Xpos) == w.Lemma) ok++;
            }
        return n == 0 ? 0 : 100.0 * ok / n;
    }
}
