using System.Runtime.CompilerServices;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// Hashes of feature templates over the parser's already hashed values (words, tags, labels, distances): a template
/// number mixed with up to four values by the SplitMix64 finaliser. 0 is never returned (it marks empty slots).
/// Shared by the parser's transition and label features and by the relabeler.
/// </summary>
internal static class TemplateHash
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h == 0 ? 1 : h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong H(int t, ulong a) => Mix(((ulong)t * 0x9E3779B97F4A7C15UL) ^ a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong H(int t, ulong a, ulong b) => Mix((H(t, a) * 0x9E3779B97F4A7C15UL) ^ b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong H(int t, ulong a, ulong b, ulong c) => Mix((H(t, a, b) * 0x9E3779B97F4A7C15UL) ^ c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong H(int t, ulong a, ulong b, ulong c, ulong d) => Mix((H(t, a, b, c) * 0x9E3779B97F4A7C15UL) ^ d);

    internal static ulong Dist(int d) => (ulong)(d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : 9);
}
