using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tacitus.Nlp.Learning;

/// <summary>The few dense vector operations the learners need, SIMD where the hardware has it. Deterministic on one machine.</summary>
internal static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float s = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<float>.Count)
        {
            var acc = Vector<float>.Zero;
            int n = Vector<float>.Count;
            for (; i <= a.Length - n; i += n) acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
            s = Vector.Sum(acc);
        }
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>y += alpha · x.</summary>
    public static void AddScaled(Span<float> y, ReadOnlySpan<float> x, float alpha)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && y.Length >= Vector<float>.Count)
        {
            int n = Vector<float>.Count;
            var a = new Vector<float>(alpha);
            for (; i <= y.Length - n; i += n) (new Vector<float>(y[i..]) + a * new Vector<float>(x[i..])).CopyTo(y[i..]);
        }
        for (; i < y.Length; i++) y[i] += alpha * x[i];
    }

    /// <summary>
    /// y += Σ v[k] · matrix row k over the non-zero v[k] (zero inputs, such as ReLU outputs, cost nothing), through
    /// <see cref="AddRows"/>: bit-identical to adding the rows one by one in order. <paramref name="rows"/> and
    /// <paramref name="values"/> are scratch of at least v.Length.
    /// </summary>
    public static void AddNonZeroRows(Span<float> y, ReadOnlySpan<float> matrix, ReadOnlySpan<float> v, Span<int> rows, Span<float> values)
    {
        int count = 0;
        for (int k = 0; k < v.Length; k++)
            if (v[k] != 0) { rows[count] = k; values[count++] = v[k]; }
        AddRows(y, matrix, rows[..count], values[..count]);
    }

    /// <summary>
    /// y += Σ values[t] · matrix row rows[t] (rows of y.Length numbers), in the order given, each element summed exactly as
    /// repeated <see cref="AddScaled"/> would (multiply, then add; no fused multiply-add), so results are bit-identical.
    /// Blocks of 64 numbers stay in registers across all the rows instead of being loaded and stored per row.
    /// </summary>
    public static void AddRows(Span<float> y, ReadOnlySpan<float> matrix, ReadOnlySpan<int> rows, ReadOnlySpan<float> values)
    {
        int width = y.Length;
        if (!Vector256.IsHardwareAccelerated || width % 64 != 0)
        {
            for (int t = 0; t < rows.Length; t++) AddScaled(y, matrix.Slice(rows[t] * width, width), values[t]);
            return;
        }
        int rowCount = matrix.Length / width;
        foreach (int row in rows)
            if ((uint)row >= (uint)rowCount) throw new ArgumentOutOfRangeException(nameof(rows), $"row {row} of a {rowCount}-row matrix");
        ref float m0 = ref MemoryMarshal.GetReference(matrix);
        for (int block = 0; block < width; block += 64)
        {
            var yb = y.Slice(block, 64);
            var a0 = Vector256.Create<float>(yb[0..8]);
            var a1 = Vector256.Create<float>(yb[8..16]);
            var a2 = Vector256.Create<float>(yb[16..24]);
            var a3 = Vector256.Create<float>(yb[24..32]);
            var a4 = Vector256.Create<float>(yb[32..40]);
            var a5 = Vector256.Create<float>(yb[40..48]);
            var a6 = Vector256.Create<float>(yb[48..56]);
            var a7 = Vector256.Create<float>(yb[56..64]);
            for (int t = 0; t < rows.Length; t++)
            {
                var v = Vector256.Create(values[t]);
                ref float r = ref Unsafe.Add(ref m0, rows[t] * width + block);
                a0 += v * Vector256.LoadUnsafe(ref r, 0);
                a1 += v * Vector256.LoadUnsafe(ref r, 8);
                a2 += v * Vector256.LoadUnsafe(ref r, 16);
                a3 += v * Vector256.LoadUnsafe(ref r, 24);
                a4 += v * Vector256.LoadUnsafe(ref r, 32);
                a5 += v * Vector256.LoadUnsafe(ref r, 40);
                a6 += v * Vector256.LoadUnsafe(ref r, 48);
                a7 += v * Vector256.LoadUnsafe(ref r, 56);
            }
            a0.CopyTo(yb[0..8]); a1.CopyTo(yb[8..16]); a2.CopyTo(yb[16..24]); a3.CopyTo(yb[24..32]);
            a4.CopyTo(yb[32..40]); a5.CopyTo(yb[40..48]); a6.CopyTo(yb[48..56]); a7.CopyTo(yb[56..64]);
        }
    }
}
