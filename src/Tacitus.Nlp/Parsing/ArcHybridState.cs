namespace Tacitus.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the bottom of the
/// stack: SHIFT pushes the buffer front; LEFT-l makes the stack top a dependent of the buffer front; RIGHT-l makes it a
/// dependent of the item below it. Attaching to the root is allowed only once the buffer is empty, so every parse is a
/// projective tree with exactly one root. Each word is shifted once and attached once: 2n transitions.
/// </summary>
internal sealed class ArcHybridState
{
    public const int Shift = 0, Left = 1, Right = 2;

    private int[] _stack = new int[64];
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];
    public int[] Lc1 = new int[64], Lc2 = new int[64], Rc1 = new int[64], Rc2 = new int[64];
    public int[] NLeft = new int[64], NRight = new int[64];
    public ulong[] LeftSet = new ulong[64], RightSet = new ulong[64];
    public bool[] OnStack = new bool[64];
    /// <summary>Scratch space of the second-stage relabeler.</summary>
    internal readonly Relabeler Relabel = new();
    /// <summary>The factored parser's relation scores of each word's arc (word × <see cref="ArcScoreWidth"/>), for the relabeler.</summary>
    public float[] ArcScores = [];
    public int ArcScoreWidth;

    public void EnsureArcScores(int width)
    {
        ArcScoreWidth = width;
        if (ArcScores.Length < (Length + 1) * width) ArcScores = new float[Math.Max((Length + 1) * width, Math.Max(64 * width, ArcScores.Length * 2))];
    }

    public int Length { get; private set; }
    public int StackCount { get; private set; }
    /// <summary>The buffer is always the suffix <c>Next..Length</c> of the sentence.</summary>
    public int Next { get; private set; }

    public void Reset(int length)
    {
        if (length + 1 > Heads.Length)
        {
            int cap = Math.Max(length + 1, Heads.Length * 2);
            _stack = new int[cap];
            Heads = new int[cap]; Labels = new int[cap];
            Lc1 = new int[cap]; Lc2 = new int[cap]; Rc1 = new int[cap]; Rc2 = new int[cap];
            NLeft = new int[cap]; NRight = new int[cap];
            LeftSet = new ulong[cap]; RightSet = new ulong[cap];
            OnStack = new bool[cap];
        }
        Length = length;
        for (int i = 0; i <= length; i++)
        {
            Heads[i] = -1; Labels[i] = 0;
            Lc1[i] = Lc2[i] = Rc1[i] = Rc2[i] = -1;
            NLeft[i] = NRight[i] = 0;
            LeftSet[i] = RightSet[i] = 0;
            OnStack[i] = false;
        }
        _stack[0] = 0;
        OnStack[0] = true;
        StackCount = 1;
        Next = 1;
    }

    public bool IsTerminal => Next > Length && StackCount == 1;

    /// <summary>The i-th stack item from the top (0 = top), or -1.</summary>
    public int S(int i) => i < StackCount ? _stack[StackCount - 1 - i] : -1;

    /// <summary>The i-th buffer item (0 = front), or -1.</summary>
    public int B(int i) => Next + i <= Length ? Next + i : -1;

    public bool CanShift => Next <= Length;
    public bool CanLeft => StackCount >= 2 && Next <= Length;
    public bool CanRight => StackCount >= 2 && (StackCount > 2 || Next > Length);
    /// <summary>True when RIGHT would attach the stack top to the root (its label must then be root).</summary>
    public bool RightIsRoot => StackCount == 2;

    public void Apply(int action, int label)
    {
        switch (action)
        {
            case Shift:
                OnStack[Next] = true;
                _stack[StackCount++] = Next++;
                break;
            case Left:
            {
                int d = _stack[--StackCount];
                OnStack[d] = false;
                Attach(Next, d, label);
                break;
            }
            default:
            {
                int d = _stack[--StackCount];
                OnStack[d] = false;
                Attach(_stack[StackCount - 1], d, label);
                break;
            }
        }
    }

    private void Attach(int h, int d, int label)
    {
        Heads[d] = h;
        Labels[d] = label;
        ulong bit = 1UL << (label & 63);
        if (d < h)
        {
            NLeft[h]++;
            LeftSet[h] |= bit;
            if (Lc1[h] < 0 || d < Lc1[h]) { Lc2[h] = Lc1[h]; Lc1[h] = d; }
            else if (Lc2[h] < 0 || d < Lc2[h]) Lc2[h] = d;
        }
        else
        {
            NRight[h]++;
            RightSet[h] |= bit;
            if (Rc1[h] < 0 || d > Rc1[h]) { Rc2[h] = Rc1[h]; Rc1[h] = d; }
            else if (Rc2[h] < 0 || d > Rc2[h]) Rc2[h] = d;
        }
    }
}
