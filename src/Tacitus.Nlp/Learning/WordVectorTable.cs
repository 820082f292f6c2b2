using Tacitus.Core;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Learning;

/// <summary>
/// Pre-trained word vectors compiled into a model: keyed by <see cref="FeatureHash.OfNormalized"/> (lower case, digits
/// as 0; the first, most frequent word keeps a key two words share), each vector length-normalized and stored as
/// signed bytes with one scale per word (a quarter of the floats' size). Immutable and thread-safe.
/// </summary>
public sealed class WordVectorTable
{
    private readonly ulong[] _keys;     // sorted
    private readonly sbyte[] _values;   // Count × Dimensions
    private readonly float[] _scales;   // per word: value = byte × scale
    private readonly Dictionary<ulong, int> _index;

    private WordVectorTable(ulong[] keys, sbyte[] values, float[] scales, int dimensions)
    {
        if (values.Length != keys.Length * dimensions || scales.Length != keys.Length) throw new TacitusException("corrupt word-vector table");
        _keys = keys;
        _values = values;
        _scales = scales;
        Dimensions = dimensions;
        _index = new Dictionary<ulong, int>(keys.Length);
        for (int i = 0; i < keys.Length; i++) _index[keys[i]] = i;
    }

    public int Dimensions { get; }
    public int Count => _keys.Length;

    /// <summary>
    /// The table of the same words with each vector replaced by <paramref name="matrix"/> (rows × <see cref="Dimensions"/>,
    /// row-major) times it, quantized as before: a learned projection applied once, at compile time.
    /// </summary>
    public WordVectorTable Project(ReadOnlySpan<float> matrix, int rows)
    {
        if (matrix.Length != rows * Dimensions) throw new ArgumentException($"a {rows} × {Dimensions} matrix is needed", nameof(matrix));
        var values = new sbyte[Count * rows];
        var scales = new float[Count];
        var v = new float[Dimensions];
        var y = new float[rows];
        for (int i = 0; i < Count; i++)
        {
            TryGet(_keys[i], v);
            float max = 0;
            for (int k = 0; k < rows; k++)
            {
                y[k] = VectorMath.Dot(matrix.Slice(k * Dimensions, Dimensions), v);
                max = Math.Max(max, Math.Abs(y[k]));
            }
            float scale = max > 0 ? max / 127f : 1f;
            for (int k = 0; k < rows; k++) values[i * rows + k] = (sbyte)Math.Clamp(MathF.Round(y[k] / scale), -127, 127);
            scales[i] = scale;
        }
        return new WordVectorTable((ulong[])_keys.Clone(), values, scales, rows);
    }

    /// <summary>The first <paramref name="maxWords"/> words of <paramref name="embeddings"/> (the most frequent in GloVe's order).</summary>
    public static WordVectorTable From(WordEmbeddings embeddings, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var rows = new SortedDictionary<ulong, float[]>();
        foreach (var (key, row) in embeddings.DistinctByNormalizedForm())
        {
            if (rows.Count >= maxWords) break;
            if (key != 0) rows[key] = embeddings.Vectors[row]; // 0 cannot be stored as a sorted key
        }
        int dims = embeddings.Dimensions;
        var keys = new ulong[rows.Count];
        var values = new sbyte[rows.Count * dims];
        var scales = new float[rows.Count];
        int r = 0;
        foreach (var (key, v) in rows)
        {
            double norm = 0;
            foreach (var x in v) norm += x * x;
            float inv = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            float max = 0;
            foreach (var x in v) max = Math.Max(max, Math.Abs(x * inv));
            float scale = max > 0 ? max / 127f : 1f;
            for (int d = 0; d < dims; d++) values[r * dims + d] = (sbyte)Math.Clamp(MathF.Round(v[d] * inv / scale), -127, 127);
            keys[r] = key;
            scales[r] = scale;
            r++;
        }
        return new WordVectorTable(keys, values, scales, dims);
    }

    /// <summary>Writes the vector of the word with normalized hash <paramref name="key"/> into <paramref name="into"/>; false (and zeros) when the word has none.</summary>
    public bool TryGet(ulong key, Span<float> into)
    {
        if (!_index.TryGetValue(key, out int row)) { into[..Dimensions].Clear(); return false; }
        float scale = _scales[row];
        var src = _values.AsSpan(row * Dimensions, Dimensions);
        for (int d = 0; d < src.Length; d++) into[d] = src[d] * scale;
        return true;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Dimensions);
        w.Write(_keys.Length);
        LittleEndianBlocks.WriteSortedKeys(w, _keys);
        LittleEndianBlocks.Write(w, _scales);
        LittleEndianBlocks.Write(w, _values);
    }

    public static WordVectorTable Read(BinaryReader r)
    {
        int dims = r.ReadInt32();
        int count = r.ReadInt32();
        if (dims is <= 0 or > 4096 || count < 0 || (long)count * dims > int.MaxValue) throw new TacitusException("corrupt word-vector table");
        var keys = LittleEndianBlocks.ReadSortedKeys(r, count);
        var scales = new float[count];
        LittleEndianBlocks.Read(r, scales);
        var values = new sbyte[count * dims];
        LittleEndianBlocks.Read(r, values);
        return new WordVectorTable(keys, values, scales, dims);
    }
}
