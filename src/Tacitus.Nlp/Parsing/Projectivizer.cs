namespace Tacitus.Nlp.Parsing;

/// <summary>
/// Makes a tree projective by lifting: while some arc is non-projective, the shortest such arc's dependent is
/// re-attached to its head's head (labels kept). The arc-hybrid parser is trained on the lifted trees.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Heads indexed 1..n (index 0 unused); returns a projective copy.</summary>
    public static int[] Lift(int[] heads, int length)
    {
        var h = (int[])heads.Clone();
        for (int guard = 0; guard < length * length + 1; guard++)
        {
            int worst = -1, worstLen = int.MaxValue;
            for (int d = 1; d <= length; d++)
            {
                if (h[d] <= 0) continue;
                int len = Math.Abs(h[d] - d);
                if (len < worstLen && !IsProjective(h, d, length)) { worst = d; worstLen = len; }
            }
            if (worst < 0) return h;
            h[worst] = h[h[worst]];
        }
        return h;
    }

    /// <summary>An arc h→d is projective when h dominates every word strictly between them.</summary>
    public static bool IsProjective(int[] h, int d, int length)
    {
        int head = h[d];
        int lo = Math.Min(head, d), hi = Math.Max(head, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k;
            int steps = 0;
            while (a != head && a != 0 && steps++ <= length) a = h[a];
            if (a != head) return false;
        }
        return true;
    }

    public static bool IsProjectiveTree(int[] h, int length)
    {
        for (int d = 1; d <= length; d++) if (!IsProjective(h, d, length)) return false;
        return true;
    }
}
