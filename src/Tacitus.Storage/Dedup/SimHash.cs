namespace Tacitus.Storage.Dedup;

/// <summary>
/// 64-bit SimHash over word 3-shingles: near-identical texts (wire copies with a changed headline or a sentence
/// more) get fingerprints a few bits apart. Distance ≤ <see cref="NearDuplicateDistance"/> counts as a near duplicate.
/// </summary>
public static class SimHash
{
    public const int NearDuplicateDistance = 3;
    public const int Bands = NearDuplicateDistance + 1;

    public static ulong Of(string text)
    {
        Span<int> weights = stackalloc int[64];
        weights.Clear();
        // Rolling window of the last three word hashes.
        ulong w1 = 0, w2 = 0;
        int words = 0;
        var s = text.AsSpan();
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetterOrDigit(s[i])) i++;
            if (i >= s.Length) break;
            ulong h = 14695981039346656037UL;
            while (i < s.Length && char.IsLetterOrDigit(s[i]))
            {
                h ^= char.ToLowerInvariant(s[i]);
                h *= 1099511628211UL;
                i++;
            }
            words++;
            if (words >= 3) Add(weights, Mix(w1 * 31 + w2 * 17 + h));
            w1 = w2;
            w2 = h;
        }
        if (words is > 0 and < 3) Add(weights, Mix(w1 * 31 + w2));
        ulong result = 0;
        for (int b = 0; b < 64; b++)
            if (weights[b] > 0) result |= 1UL << b;
        return result;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>The 16-bit band <paramref name="band"/> of a fingerprint; two fingerprints within distance 3 share at least one band.</summary>
    public static ushort Band(ulong hash, int band) => (ushort)(hash >> (16 * band));

    private static void Add(Span<int> weights, ulong h)
    {
        for (int b = 0; b < 64; b++) weights[b] += ((h >> b) & 1) != 0 ? 1 : -1;
    }

    // splitmix64 finaliser: spreads the shingle hash over all bits.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}

/// <summary>An in-memory LSH index of document fingerprints (4 bands of 16 bits) answering "which stored document is this a near copy of".</summary>
public sealed class NearDuplicateIndex
{
    private readonly Dictionary<ushort, List<int>>[] _bands = [.. Enumerable.Range(0, SimHash.Bands).Select(_ => new Dictionary<ushort, List<int>>())];
    private readonly List<(string Id, ulong Hash)> _docs = [];

    public int Count => _docs.Count;

    public void Add(string id, ulong hash)
    {
        int index = _docs.Count;
        _docs.Add((id, hash));
        for (int b = 0; b < SimHash.Bands; b++)
        {
            var key = SimHash.Band(hash, b);
            if (!_bands[b].TryGetValue(key, out var list)) _bands[b][key] = list = [];
            list.Add(index);
        }
    }

    /// <summary>The earliest-added document within the near-duplicate distance, or null.</summary>
    public (string Id, int Distance)? Find(ulong hash)
    {
        int best = int.MaxValue;
        for (int b = 0; b < SimHash.Bands; b++)
        {
            if (!_bands[b].TryGetValue(SimHash.Band(hash, b), out var list)) continue;
            foreach (var i in list)
                if (i < best && SimHash.Distance(_docs[i].Hash, hash) <= SimHash.NearDuplicateDistance) best = i;
        }
        return best == int.MaxValue ? null : (_docs[best].Id, SimHash.Distance(_docs[best].Hash, hash));
    }
}
