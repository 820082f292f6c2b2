namespace Tacitus.Core.Text;

/// <summary>
/// One string per distinct value, looked up by span: a reader that meets the same short values again and again
/// (CoNLL-U tags and features, dictionary codes) makes each string once instead of once per line, and the records it
/// returns share them. Owned by one read (not thread-safe, nothing static), like spaCy's <c>StringStore</c> for a
/// <c>Doc</c>.
/// </summary>
public sealed class StringPool
{
    private readonly HashSet<string> _strings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool()
    {
        _strings = new HashSet<string>(StringComparer.Ordinal);
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct strings the pool holds.</summary>
    public int Count => _strings.Count;

    /// <summary>The pooled string equal to <paramref name="value"/>, made and added the first time it is seen.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return string.Empty;
        if (_lookup.TryGetValue(value, out var s)) return s;
        s = value.ToString();
        _strings.Add(s);
        return s;
    }
}
