using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// Hashed perceptron weights: a 64-bit feature key maps (open addressing, linear probing) to a row of
/// <see cref="Width"/> class weights stored contiguously, so scoring a feature is one probe plus a SIMD row add.
/// While training it also keeps the per-weight sums needed for averaging.
/// </summary>
internal sealed class WeightTable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Entry
    {
        public ulong Key;
        public int Row;
    }

    /// <summary>A slot of a 4-wide quantised table with its row inline: one cache line per feature instead of two.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct PackedEntry : IKeyedSlot
    {
        public ulong Key;
        readonly ulong IKeyedSlot.Key => Key;
        public short W0, W1, W2, W3;
    }

    /// <summary>A slot of a wider quantised table: the key and where its non-zero weights lie in the weight array.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct SparseSlot : IKeyedSlot
    {
        public ulong Key;
        readonly ulong IKeyedSlot.Key => Key;
        public int Start;
        public int End;
    }

    /// <summary>One non-zero quantised weight of a wide row (the label table is 93 % zeros: 4 bytes here against 208 per dense row).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct SparseWeight
    {
        public ushort Class;
        public short Value;
    }

    private Entry[] _entries;
    private int _mask;
    private float[] _w;
    private float[]? _u;
    private float _scale;
    /// <summary>Read from a file: only the quantised layout below exists (no float weights, no training).</summary>
    private readonly bool _inferenceOnly;
    // The quantised layout scoring uses: 4-wide tables inline in their slots, wider ones as sparse rows.
    private PackedEntry[]? _packed;
    private SparseSlot[]? _slots;
    private SparseWeight[]? _sparse;
    private int _quantisedMask;

    public WeightTable(int width, int capacity = 1 << 16, bool training = false)
    {
        Width = width;
        int cap = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _entries = new Entry[cap];
        _mask = cap - 1;
        _w = new float[Math.Max(16, capacity) * width];
        _u = training ? new float[_w.Length] : null;
    }

    private WeightTable(int width, int count, float scale)
    {
        Width = width;
        Count = count;
        _scale = scale;
        _inferenceOnly = true;
        _entries = [];
        _w = [];
    }

    public int Width { get; }
    public int Count { get; private set; }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        int i = (int)key & _mask;
        var entries = _entries;
        while (true)
        {
            ref var e = ref entries[i];
            if (e.Key == key) return e.Row;
            if (e.Key == 0) return -1;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>
    /// Adds the rows of all <paramref name="keys"/> to <paramref name="scores"/>. The slots are prefetched first, then
    /// the rows, so the cache misses of one feature set overlap instead of queueing one after another.
    /// </summary>
    public unsafe void AddAll(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        RequireFloatWeights();
        Span<int> rows = stackalloc int[keys.Length];
        fixed (Entry* entries = _entries)
        fixed (float* w = _w)
        {
            if (Sse.IsSupported)
                foreach (var k in keys) Sse.Prefetch0(entries + ((int)k & _mask));
            int found = 0;
            foreach (var k in keys)
            {
                int r = Find(k);
                if (r < 0) continue;
                rows[found++] = r;
                if (Sse.IsSupported) Sse.Prefetch0(w + (long)r * Width);
            }
            for (int f = 0; f < found; f++) AddRow(rows[f], scores);
        }
    }

    public ReadOnlySpan<float> Row(int row) => _w.AsSpan(row * Width, Width);

    /// <summary>Adds the weights of <paramref name="key"/> (if known) to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, Span<float> scores)
    {
        RequireFloatWeights();
        int row = Find(key);
        if (row >= 0) AddRow(row, scores);
    }

    /// <summary>True once the weights are quantised: scoring then adds 16-bit weights into integer accumulators (half the memory traffic).</summary>
    public bool IsQuantised => _packed is not null || _slots is not null;

    /// <summary>The factor that turns integer scores from <see cref="AddAllQuantised"/> back into weights.</summary>
    public float Scale => _scale;

    /// <summary>
    /// Starts loading the quantised slots of <paramref name="keys"/> into the cache, so their misses overlap with other
    /// work (the parser issues its label lookups while it scores the transitions).
    /// </summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported) return;
        int mask = _quantisedMask;
        if (_packed is not null)
        {
            fixed (PackedEntry* slots = _packed)
                foreach (var k in keys) Sse.Prefetch0(slots + ((int)k & mask));
        }
        else if (_slots is not null)
        {
            fixed (SparseSlot* slots = _slots)
                foreach (var k in keys) Sse.Prefetch0(slots + ((int)k & mask));
        }
    }

    /// <summary>Like <see cref="AddAll"/> on the quantised weights; sums are exact integers, so results do not depend on the order of features.</summary>
    public void AddAllQuantised(ReadOnlySpan<ulong> keys, Span<int> acc)
    {
        if (_packed is not null) AddAllPacked(keys, acc);
        else AddAllSparse(keys, acc);
    }

    /// <summary><see cref="AddAllQuantised"/> for 4-wide tables: prefetch every slot, then read key and weights together.</summary>
    private unsafe void AddAllPacked(ReadOnlySpan<ulong> keys, Span<int> acc)
    {
        int a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        int mask = _quantisedMask;
        fixed (PackedEntry* slots = _packed)
        {
            if (Sse.IsSupported)
                foreach (var k in keys) Sse.Prefetch0(slots + ((int)k & mask));
            foreach (var k in keys)
            {
                int i = (int)k & mask;
                while (true)
                {
                    var e = slots + i;
                    if (e->Key == k)
                    {
                        a0 += e->W0; a1 += e->W1; a2 += e->W2; a3 += e->W3;
                        break;
                    }
                    if (e->Key == 0) break;
                    i = (i + 1) & mask;
                }
            }
        }
        acc[0] += a0; acc[1] += a1; acc[2] += a2; acc[3] += a3;
    }

    /// <summary>
    /// <see cref="AddAllQuantised"/> for wide tables: prefetch every slot, then every found row's non-zero weights, then
    /// add them (a row of the label table is about 7 weights in one cache line, where its dense form spans four).
    /// </summary>
    private unsafe void AddAllSparse(ReadOnlySpan<ulong> keys, Span<int> acc)
    {
        Span<int> starts = stackalloc int[keys.Length];
        Span<int> ends = stackalloc int[keys.Length];
        int mask = _quantisedMask;
        int found = 0;
        fixed (SparseSlot* slots = _slots)
        fixed (SparseWeight* weights = _sparse)
        {
            if (Sse.IsSupported)
                foreach (var k in keys) Sse.Prefetch0(slots + ((int)k & mask));
            foreach (var k in keys)
            {
                int i = (int)k & mask;
                while (true)
                {
                    var e = slots + i;
                    if (e->Key == k)
                    {
                        starts[found] = e->Start;
                        ends[found++] = e->End;
                        if (Sse.IsSupported)
                        {
                            // About 7 pairs (28 bytes): often across two cache lines, so fetch both ends.
                            Sse.Prefetch0(weights + e->Start);
                            Sse.Prefetch0(weights + e->End - 1);
                        }
                        break;
                    }
                    if (e->Key == 0) break;
                    i = (i + 1) & mask;
                }
            }
            // Class ids were checked against the width when the table was built.
            ref int a = ref MemoryMarshal.GetReference(acc[..Width]);
            for (int f = 0; f < found; f++)
                for (int j = starts[f]; j < ends[f]; j++)
                    Unsafe.Add(ref a, weights[j].Class) += weights[j].Value;
        }
    }

    /// <summary>
    /// Builds the quantised layout from the rows of <paramref name="keys"/> (dense, <see cref="Width"/> apart). Slot tables
    /// are sparse (load ≤ 1/4): most absent features (about half of all lookups) end at their first, empty slot and hits
    /// need one probe. Measured on EWT test, interleaved, under load: 4–20 % faster parsing than at load ≤ 1/2, while
    /// load ≤ 0.8 (half the memory) was 25–35 % slower — probe chains cost more than cache footprint.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once over a million keys: tier-0 code would be several times slower
    private void BuildQuantised(ReadOnlySpan<ulong> keys, ReadOnlySpan<short> rows)
    {
        int size = SlotCount(keys.Length);
        int mask = size - 1;
        _quantisedMask = mask;
        if (Width == 4)
        {
            var packed = new PackedEntry[size];
            for (int r = 0; r < keys.Length; r++)
            {
                int j = Probe(packed, keys[r], mask);
                packed[j] = new PackedEntry { Key = keys[r], W0 = rows[4 * r], W1 = rows[4 * r + 1], W2 = rows[4 * r + 2], W3 = rows[4 * r + 3] };
            }
            _packed = packed;
            return;
        }
        int nonZero = 0;
        foreach (var v in rows) if (v != 0) nonZero++;
        var lengths = new ushort[keys.Length];
        var classes = new ushort[nonZero];
        var values = new short[nonZero];
        int at = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            int start = at;
            var row = rows.Slice(r * Width, Width);
            for (int c = 0; c < row.Length; c++)
            {
                if (row[c] == 0) continue;
                classes[at] = (ushort)c;
                values[at++] = row[c];
            }
            lengths[r] = (ushort)(at - start);
        }
        BuildSparse(keys, lengths, classes, values);
    }

    /// <summary>Builds the sparse layout: row r of <paramref name="keys"/> holds the next <paramref name="lengths"/>[r] (class, value) pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildSparse(ReadOnlySpan<ulong> keys, ReadOnlySpan<ushort> lengths, ReadOnlySpan<ushort> classes, ReadOnlySpan<short> values)
    {
        int size = SlotCount(keys.Length);
        int mask = size - 1;
        var slots = new SparseSlot[size];
        var weights = new SparseWeight[classes.Length];
        int at = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            int end = at + lengths[r];
            if (end > classes.Length) throw new InvalidDataException("weight table rows hold more weights than stored");
            for (int e = at; e < end; e++)
            {
                if (classes[e] >= Width) throw new InvalidDataException($"weight table class {classes[e]} of {Width}");
                weights[e] = new SparseWeight { Class = classes[e], Value = values[e] };
            }
            int j = Probe(slots, keys[r], mask);
            slots[j] = new SparseSlot { Key = keys[r], Start = at, End = end };
            at = end;
        }
        if (at != classes.Length) throw new InvalidDataException("weight table rows hold fewer weights than stored");
        _slots = slots;
        _sparse = weights;
        _quantisedMask = mask;
    }

    /// <summary>Slots of the quantised layout for <paramref name="rows"/> keys (load ≤ 1/4, a power of two).</summary>
    private static int SlotCount(int rows) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows * 4));

    /// <summary>The free slot for a new <paramref name="key"/> (linear probing); a key already present is an error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // inside the build loops, which are optimised from the start; a call would run tier-0 code
    private static int Probe<TSlot>(TSlot[] slots, ulong key, int mask) where TSlot : struct, IKeyedSlot
    {
        if (key == 0) throw BadKey(key);
        int j = (int)key & mask;
        while (slots[j].Key != 0)
        {
            if (slots[j].Key == key) throw BadKey(key);
            j = (j + 1) & mask;
        }
        return j;
    }

    private interface IKeyedSlot
    {
        ulong Key { get; }
    }

    private static InvalidDataException BadKey(ulong key) =>
        new(key == 0 ? "feature key 0 in weight table" : $"duplicate feature key {key:x16} in weight table");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(int row, Span<float> scores)
    {
        var w = _w.AsSpan(row * Width, Width);
        int j = 0;
        if (Vector.IsHardwareAccelerated && Width >= Vector<float>.Count)
        {
            var sv = System.Runtime.InteropServices.MemoryMarshal.Cast<float, Vector<float>>(scores[..(Width - Width % Vector<float>.Count)]);
            var wv = System.Runtime.InteropServices.MemoryMarshal.Cast<float, Vector<float>>(w[..(Width - Width % Vector<float>.Count)]);
            for (int v = 0; v < sv.Length; v++) sv[v] += wv[v];
            j = sv.Length * Vector<float>.Count;
        }
        for (; j < Width; j++) scores[j] += w[j];
    }

    private int GetOrAdd(ulong key)
    {
        int i = (int)key & _mask;
        while (true)
        {
            ulong k = _entries[i].Key;
            if (k == key) return _entries[i].Row;
            if (k == 0) break;
            i = (i + 1) & _mask;
        }
        int row = Count++;
        _entries[i] = new Entry { Key = key, Row = row };
        if ((long)(row + 1) * Width > _w.Length)
        {
            Array.Resize(ref _w, _w.Length * 2);
            if (_u is not null) Array.Resize(ref _u, _u.Length * 2);
        }
        if (Count * 2 > _entries.Length) Rehash();
        return row;
    }

    private void Rehash()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _mask = _entries.Length - 1;
        foreach (var e in old)
        {
            if (e.Key == 0) continue;
            int i = (int)e.Key & _mask;
            while (_entries[i].Key != 0) i = (i + 1) & _mask;
            _entries[i] = e;
        }
    }

    /// <summary>Perceptron update at time <paramref name="time"/> (number of instances seen), keeping the averaging sums.</summary>
    public void Update(ulong key, int cls, float delta, int time)
    {
        RequireFloatWeights();
        int row = GetOrAdd(key);
        int at = row * Width + cls;
        _w[at] += delta;
        _u![at] += time * delta;
    }

    /// <summary>The averaged weights (w − u/time) as a new inference table, dropping rows whose largest weight is below <paramref name="minWeight"/>.</summary>
    public WeightTable Averaged(int time, float minWeight = 0f)
    {
        RequireFloatWeights();
        var result = new WeightTable(Width, Count);
        float inv = time > 0 ? 1f / time : 0f;
        var row = new float[Width];
        foreach (var e in _entries)
        {
            if (e.Key == 0) continue;
            int r = e.Row;
            float max = 0f;
            for (int c = 0; c < Width; c++)
            {
                float v = _u is null ? _w[r * Width + c] : _w[r * Width + c] - _u[r * Width + c] * inv;
                row[c] = v;
                max = Math.Max(max, Math.Abs(v));
            }
            if (max <= minWeight) continue;
            result.Set(e.Key, row);
        }
        return result;
    }

    /// <summary>The element-wise mean of inference tables of equal width (a key missing from a table counts as zeros there).</summary>
    public static WeightTable Mean(IReadOnlyList<WeightTable> tables)
    {
        if (tables.Count == 0) throw new ArgumentException("no tables", nameof(tables));
        int width = tables[0].Width;
        var result = new WeightTable(width, tables.Max(t => t.Count));
        float inv = 1f / tables.Count;
        var row = new float[width];
        foreach (var t in tables)
        {
            if (t.Width != width) throw new ArgumentException("tables of different widths", nameof(tables));
            t.RequireFloatWeights();
            // Keys in sorted order, so the result's row numbering does not depend on hash-slot order.
            var keys = new List<(ulong Key, int Row)>(t.Count);
            foreach (var e in t._entries) if (e.Key != 0) keys.Add((e.Key, e.Row));
            keys.Sort((a, b) => a.Key.CompareTo(b.Key));
            foreach (var (key, r) in keys)
            {
                int at = result.GetOrAdd(key) * width;
                for (int c = 0; c < width; c++) result._w[at + c] += t._w[r * width + c] * inv;
            }
        }
        return result;
    }

    private void Set(ulong key, ReadOnlySpan<float> values)
    {
        int row = GetOrAdd(key);
        values.CopyTo(_w.AsSpan(row * Width, Width));
    }

    /// <summary>
    /// Writes the table in the layout scoring uses (table format 2, little-endian): the header, then for a 4-wide table one
    /// 16-byte record per row (key, four 16-bit weights), for a wider table the non-zero weights as (class, value) pairs
    /// and one record per row (key, number of weights). Keys are stored as differences, in the order of their home slots.
    /// </summary>
    public void Write(BinaryWriter w)
    {
        var (sortedKeys, sortedRows, scale) = SortedQuantisedRows();
        // Rows in the order of their keys' home slots (the low bits) in the table loading builds, so it fills the table
        // front to back instead of writing 64 MB at random; any order loads correctly. Differences of the keys rotated
        // right by the table's bit count rise like those of sorted keys and compress as well.
        int rotation = BitOperations.Log2((uint)SlotCount(sortedKeys.Length));
        var order = new int[sortedKeys.Length];
        var rotated = new ulong[sortedKeys.Length];
        for (int i = 0; i < order.Length; i++) (order[i], rotated[i]) = (i, BitOperations.RotateRight(sortedKeys[i], rotation));
        Array.Sort(rotated, order);
        w.Write(Width);
        w.Write(order.Length);
        w.Write(scale);
        w.Write((byte)rotation);
        if (Width != 4)
        {
            var pairs = new List<short>();
            foreach (int r in order)
                for (int c = 0; c < Width; c++)
                    if (sortedRows[r * Width + c] != 0) pairs.AddRange([(short)c, sortedRows[r * Width + c]]);
            w.Write(pairs.Count / 2);
            LittleEndianBlocks.Write(w, pairs.ToArray());
        }
        int recordSize = Width == 4 ? PackedRecord : SparseRecord;
        var record = new byte[recordSize];
        ulong prev = 0;
        for (int i = 0; i < order.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(record, rotated[i] - prev);
            prev = rotated[i];
            var row = sortedRows.AsSpan(order[i] * Width, Width);
            if (Width == 4)
                for (int c = 0; c < 4; c++) BinaryPrimitives.WriteInt16LittleEndian(record.AsSpan(8 + 2 * c), row[c]);
            else
            {
                int n = 0;
                foreach (var v in row) if (v != 0) n++;
                BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(8), (ushort)n);
            }
            w.Write(record);
        }
    }

    private const int PackedRecord = 16, SparseRecord = 10;

    /// <summary>The keys in ascending order with their quantised rows (dense, <see cref="Width"/> apart) and the scale.</summary>
    private (ulong[] Keys, short[] Rows, float Scale) SortedQuantisedRows()
    {
        if (!_inferenceOnly)
        {
            var order = new List<(ulong Key, int Row)>(Count);
            foreach (var e in _entries) if (e.Key != 0) order.Add((e.Key, e.Row));
            order.Sort((a, b) => a.Key.CompareTo(b.Key));
            float scale = _scale > 0 ? _scale : QuantScale();
            var block = new short[order.Count * Width];
            for (int i = 0; i < order.Count; i++)
            {
                int row = order[i].Row;
                for (int c = 0; c < Width; c++)
                    block[i * Width + c] = ToQuantised(_w[row * Width + c], scale);
            }
            return ([.. order.Select(o => o.Key)], block, scale);
        }
        var slots = new List<(ulong Key, int Slot)>(Count);
        if (_packed is not null)
        {
            for (int i = 0; i < _packed.Length; i++) if (_packed[i].Key != 0) slots.Add((_packed[i].Key, i));
        }
        else
        {
            for (int i = 0; i < _slots!.Length; i++) if (_slots[i].Key != 0) slots.Add((_slots[i].Key, i));
        }
        slots.Sort((a, b) => a.Key.CompareTo(b.Key));
        var rows = new short[slots.Count * Width];
        for (int r = 0; r < slots.Count; r++)
        {
            var row = rows.AsSpan(r * Width, Width);
            if (_packed is not null)
            {
                var e = _packed[slots[r].Slot];
                (row[0], row[1], row[2], row[3]) = (e.W0, e.W1, e.W2, e.W3);
            }
            else
            {
                var e = _slots![slots[r].Slot];
                for (int j = e.Start; j < e.End; j++) row[_sparse![j].Class] = _sparse[j].Value;
            }
        }
        return ([.. slots.Select(s => s.Key)], rows, _scale);
    }

    /// <summary>
    /// Reads a table written by <see cref="Write"/> (<paramref name="tableFormat"/> 2) or by the format before it (1: keys
    /// as 7-bit encoded differences, dense rows). The result is inference-only: it holds just the quantised layout.
    /// </summary>
    public static WeightTable Read(BinaryReader r, int tableFormat)
    {
        int width = r.ReadInt32();
        int count = r.ReadInt32();
        float scale = r.ReadSingle();
        if (width <= 0 || width > 4096 || count < 0 || (long)count * width > Array.MaxLength) throw new InvalidDataException("bad weight table header");
        var table = new WeightTable(width, count, scale);
        if (tableFormat < 2)
        {
            var oldKeys = new ulong[count];
            ulong prev = 0;
            for (int i = 0; i < count; i++)
            {
                prev += (ulong)r.Read7BitEncodedInt64();
                oldKeys[i] = prev;
            }
            var q = new short[count * width];
            LittleEndianBlocks.Read(r, q);
            table.BuildQuantised(oldKeys, q);
            return table;
        }
        int rotation = r.ReadByte();
        if (rotation > 63) throw new InvalidDataException("bad weight table key order");
        if (width == 4) table.ReadPacked(r, count, rotation);
        else table.ReadSparse(r, count, rotation);
        return table;
    }

    /// <summary>Reads the 16-byte row records of a 4-wide table straight into its slots (a small buffer, no arrays per table).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once over a million rows: tier-0 code would be several times slower
    private void ReadPacked(BinaryReader r, int count, int rotation)
    {
        int size = SlotCount(count);
        int mask = size - 1;
        var packed = new PackedEntry[size];
        var buffer = new byte[PackedRecord * 8192];
        ulong key = 0;
        for (int done = 0; done < count;)
        {
            int n = Math.Min(count - done, 8192);
            var chunk = buffer.AsSpan(0, n * PackedRecord);
            r.BaseStream.ReadExactly(chunk);
            for (int i = 0; i < n; i++)
            {
                var rec = chunk.Slice(i * PackedRecord, PackedRecord);
                key = NextKey(key, BinaryPrimitives.ReadUInt64LittleEndian(rec));
                ulong k = BitOperations.RotateLeft(key, rotation);
                packed[Probe(packed, k, mask)] = new PackedEntry
                {
                    Key = k,
                    W0 = BinaryPrimitives.ReadInt16LittleEndian(rec[8..]),
                    W1 = BinaryPrimitives.ReadInt16LittleEndian(rec[10..]),
                    W2 = BinaryPrimitives.ReadInt16LittleEndian(rec[12..]),
                    W3 = BinaryPrimitives.ReadInt16LittleEndian(rec[14..]),
                };
            }
            done += n;
        }
        _packed = packed;
        _quantisedMask = mask;
    }

    /// <summary>Reads a wide table: its (class, value) pairs straight into the weight array, then the row records into the slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadSparse(BinaryReader r, int count, int rotation)
    {
        int nonZero = r.ReadInt32();
        if (nonZero < 0 || nonZero > (long)count * Width) throw new InvalidDataException("bad weight table size");
        var weights = new SparseWeight[nonZero];
        LittleEndianBlocks.Read(r, MemoryMarshal.Cast<SparseWeight, short>(weights.AsSpan()));
        foreach (var x in weights)
            if (x.Class >= Width) throw new InvalidDataException($"weight table class {x.Class} of {Width}");
        int size = SlotCount(count);
        int mask = size - 1;
        var slots = new SparseSlot[size];
        var buffer = new byte[SparseRecord * 8192];
        ulong key = 0;
        int at = 0;
        for (int done = 0; done < count;)
        {
            int n = Math.Min(count - done, 8192);
            var chunk = buffer.AsSpan(0, n * SparseRecord);
            r.BaseStream.ReadExactly(chunk);
            for (int i = 0; i < n; i++)
            {
                var rec = chunk.Slice(i * SparseRecord, SparseRecord);
                key = NextKey(key, BinaryPrimitives.ReadUInt64LittleEndian(rec));
                int end = at + BinaryPrimitives.ReadUInt16LittleEndian(rec[8..]);
                if (end > nonZero) throw new InvalidDataException("weight table rows hold more weights than stored");
                ulong k = BitOperations.RotateLeft(key, rotation);
                slots[Probe(slots, k, mask)] = new SparseSlot { Key = k, Start = at, End = end };
                at = end;
            }
            done += n;
        }
        if (at != nonZero) throw new InvalidDataException("weight table rows hold fewer weights than stored");
        _slots = slots;
        _sparse = weights;
        _quantisedMask = mask;
    }

    /// <summary>The next stored (rotated) key from the previous one and the stored difference, which must be positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NextKey(ulong previous, ulong gap)
    {
        ulong key = previous + gap;
        if (gap == 0 || key < previous) throw new InvalidDataException("weight table keys are not strictly increasing");
        return key;
    }

    /// <summary>Rounds every weight to what <see cref="Write"/> stores, so a model scores the same before and after a save.</summary>
    public void Quantise()
    {
        RequireFloatWeights();
        float scale = _scale = QuantScale();
        var q = new short[Count * Width];
        for (int i = 0; i < Count * Width; i++)
        {
            q[i] = ToQuantised(_w[i], scale);
            _w[i] = q[i] * scale;
        }
        var keys = new ulong[Count];
        foreach (var e in _entries) if (e.Key != 0) keys[e.Row] = e.Key;
        BuildQuantised(keys, q);
    }

    private void RequireFloatWeights()
    {
        if (_inferenceOnly) throw new InvalidOperationException("this weight table was read from a model file: it holds only the quantised weights parsing uses");
    }

    /// <summary>The <paramref name="q"/>-quantile of the rows' largest absolute weights (for choosing a pruning threshold).</summary>
    public float RowMaxQuantile(double q)
    {
        RequireFloatWeights();
        if (Count == 0) return 0f;
        var maxes = new float[Count];
        for (int r = 0; r < Count; r++)
        {
            float m = 0f;
            for (int c = 0; c < Width; c++) m = Math.Max(m, Math.Abs(_w[r * Width + c]));
            maxes[r] = m;
        }
        Array.Sort(maxes);
        return maxes[Math.Clamp((int)(q * Count), 0, Count - 1)];
    }

    /// <summary>A weight as the 16-bit integer <see cref="Write"/> stores (times <paramref name="scale"/> gives it back).</summary>
    private static short ToQuantised(float weight, float scale) => (short)Math.Clamp(MathF.Round(weight / scale), -32767f, 32767f);

    private float QuantScale()
    {
        float max = 1e-9f;
        for (int i = 0; i < Count * Width; i++) max = Math.Max(max, Math.Abs(_w[i]));
        return max / 32767f;
    }
}
