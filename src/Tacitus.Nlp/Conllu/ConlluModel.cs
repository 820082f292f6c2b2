using System.Collections.Immutable;

namespace Tacitus.Nlp.Conllu;

/// <summary>
/// One syntactic word line of a CoNLL-U file (integer ID). "_" fields are null. A struct: a sentence's words are one
/// array, not an object per word (a treebank holds hundreds of thousands of them while a model trains).
/// </summary>
public readonly record struct ConlluWord(
    int Id,
    string Form,
    string? Lemma,
    string? Upos,
    string? Xpos,
    string? Feats,
    int Head,
    string? Deprel,
    string? Deps,
    string? Misc)
{
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}

/// <summary>A multiword token range line ("1-2  don't").</summary>
public readonly record struct ConlluMultiword(int First, int Last, string Form, string? Misc)
{
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}

/// <summary>The MISC column: <c>|</c>-separated items.</summary>
public static class ConlluMisc
{
    /// <summary>True when <paramref name="misc"/> holds exactly the item <paramref name="item"/> (no allocation).</summary>
    public static bool Has(string? misc, ReadOnlySpan<char> item)
    {
        if (misc is null) return false;
        foreach (var range in misc.AsSpan().Split('|'))
            if (misc.AsSpan(range).SequenceEqual(item)) return true;
        return false;
    }
}

/// <summary>A sentence: its comment lines (without "# "), words, multiword tokens and empty nodes (kept verbatim for round-trips).</summary>
public sealed record ConlluSentence(
    ImmutableArray<string> Comments,
    ImmutableArray<ConlluWord> Words,
    ImmutableArray<ConlluMultiword> Multiwords,
    ImmutableArray<string> EmptyNodeLines)
{
    public string? SentId => Comment("sent_id");
    public string? Text => Comment("text");
    public bool StartsDocument => Comments.Any(c => c.StartsWith("newdoc", StringComparison.Ordinal));
    public bool StartsParagraph => Comments.Any(c => c.StartsWith("newpar", StringComparison.Ordinal));

    /// <summary>The value of a "# key = value" comment, or null.</summary>
    public string? Comment(string key) => TryGetComment(key, out var value) ? value.ToString() : null;

    /// <summary>The value of a "# key = value" comment as a span of the comment (no string made); false when there is none.</summary>
    public bool TryGetComment(string key, out ReadOnlySpan<char> value)
    {
        foreach (var c in Comments)
        {
            if (c.Length > key.Length && c.StartsWith(key, StringComparison.Ordinal))
            {
                var rest = c.AsSpan(key.Length).TrimStart();
                if (rest.Length > 0 && rest[0] == '=')
                {
                    value = rest[1..].Trim();
                    return true;
                }
            }
        }
        value = default;
        return false;
    }

    /// <summary>The multiword token that starts at word <paramref name="id"/>, if any.</summary>
    public ConlluMultiword? MultiwordStartingAt(int id)
    {
        foreach (var m in Multiwords) if (m.First == id) return m;
        return null;
    }
}
