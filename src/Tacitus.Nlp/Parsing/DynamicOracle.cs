namespace Tacitus.Nlp.Parsing;

/// <summary>
/// The arc-hybrid dynamic oracle (Goldberg &amp; Nivre 2013): the cost of a transition is the number of gold arcs it
/// makes unreachable from the current configuration. Exact for projective gold trees (training trees are
/// projectivised first), so following any zero-cost transition from any configuration reaches the best tree still
/// reachable.
/// </summary>
internal static class DynamicOracle
{
    /// <summary>Unlabelled costs of SHIFT, LEFT and RIGHT (int.MaxValue when not allowed).</summary>
    public static (int Shift, int Left, int Right) Costs(ArcHybridState st, int[] goldHead, List<int>[] goldDeps)
    {
        int s0 = st.S(0), s1 = st.S(1), b0 = st.B(0);
        int next = st.Next;
        int shift = int.MaxValue, left = int.MaxValue, right = int.MaxValue;
        if (st.CanShift)
        {
            // b0 can no longer take a head below s0, nor any dependent on the stack.
            int c = 0;
            int h = goldHead[b0];
            if (h != s0 && st.OnStack[h]) c++;
            foreach (int d in goldDeps[b0]) if (st.OnStack[d]) c++;
            shift = c;
        }
        if (st.CanLeft || st.CanRight)
        {
            int depsInBuffer = 0;
            foreach (int d in goldDeps[s0]) if (d >= next) depsInBuffer++;
            int h = goldHead[s0];
            if (st.CanLeft) left = depsInBuffer + (h != b0 && (h == s1 || h >= next) ? 1 : 0);
            if (st.CanRight) right = depsInBuffer + (h >= next ? 1 : 0);
        }
        return (shift, left, right);
    }

    /// <summary>Children lists of a gold tree (index 0 = root).</summary>
    public static List<int>[] Dependents(int[] goldHead, int length)
    {
        var deps = new List<int>[length + 1];
        for (int i = 0; i <= length; i++) deps[i] = [];
        for (int d = 1; d <= length; d++) deps[goldHead[d]].Add(d);
        return deps;
    }
}
