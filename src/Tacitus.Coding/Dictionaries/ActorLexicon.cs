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
/// The compiled actor and agent dictionaries: phrase → entry tables plus a word trie for longest-match lookup over
/// normalised words (see <see cref="PhraseNormalizer"/>). Immutable and thread-safe once built; saved and loaded by
/// <see cref="ActorLexiconFile"/>.
/// </summary>
public sealed class ActorLexicon
{
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabularyLookup;
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _actorAt = [-1];
    private readonly List<int> _agentAt = [-1];

    public ActorLexicon(
        ImmutableArray<LexiconEntry> entries,
        ImmutableArray<AgentRecord> agents,
        ImmutableArray<(string Key, int Entry)> actorPhrases,
        ImmutableArray<(string Key, int Agent)> agentPhrases,
        ImmutableArray<string> builtFrom)
    {
        Entries = entries;
        Agents = agents;
        ActorPhrases = actorPhrases;
        AgentPhrases = agentPhrases;
        BuiltFrom = builtFrom;
        _vocabularyLookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, entry) in actorPhrases)
        {
            if ((uint)entry >= (uint)entries.Length) throw new ArgumentException($"phrase '{key}' points to missing entry {entry}.", nameof(actorPhrases));
            _actorAt[Insert(key)] = entry;
        }
        foreach (var (key, agent) in agentPhrases)
        {
            if ((uint)agent >= (uint)agents.Length) throw new ArgumentException($"phrase '{key}' points to missing agent {agent}.", nameof(agentPhrases));
            _agentAt[Insert(key)] = agent;
        }
    }

    public ImmutableArray<LexiconEntry> Entries { get; }
    public ImmutableArray<AgentRecord> Agents { get; }
    /// <summary>Normalised phrase key → index in <see cref="Entries"/>, sorted by key.</summary>
    public ImmutableArray<(string Key, int Entry)> ActorPhrases { get; }
    /// <summary>Normalised phrase key → index in <see cref="Agents"/>, sorted by key.</summary>
    public ImmutableArray<(string Key, int Agent)> AgentPhrases { get; }
    /// <summary>The dictionary files this lexicon was compiled from, in order (later files win).</summary>
    public ImmutableArray<string> BuiltFrom { get; }

    public int WordCount => _vocabulary.Count;

    /// <summary>The id of a normalised word, or -1 if no phrase uses it.</summary>
    public int WordId(ReadOnlySpan<char> normalisedWord) => _vocabularyLookup.TryGetValue(normalisedWord, out var id) ? id : -1;

    /// <summary>The trie node reached from <paramref name="node"/> by word <paramref name="wordId"/>, or -1. The root is node 0.</summary>
    public int Step(int node, int wordId) => wordId < 0 ? -1 : _edges.TryGetValue(((long)node << 32) | (uint)wordId, out var next) ? next : -1;

    /// <summary>The actor entry whose phrase ends at <paramref name="node"/>, or -1.</summary>
    public int ActorAt(int node) => _actorAt[node];

    /// <summary>The agent whose phrase ends at <paramref name="node"/>, or -1.</summary>
    public int AgentAt(int node) => _agentAt[node];

    /// <summary>Looks a whole phrase up (any spelling: it is normalised first). Returns the entry or null.</summary>
    public LexiconEntry? FindActor(string phrase)
    {
        int node = Walk(phrase);
        return node >= 0 && _actorAt[node] >= 0 ? Entries[_actorAt[node]] : null;
    }

    /// <summary>Looks a whole agent phrase up. Returns the agent or null.</summary>
    public AgentRecord? FindAgent(string phrase)
    {
        int node = Walk(phrase);
        return node >= 0 && _agentAt[node] >= 0 ? Agents[_agentAt[node]] : null;
    }

    private int Walk(string phrase)
    {
        int node = 0;
        foreach (var w in PhraseNormalizer.Words(phrase))
        {
            node = Step(node, WordId(w));
            if (node < 0) return -1;
        }
        return node == 0 ? -1 : node;
    }

    private int Insert(string key)
    {
        int node = 0;
        foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!_vocabulary.TryGetValue(word, out var id))
            {
                id = _vocabulary.Count;
                _vocabulary.Add(word, id);
            }
            long edge = ((long)node << 32) | (uint)id;
            if (!_edges.TryGetValue(edge, out var next))
            {
                next = _actorAt.Count;
                _actorAt.Add(-1);
                _agentAt.Add(-1);
                _edges.Add(edge, next);
            }
            node = next;
        }
        return node;
    }
}
