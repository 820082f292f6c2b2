namespace Tacitus.Core;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.</summary>
public readonly record struct TextSpan(int Start, int End) : IComparable<TextSpan>
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
    public string Of(string text) => text.Substring(Start, Length);

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public int CompareTo(TextSpan other)
    {
        int c = Start.CompareTo(other.Start);
        return c != 0 ? c : End.CompareTo(other.End);
    }

    public override string ToString() => $"[{Start},{End})";

    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
