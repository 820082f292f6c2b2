using System.Runtime.CompilerServices;

namespace Tacitus.Nlp.Learning;

/// <summary>
/// Stable 64-bit feature hashing (FNV-1a over UTF-16 code units, finished with the SplitMix64 mixer). Unlike
/// <see cref="string.GetHashCode()"/> the values are the same in every process, so they can be stored in models.
/// A feature is a template number mixed with one or more values; 0 is never returned (it marks empty slots).
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of a character span, case kept.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>The hash of a string; equal to <see cref="Of(ReadOnlySpan{char})"/> of its characters.</summary>
    public static ulong Of(string s) => Of(s.AsSpan());

    /// <summary>The hash of the span lower-cased (invariant) with every decimal digit read as '0', so "1984" and "2025" share a feature.</summary>
    public static ulong OfNormalized(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ Normalize(c)) * Prime;
        return h;
    }

    /// <summary>The hash of the last <paramref name="n"/> characters lower-cased (digits kept), tagged with the length.</summary>
    public static ulong LowerSuffix(ReadOnlySpan<char> s, int n)
    {
        var t = s.Length > n ? s[^n..] : s;
        ulong h = Offset;
        foreach (char c in t) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return h ^ ((ulong)n * 0x9E3779B97F4A7C15UL);
    }

    /// <summary>The normalized hash of the last <paramref name="n"/> characters (all of them if shorter), tagged with the length.</summary>
    public static ulong Suffix(ReadOnlySpan<char> s, int n) =>
        OfNormalized(s.Length > n ? s[^n..] : s) ^ ((ulong)n * 0x9E3779B97F4A7C15UL);

    /// <summary>The normalized hash of the first <paramref name="n"/> characters (all of them if shorter), tagged with the length.</summary>
    public static ulong Prefix(ReadOnlySpan<char> s, int n) =>
        OfNormalized(s.Length > n ? s[..n] : s) ^ ((ulong)n * 0xC2B2AE3D27D4EB4FUL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Normalize(char c) => char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);

    /// <summary>A feature of template <paramref name="template"/> with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong value) => Finish(value * Prime + (ulong)template * 0x9E3779B97F4A7C15UL);

    /// <summary>A feature of template <paramref name="template"/> with two values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => Finish(Mix(a) * 31 + b * Prime + (ulong)template * 0x9E3779B97F4A7C15UL);

    /// <summary>A feature of template <paramref name="template"/> with three values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Feature(template, Mix(a) ^ Mix(b + 0x632BE59BD9B4E019UL), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong z)
    {
        z = Mix(z);
        return z == 0 ? 1 : z;
    }
}
