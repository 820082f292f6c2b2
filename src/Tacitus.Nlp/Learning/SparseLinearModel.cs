using System.Numerics;
using System.Runtime.Intrinsics.X86;
using System.Runtime.CompilerServices;
using Tacitus.Core;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Learning;

/// <summary>
/// A frozen linear multi-class model over hashed features: an open-addressing table from feature hash to a row, and
/// each row's non-zero class weights in compressed sparse form. Immutable and thread-safe; scoring allocates nothing.
/// On disk the weights are half-precision floats, written and read as little-endian blocks.
/// </summary>
public sealed class SparseLinearModel
{
    // Open addressing; a slot holds the key and its row's weight range so a lookup touches one cache line.
    private readonly Slot[] _table;
    private readonly int _mask;
    private readonly int[] _starts;
    private readonly ushort[] _classes;
    private readonly float[] _values;
    private readonly Weight[] _weights;
    private readonly ulong[] _keys;

    private struct Slot
    {
        public ulong Key;   // 0 = empty
        public int Start;
        public int End;
    }

    private struct Weight
    {
        public float Value;
        public int Class;
    }

    internal SparseLinearModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] values)
    {
        ClassCount = classCount;
        _keys = keys;
        _starts = starts;
        _classes = classes;
        _values = values;
        (_table, _mask) = BuildTable(keys, starts);
        _weights = new Weight[values.Length];
        for (int e = 0; e < values.Length; e++) _weights[e] = new Weight { Value = values[e], Class = classes[e] };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per load over ~200,000 keys: tier-0 code would be several times slower
    private static (Slot[] Table, int Mask) BuildTable(ulong[] keys, int[] starts)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        var table = new Slot[capacity];
        int mask = capacity - 1;
        for (int r = 0; r < keys.Length; r++)
        {
            if (keys[r] == 0) throw new TacitusException("corrupt linear model: feature key 0");
            int i = (int)(keys[r] & (ulong)mask);
            while (table[i].Key != 0)
            {
                if (table[i].Key == keys[r]) throw new TacitusException("corrupt linear model: duplicate feature key");
                i = (i + 1) & mask;
            }
            table[i] = new Slot { Key = keys[r], Start = starts[r], End = starts[r + 1] };
        }
        return (table, mask);
    }

    public int ClassCount { get; }

    /// <summary>Features with at least one non-zero weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Stored non-zero weights.</summary>
    public int WeightCount => _values.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly Slot Find(ulong key)
    {
        int i = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var slot = ref _table[i];
            if (slot.Key == key || slot.Key == 0) return ref slot;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Clears <paramref name="scores"/> (at least <see cref="ClassCount"/> long) and adds the weights of every known feature.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var s = scores[..ClassCount];
        s.Clear();
        var weights = _weights;
        // (up to 128 features: the tagger scores 48 at most, the ner model 84)
        if (features.Length <= 128 && Sse.IsSupported)
        {
            // Lookups are memory-bound: touch every table slot first, then every weight row, then add, so the
            // cache misses of different features overlap instead of queueing.
            var table = _table;
            Span<int> starts = stackalloc int[features.Length];
            Span<int> ends = stackalloc int[features.Length];
            unsafe
            {
                fixed (Slot* t = table)
                fixed (Weight* w = weights)
                fixed (float* sp = s)
                {
                    for (int i = 0; i < features.Length; i++) Sse.Prefetch0(t + (int)(features[i] & (ulong)_mask));
                    for (int i = 0; i < features.Length; i++)
                    {
                        ref readonly var slot = ref Find(features[i]);
                        starts[i] = slot.Start;
                        ends[i] = slot.Key == 0 ? slot.Start : slot.End;
                        if (ends[i] > starts[i])
                        {
                            // A row of 4 weights (32 bytes) often spans two cache lines: fetch both.
                            Sse.Prefetch0(w + starts[i]);
                            Sse.Prefetch0(w + ends[i] - 1);
                        }
                    }
                    // Classes were checked against ClassCount when the model was built or read.
                    for (int i = 0; i < features.Length; i++)
                        for (int e = starts[i]; e < ends[i]; e++) sp[w[e].Class] += w[e].Value;
                }
            }
            return;
        }
        foreach (var f in features)
        {
            ref readonly var slot = ref Find(f);
            if (slot.Key == 0) continue;
            for (int e = slot.Start; e < slot.End; e++)
            {
                ref readonly var w = ref weights[e];
                s[w.Class] += w.Value;
            }
        }
    }

    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return AveragedPerceptron.ArgMax(scratch[..ClassCount]);
    }

    /// <summary>
    /// Writes the model in bulk (format 2): class count, rows, weights, then the sorted keys (as differences), each row's
    /// length, the class of every weight and the weights as half-precision floats — little-endian blocks.
    /// </summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(_keys.Length);
        w.Write(_values.Length);
        LittleEndianBlocks.WriteSortedKeys(w, _keys);
        var lengths = new ushort[_keys.Length];
        for (int r = 0; r < lengths.Length; r++) lengths[r] = (ushort)(_starts[r + 1] - _starts[r]);
        LittleEndianBlocks.Write(w, lengths);
        LittleEndianBlocks.Write(w, _classes);
        var halves = new ushort[_values.Length];
        for (int e = 0; e < halves.Length; e++) halves[e] = BitConverter.HalfToUInt16Bits((Half)_values[e]);
        LittleEndianBlocks.Write(w, halves);
    }

    /// <summary>Reads a model written by <see cref="Write"/> in <paramref name="format"/> 2, or 1 (the per-row format before it).</summary>
    public static SparseLinearModel Read(BinaryReader r, int format)
    {
        if (format < 2) return ReadRows(r);
        int classCount = r.ReadInt32();
        int rows = r.ReadInt32();
        int weights = r.ReadInt32();
        if (classCount < 2 || classCount > ushort.MaxValue || rows < 0 || weights < 0 || (long)weights > (long)rows * classCount)
            throw new TacitusException($"corrupt linear model header (classes {classCount}, rows {rows}, weights {weights})");
        var keys = LittleEndianBlocks.ReadSortedKeys(r, rows);
        var lengths = new ushort[rows];
        var classes = new ushort[weights];
        var halves = new ushort[weights];
        LittleEndianBlocks.Read(r, lengths);
        LittleEndianBlocks.Read(r, classes);
        LittleEndianBlocks.Read(r, halves);
        var starts = new int[rows + 1];
        for (int row = 0; row < rows; row++) starts[row + 1] = starts[row] + lengths[row];
        if (starts[rows] != weights) throw new TacitusException($"corrupt linear model: rows hold {starts[rows]} weights, not {weights}");
        foreach (var c in classes)
            if (c >= classCount) throw new TacitusException($"corrupt linear model: class {c} of {classCount}");
        var values = new float[weights];
        for (int e = 0; e < values.Length; e++) values[e] = (float)BitConverter.UInt16BitsToHalf(halves[e]);
        return new SparseLinearModel(classCount, keys, starts, classes, values);
    }

    /// <summary>Format 1: per row the key, the number of weights (7-bit encoded) and (class, half) pairs.</summary>
    private static SparseLinearModel ReadRows(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        int rows = r.ReadInt32();
        if (classCount < 2 || classCount > ushort.MaxValue || rows < 0)
            throw new TacitusException($"corrupt linear model header (classes {classCount}, rows {rows})");
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var classes = new List<ushort>(rows * 2);
        var values = new List<float>(rows * 2);
        for (int row = 0; row < rows; row++)
        {
            keys[row] = r.ReadUInt64();
            int n = r.Read7BitEncodedInt();
            for (int e = 0; e < n; e++)
            {
                ushort c = classCount <= byte.MaxValue + 1 ? r.ReadByte() : r.ReadUInt16();
                if (c >= classCount) throw new TacitusException($"corrupt linear model: class {c} of {classCount}");
                classes.Add(c);
                values.Add((float)r.ReadHalf());
            }
            starts[row + 1] = classes.Count;
        }
        return new SparseLinearModel(classCount, keys, starts, [.. classes], [.. values]);
    }

    /// <summary>This model without the weights of absolute value below <paramref name="threshold"/> (rows left empty are dropped).</summary>
    public SparseLinearModel Pruned(float threshold)
    {
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var classes = new List<ushort>();
        var values = new List<float>();
        for (int r = 0; r < _keys.Length; r++)
        {
            int before = classes.Count;
            for (int e = _starts[r]; e < _starts[r + 1]; e++)
            {
                if (Math.Abs(_values[e]) < threshold) continue;
                classes.Add(_classes[e]);
                values.Add(_values[e]);
            }
            if (classes.Count == before) continue;
            keys.Add(_keys[r]);
            starts.Add(classes.Count);
        }
        return new SparseLinearModel(ClassCount, [.. keys], [.. starts], [.. classes], [.. values]);
    }

    /// <summary>This model with its weights rounded to half precision, exactly as <see cref="Read"/> will give it back.</summary>
    public SparseLinearModel RoundedToHalf()
    {
        var v = new float[_values.Length];
        for (int i = 0; i < v.Length; i++) v[i] = (float)(Half)_values[i];
        return new SparseLinearModel(ClassCount, _keys, _starts, _classes, v);
    }

    /// <summary>
    /// The mean of several models over the same classes (a feature missing from a model counts as 0 there): averaging
    /// perceptrons trained with different shuffles lowers their variance. Weights at most <paramref name="pruneBelow"/>
    /// in absolute value are dropped.
    /// </summary>
    public static SparseLinearModel Average(IReadOnlyList<SparseLinearModel> models, float pruneBelow = 0f)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0) throw new ArgumentException("no models to average", nameof(models));
        int classes = models[0].ClassCount;
        if (models.Any(m => m.ClassCount != classes)) throw new ArgumentException("models have different class counts", nameof(models));
        var sums = new Dictionary<ulong, float[]>();
        foreach (var m in models)
            for (int r = 0; r < m._keys.Length; r++)
            {
                if (!sums.TryGetValue(m._keys[r], out var row)) sums[m._keys[r]] = row = new float[classes];
                for (int e = m._starts[r]; e < m._starts[r + 1]; e++) row[m._classes[e]] += m._values[e];
            }
        var keys = new List<ulong>(sums.Count);
        var starts = new List<int>(sums.Count + 1) { 0 };
        var cls = new List<ushort>();
        var values = new List<float>();
        float scale = 1f / models.Count;
        foreach (var key in sums.Keys.Order())
        {
            var row = sums[key];
            int before = cls.Count;
            for (int c = 0; c < classes; c++)
            {
                float v = row[c] * scale;
                if (v == 0f || Math.Abs(v) <= pruneBelow) continue;
                cls.Add((ushort)c);
                values.Add(v);
            }
            if (cls.Count == before) continue;
            keys.Add(key);
            starts.Add(cls.Count);
        }
        return new SparseLinearModel(classes, [.. keys], [.. starts], [.. cls], [.. values]);
    }
}
