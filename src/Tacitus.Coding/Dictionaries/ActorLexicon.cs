using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Tacitus.Coding.Dictionaries;

public enum LexiconEntryKind : byte
{
    /// <summary>A country, institution, organisation or group.</summary>
    Other = 0,
    /// <summary>A named person (CountryInfo leader records, overlay lines marked <c># PER …</c>).</summary>
    Person = 1,
}

/// <summary>A compiled actor: its canonical name, its dated codes and where it was defined.</summary>
public sealed record LexiconEntry(
    string Phrase,
    string Name,
    LexiconEntryKind Kind,
    string? Role,
    ImmutableArray<CodeRestriction> Codes,
    string Source)
{
    public bool IsPerson => Kind == LexiconEntryKind.Person;
    public string? CodeOn(DateOnly? date) => CodeRestriction.Resolve(Codes, date);
}

/// <summary>
/// The compiled actor and agent dictionaries: entries, agents, and a word trie (<see cref="PhraseTrie"/>) over
/// normalised words (see <see cref="PhraseNormalizer"/>) for longest-match lookup. Immutable and thread-safe; saved and
/// loaded by <see cref="ActorLexiconFile"/>.
/// </summary>
public sealed class ActorLexicon
{
    private readonly string[] _words;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabularyLookup;
    private readonly Lazy<(ImmutableArray<(string, int)> Actors, ImmutableArray<(string, int)> Agents)> _phrases;

    /// <summary>Builds the lexicon from phrase tables (normalised phrase key → entry or agent index).</summary>
    public ActorLexicon(
        ImmutableArray<LexiconEntry> entries,
        ImmutableArray<AgentRecord> agents,
        ImmutableArray<(string Key, int Entry)> actorPhrases,
        ImmutableArray<(string Key, int Agent)> agentPhrases,
        ImmutableArray<string> builtFrom,
        ImmutableArray<(string Key, ImmutableArray<int> Entries)> namesakes = default)
    {
        foreach (var (key, entry) in actorPhrases)
            if ((uint)entry >= (uint)entries.Length) throw new ArgumentException($"phrase '{key}' points to missing entry {entry}.", nameof(actorPhrases));
        foreach (var (key, agent) in agentPhrases)
            if ((uint)agent >= (uint)agents.Length) throw new ArgumentException($"phrase '{key}' points to missing agent {agent}.", nameof(agentPhrases));
        var all = actorPhrases.Select(p => (Words: p.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries), Actor: p.Entry, Agent: -1))
            .Concat(agentPhrases.Select(p => (Words: p.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries), Actor: -1, Agent: p.Agent)))
            .Where(p => p.Words.Length > 0)
            .ToList();
        _words = all.SelectMany(p => p.Words).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _vocabulary = BuildVocabulary(_words);
        _vocabularyLookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        Trie = PhraseTrie.Build(all.Select(p => (p.Words.Select(w => _vocabulary[w]).ToArray(), p.Actor, p.Agent)));
        Entries = entries;
        Agents = agents;
        BuiltFrom = builtFrom;
        _phrases = new(ListPhrases);
        var byNode = new Dictionary<int, ImmutableArray<int>>();
        foreach (var (key, others) in namesakes.IsDefault ? [] : namesakes)
        {
            foreach (var e in others)
                if ((uint)e >= (uint)entries.Length) throw new ArgumentException($"namesake of '{key}' points to missing entry {e}.", nameof(namesakes));
            int node = Walk(key);
            if (node <= 0 || Trie.ActorAt[node] < 0) throw new ArgumentException($"namesakes given for '{key}', which is no actor phrase.", nameof(namesakes));
            byNode[node] = others;
        }
        NamesakesAt = byNode.ToFrozenDictionary();
    }

    /// <summary>The loader's constructor: vocabulary and trie as stored.</summary>
    internal ActorLexicon(string[] words, PhraseTrie trie, ImmutableArray<LexiconEntry> entries, ImmutableArray<AgentRecord> agents, ImmutableArray<string> builtFrom,
        FrozenDictionary<int, ImmutableArray<int>> namesakesAt)
    {
        _words = words;
        _vocabulary = BuildVocabulary(words);
        _vocabularyLookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        Trie = trie;
        foreach (var e in trie.ActorAt) if (e >= entries.Length) throw new InvalidDataException($"trie points to missing entry {e}");
        foreach (var a in trie.AgentAt) if (a >= agents.Length) throw new InvalidDataException($"trie points to missing agent {a}");
        foreach (var w in trie.EdgeWord) if ((uint)w >= (uint)words.Length) throw new InvalidDataException($"trie points to missing word {w}");
        foreach (var (node, others) in namesakesAt)
        {
            if ((uint)node >= (uint)trie.ActorAt.Length || trie.ActorAt[node] < 0) throw new InvalidDataException($"namesakes at node {node}, which ends no actor phrase");
            foreach (var e in others) if ((uint)e >= (uint)entries.Length) throw new InvalidDataException($"namesake points to missing entry {e}");
        }
        Entries = entries;
        Agents = agents;
        BuiltFrom = builtFrom;
        _phrases = new(ListPhrases);
        NamesakesAt = namesakesAt;
    }

    /// <summary>Trie node → the other people a phrase ending there also names (see <see cref="ActorOn"/>).</summary>
    internal FrozenDictionary<int, ImmutableArray<int>> NamesakesAt { get; }

    /// <summary>
    /// Phrases that several dictionaries' people share ("PRESIDENT BUSH" is George H. W. Bush's and George W. Bush's),
    /// with the people other than the one <see cref="ActorPhrases"/> gives (the last compiled), sorted by key.
    /// </summary>
    public ImmutableArray<(string Key, ImmutableArray<int> Entries)> Namesakes =>
        NamesakesAt.Count == 0 ? [] :
        [.. Trie.Paths().Where(p => NamesakesAt.ContainsKey(p.Node))
            .Select(p => (Key: string.Join(' ', p.Words.Select(w => _words[w])), NamesakesAt[p.Node]))
            .OrderBy(p => p.Key, StringComparer.Ordinal)];

    internal PhraseTrie Trie { get; }
    internal IReadOnlyList<string> Words => _words;

    public ImmutableArray<LexiconEntry> Entries { get; }
    public ImmutableArray<AgentRecord> Agents { get; }
    /// <summary>Normalised phrase key → index in <see cref="Entries"/>, sorted by key.</summary>
    public ImmutableArray<(string Key, int Entry)> ActorPhrases => _phrases.Value.Actors;
    /// <summary>Normalised phrase key → index in <see cref="Agents"/>, sorted by key.</summary>
    public ImmutableArray<(string Key, int Agent)> AgentPhrases => _phrases.Value.Agents;
    /// <summary>The dictionary files this lexicon was compiled from, in order (later files win).</summary>
    public ImmutableArray<string> BuiltFrom { get; }

    public int WordCount => _words.Length;

    /// <summary>The id of a normalised word, or -1 if no phrase uses it.</summary>
    public int WordId(ReadOnlySpan<char> normalisedWord) => _vocabularyLookup.TryGetValue(normalisedWord, out var id) ? id : -1;

    /// <summary>The trie node reached from <paramref name="node"/> by word <paramref name="wordId"/>, or -1. The root is node 0.</summary>
    public int Step(int node, int wordId) => wordId < 0 ? -1 : Trie.Step(node, wordId);

    /// <summary>The actor entry whose phrase ends at <paramref name="node"/>, or -1.</summary>
    public int ActorAt(int node) => Trie.ActorAt[node];

    /// <summary>
    /// The actor entry whose phrase ends at <paramref name="node"/> on <paramref name="date"/>, or -1. When people of
    /// several dictionaries share the phrase, the one with a dated code that covers the date, the narrowest such
    /// period winning ("President Bush" in 1990: George H. W. Bush, [USAGOV 890120-930120], not George W. Bush,
    /// [USAELI 640101-010120]); when none covers it, the last compiled, as <see cref="ActorAt(int)"/>.
    /// </summary>
    public int ActorOn(int node, DateOnly? date)
    {
        int best = Trie.ActorAt[node];
        if (best < 0 || date is not { } d || !NamesakesAt.TryGetValue(node, out var others)) return best;
        int bestSpan = CoveringSpan(Entries[best], d);
        foreach (var e in others)
        {
            int span = CoveringSpan(Entries[e], d);
            if (span < bestSpan) (best, bestSpan) = (e, span);
        }
        return best;
    }

    /// <summary>The length in days of the shortest dated, coded period of <paramref name="entry"/> that covers <paramref name="date"/> (an open end counts as a century); int.MaxValue when none does.</summary>
    private static int CoveringSpan(LexiconEntry entry, DateOnly date)
    {
        int best = int.MaxValue;
        foreach (var r in entry.Codes)
        {
            if (r.IsDefault || r.Code is null || !r.AppliesOn(date)) continue;
            int from = r.From?.DayNumber ?? date.DayNumber - 36525, until = r.Until?.DayNumber ?? date.DayNumber + 36525;
            best = Math.Min(best, until - from);
        }
        return best;
    }

    /// <summary>The agent whose phrase ends at <paramref name="node"/>, or -1.</summary>
    public int AgentAt(int node) => Trie.AgentAt[node];

    /// <summary>Looks a whole phrase up (any spelling: it is normalised first). Returns the entry or null.</summary>
    public LexiconEntry? FindActor(string phrase)
    {
        int node = Walk(phrase);
        return node > 0 && Trie.ActorAt[node] >= 0 ? Entries[Trie.ActorAt[node]] : null;
    }

    /// <summary>Looks a whole agent phrase up. Returns the agent or null.</summary>
    public AgentRecord? FindAgent(string phrase)
    {
        int node = Walk(phrase);
        return node > 0 && Trie.AgentAt[node] >= 0 ? Agents[Trie.AgentAt[node]] : null;
    }

    private int Walk(string phrase)
    {
        int node = 0;
        foreach (var w in PhraseNormalizer.Words(phrase))
        {
            node = Step(node, WordId(w));
            if (node < 0) return -1;
        }
        return node;
    }

    private static Dictionary<string, int> BuildVocabulary(string[] words)
    {
        var d = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) d.Add(words[i], i);
        return d;
    }

    private (ImmutableArray<(string, int)>, ImmutableArray<(string, int)>) ListPhrases()
    {
        var actors = new List<(string, int)>();
        var agents = new List<(string, int)>();
        foreach (var (path, node) in Trie.Paths())
        {
            if (Trie.ActorAt[node] < 0 && Trie.AgentAt[node] < 0) continue;
            var key = string.Join(' ', path.Select(w => _words[w]));
            if (Trie.ActorAt[node] >= 0) actors.Add((key, Trie.ActorAt[node]));
            if (Trie.AgentAt[node] >= 0) agents.Add((key, Trie.AgentAt[node]));
        }
        return ([.. actors.OrderBy(p => p.Item1, StringComparer.Ordinal)], [.. agents.OrderBy(p => p.Item1, StringComparer.Ordinal)]);
    }
}
