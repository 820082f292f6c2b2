using System.Buffers;
using System.Numerics.Tensors;
using Tacitus.Core;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Learning;

/// <summary>
/// One direction of a long short-term memory layer (Hochreiter and Schmidhuber, with a forget gate): reads a sequence of
/// input vectors left to right (or right to left) and gives each position a state of <see cref="Hidden"/> numbers that
/// depends on everything read so far. Gates in the order input, forget, cell, output. Weights are kept one row per
/// input so that zero inputs (ReLU outputs) cost nothing. Mutable only while a trainer updates its arrays; thread-safe to
/// run once training is over.
/// </summary>
internal sealed class LstmLayer
{
    public LstmLayer(int input, int hidden, float[] wx, float[] wh, float[] bias)
    {
        if (input < 1 || hidden < 1 || wx.Length != input * 4 * hidden || wh.Length != hidden * 4 * hidden || bias.Length != 4 * hidden)
            throw new TacitusException("corrupt lstm weights");
        Input = input;
        Hidden = hidden;
        Wx = wx;
        Wh = wh;
        Bias = bias;
    }

    public int Input { get; }
    public int Hidden { get; }
    /// <summary>Input × 4·Hidden.</summary>
    public float[] Wx { get; }
    /// <summary>Hidden × 4·Hidden.</summary>
    public float[] Wh { get; }
    public float[] Bias { get; }

    /// <summary>A layer with uniform (Glorot) weights and the forget gate's bias at 1, so it starts out remembering.</summary>
    public static LstmLayer Create(int input, int hidden, Random random)
    {
        var layer = new LstmLayer(input, hidden, new float[input * 4 * hidden], new float[hidden * 4 * hidden], new float[4 * hidden]);
        float limit = MathF.Sqrt(6f / (input + hidden + hidden));
        foreach (var w in new[] { layer.Wx, layer.Wh })
            for (int i = 0; i < w.Length; i++) w[i] = (random.NextSingle() * 2 - 1) * limit;
        layer.Bias.AsSpan(hidden, hidden).Fill(1f);
        return layer;
    }

    public LstmLayer Clone() => new(Input, Hidden, (float[])Wx.Clone(), (float[])Wh.Clone(), (float[])Bias.Clone());

    /// <summary>
    /// Runs over the <paramref name="n"/> inputs <paramref name="x"/> (n × Input), right to left if <paramref name="reverse"/>.
    /// Writes each position's gate activations (n × 4·Hidden), cell (n × Hidden) and state <paramref name="h"/>
    /// (n × Hidden); <see cref="Backward"/> needs all three.
    /// </summary>
    public void Forward(ReadOnlySpan<float> x, int n, bool reverse, Span<float> gates, Span<float> cells, Span<float> h)
    {
        int hs = Hidden, g4 = 4 * hs;
        int most = Math.Max(Input, hs);
        var rows = ArrayPool<int>.Shared.Rent(most);
        var values = ArrayPool<float>.Shared.Rent(most);
        try
        {
            for (int step = 0; step < n; step++)
            {
                int t = reverse ? n - 1 - step : step, prev = reverse ? t + 1 : t - 1;
                var z = gates.Slice(t * g4, g4);
                Bias.CopyTo(z);
                // The non-zero inputs' rows, then the previous state's, summed in registers (VectorMath.AddRows).
                VectorMath.AddNonZeroRows(z, Wx, x.Slice(t * Input, Input), rows, values);
                bool first = step == 0;
                if (!first) VectorMath.AddNonZeroRows(z, Wh, h.Slice(prev * hs, hs), rows, values);
                var c = cells.Slice(t * hs, hs);
                var ht = h.Slice(t * hs, hs);
                // Gate activations, vectorized: input and forget gates, then the cell candidate, then the output gate.
                TensorPrimitives.Sigmoid(z[..(2 * hs)], z[..(2 * hs)]);
                TensorPrimitives.Tanh(z.Slice(2 * hs, hs), z.Slice(2 * hs, hs));
                TensorPrimitives.Sigmoid(z.Slice(3 * hs, hs), z.Slice(3 * hs, hs));
                for (int k = 0; k < hs; k++)
                {
                    float cp = first ? 0f : cells[prev * hs + k];
                    c[k] = z[hs + k] * cp + z[k] * z[2 * hs + k];
                }
                TensorPrimitives.Tanh(c, ht);
                TensorPrimitives.Multiply(ht, z.Slice(3 * hs, hs), ht);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rows);
            ArrayPool<float>.Shared.Return(values);
        }
    }

    /// <summary>
    /// Back-propagation through time for one <see cref="Forward"/> run: given the loss's gradient at each state
    /// <paramref name="dh"/> (n × Hidden), adds the weights' gradients to <paramref name="gWx"/>, <paramref name="gWh"/>,
    /// <paramref name="gBias"/> and the inputs' gradients to <paramref name="dx"/> (n × Input). The inputs' gradient is
    /// left out where an input is zero: callers feed ReLU outputs, whose gradient is zero there anyway.
    /// </summary>
    public void Backward(ReadOnlySpan<float> x, int n, bool reverse, ReadOnlySpan<float> gates, ReadOnlySpan<float> cells, ReadOnlySpan<float> h,
        ReadOnlySpan<float> dh, Span<float> dx, float[] gWx, float[] gWh, float[] gBias)
    {
        int hs = Hidden, g4 = 4 * hs;
        Span<float> dz = g4 <= 1024 ? stackalloc float[g4] : new float[g4];
        Span<float> dhNext = hs <= 256 ? stackalloc float[hs] : new float[hs];
        Span<float> dcNext = hs <= 256 ? stackalloc float[hs] : new float[hs];
        Span<float> tanhC = hs <= 256 ? stackalloc float[hs] : new float[hs];
        dhNext.Clear();
        dcNext.Clear();
        for (int step = n - 1; step >= 0; step--)
        {
            int t = reverse ? n - 1 - step : step, prev = reverse ? t + 1 : t - 1;
            bool first = step == 0;
            var a = gates.Slice(t * g4, g4);
            TensorPrimitives.Tanh(cells.Slice(t * hs, hs), tanhC);
            for (int k = 0; k < hs; k++)
            {
                float i = a[k], f = a[hs + k], g = a[2 * hs + k], o = a[3 * hs + k];
                float tc = tanhC[k];
                float d = dh[t * hs + k] + dhNext[k];
                float dc = dcNext[k] + d * o * (1 - tc * tc);
                float cp = first ? 0f : cells[prev * hs + k];
                dz[k] = dc * g * i * (1 - i);
                dz[hs + k] = dc * cp * f * (1 - f);
                dz[2 * hs + k] = dc * i * (1 - g * g);
                dz[3 * hs + k] = d * tc * o * (1 - o);
                dcNext[k] = dc * f;
            }
            VectorMath.AddScaled(gBias, dz, 1f);
            var xt = x.Slice(t * Input, Input);
            var dxt = dx.Slice(t * Input, Input);
            for (int k = 0; k < xt.Length; k++)
            {
                if (xt[k] == 0) continue;
                VectorMath.AddScaled(gWx.AsSpan(k * g4, g4), dz, xt[k]);
                dxt[k] += VectorMath.Dot(Wx.AsSpan(k * g4, g4), dz);
            }
            if (first) break; // the sequence's first state has no previous one to pass a gradient to
            var hp = h.Slice(prev * hs, hs);
            for (int k = 0; k < hs; k++)
            {
                if (hp[k] != 0) VectorMath.AddScaled(gWh.AsSpan(k * g4, g4), dz, hp[k]);
                dhNext[k] = VectorMath.Dot(Wh.AsSpan(k * g4, g4), dz);
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Input);
        w.Write(Hidden);
        LittleEndianBlocks.Write(w, Wx);
        LittleEndianBlocks.Write(w, Wh);
        LittleEndianBlocks.Write(w, Bias);
    }

    public static LstmLayer Read(BinaryReader r)
    {
        int input = r.ReadInt32(), hidden = r.ReadInt32();
        if (input is < 1 or > 4096 || hidden is < 1 or > 1024) throw new TacitusException("corrupt lstm weights");
        float[] Block(int n) { var a = new float[n]; LittleEndianBlocks.Read(r, a); return a; }
        var wx = Block(input * 4 * hidden);
        var wh = Block(hidden * 4 * hidden);
        var bias = Block(4 * hidden);
        return new LstmLayer(input, hidden, wx, wh, bias);
    }
}
