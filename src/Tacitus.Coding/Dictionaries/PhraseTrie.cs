using System.Runtime.InteropServices;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// A word trie in compressed-sparse-row form: nodes are numbered breadth-first, so the children of node n are the
/// consecutive nodes <c>ChildStart[n] + 1 … ChildStart[n + 1]</c>, and <c>EdgeWord</c> (sorted within each node) holds
/// the word id that leads to each child. Plain int arrays: written and read as blocks, searched by binary search.
/// </summary>
internal sealed class PhraseTrie
{
    public PhraseTrie(int[] childStart, int[] edgeWord, int[] actorAt, int[] agentAt)
    {
        ChildStart = childStart;
        EdgeWord = edgeWord;
        ActorAt = actorAt;
        AgentAt = agentAt;
    }

    public int[] ChildStart { get; }
    /// <summary>EdgeWord[e] is the word leading to node e + 1.</summary>
    public int[] EdgeWord { get; }
    public int[] ActorAt { get; }
    public int[] AgentAt { get; }
    public int NodeCount => ActorAt.Length;

    public int Step(int node, int word)
    {
        int lo = ChildStart[node], hi = ChildStart[node + 1] - 1;
        var edges = EdgeWord;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int w = edges[mid];
            if (w == word) return mid + 1;
            if (w < word) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>Builds the trie from word-id sequences with their actor/agent values.</summary>
    public static PhraseTrie Build(IEnumerable<(int[] Words, int Actor, int Agent)> phrases)
    {
        // A pointer trie first, then breadth-first numbering.
        var children = new List<SortedDictionary<int, int>?> { null };
        var actor = new List<int> { -1 };
        var agent = new List<int> { -1 };
        foreach (var (words, a, g) in phrases)
        {
            int node = 0;
            foreach (var w in words)
            {
                var map = children[node] ??= [];
                if (!map.TryGetValue(w, out var next))
                {
                    next = actor.Count;
                    map[w] = next;
                    children.Add(null);
                    actor.Add(-1);
                    agent.Add(-1);
                }
                node = next;
            }
            if (a >= 0) actor[node] = a;
            if (g >= 0) agent[node] = g;
        }
        int n = actor.Count;
        var order = new int[n];          // new id → old id
        var childStart = new int[n + 1];
        var edgeWord = new int[Math.Max(0, n - 1)];
        int tail = 1;
        for (int head = 0; head < n; head++)
        {
            int old = order[head];
            childStart[head] = tail - 1;
            if (children[old] is { } map)
                foreach (var (w, child) in map)
                {
                    edgeWord[tail - 1] = w;
                    order[tail++] = child;
                }
        }
        childStart[n] = tail - 1;
        var actorAt = new int[n];
        var agentAt = new int[n];
        for (int i = 0; i < n; i++) { actorAt[i] = actor[order[i]]; agentAt[i] = agent[order[i]]; }
        return new PhraseTrie(childStart, edgeWord, actorAt, agentAt);
    }

    /// <summary>Every phrase in the trie as word-id paths, depth first.</summary>
    public IEnumerable<(List<int> Words, int Node)> Paths()
    {
        var stack = new Stack<(int Node, List<int> Path)>();
        stack.Push((0, []));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (node != 0) yield return (path, node);
            for (int e = ChildStart[node + 1] - 1; e >= ChildStart[node]; e--)
                stack.Push((e + 1, [.. path, EdgeWord[e]]));
        }
    }

    public static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static int[] ReadInts(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 100_000_000) throw new InvalidDataException($"bad array length {n}");
        var values = new int[n];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        int read = 0;
        while (read < bytes.Length)
        {
            int k = r.Read(bytes[read..]);
            if (k <= 0) throw new EndOfStreamException();
            read += k;
        }
        return values;
    }
}
