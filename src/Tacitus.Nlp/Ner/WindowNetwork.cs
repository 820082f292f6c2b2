using System.Buffers;
using System.Numerics.Tensors;
using Tacitus.Core;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Ner;

/// <summary>Sizes and training settings of a <see cref="WindowNetwork"/>.</summary>
public sealed record WindowNetworkOptions
{
    /// <summary>Each word's pre-trained vector is projected (learned) down to this many numbers.</summary>
    public int Projection { get; init; } = 32;
    public int Hidden { get; init; } = 128;
    public int Epochs { get; init; } = 12;
    /// <summary>Stop after this many epochs without a better dev score.</summary>
    public int Patience { get; init; } = 3;
    public float LearningRate { get; init; } = 0.001f;
    public float InputDropout { get; init; } = 0.2f;
    public float HiddenDropout { get; init; } = 0.3f;
    public int Seed { get; init; } = 1;
    /// <summary>
    /// States per direction of a bidirectional LSTM over the hidden layer (0: none). With it each word's output also
    /// sees the whole sentence to its left and right, not just the window.
    /// </summary>
    public int Context { get; init; }
    /// <summary>While training, each word's vector is hidden (as for a word without one) with this probability, so the network learns to judge names by their context and form too.</summary>
    public float WordDropout { get; init; }
    /// <summary>
    /// Decay of an exponential moving average of the weights, which is what each epoch's model is then made of (steadier
    /// than the last step's weights); 0: no averaging.
    /// </summary>
    public float Averaging { get; init; }
}

/// <summary>
/// A small feed-forward network over a window of five words (Collobert-style): each word is described by a learned
/// projection of its pre-trained vector (<see cref="WordVectorTable"/>), whether it has one, its casing, its UPOS, the
/// gazetteer kinds that begin and run through it and the sentence's casing style; the five descriptions go through one
/// ReLU layer to a log-probability per label. Its log-probabilities, weighted, are added to the perceptron's emission
/// scores, so words the training text never shows are judged by what their vectors resemble.
/// Immutable after training (a compiled network keeps per-word results in a cache of its own, replaced one reference at a
/// time, which changes no result); thread-safe.
/// </summary>
public sealed class WindowNetwork
{
    public const int Window = 2;
    private const int Span = 2 * Window + 1;
    private const int CaseSlots = 8, GazetteerBits = 14, SentenceCaseSlots = 6;
    private static readonly string[] UposTags = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    private readonly WordVectorTable _vectors; // raw vectors while training (projected by _p), projected ones once compiled
    private readonly float[]? _p;  // Projection × Dims; null once compiled into _vectors
    private readonly float[] _w1;  // Input × Hidden (one row per input, so zero inputs are skipped)
    private readonly float[] _b1;
    private readonly float[] _w2;  // Labels × Hidden
    private readonly float[] _b2;
    private readonly ulong[] _uposHashes;
    private readonly LstmLayer? _left, _right; // the context layer, reading left to right and right to left (null: none)
    private readonly int[] _encoderRows;       // the rows of W1 for a word's contextual vector, after the window's

    private WindowNetwork(WordVectorTable vectors, int labels, int projection, int hidden, float[]? p, float[] w1, float[] b1, float[] w2, float[] b2,
        LstmLayer? left = null, LstmLayer? right = null, int encoder = 0)
    {
        _vectors = vectors;
        EncoderDimensions = encoder;
        _encoderRows = [.. Enumerable.Range(InputSize(projection), encoder)];
        Labels = labels;
        Projection = projection;
        Hidden = hidden;
        _p = p; _w1 = w1; _b1 = b1; _w2 = w2; _b2 = b2;
        _left = left; _right = right;
        Context = left?.Hidden ?? 0;
        if ((p is null ? vectors.Dimensions != projection : p.Length != projection * vectors.Dimensions) || w1.Length != hidden * Input || b1.Length != hidden || w2.Length != labels * Features || b2.Length != labels
            || (left is null) != (right is null) || left is not null && (left.Input != hidden || right!.Input != hidden || right.Hidden != left.Hidden))
            throw new TacitusException("corrupt ner network weights");
        _uposHashes = [.. UposTags.Select(t => FeatureHash.Of(t))];
        // Weights of a compiled network never change, so a word's contribution can be kept (the training network's can not).
        if (p is null) _contributions = new KeptContribution?[1 << 12];
    }

    public int Labels { get; }
    /// <summary>
    /// Size of each word's contextual vector (<see cref="ContextualEncoder"/>) that the hidden layer also reads, after the
    /// window's inputs (0: none). Such a network needs the vectors passed to <see cref="LogProbabilities"/>.
    /// </summary>
    public int EncoderDimensions { get; }
    public int Projection { get; }
    public int Hidden { get; }
    /// <summary>States per direction of the context LSTM (0: none).</summary>
    public int Context { get; }
    public WordVectorTable Vectors => _vectors;
    /// <summary>What the output layer reads per word: the hidden layer, then the two context states.</summary>
    private int Features => Hidden + 2 * Context;
    private static int Extra => 1 + CaseSlots + 2 * GazetteerBits + SentenceCaseSlots + UposTags.Length + 1;
    private int Slot => Projection + Extra;
    private int Input => InputSize(Projection) + EncoderDimensions;
    private static int InputSize(int projection) => Span * (projection + Extra);

    /// <summary>Log-probability of each label for each word: <paramref name="output"/>[i × Labels + label].</summary>
    /// <remarks>
    /// The hidden layer of word i is the biases, plus each window word's <see cref="VectorContribution"/> (its projected
    /// vector through the rows of W1 for its position), plus the rows of the window's one-hot inputs. The contribution of a
    /// word depends on the word alone, so a compiled network keeps recent ones (<see cref="_contributions"/>) instead of
    /// multiplying 5 × 32 rows again for every occurrence of "the"; computed or kept, the numbers are the same.
    /// </remarks>
    /// <param name="encoded">With <see cref="EncoderDimensions"/> &gt; 0: each word's contextual vector, word-major.</param>
    public void LogProbabilities(ReadOnlySpan<NerWord> words, Span<float> output, ReadOnlySpan<float> encoded = default)
    {
        int n = words.Length;
        if (n == 0) return;
        int encoder = EncoderDimensions;
        if (encoded.Length < n * encoder) throw new ArgumentException($"the ner network reads {encoder} contextual numbers per word", nameof(encoded));
        int slot = Slot, width = Span * Hidden;
        var slots = ArrayPool<float>.Shared.Rent(n * slot);
        var nonZero = ArrayPool<int>.Shared.Rent(n * slot);
        var nonZeroCount = ArrayPool<int>.Shared.Rent(n);
        var known = ArrayPool<bool>.Shared.Rent(n);
        var contributions = ArrayPool<float>.Shared.Rent(n * width);
        var hiddenStates = ArrayPool<float>.Shared.Rent(n * Hidden);
        var g = ArrayPool<float>.Shared.Rent(_vectors.Dimensions);
        var rows = ArrayPool<int>.Shared.Rent(Span * slot);
        var values = ArrayPool<float>.Shared.Rent(Span * slot);
        try
        {
            // Each word's slot once: its vector's contribution to the five window positions, and the positions of its
            // non-zero one-hot inputs (a handful of the slot's numbers).
            for (int j = 0; j < n; j++)
            {
                var s = slots.AsSpan(j * slot, slot);
                known[j] = Describe(words[j], s, g);
                if (known[j]) VectorContribution(words[j].Word.Norm, s[..Projection], rows, values, contributions.AsSpan(j * width, width));
                int c = 0;
                for (int k = Projection; k < slot; k++)
                    if (s[k] != 0) nonZero[j * slot + c++] = k;
                nonZeroCount[j] = c;
            }
            for (int i = 0; i < n; i++)
            {
                var hidden = hiddenStates.AsSpan(i * Hidden, Hidden);
                _b1.CopyTo(hidden);
                // The window's vectors, then its one-hot inputs (row of W1, value), summed onto the biases.
                int count = 0;
                for (int d = -Window; d <= Window; d++)
                {
                    int j = i + d, at = (d + Window) * slot;
                    if (j < 0 || j >= n)
                    {
                        rows[count] = at + PadInput(j < 0);
                        values[count++] = 1f;
                        continue;
                    }
                    if (known[j]) TensorPrimitives.Add(hidden, contributions.AsSpan(j * width + (d + Window) * Hidden, Hidden), hidden);
                    for (int t = 0; t < nonZeroCount[j]; t++)
                    {
                        int k = nonZero[j * slot + t];
                        rows[count] = at + k;
                        values[count++] = slots[j * slot + k];
                    }
                }
                VectorMath.AddRows(hidden, _w1, rows.AsSpan(0, count), values.AsSpan(0, count));
                // The word's contextual vector: dense, its rows after the window's.
                VectorMath.AddRows(hidden, _w1, _encoderRows, encoded.Slice(i * encoder, encoder));
                Relu(hidden);
            }
            if (_left is null)
            {
                for (int i = 0; i < n; i++)
                    LogSoftmax(hiddenStates.AsSpan(i * Hidden, Hidden), [], [], output.Slice(i * Labels, Labels));
                return;
            }
            int c4 = 4 * Context;
            var gates = ArrayPool<float>.Shared.Rent(n * c4);
            var cells = ArrayPool<float>.Shared.Rent(n * Context);
            var left = ArrayPool<float>.Shared.Rent(n * Context);
            var right = ArrayPool<float>.Shared.Rent(n * Context);
            try
            {
                var states = hiddenStates.AsSpan(0, n * Hidden);
                _left.Forward(states, n, false, gates.AsSpan(0, n * c4), cells.AsSpan(0, n * Context), left.AsSpan(0, n * Context));
                _right!.Forward(states, n, true, gates.AsSpan(0, n * c4), cells.AsSpan(0, n * Context), right.AsSpan(0, n * Context));
                for (int i = 0; i < n; i++)
                    LogSoftmax(hiddenStates.AsSpan(i * Hidden, Hidden), left.AsSpan(i * Context, Context), right.AsSpan(i * Context, Context), output.Slice(i * Labels, Labels));
            }
            finally
            {
                ArrayPool<float>.Shared.Return(gates);
                ArrayPool<float>.Shared.Return(cells);
                ArrayPool<float>.Shared.Return(left);
                ArrayPool<float>.Shared.Return(right);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(slots);
            ArrayPool<int>.Shared.Return(nonZero);
            ArrayPool<int>.Shared.Return(nonZeroCount);
            ArrayPool<bool>.Shared.Return(known);
            ArrayPool<float>.Shared.Return(contributions);
            ArrayPool<float>.Shared.Return(hiddenStates);
            ArrayPool<float>.Shared.Return(g);
            ArrayPool<int>.Shared.Return(rows);
            ArrayPool<float>.Shared.Return(values);
        }
    }

    /// <summary>
    /// What a word's projected vector <paramref name="vector"/> adds to the hidden layer at each of the five window
    /// positions (<paramref name="into"/>: position-major, <see cref="Hidden"/> numbers each): the rows of W1 for the
    /// vector's inputs at that position, times the vector, summed from zero in input order. A compiled network keeps the
    /// result per word in <see cref="_contributions"/>; <paramref name="rows"/> and <paramref name="values"/> are scratch.
    /// </summary>
    private void VectorContribution(ulong word, ReadOnlySpan<float> vector, int[] rows, float[] values, Span<float> into)
    {
        var cache = _contributions;
        int index = cache is null ? 0 : (int)(word & (ulong)(cache.Length - 1));
        if (cache is not null && Volatile.Read(ref cache[index]) is { } kept && kept.Word == word)
        {
            kept.Values.CopyTo(into);
            return;
        }
        int count = 0;
        for (int k = 0; k < vector.Length; k++)
            if (vector[k] != 0) { rows[count] = k; values[count++] = vector[k]; }
        into.Clear();
        for (int d = 0; d < Span; d++)
        {
            var rowsAt = rows.AsSpan(0, count);
            if (d > 0)
                for (int t = 0; t < count; t++) rowsAt[t] += Slot;
            VectorMath.AddRows(into.Slice(d * Hidden, Hidden), _w1, rowsAt, values.AsSpan(0, count));
        }
        if (cache is not null) Volatile.Write(ref cache[index], new KeptContribution(word, into.ToArray()));
    }

    /// <summary>Slots for recently seen words' <see cref="VectorContribution"/>s (compiled networks only; 2^12 slots, about 10 MB when full).</summary>
    private readonly KeptContribution?[]? _contributions;

    private sealed record KeptContribution(ulong Word, float[] Values);

    /// <summary>One word's slot: projected vector, then the one-hot facts.</summary>
    private bool Describe(in NerWord w, Span<float> slot, Span<float> g, bool hideVector = false)
    {
        slot.Clear();
        int dims = _vectors.Dimensions;
        bool known;
        if (hideVector) known = false;
        else if (_p is null) known = _vectors.TryGet(w.Word.Norm, slot);
        else
        {
            known = _vectors.TryGet(w.Word.Norm, g);
            if (known)
                for (int k = 0; k < Projection; k++) slot[k] = VectorMath.Dot(_p.AsSpan(k * dims, dims), g[..dims]);
        }
        int o = Projection;
        slot[o++] = known ? 0f : 1f;
        slot[o + (int)Math.Min(w.Case, CaseSlots - 1)] = 1f;
        o += CaseSlots;
        ulong begin = w.Gazetteer & 0xFFFF, inside = (w.Gazetteer >> 16) & 0xFFFF;
        for (int b = 0; b < GazetteerBits; b++)
        {
            if ((begin & (1UL << b)) != 0) slot[o + b] = 1f;
            if ((inside & (1UL << b)) != 0) slot[o + GazetteerBits + b] = 1f;
        }
        o += 2 * GazetteerBits;
        slot[o + (int)Math.Min(w.SentenceCase, SentenceCaseSlots - 1)] = 1f;
        o += SentenceCaseSlots;
        int pos = Array.IndexOf(_uposHashes, w.Pos);
        slot[o + (pos < 0 ? UposTags.Length : pos)] = 1f;
        return known;
    }

    /// <summary>
    /// The one input set in a slot outside the sentence: casing 6 before it, 7 after it (as <see cref="NerWord.Start"/>
    /// and <see cref="NerWord.End"/>), at its place in <see cref="Describe"/>'s layout.
    /// </summary>
    private int PadInput(bool beforeSentence) => Projection + 1 + (beforeSentence ? 6 : 7);

    /// <summary>The window around word <paramref name="i"/>; positions outside the sentence stay zero but for a start/end mark in the casing one-hot.</summary>
    private void Gather(float[] slots, int n, int i, Span<float> x)
    {
        for (int d = -Window; d <= Window; d++)
        {
            var dst = x.Slice((d + Window) * Slot, Slot);
            int j = i + d;
            if (j >= 0 && j < n) slots.AsSpan(j * Slot, Slot).CopyTo(dst);
            else
            {
                dst.Clear();
                dst[PadInput(j < 0)] = 1f;
            }
        }
    }

    private static void Relu(Span<float> h)
    {
        for (int k = 0; k < h.Length; k++)
            if (h[k] < 0) h[k] = 0;
    }

    /// <summary>The output layer over one word's hidden layer <paramref name="h"/> and context states (empty without a context layer), log-softmax.</summary>
    private void LogSoftmax(ReadOnlySpan<float> h, ReadOnlySpan<float> left, ReadOnlySpan<float> right, Span<float> output)
    {
        int features = Features;
        float max = float.NegativeInfinity;
        for (int c = 0; c < Labels; c++)
        {
            var row = _w2.AsSpan(c * features, features);
            float v = _b2[c] + VectorMath.Dot(row[..Hidden], h);
            if (Context > 0) v += VectorMath.Dot(row.Slice(Hidden, Context), left) + VectorMath.Dot(row.Slice(Hidden + Context, Context), right);
            output[c] = v;
            max = Math.Max(max, v);
        }
        float sum = 0;
        for (int c = 0; c < Labels; c++) sum += MathF.Exp(output[c] - max);
        float log = max + MathF.Log(sum);
        for (int c = 0; c < Labels; c++) output[c] -= log;
    }

    /// <summary>
    /// Trains on sentences described for the perceptron (<see cref="NerWord"/>) with their gold label indices, by Adam on
    /// the cross-entropy of each word's label (one update per sentence), with dropout. Keeps the epoch with the best
    /// <paramref name="devScore"/> (higher is better; without one, the last epoch). Deterministic for a seed.
    /// </summary>
    /// <param name="encoded">Each training sentence's contextual vectors (word-major, <c>Dimensions</c> per word), read by the hidden layer too; null: none.</param>
    public static WindowNetwork Train(IReadOnlyList<(NerWord[] Words, int[] Gold)> data, WordVectorTable vectors, int labels, WindowNetworkOptions options, Func<WindowNetwork, double>? devScore, Action<string>? log = null,
        (IReadOnlyList<float[]> Vectors, int Dimensions)? encoded = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        int dims = vectors.Dimensions;
        int encoder = encoded?.Dimensions ?? 0;
        int window = InputSize(options.Projection), input = window + encoder;
        int hidden = options.Hidden, context = options.Context, features = hidden + 2 * context;
        var left = context > 0 ? LstmLayer.Create(hidden, context, random) : null;
        var right = context > 0 ? LstmLayer.Create(hidden, context, random) : null;
        var net = new WindowNetwork(vectors, labels, options.Projection, hidden,
            new float[options.Projection * dims], new float[hidden * input], new float[hidden], new float[labels * features], new float[labels], left, right, encoder);
        Glorot(net._p!, dims, options.Projection, random);
        Glorot(net._w1, input, hidden, random);
        Glorot(net._w2, features, labels, random);

        float[][] parameters = left is null ? [net._p!, net._w1, net._b1, net._w2, net._b2]
            : [net._p!, net._w1, net._b1, net._w2, net._b2, left.Wx, left.Wh, left.Bias, right!.Wx, right.Wh, right.Bias];
        var grads = parameters.Select(p => new float[p.Length]).ToArray();
        var adamM = parameters.Select(p => new float[p.Length]).ToArray();
        var adamV = parameters.Select(p => new float[p.Length]).ToArray();
        var averaged = options.Averaging > 0 ? parameters.Select(p => (float[])p.Clone()).ToArray() : null;
        var live = options.Averaging > 0 ? parameters.Select(p => new float[p.Length]).ToArray() : null;
        int slot = net.Slot;
        int maxLen = data.Count == 0 ? 1 : data.Max(d => d.Words.Length);
        var slots = new float[maxLen * slot];
        var slotGrad = new float[maxLen * options.Projection];
        var wordVectors = new float[maxLen * dims];
        var known = new bool[maxLen];
        var x = new float[maxLen * input];          // each word's window input, after dropout
        var inputMask = new float[maxLen * input];
        var pre = new float[maxLen * hidden];       // hidden layer before ReLU
        var h = new float[maxLen * hidden];         // after ReLU and dropout: what the output and the context layer read
        var hiddenMask = new float[maxLen * hidden];
        var dh = new float[maxLen * hidden];
        var gates = new float[2 * maxLen * 4 * Math.Max(1, context)];
        var cells = new float[2 * maxLen * Math.Max(1, context)];
        var states = new float[2 * maxLen * Math.Max(1, context)];   // left-to-right states, then right-to-left ones
        var contextMask = new float[2 * maxLen * Math.Max(1, context)];
        var dropped = new float[2 * maxLen * Math.Max(1, context)];  // the states after dropout
        var dStates = new float[2 * maxLen * Math.Max(1, context)];
        var output = new float[labels];
        var scratchRows = new int[input];
        var scratchValues = new float[input];
        var order = Enumerable.Range(0, data.Count).ToArray();
        long step = 0;
        WindowNetwork? best = null;
        double bestScore = double.NegativeInfinity;
        int sinceBest = 0;
        float keepIn = 1 - options.InputDropout, keepHidden = 1 - options.HiddenDropout;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle.InPlace(order, random);
            double loss = 0;
            long tokens = 0;
            foreach (int si in order)
            {
                var (words, gold) = data[si];
                int n = words.Length;
                if (n == 0) continue;
                foreach (var gr in grads) Array.Clear(gr);
                Array.Clear(slotGrad, 0, n * options.Projection);
                for (int j = 0; j < n; j++)
                    known[j] = net.Describe(words[j], slots.AsSpan(j * slot, slot), wordVectors.AsSpan(j * dims, dims),
                        options.WordDropout > 0 && random.NextSingle() < options.WordDropout);
                // Forward: the hidden layer of every word, then the context layer over them, then the outputs.
                for (int i = 0; i < n; i++)
                {
                    var xi = x.AsSpan(i * input, input);
                    var mi = inputMask.AsSpan(i * input, input);
                    net.Gather(slots, n, i, xi[..window]);
                    if (encoder > 0) encoded!.Value.Vectors[si].AsSpan(i * encoder, encoder).CopyTo(xi[window..]);
                    for (int k = 0; k < input; k++)
                    {
                        mi[k] = options.InputDropout > 0 && random.NextSingle() < options.InputDropout ? 0f : 1f / keepIn;
                        xi[k] *= mi[k];
                    }
                    var pi = pre.AsSpan(i * hidden, hidden);
                    net._b1.CopyTo(pi);
                    VectorMath.AddNonZeroRows(pi, net._w1, xi, scratchRows, scratchValues);
                    var hi = h.AsSpan(i * hidden, hidden);
                    var hm = hiddenMask.AsSpan(i * hidden, hidden);
                    for (int k = 0; k < hidden; k++)
                    {
                        hm[k] = random.NextSingle() < options.HiddenDropout ? 0f : 1f / keepHidden;
                        hi[k] = pi[k] > 0 ? pi[k] * hm[k] : 0f;
                    }
                }
                int cn = n * context, half = maxLen * context;
                if (left is not null)
                {
                    left.Forward(h.AsSpan(0, n * hidden), n, false, gates.AsSpan(0, 4 * cn), cells.AsSpan(0, cn), states.AsSpan(0, cn));
                    right!.Forward(h.AsSpan(0, n * hidden), n, true, gates.AsSpan(4 * half, 4 * cn), cells.AsSpan(half, cn), states.AsSpan(half, cn));
                    for (int side = 0; side < 2; side++)
                        for (int k = side * half; k < side * half + cn; k++)
                        {
                            contextMask[k] = random.NextSingle() < options.HiddenDropout ? 0f : 1f / keepHidden;
                            dropped[k] = states[k] * contextMask[k];
                        }
                    Array.Clear(dStates, 0, 2 * half);
                }
                Array.Clear(dh, 0, n * hidden);
                for (int i = 0; i < n; i++)
                {
                    var hi = h.AsSpan(i * hidden, hidden);
                    var li = left is null ? [] : dropped.AsSpan(i * context, context);
                    var ri = left is null ? [] : dropped.AsSpan(half + i * context, context);
                    net.LogSoftmax(hi, li, ri, output);
                    loss -= output[gold[i]];
                    tokens++;
                    // Output layer: d(loss)/d(logit) = softmax − one-hot.
                    var dhi = dh.AsSpan(i * hidden, hidden);
                    for (int c = 0; c < labels; c++)
                    {
                        float d = MathF.Exp(output[c]) - (c == gold[i] ? 1f : 0f);
                        grads[4][c] += d;
                        var row = net._w2.AsSpan(c * features, features);
                        var gRow = grads[3].AsSpan(c * features, features);
                        VectorMath.AddScaled(gRow[..hidden], hi, d);
                        VectorMath.AddScaled(dhi, row[..hidden], d);
                        if (left is null) continue;
                        VectorMath.AddScaled(gRow.Slice(hidden, context), li, d);
                        VectorMath.AddScaled(gRow.Slice(hidden + context, context), ri, d);
                        VectorMath.AddScaled(dStates.AsSpan(i * context, context), row.Slice(hidden, context), d);
                        VectorMath.AddScaled(dStates.AsSpan(half + i * context, context), row.Slice(hidden + context, context), d);
                    }
                }
                if (left is not null)
                {
                    // Through the context dropout, then back through time into the hidden layer's gradient.
                    for (int side = 0; side < 2; side++)
                        for (int k = side * half; k < side * half + cn; k++) dStates[k] *= contextMask[k];
                    left.Backward(h.AsSpan(0, n * hidden), n, false, gates.AsSpan(0, 4 * cn), cells.AsSpan(0, cn), states.AsSpan(0, cn),
                        dStates.AsSpan(0, cn), dh.AsSpan(0, n * hidden), grads[5], grads[6], grads[7]);
                    right!.Backward(h.AsSpan(0, n * hidden), n, true, gates.AsSpan(4 * half, 4 * cn), cells.AsSpan(half, cn), states.AsSpan(half, cn),
                        dStates.AsSpan(half, cn), dh.AsSpan(0, n * hidden), grads[8], grads[9], grads[10]);
                }
                for (int i = 0; i < n; i++)
                {
                    var dhi = dh.AsSpan(i * hidden, hidden);
                    var pi = pre.AsSpan(i * hidden, hidden);
                    var hm = hiddenMask.AsSpan(i * hidden, hidden);
                    // ReLU (and dropped units): the gradient at the layer's input.
                    for (int k = 0; k < hidden; k++) dhi[k] = pi[k] > 0 ? dhi[k] * hm[k] : 0f;
                    VectorMath.AddScaled(grads[2], dhi, 1f);
                    var xi = x.AsSpan(i * input, input);
                    for (int q = 0; q < input; q++)
                        if (xi[q] != 0) VectorMath.AddScaled(grads[1].AsSpan(q * hidden, hidden), dhi, xi[q]);
                    // Back to the projected vectors of the window's words.
                    var mi = inputMask.AsSpan(i * input, input);
                    for (int w = -Window; w <= Window; w++)
                    {
                        int j = i + w;
                        if (j < 0 || j >= n || !known[j]) continue;
                        int at = (w + Window) * slot;
                        var target = slotGrad.AsSpan(j * options.Projection, options.Projection);
                        for (int q = 0; q < target.Length; q++)
                            if (mi[at + q] != 0) target[q] += mi[at + q] * VectorMath.Dot(net._w1.AsSpan((at + q) * hidden, hidden), dhi);
                    }
                }
                // The projection's gradient: each word's slot gradient times its pre-trained vector.
                for (int j = 0; j < n; j++)
                {
                    if (!known[j]) continue;
                    var gv = wordVectors.AsSpan(j * dims, dims);
                    for (int k = 0; k < options.Projection; k++)
                    {
                        float d = slotGrad[j * options.Projection + k];
                        if (d != 0) VectorMath.AddScaled(grads[0].AsSpan(k * dims, dims), gv, d);
                    }
                }
                step++;
                Adam(parameters, grads, adamM, adamV, step, options.LearningRate);
                if (averaged is not null)
                {
                    float decay = Math.Min(options.Averaging, (1f + step) / (10f + step));
                    for (int p = 0; p < parameters.Length; p++)
                    {
                        var a = averaged[p];
                        var w = parameters[p];
                        for (int k = 0; k < a.Length; k++) a[k] = decay * a[k] + (1 - decay) * w[k];
                    }
                }
            }
            WindowNetwork compiled;
            if (averaged is null) compiled = net.Compiled();
            else
            {
                // The epoch's model is made of the averaged weights; training then goes on from the live ones.
                for (int p = 0; p < parameters.Length; p++) { parameters[p].CopyTo(live![p], 0); averaged[p].CopyTo(parameters[p], 0); }
                compiled = net.Compiled();
                for (int p = 0; p < parameters.Length; p++) live![p].CopyTo(parameters[p], 0);
            }
            double score = devScore?.Invoke(compiled) ?? epoch;
            bool isBest = score > bestScore;
            if (isBest) { best = compiled; bestScore = score; sinceBest = 0; }
            else sinceBest++;
            log?.Invoke($"network epoch {epoch}/{options.Epochs}  loss {loss / Math.Max(1, tokens):F4}  dev {score:F2}{(isBest ? "  *best" : "")}");
            if (sinceBest >= options.Patience) break;
        }
        return best ?? net.Compiled();
    }

    /// <summary>A copy with the projection applied to every word vector once (<see cref="WordVectorTable.Project"/>): what is saved and run.</summary>
    private WindowNetwork Compiled() => _p is null ? this
        : new(_vectors.Project(_p, Projection), Labels, Projection, Hidden, null, (float[])_w1.Clone(), (float[])_b1.Clone(), (float[])_w2.Clone(), (float[])_b2.Clone(),
            _left?.Clone(), _right?.Clone(), EncoderDimensions);

    private static void Glorot(float[] w, int fanIn, int fanOut, Random random)
    {
        float limit = MathF.Sqrt(6f / (fanIn + fanOut));
        for (int i = 0; i < w.Length; i++) w[i] = (random.NextSingle() * 2 - 1) * limit;
    }

    private static void Adam(float[][] parameters, float[][] grads, float[][] m, float[][] v, long step, float rate)
    {
        const float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
        float c1 = 1 - MathF.Pow(b1, step), c2 = 1 - MathF.Pow(b2, step);
        float lr = rate * MathF.Sqrt(c2) / c1;
        for (int p = 0; p < parameters.Length; p++)
        {
            var w = parameters[p];
            var g = grads[p];
            var mp = m[p];
            var vp = v[p];
            for (int i = 0; i < w.Length; i++)
            {
                float gi = g[i];
                mp[i] = b1 * mp[i] + (1 - b1) * gi;
                vp[i] = b2 * vp[i] + (1 - b2) * gi * gi;
                w[i] -= lr * mp[i] / (MathF.Sqrt(vp[i]) + eps);
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Labels);
        w.Write(Projection);
        w.Write(Hidden);
        var compiled = Compiled();
        compiled._vectors.Write(w);
        foreach (var p in new[] { compiled._w1, compiled._b1, compiled._w2, compiled._b2 }) LittleEndianBlocks.Write(w, p);
        compiled._left?.Write(w);
        compiled._right?.Write(w);
    }

    /// <param name="context">States per direction of the context layer, from the model's config (<c>network.context</c>; 0: none).</param>
    /// <param name="encoder">Contextual numbers per word the hidden layer reads, from the config (<c>network.encoder_dimensions</c>; 0: none).</param>
    public static WindowNetwork Read(BinaryReader r, int context = 0, int encoder = 0)
    {
        int labels = r.ReadInt32(), projection = r.ReadInt32(), hidden = r.ReadInt32();
        if (labels is < 2 or > 64 || projection is < 1 or > 1024 || hidden is < 1 or > 4096) throw new TacitusException("corrupt ner network weights");
        var vectors = WordVectorTable.Read(r);
        if (vectors.Dimensions != projection) throw new TacitusException("corrupt ner network weights (vector table not projected)");
        float[] Block(int n) { var a = new float[n]; LittleEndianBlocks.Read(r, a); return a; }
        var w1 = Block(hidden * (InputSize(projection) + encoder));
        var b1 = Block(hidden);
        var w2 = Block(labels * (hidden + 2 * context));
        var b2 = Block(labels);
        var left = context > 0 ? LstmLayer.Read(r) : null;
        var right = context > 0 ? LstmLayer.Read(r) : null;
        if (left is not null && (left.Hidden != context || right!.Hidden != context)) throw new TacitusException("corrupt ner network weights (context size)");
        return new WindowNetwork(vectors, labels, projection, hidden, null, w1, b1, w2, b2, left, right, encoder);
    }
}

/// <summary>
/// One or more <see cref="WindowNetwork"/>s trained with different seeds; their log-probabilities are averaged (a
/// geometric mean of their distributions), which steadies what any one of them learned by chance. Thread-safe.
/// </summary>
public sealed class NetworkEnsemble
{
    private readonly WindowNetwork[] _members;

    public NetworkEnsemble(IReadOnlyList<WindowNetwork> members)
    {
        if (members.Count == 0) throw new ArgumentException("an ensemble needs a member", nameof(members));
        if (members.Any(m => m.Labels != members[0].Labels)) throw new TacitusException("ner network members disagree on the labels");
        if (members.Any(m => m.EncoderDimensions != members[0].EncoderDimensions)) throw new TacitusException("ner network members disagree on the contextual vectors");
        _members = [.. members];
    }

    public int Labels => _members[0].Labels;
    public IReadOnlyList<WindowNetwork> Members => _members;

    /// <summary>The members' mean log-probability of each label for each word: <paramref name="output"/>[i × Labels + label].</summary>
    public void LogProbabilities(ReadOnlySpan<NerWord> words, Span<float> output, ReadOnlySpan<float> encoded = default)
    {
        _members[0].LogProbabilities(words, output, encoded);
        if (_members.Length == 1) return;
        int size = words.Length * Labels;
        var buffer = ArrayPool<float>.Shared.Rent(Math.Max(1, size));
        try
        {
            for (int m = 1; m < _members.Length; m++)
            {
                _members[m].LogProbabilities(words, buffer.AsSpan(0, size), encoded);
                VectorMath.AddScaled(output[..size], buffer.AsSpan(0, size), 1f);
            }
            float inv = 1f / _members.Length;
            for (int i = 0; i < size; i++) output[i] *= inv;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the members one after another (their count is in the model's config, <c>network.members</c>).</summary>
    public void Write(BinaryWriter w)
    {
        foreach (var m in _members) m.Write(w);
    }

    /// <summary>Contextual numbers per word the members read (0: none).</summary>
    public int EncoderDimensions => _members[0].EncoderDimensions;

    public static NetworkEnsemble Read(BinaryReader r, int members, int context = 0, int encoder = 0)
    {
        if (members is < 1 or > 16) throw new TacitusException($"corrupt ner network config ({members} members)");
        if (context is < 0 or > 1024) throw new TacitusException($"corrupt ner network config (context {context})");
        if (encoder is < 0 or > 4096) throw new TacitusException($"corrupt ner network config (encoder {encoder})");
        var list = new WindowNetwork[members];
        for (int m = 0; m < members; m++) list[m] = WindowNetwork.Read(r, context, encoder);
        return new NetworkEnsemble(list);
    }
}
