using System.Numerics;

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
}
