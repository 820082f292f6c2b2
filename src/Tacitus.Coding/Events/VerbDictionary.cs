using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Tacitus.Coding.Events;

/// <summary>
/// One verb (or multi-word verb) of a PETRARCH verb block: the lemma a parse gives, the surface forms the
/// dictionary lists or implies, optional particles before/after it ("+RULE_OUT" → after = [out]), the block it
/// belongs to and its own CAMEO code ("---" = the isolated verb codes nothing).
/// </summary>
public sealed record VerbEntry(
    string Lemma,
    ImmutableArray<string> Forms,
    ImmutableArray<string> Before,
    ImmutableArray<string> After,
    string Block,
    string Code);

/// <summary>A noun phrase in a pattern: a head word and the modifiers that must accompany it ({FINANCIAL AID} → AID + FINANCIAL). Words may be synsets (&amp;NAME).
/// A struct: a pattern's nouns are one array, not an object each.</summary>
public readonly record struct PatternNoun(string Head, ImmutableArray<string> Modifiers)
{
    /// <summary>Written with underscores (NEW_&amp;TIETYPES_RELATIONS): the modifiers stand right before the head, in order.</summary>
    public bool Adjacent { get; init; }

    public override string ToString() => Modifiers.IsEmpty ? Head : "{" + string.Join(' ', Modifiers) + " " + Head + "}";
}

/// <summary>A prepositional phrase in a pattern: (PREP noun…). <see cref="TargetSlot"/>/<see cref="SourceSlot"/> when it holds <c>+</c>/<c>$</c>.
/// A struct, like <see cref="PatternNoun"/>.</summary>
public readonly record struct PatternPrep(string Preposition, ImmutableArray<PatternNoun> Nouns, bool TargetSlot, bool SourceSlot);

/// <summary>
/// A verb pattern: <c>- [pre-verb nouns] [pre-verb preps] * [post-verb nouns] [post-verb preps] [CODE]</c>.
/// <see cref="ActiveCode"/> codes source → target; <see cref="PassiveCode"/> (after ':' in the file) codes the reverse
/// direction, target → source, as PETRARCH does ("VISIT [042:043]": A visits B, so B hosts A).
/// </summary>
public sealed record VerbPattern(
    string Block,
    ImmutableArray<PatternNoun> PreNouns,
    ImmutableArray<PatternPrep> PrePreps,
    ImmutableArray<PatternNoun> PostNouns,
    ImmutableArray<PatternPrep> PostPreps,
    string ActiveCode,
    string? PassiveCode,
    bool PostTargetSlot,
    bool PreSourceSlot,
    int Line,
    string Text)
{
    /// <summary>
    /// The verb a pattern of only a preposition or particle ("- * (TO) [042:043] # HEAD", "- * TO [030] # HEAD") was
    /// written for, from its comment; null for every other pattern. Such a pattern is a phrasal verb ("head to", "head
    /// for"): applied to every verb of its block it made "Reno ordered the Miami relatives to …" a visit [042] and
    /// "information leading to the arrest" a visit too. So is a pattern of no words at all ("- * + [111] # MOCK"): mocking
    /// someone is criticism, but applied to REPEAT's block it made "Trump echoed those comments" and "applause echoed
    /// through the chamber" criticism [111] too.
    /// </summary>
    public string? WrittenFor { get; init; }

    /// <summary>Whether the pattern may code verb <paramref name="e"/>: any verb of its block, unless <see cref="WrittenFor"/> names another.</summary>
    public bool AppliesTo(VerbEntry e) =>
        WrittenFor is not { } v || v == e.Lemma || e.Forms.Contains(v) || SharedReadings.Contains((v, e.Lemma)) ||
        (!e.Before.IsEmpty || !e.After.IsEmpty) && v == string.Join('_', [.. e.Before, e.Lemma, .. e.After]);

    /// <summary>
    /// Verbs that share a phrasal reading written for another verb of their block: "attacked Ukraine for …" is criticism
    /// [111] (PHYSICAL_CONFLICT's "- * (FOR) [111] # ATTACK"), and so are "assailed Ukraine for …" and "hammered the
    /// government for …"; "fought for Cuba" is not.
    /// </summary>
    private static readonly FrozenSet<(string WrittenFor, string Verb)> SharedReadings = new[]
    {
        ("ATTACK", "ASSAIL"), ("ATTACK", "HAMMER"),
    }.ToFrozenSet();

    /// <summary>
    /// Only a bare preposition or particles after the verb, and no actor slot (+, $, %): <c>- * (TO)</c>, <c>- * BACK</c>,
    /// <c>- * BACK TO</c>.
    /// </summary>
    public bool IsParticleOnly =>
        PreNouns.IsEmpty && PrePreps.IsEmpty && Text.IndexOfAny(['+', '$', '%']) < 0 &&
        ((PostNouns.IsEmpty && PostPreps.Length == 1 && PostPreps[0].Nouns.IsEmpty && !PostPreps[0].TargetSlot && !PostPreps[0].SourceSlot) ||
         (PostPreps.IsEmpty && !PostNouns.IsEmpty && PostNouns.All(n => Particles.Contains(n.Head) && n.Modifiers.All(Particles.Contains))));

    /// <summary>No words at all, only the verb and its slots: <c>- * +</c>.</summary>
    public bool HasNoWords => PreNouns.IsEmpty && PrePreps.IsEmpty && PostNouns.IsEmpty && PostPreps.IsEmpty;

    private static readonly FrozenSet<string> Particles = new[]
    {
        "TO", "FOR", "ON", "IN", "INTO", "BACK", "UP", "DOWN", "OUT", "OFF", "AWAY", "OVER", "WITH", "FROM", "AT", "AGAINST",
        "BY", "UPON", "THROUGH", "ACROSS", "AROUND", "ABOUT", "AFTER", "BEHIND", "ALONG", "ASIDE", "FORWARD", "AHEAD", "TOGETHER",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How many words the pattern asks for; more specific patterns win.</summary>
    public int Specificity => Words(PreNouns) + Words(PrePreps) + Words(PostNouns) + Words(PostPreps);

    private static int Words(ImmutableArray<PatternNoun> nouns)
    {
        int n = 0;
        foreach (var noun in nouns) n += 1 + noun.Modifiers.Length;
        return n;
    }

    private static int Words(ImmutableArray<PatternPrep> preps)
    {
        int n = 0;
        foreach (var prep in preps) n += 1 + Words(prep.Nouns);
        return n;
    }
}

/// <summary>
/// The PETRARCH2 CAMEO verb dictionary in memory: synsets, verbs by lemma and by surface form, patterns by block.
/// Immutable and thread-safe once built.
/// </summary>
public sealed class VerbDictionary
{
    /// <summary>
    /// Whether the word (upper case, as the coders read it) only says who reports: "according to officials" is no
    /// event, though the dictionary lists "according" under ACCORD [060]. Both the parse and the word-order coder ask.
    /// </summary>
    public static bool IsAttribution(string form) => form == "ACCORDING";

    private readonly FrozenDictionary<string, ImmutableArray<VerbEntry>> _byLemma;
    private readonly FrozenDictionary<string, ImmutableArray<VerbEntry>> _byForm;
    private readonly FrozenDictionary<string, ImmutableArray<VerbPattern>> _patterns;
    private readonly FrozenDictionary<string, FrozenSet<string>> _synsets;
    private readonly FrozenDictionary<string, ImmutableArray<string[]>> _phrases;

    public VerbDictionary(
        IReadOnlyDictionary<string, ImmutableArray<string>> synsets,
        IEnumerable<VerbEntry> verbs,
        IEnumerable<VerbPattern> patterns,
        string source)
    {
        Source = source;
        // "&PREPOSIT1_": a label ending with '_' makes no plurals; patterns name it without the '_' (PETRARCH drops it).
        var named = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (name, members) in synsets)
        {
            if (name.Length > 1 && name.EndsWith('_')) named[name.TrimEnd('_')] = [.. members.Select(m => m.EndsWith('_') ? m : m + "_")];
            else named.TryAdd(name, members);
        }
        synsets = named;
        Synsets = synsets.ToFrozenDictionary(StringComparer.Ordinal);
        _synsets = synsets.ToFrozenDictionary(kv => kv.Key, kv => ExpandSynset(kv.Key, kv.Value), StringComparer.Ordinal);
        _phrases = synsets.ToFrozenDictionary(kv => kv.Key, kv => Phrases(kv.Key, kv.Value), StringComparer.Ordinal);
        Verbs = [.. verbs];
        var byLemma = new Grouping<VerbEntry>(Verbs.Length);
        var byForm = new Grouping<VerbEntry>(Verbs.Length * 4);
        foreach (var v in Verbs)
        {
            byLemma.Add(v.Lemma, v);
            foreach (var f in v.Forms) byForm.Add(f, v);
        }
        _byLemma = byLemma.ToFrozen();
        _byForm = byForm.ToFrozen();
        Patterns = [.. patterns];
        var byBlock = new Grouping<VerbPattern>(Patterns.Length);
        foreach (var p in Patterns) byBlock.Add(p.Block, p);
        _patterns = byBlock.ToFrozen(MostSpecificFirst);
    }

    /// <summary>A block's patterns, most specific first, then by line, else in the order given (a stable sort, as
    /// <c>OrderByDescending(Specificity).ThenBy(Line)</c> was).</summary>
    private static void MostSpecificFirst(VerbPattern[] block)
    {
        if (block.Length < 2) return;
        var keys = new (int Specificity, int Line, int Index)[block.Length];
        for (int i = 0; i < block.Length; i++) keys[i] = (-block[i].Specificity, block[i].Line, i);
        Array.Sort(keys, block);
    }

    /// <summary>
    /// Values grouped by key in the order they were added, as <c>GroupBy</c> gives them, built into one exact-length array
    /// per key: the values are kept in one list with the key's group number beside each, and copied out once.
    /// </summary>
    private sealed class Grouping<T>(int capacity)
    {
        private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
        private readonly List<int> _sizes = [];
        private readonly List<(int Group, T Value)> _values = new(capacity);

        public void Add(string key, T value)
        {
            if (!_groups.TryGetValue(key, out int g))
            {
                g = _sizes.Count;
                _groups.Add(key, g);
                _sizes.Add(0);
            }
            _sizes[g]++;
            _values.Add((g, value));
        }

        public FrozenDictionary<string, ImmutableArray<T>> ToFrozen(Action<T[]>? order = null)
        {
            var arrays = new T[_sizes.Count][];
            for (int g = 0; g < arrays.Length; g++) arrays[g] = new T[_sizes[g]];
            var filled = new int[arrays.Length];
            foreach (var (g, value) in _values) arrays[g][filled[g]++] = value;
            if (order is not null) foreach (var a in arrays) order(a);
            return _groups.ToFrozenDictionary(kv => kv.Key, kv => ImmutableCollectionsMarshal.AsImmutableArray(arrays[kv.Value]), StringComparer.Ordinal);
        }
    }

    /// <summary>Where the dictionary came from (file name), for provenance.</summary>
    public string Source { get; }

    public FrozenDictionary<string, ImmutableArray<string>> Synsets { get; }
    public ImmutableArray<VerbEntry> Verbs { get; }
    public ImmutableArray<VerbPattern> Patterns { get; }

    /// <summary>Verb entries whose lemma is <paramref name="lemma"/> (upper case).</summary>
    public ImmutableArray<VerbEntry> ByLemma(string lemma) => _byLemma.TryGetValue(lemma, out var v) ? v : [];

    /// <summary>Verb entries one of whose surface forms is <paramref name="form"/> (upper case).</summary>
    public ImmutableArray<VerbEntry> ByForm(string form) => _byForm.TryGetValue(form, out var v) ? v : [];

    /// <summary>Patterns of a block, most specific first.</summary>
    public ImmutableArray<VerbPattern> PatternsOf(string block) => _patterns.TryGetValue(block, out var v) ? v : [];

    /// <summary>True when <paramref name="word"/> (upper case) is <paramref name="patternWord"/> or, for a synset, one of its members (with plurals).</summary>
    public bool WordMatches(string patternWord, string word)
    {
        if (patternWord.Length > 0 && patternWord[0] == '&')
            return _synsets.TryGetValue(patternWord, out var set) && set.Contains(word);
        return patternWord == word;
    }

    /// <summary>
    /// Where a pattern word or synset (&amp;NAME) ending at token <paramref name="end"/> begins, or -1. A synset member of
    /// several words ("AUSTRIAN FLORIN", "GOLDEN_GOBLIN_GALLEONS") needs them all, consecutive, as PETRARCH reads it.
    /// Words compare with <paramref name="forms"/> and, when given, <paramref name="lemmas"/>.
    /// </summary>
    public int StartOfMatchEndingAt(string patternWord, string[] forms, string[]? lemmas, int end, int depth = 0)
    {
        if (end < 0 || end >= forms.Length) return -1;
        if (patternWord.Length == 0 || patternWord[0] != '&')
            return patternWord == forms[end] || (lemmas is not null && patternWord == lemmas[end]) ? end : -1;
        if (depth > 4 || !_phrases.TryGetValue(patternWord, out var phrases)) return -1;
        int best = -1;
        foreach (var words in phrases)
        {
            int pos = end;
            bool ok = true;
            for (int k = words.Length - 1; k >= 0 && ok; k--)
            {
                int s = StartOfMatchEndingAt(words[k], forms, lemmas, pos, depth + 1);
                if (s < 0) ok = false;
                else pos = s - 1;
            }
            if (ok && (best < 0 || pos + 1 < best)) best = pos + 1;
        }
        return best;
    }

    /// <summary>Where a pattern word or synset starting at token <paramref name="start"/> ends (exclusive), or -1; the longest member wins.</summary>
    public int EndOfMatchStartingAt(string patternWord, string[] forms, string[]? lemmas, int start, int depth = 0)
    {
        if (start < 0 || start >= forms.Length) return -1;
        if (patternWord.Length == 0 || patternWord[0] != '&')
            return patternWord == forms[start] || (lemmas is not null && patternWord == lemmas[start]) ? start + 1 : -1;
        if (depth > 4 || !_phrases.TryGetValue(patternWord, out var phrases)) return -1;
        int best = -1;
        foreach (var words in phrases)
        {
            int pos = start;
            bool ok = true;
            for (int k = 0; k < words.Length && ok; k++)
            {
                int e = EndOfMatchStartingAt(words[k], forms, lemmas, pos, depth + 1);
                if (e < 0) ok = false;
                else pos = e;
            }
            if (ok && pos > best) best = pos;
        }
        return best;
    }

    /// <summary><paramref name="members"/> without repeats (the first of each kept): a member listed twice matches the
    /// same words, so it is expanded and tried once.</summary>
    private static ImmutableArray<string> Distinct(ImmutableArray<string> members)
    {
        if (members.Length < 2) return members;
        var seen = new HashSet<string>(members.Length, StringComparer.Ordinal);
        foreach (var m in members)
        {
            if (seen.Add(m)) continue;
            // a repeat: keep the first of each
            seen.Clear();
            var distinct = ImmutableArray.CreateBuilder<string>(members.Length);
            foreach (var x in members) if (seen.Add(x)) distinct.Add(x);
            return distinct.ToImmutable();
        }
        return members;
    }

    private static ImmutableArray<string[]> Phrases(string name, ImmutableArray<string> members)
    {
        bool noPlurals = name.EndsWith('_');
        var result = new List<string[]>();
        foreach (var raw in Distinct(members))
        {
            var words = raw.TrimEnd('_').Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            result.Add(words);
            if (!noPlurals && !raw.EndsWith('_') && words[^1][0] != '&')
            {
                var plural = (string[])words.Clone();
                plural[^1] = Plural(plural[^1]);
                result.Add(plural);
            }
        }
        return [.. result];
    }

    private FrozenSet<string> ExpandSynset(string name, ImmutableArray<string> members)
    {
        // Members are matched as single head words; the last word of a multi-word member is its head.
        bool noPlurals = name.EndsWith('_');
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in Distinct(members))
        {
            var m = raw.TrimEnd('_');
            var head = m.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1] : m;
            set.Add(head);
            if (!noPlurals && !raw.EndsWith('_')) set.Add(Plural(head));
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>PETRARCH's regular plural: +S, Y → IES, S → ES.</summary>
    public static string Plural(string noun)
    {
        if (noun.Length == 0) return noun;
        if (noun[^1] == 'Y') return noun[..^1] + "IES";
        if (noun[^1] == 'S') return noun + "ES";
        return noun + "S";
    }
}
