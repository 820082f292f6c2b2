namespace Tacitus.Nlp.Learning;

/// <summary>
/// Distributional word clusters learned from plain sentences, Brown-cluster style but cheaper: each frequent word is
/// described by the (square-rooted, normalized) distribution of its left and right neighbours among the most frequent
/// words, then the words are split in two by 2-means again and again, giving each a binary path of
/// <c>bits</c> splits. Words are keyed by <see cref="FeatureHash.OfNormalized"/>. Deterministic.
/// </summary>
public static class WordClusters
{
    public static Dictionary<ulong, uint> Learn(IReadOnlyList<string[]> sentences, int minCount, int bits, int seed, int contextWords = 400)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var s in sentences)
            foreach (var w in s)
            {
                var h = FeatureHash.OfNormalized(w);
                counts[h] = counts.GetValueOrDefault(h) + 1;
            }
        var vocab = counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToArray();
        if (vocab.Length < 4 || bits <= 0) return [];
        var index = new Dictionary<ulong, int>(vocab.Length);
        for (int i = 0; i < vocab.Length; i++) index[vocab[i]] = i;
        int k = Math.Min(contextWords, vocab.Length);
        // Context slots: k frequent words + "other" + sentence boundary, on each side.
        int side = k + 2, dim = 2 * side;
        var vectors = new float[vocab.Length][];
        for (int i = 0; i < vectors.Length; i++) vectors[i] = new float[dim];
        foreach (var s in sentences)
        {
            var ids = new int[s.Length];
            for (int i = 0; i < s.Length; i++) ids[i] = index.TryGetValue(FeatureHash.OfNormalized(s[i]), out int id) ? id : -1;
            for (int i = 0; i < s.Length; i++)
            {
                if (ids[i] < 0) continue;
                var v = vectors[ids[i]];
                int left = i == 0 ? k + 1 : ids[i - 1] is int l && l >= 0 && l < k ? l : k;
                int right = i == s.Length - 1 ? k + 1 : ids[i + 1] is int r && r >= 0 && r < k ? r : k;
                v[left] += 1f;
                v[side + right] += 1f;
            }
        }
        foreach (var v in vectors)
        {
            float sum = 0;
            for (int d = 0; d < dim; d++) { v[d] = MathF.Sqrt(v[d]); sum += v[d] * v[d]; }
            float norm = sum > 0 ? 1f / MathF.Sqrt(sum) : 0f;
            for (int d = 0; d < dim; d++) v[d] *= norm;
        }
        var paths = Paths(vectors, dim, bits, seed);
        var result = new Dictionary<ulong, uint>(vocab.Length);
        for (int i = 0; i < vocab.Length; i++) result[vocab[i]] = paths[i];
        return result;
    }

    /// <summary>
    /// Clusters from pre-trained word vectors (GloVe and the like): the vectors are length-normalized and split by the
    /// same recursive 2-means, so words used alike — names of companies, of towns, of people — share path prefixes even
    /// when the training text never shows them. Keyed by <see cref="FeatureHash.OfNormalized"/>; when two words
    /// normalize alike (digits fold to 0) the first, most frequent one keeps the key. Deterministic.
    /// </summary>
    public static Dictionary<ulong, uint> FromVectors(WordEmbeddings embeddings, int bits, int seed)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var keys = new List<ulong>(embeddings.Count);
        var vectors = new List<float[]>(embeddings.Count);
        foreach (var (key, row) in embeddings.DistinctByNormalizedForm())
        {
            var v = (float[])embeddings.Vectors[row].Clone();
            Normalize(v);
            keys.Add(key);
            vectors.Add(v);
        }
        if (keys.Count < 4 || bits <= 0) return [];
        var paths = Paths([.. vectors], embeddings.Dimensions, bits, seed);
        var result = new Dictionary<ulong, uint>(keys.Count);
        for (int i = 0; i < keys.Count; i++) result[keys[i]] = paths[i];
        return result;
    }

    private static uint[] Paths(float[][] vectors, int dim, int bits, int seed)
    {
        var paths = new uint[vectors.Length];
        var random = new Random(seed);
        Split(Enumerable.Range(0, vectors.Length).ToArray(), 0, 0u);
        return paths;

        void Split(int[] members, int depth, uint path)
        {
            if (depth == bits || members.Length < 2)
            {
                foreach (var m in members) paths[m] = path << (bits - depth);
                return;
            }
            var (a, b) = TwoMeans(members, vectors, dim, random);
            Split(a, depth + 1, path << 1);
            Split(b, depth + 1, (path << 1) | 1u);
        }
    }

    private static (int[] A, int[] B) TwoMeans(int[] members, float[][] vectors, int dim, Random random)
    {
        // Seeds: the two members a random pick is least similar to, then most dissimilar pair-ish (cheap farthest-point).
        int first = members[random.Next(members.Length)];
        int c1 = Farthest(members, vectors[first], vectors);
        int c2 = Farthest(members, vectors[c1], vectors);
        var m1 = (float[])vectors[c1].Clone();
        var m2 = (float[])vectors[c2].Clone();
        var assign = new bool[members.Length];
        for (int iter = 0; iter < 8; iter++)
        {
            bool changed = false;
            for (int i = 0; i < members.Length; i++)
            {
                var v = vectors[members[i]];
                bool toB = Dot(v, m2) > Dot(v, m1);
                if (toB != assign[i]) { assign[i] = toB; changed = true; }
            }
            Array.Clear(m1);
            Array.Clear(m2);
            int n1 = 0, n2 = 0;
            for (int i = 0; i < members.Length; i++)
            {
                var v = vectors[members[i]];
                var m = assign[i] ? m2 : m1;
                if (assign[i]) n2++; else n1++;
                for (int d = 0; d < dim; d++) m[d] += v[d];
            }
            if (n1 == 0 || n2 == 0) break;
            Normalize(m1);
            Normalize(m2);
            if (!changed && iter > 0) break;
        }
        var a = new List<int>();
        var b = new List<int>();
        for (int i = 0; i < members.Length; i++) (assign[i] ? b : a).Add(members[i]);
        if (a.Count == 0 || b.Count == 0)
        {
            int half = members.Length / 2;
            return (members[..half], members[half..]);
        }
        return ([.. a], [.. b]);
    }

    private static void Normalize(float[] m)
    {
        float n = MathF.Sqrt(Dot(m, m));
        if (n <= 0) return;
        for (int d = 0; d < m.Length; d++) m[d] /= n;
    }

    private static int Farthest(int[] members, float[] from, float[][] vectors)
    {
        int best = members[0];
        float bestSim = float.MaxValue;
        foreach (var m in members)
        {
            float s = Dot(vectors[m], from);
            if (s < bestSim) { bestSim = s; best = m; }
        }
        return best;
    }

    private static float Dot(float[] a, float[] b) => VectorMath.Dot(a, b);
}
