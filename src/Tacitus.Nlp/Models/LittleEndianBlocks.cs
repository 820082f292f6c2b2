using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Tacitus.Nlp.Models;

/// <summary>
/// Arrays of integers written and read as one block of little-endian bytes (one call instead of one per value, the
/// layout a model keeps in memory). On a big-endian machine the values are byte-swapped on the way.
/// </summary>
public static class LittleEndianBlocks
{
    public static void Write(BinaryWriter w, ReadOnlySpan<ulong> values) => WriteBlock(w, values, BinaryPrimitives.ReverseEndianness);
    public static void Write(BinaryWriter w, ReadOnlySpan<uint> values) => WriteBlock(w, values, BinaryPrimitives.ReverseEndianness);
    public static void Write(BinaryWriter w, ReadOnlySpan<short> values) => WriteBlock(w, values, BinaryPrimitives.ReverseEndianness);
    public static void Write(BinaryWriter w, ReadOnlySpan<ushort> values) => WriteBlock(w, values, BinaryPrimitives.ReverseEndianness);

    /// <summary>IEEE single floats, as their little-endian bit patterns.</summary>
    public static void Write(BinaryWriter w, ReadOnlySpan<float> values) => Write(w, MemoryMarshal.Cast<float, uint>(values));

    /// <summary>Signed bytes (no byte order to mind).</summary>
    public static void Write(BinaryWriter w, ReadOnlySpan<sbyte> values)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(MemoryMarshal.AsBytes(values));
    }

    public static void Read(BinaryReader r, Span<float> values) => Read(r, MemoryMarshal.Cast<float, uint>(values));

    public static void Read(BinaryReader r, Span<sbyte> values)
    {
        ArgumentNullException.ThrowIfNull(r);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values));
    }

    /// <summary>Fills <paramref name="values"/> from the stream; <see cref="EndOfStreamException"/> if it ends first.</summary>
    public static void Read(BinaryReader r, Span<ulong> values) => ReadBlock(r, values, BinaryPrimitives.ReverseEndianness);
    public static void Read(BinaryReader r, Span<uint> values) => ReadBlock(r, values, BinaryPrimitives.ReverseEndianness);
    public static void Read(BinaryReader r, Span<short> values) => ReadBlock(r, values, BinaryPrimitives.ReverseEndianness);
    public static void Read(BinaryReader r, Span<ushort> values) => ReadBlock(r, values, BinaryPrimitives.ReverseEndianness);

    private delegate void Reverse<T>(ReadOnlySpan<T> source, Span<T> destination);

    private static void WriteBlock<T>(BinaryWriter w, ReadOnlySpan<T> values, Reverse<T> reverse) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(w);
        if (BitConverter.IsLittleEndian) { w.Write(MemoryMarshal.AsBytes(values)); return; }
        var swapped = new T[values.Length];
        reverse(values, swapped);
        w.Write(MemoryMarshal.AsBytes(swapped.AsSpan()));
    }

    private static void ReadBlock<T>(BinaryReader r, Span<T> values, Reverse<T> reverse) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(r);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values));
        if (!BitConverter.IsLittleEndian) reverse(values, values);
    }

    /// <summary>
    /// Reads <paramref name="count"/> keys written by <see cref="WriteSortedKeys"/> with the same <paramref name="rotation"/>:
    /// stored as the differences of the keys rotated right by that many bits, which must rise strictly; no key is 0.
    /// </summary>
    public static ulong[] ReadSortedKeys(BinaryReader r, int count, int rotation = 0)
    {
        var keys = new ulong[count];
        Read(r, keys);
        ulong prev = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong gap = keys[i];
            if (gap == 0 || prev + gap < prev) throw new InvalidDataException("feature keys are not strictly increasing");
            prev += gap;
            keys[i] = BitOperations.RotateLeft(prev, rotation);
        }
        return keys;
    }

    /// <summary>
    /// Writes keys as differences (smaller after compression than the keys themselves). The keys rotated right by
    /// <paramref name="rotation"/> bits must be non-zero and rise strictly: with a rotation of b, keys in the order of
    /// their low b bits — the home slots of a 2^b-slot hash table, which loading then fills front to back.
    /// </summary>
    public static void WriteSortedKeys(BinaryWriter w, ReadOnlySpan<ulong> keys, int rotation = 0)
    {
        var gaps = new ulong[keys.Length];
        ulong prev = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong k = BitOperations.RotateRight(keys[i], rotation);
            if (k <= prev) throw new ArgumentException("rotated keys must be non-zero and strictly increasing", nameof(keys));
            gaps[i] = k - prev;
            prev = k;
        }
        Write(w, gaps);
    }
}
