using System.Text.Json;
using System.Text.RegularExpressions;
using Tacitus.Core;
using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Tagging;

/// <summary>
/// A word → possible-tags lexicon from outside the training treebank (e.g. npm <c>en-lexicon</c>: 112,000 words with
/// Penn Treebank tags, MIT). The tagger uses the tag set of a word as a feature, which helps most on words the
/// treebank never saw. Compiled into hashed keys: the exact form first, then the normalized (lower-cased) form.
/// </summary>
public static partial class ExternalTagLexicon
{
    /// <summary>
    /// Reads a lexicon file: either lines <c>"word": "TAG|TAG",</c> (a JavaScript/JSON object literal, as en-lexicon's
    /// <c>dist/lexicon.js</c>) or tab-separated lines <c>word&lt;TAB&gt;TAG|TAG</c>. Other lines are ignored.
    /// </summary>
    public static Dictionary<string, string[]> Read(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"tag lexicon '{path}' does not exist");
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            string? word = null, tags = null;
            var m = ObjectEntry().Match(line);
            if (m.Success)
            {
                try
                {
                    word = JsonSerializer.Deserialize<string>(m.Groups[1].Value);
                    tags = JsonSerializer.Deserialize<string>(m.Groups[2].Value);
                }
                catch (JsonException) { continue; }
            }
            else if (line.Split('\t') is [var w, var t] && w.Length > 0)
            {
                word = w;
                tags = t;
            }
            if (string.IsNullOrEmpty(word) || string.IsNullOrEmpty(tags)) continue;
            var set = tags.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (set.Length > 0) result[word] = set;
        }
        if (result.Count == 0) throw new TacitusException($"tag lexicon '{path}' has no entries (expected \"word\": \"TAG|TAG\" or word<TAB>TAG|TAG lines)");
        return result;
    }

    /// <summary>Hashed keys → tag-set hashes. Keys of exact forms and of normalized forms are salted apart.</summary>
    public static Dictionary<ulong, ulong> Compile(IEnumerable<KeyValuePair<string, string[]>> entries)
    {
        var sets = new Dictionary<ulong, SortedSet<string>>();
        var firsts = new Dictionary<ulong, string>();
        void Add(ulong key, string[] tags)
        {
            if (!sets.TryGetValue(key, out var set)) sets[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.UnionWith(tags);
            firsts.TryAdd(key, tags[0]);
        }
        foreach (var (word, tags) in entries)
        {
            Add(ExactKey(FeatureHash.Of(word)), tags);
            Add(NormKey(FeatureHash.OfNormalized(word)), tags);
        }
        // The value packs the set's hash (high 56 bits) with the word's first-listed tag (low 8 bits: lexicons such as
        // Brill's list the most frequent tag first), as an index into the ordinally sorted inventory of first tags.
        var firstIds = firsts.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i + 1, StringComparer.Ordinal);
        var compiled = new Dictionary<ulong, ulong>(sets.Count);
        foreach (var (key, set) in sets)
        {
            ulong h = 0x51ED270B27B9F1C3UL;
            foreach (var t in set) h = FeatureHash.Feature(98, h, FeatureHash.Of(t));
            compiled[key] = (h & ~0xFFUL) | (uint)Math.Min(255, firstIds[firsts[key]]);
        }
        return compiled;
    }

    /// <summary>The packed tag-set hash and first tag of a word (exact form first, then normalized), or 0 if the lexicon lacks it; see <see cref="SetOf"/> and <see cref="FirstOf"/>.</summary>
    public static ulong Lookup(Dictionary<ulong, ulong> lexicon, ulong exact, ulong norm) =>
        lexicon.TryGetValue(ExactKey(exact), out var a) ? a
        : lexicon.TryGetValue(NormKey(norm), out var b) ? b
        : 0;

    /// <summary>The tag-set part of a <see cref="Lookup"/> value.</summary>
    public static ulong SetOf(ulong value) => value & ~0xFFUL;

    /// <summary>The first-listed-tag part of a <see cref="Lookup"/> value (0 = none).</summary>
    public static ulong FirstOf(ulong value) => value & 0xFFUL;

    private static ulong ExactKey(ulong exact) => FeatureHash.Feature(97, exact);
    private static ulong NormKey(ulong norm) => FeatureHash.Feature(96, norm);

    [GeneratedRegex("^\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*,?\\s*$")]
    private static partial Regex ObjectEntry();
}
