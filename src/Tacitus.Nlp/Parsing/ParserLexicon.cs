using System.Text;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// How the parser sees words and tags: frequent (lower-cased, digit-normalised) word forms keep their identity, rare
/// ones fall back to a shape class; every word also carries its 3-letter suffix. Tags are ids of the XPOS/UPOS values
/// seen in training (unknown tags share one id). Values are stable FNV-1a hashes, never <see cref="string.GetHashCode()"/>.
/// </summary>
internal sealed class ParserLexicon
{
    private readonly HashSet<string> _frequent;
    private readonly Dictionary<string, int> _xpos;
    private readonly Dictionary<string, int> _upos;

    public ParserLexicon(IEnumerable<string> frequentWords, IReadOnlyList<string> xpos, IReadOnlyList<string> upos, IReadOnlyList<string> labels)
    {
        _frequent = new HashSet<string>(frequentWords, StringComparer.Ordinal);
        XposTags = [.. xpos];
        UposTags = [.. upos];
        Labels = [.. labels];
        // Ids 0 and 1 are "no token" and the root; 2 is an unknown tag.
        _xpos = XposTags.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i + 3, StringComparer.Ordinal);
        _upos = UposTags.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i + 3, StringComparer.Ordinal);
        LabelIds = Labels.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i + 1, StringComparer.Ordinal);
        RootLabel = LabelIds.TryGetValue("root", out var r) ? r : 0;
    }

    public IReadOnlyCollection<string> FrequentWords => _frequent;
    public string[] XposTags { get; }
    public string[] UposTags { get; }
    /// <summary>Dependency relations; label id = index + 1 (0 = none).</summary>
    public string[] Labels { get; }
    public Dictionary<string, int> LabelIds { get; }
    public int RootLabel { get; }
    public int LabelCount => Labels.Length;

    public static string Normalise(string form)
    {
        Span<char> buf = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        for (int i = 0; i < form.Length; i++)
        {
            char c = form[i];
            buf[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return new string(buf);
    }

    public ParserSentence Encode(IReadOnlyList<string> forms, IReadOnlyList<string?> xpos, IReadOnlyList<string?> upos)
    {
        int n = forms.Count;
        var s = new ParserSentence(n);
        for (int i = 0; i < n; i++)
        {
            var form = forms[i] ?? "";
            var norm = Normalise(form);
            s.Word[i + 1] = _frequent.Contains(norm) ? Fnv(norm, 0x77) : Fnv(Shape(form), 0x55);
            s.Suffix[i + 1] = Fnv(norm.Length > 3 ? norm[^3..] : norm, 0x33);
            s.Tag[i + 1] = xpos[i] is { } x && _xpos.TryGetValue(x, out var xi) ? xi : upos[i] is { } u0 && _xpos.TryGetValue(u0, out var ui0) ? ui0 : 2;
            s.Upos[i + 1] = upos[i] is { } u && _upos.TryGetValue(u, out var ui) ? ui : 2;
        }
        return s;
    }

    /// <summary>A coarse word shape for rare words: Xx, x, X, d, punctuation class, with a length bucket.</summary>
    public static string Shape(string form)
    {
        var sb = new StringBuilder(8);
        sb.Append("<shape:");
        char last = '\0';
        int kinds = 0;
        foreach (char c in form)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'a' : c < 128 ? c : '*';
            if (k != last) { sb.Append(k); last = k; if (++kinds >= 5) break; }
        }
        sb.Append(form.Length <= 3 ? 's' : form.Length <= 8 ? 'm' : 'l');
        return sb.ToString();
    }

    public static ulong Fnv(string s, ulong seed)
    {
        ulong h = 14695981039346656037UL ^ seed;
        foreach (char c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h == 0 ? 1 : h;
    }

    public void Write(BinaryWriter w)
    {
        var words = _frequent.Order(StringComparer.Ordinal).ToArray();
        w.Write(words.Length);
        foreach (var x in words) w.Write(x);
        WriteList(w, XposTags);
        WriteList(w, UposTags);
        WriteList(w, Labels);
    }

    public static ParserLexicon Read(BinaryReader r)
    {
        var words = ReadList(r);
        return new ParserLexicon(words, ReadList(r), ReadList(r), ReadList(r));
    }

    private static void WriteList(BinaryWriter w, string[] items)
    {
        w.Write(items.Length);
        foreach (var x in items) w.Write(x);
    }

    private static string[] ReadList(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException("bad list length");
        var a = new string[n];
        for (int i = 0; i < n; i++) a[i] = r.ReadString();
        return a;
    }
}
