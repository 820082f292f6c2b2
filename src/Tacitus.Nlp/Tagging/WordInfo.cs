using Tacitus.Nlp.Learning;

namespace Tacitus.Nlp.Tagging;

/// <summary>
/// The hashed, per-word facts that sequence features are built from, computed once per word so that neighbouring
/// positions reuse them. Plain struct: sentences keep them in pooled arrays.
/// </summary>
public struct WordInfo
{
    public ulong Norm;      // lower-cased, digits as 0
    public ulong Exact;
    public ulong Pre1, Pre2, Pre3, Pre4;
    public ulong Suf1, Suf2, Suf3, Suf4;
    public ulong Shape;
    public ulong Flags;
    /// <summary>Hash of the set of tags this word had in training (0 = rare/unknown word).</summary>
    public ulong Ambiguity;
    /// <summary>Distributional cluster of the word, learned from the training text (0 = none).</summary>
    public ulong Cluster;
    /// <summary>Coarser cluster (a prefix of the cluster path).</summary>
    public ulong ClusterCoarse;
    /// <summary>Hash of the tag set an external lexicon gives the word (0 = not in it, or no external lexicon).</summary>
    public ulong External;
    /// <summary>The tag the external lexicon lists first for the word (0 = none).</summary>
    public ulong ExternalFirst;

    /// <summary>Padding before the first and after the last word.</summary>
    public static readonly WordInfo Start = Pad(0x5EEDUL);
    public static readonly WordInfo End = Pad(0xE0DUL);

    private static WordInfo Pad(ulong v) => new()
    {
        Norm = v, Exact = v, Pre1 = v, Pre2 = v, Pre3 = v, Pre4 = v, Suf1 = v, Suf2 = v, Suf3 = v, Suf4 = v,
        Shape = v, Flags = v, Ambiguity = v, Cluster = v, ClusterCoarse = v, External = v, ExternalFirst = v,
    };

    /// <summary>Fills the form-only fields (everything but <see cref="Ambiguity"/> and the clusters).</summary>
    public static WordInfo FromForm(ReadOnlySpan<char> form, bool sentenceInitial)
    {
        var w = new WordInfo
        {
            Norm = FeatureHash.OfNormalized(form),
            Exact = FeatureHash.Of(form),
            Pre1 = FeatureHash.Prefix(form, 1),
            Pre2 = FeatureHash.Prefix(form, 2),
            Pre3 = FeatureHash.Prefix(form, 3),
            Pre4 = FeatureHash.Prefix(form, 4),
            Suf1 = FeatureHash.Suffix(form, 1),
            Suf2 = FeatureHash.Suffix(form, 2),
            Suf3 = FeatureHash.Suffix(form, 3),
            Suf4 = FeatureHash.Suffix(form, 4),
        };
        // Shape: X x d or the character itself, runs collapsed, at most 8 symbols ("McDonald's" → XxXx'x).
        Span<char> shape = stackalloc char[8];
        int n = 0;
        char last = '\0';
        bool digit = false, hyphen = false, upper = false, lower = false, other = false;
        foreach (char c in form)
        {
            char k;
            if (char.IsUpper(c)) { k = 'X'; upper = true; }
            else if (char.IsLower(c)) { k = 'x'; lower = true; }
            else if (char.IsDigit(c)) { k = 'd'; digit = true; }
            else if (char.IsLetter(c)) { k = 'l'; lower = true; }
            else
            {
                k = c < 128 ? c : (char.IsPunctuation(c) ? 'p' : char.IsSymbol(c) ? 's' : 'o');
                if (c == '-') hyphen = true;
                other = true;
            }
            if (k == last) continue;
            last = k;
            if (n < shape.Length) shape[n++] = k;
        }
        w.Shape = FeatureHash.Of(shape[..n]);
        int len = form.Length;
        ulong flags = (digit ? 1UL : 0) | (hyphen ? 2UL : 0) | (upper ? 4UL : 0) | (upper && !lower ? 8UL : 0)
            | (other ? 16UL : 0) | (sentenceInitial ? 32UL : 0) | ((ulong)Math.Min(len, 6) << 6);
        w.Flags = flags + 1;
        return w;
    }
}
