namespace Tacitus.Nlp.Learning;

/// <summary>
/// Training side of a multi-class averaged perceptron over hashed features (<see cref="FeatureHash"/>). A feature gets a
/// row of <see cref="ClassCount"/> floats the first time an update touches it, so features that never take part in a
/// mistake cost nothing. Averaging uses the "w − u/c" trick (no per-weight timestamps). Not thread-safe; deterministic.
/// <see cref="Freeze"/> produces the compact <see cref="SparseLinearModel"/> used for prediction.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _w;
    private double[] _u;
    private ulong[] _keys;
    private long _instances = 1;

    public AveragedPerceptron(int classCount, int initialRows = 1 << 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, ushort.MaxValue);
        ClassCount = classCount;
        _w = new float[initialRows * classCount];
        _u = new double[initialRows * classCount];
        _keys = new ulong[initialRows];
    }

    public int ClassCount { get; }

    /// <summary>Features that currently own a weight row.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> into <paramref name="scores"/> (which it clears first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        var s = scores[..ClassCount];
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            AddInto(s, _w.AsSpan(row * ClassCount, ClassCount));
        }
    }

    /// <summary>The highest-scoring class under the current weights (ties: lowest index).</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[..ClassCount]);
    }

    /// <summary>Standard perceptron update: +1 for <paramref name="gold"/>, −1 for <paramref name="predicted"/> on every feature (nothing if equal).</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        if (gold == predicted) return;
        foreach (var f in features)
        {
            int row = RowOf(f);
            int b = row * ClassCount;
            _w[b + gold] += 1f;
            _u[b + gold] += _instances;
            _w[b + predicted] -= 1f;
            _u[b + predicted] -= _instances;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="cls"/> on every feature (one side of a structured update).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features)
        {
            int b = RowOf(f) * ClassCount + cls;
            _w[b] += delta;
            _u[b] += delta * (double)_instances;
        }
    }

    /// <summary>Marks the end of one training instance (averaging counts instances).</summary>
    public void Tick() => _instances++;

    private int RowOf(ulong f)
    {
        if (_rows.TryGetValue(f, out int row)) return row;
        row = _rows.Count;
        if (row == _keys.Length)
        {
            int n = _keys.Length * 2;
            Array.Resize(ref _keys, n);
            Array.Resize(ref _w, n * ClassCount);
            Array.Resize(ref _u, n * ClassCount);
        }
        _keys[row] = f;
        _rows.Add(f, row);
        return row;
    }

    /// <summary>
    /// The averaged weights as a prediction model. Weights with |w| ≤ <paramref name="pruneBelow"/> are dropped, so the
    /// model keeps only what matters; rows left empty disappear.
    /// </summary>
    public SparseLinearModel Freeze(float pruneBelow = 0f)
    {
        var order = new int[_rows.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        // Row order by key makes the frozen model independent of the order in which features first appeared.
        Array.Sort(order, (a, b) => _keys[a].CompareTo(_keys[b]));
        var keys = new List<ulong>(order.Length);
        var starts = new List<int>(order.Length + 1) { 0 };
        var classes = new List<ushort>();
        var values = new List<float>();
        double c = _instances;
        foreach (int row in order)
        {
            int b = row * ClassCount;
            int before = classes.Count;
            for (int k = 0; k < ClassCount; k++)
            {
                float avg = (float)(_w[b + k] - _u[b + k] / c);
                if (Math.Abs(avg) <= pruneBelow || avg == 0f) continue;
                classes.Add((ushort)k);
                values.Add(avg);
            }
            if (classes.Count == before) continue;
            keys.Add(_keys[row]);
            starts.Add(classes.Count);
        }
        return new SparseLinearModel(ClassCount, [.. keys], [.. starts], [.. classes], [.. values]);
    }

    private static void AddInto(Span<float> acc, ReadOnlySpan<float> x)
    {
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            int n = System.Numerics.Vector<float>.Count;
            for (; i <= acc.Length - n; i += n)
                (new System.Numerics.Vector<float>(acc[i..]) + new System.Numerics.Vector<float>(x[i..])).CopyTo(acc[i..]);
        }
        for (; i < acc.Length; i++) acc[i] += x[i];
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float bestScore = scores[0];
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > bestScore)
            {
                bestScore = scores[i];
                best = i;
            }
        }
        return best;
    }
}
