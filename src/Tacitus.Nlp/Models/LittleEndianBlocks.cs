using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Tacitus.Nlp.Models;

/// <summary>
/// Arrays of integers written and read as one block of little-endian bytes (one call instead of one per value, the
/// layout a model keeps in memory). On a big-endian machine the values are byte-swapped on the way.
/// </summary>
public static class LittleEndianBlocks
{
    public static void Write(BinaryWriter w, ReadOnlySpan<ulong> values)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (BitConverter.IsLittleEndian) { w.Write(MemoryMarshal.AsBytes(values)); return; }
        var swapped = new ulong[values.Length];
        BinaryPrimitives.ReverseEndianness(values, swapped);
        w.Write(MemoryMarshal.AsBytes(swapped.AsSpan()));
    }

    public static void Write(BinaryWriter w, ReadOnlySpan<short> values)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (BitConverter.IsLittleEndian) { w.Write(MemoryMarshal.AsBytes(values)); return; }
        var swapped = new short[values.Length];
        BinaryPrimitives.ReverseEndianness(values, swapped);
        w.Write(MemoryMarshal.AsBytes(swapped.AsSpan()));
    }

    public static void Write(BinaryWriter w, ReadOnlySpan<ushort> values) => Write(w, MemoryMarshal.Cast<ushort, short>(values));

    public static void Write(BinaryWriter w, ReadOnlySpan<uint> values)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (BitConverter.IsLittleEndian) { w.Write(MemoryMarshal.AsBytes(values)); return; }
        var swapped = new uint[values.Length];
        BinaryPrimitives.ReverseEndianness(values, swapped);
        w.Write(MemoryMarshal.AsBytes(swapped.AsSpan()));
    }

    /// <summary>Fills <paramref name="values"/> from the stream; <see cref="EndOfStreamException"/> if it ends first.</summary>
    public static void Read(BinaryReader r, Span<ulong> values)
    {
        ArgumentNullException.ThrowIfNull(r);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values));
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(values, values);
    }

    public static void Read(BinaryReader r, Span<short> values)
    {
        ArgumentNullException.ThrowIfNull(r);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values));
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(values, values);
    }

    public static void Read(BinaryReader r, Span<ushort> values) => Read(r, MemoryMarshal.Cast<ushort, short>(values));

    public static void Read(BinaryReader r, Span<uint> values)
    {
        ArgumentNullException.ThrowIfNull(r);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values));
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(values, values);
    }

    /// <summary>Reads <paramref name="count"/> sorted keys stored as their differences (the first one from 0); they must rise strictly and not be 0.</summary>
    public static ulong[] ReadSortedKeys(BinaryReader r, int count)
    {
        var keys = new ulong[count];
        Read(r, keys);
        ulong prev = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong gap = keys[i];
            if (gap == 0 || prev + gap < prev) throw new InvalidDataException("feature keys are not strictly increasing");
            prev += gap;
            keys[i] = prev;
        }
        return keys;
    }

    /// <summary>Writes sorted keys as their differences (smaller after compression than the keys themselves).</summary>
    public static void WriteSortedKeys(BinaryWriter w, ReadOnlySpan<ulong> keys)
    {
        var gaps = new ulong[keys.Length];
        ulong prev = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] <= prev) throw new ArgumentException("keys must be non-zero and strictly increasing", nameof(keys));
            gaps[i] = keys[i] - prev;
            prev = keys[i];
        }
        Write(w, gaps);
    }
}
