namespace Tacitus.Nlp.Lemmatization;

/// <summary>
/// How to turn a form into its lemma: optionally lower-case it, cut <see cref="Cut"/> characters from the end, append
/// <see cref="Append"/>. "killing"→"kill" is (keep, 3, ""); "The"→"the" is (lower, 0, ""); "was"→"be" is (lower, 3, "be").
/// </summary>
public readonly record struct EditScript(bool Lower, int Cut, string Append)
{
    public static readonly EditScript Identity = new(false, 0, "");

    /// <summary>The cheapest script from <paramref name="form"/> to <paramref name="lemma"/>; lower-casing only when it is cheaper, so an already lower-case form gets a plain script.</summary>
    public static EditScript Between(string form, string lemma)
    {
        var lower = LowerCase(form);
        var viaLower = Diff(lower, lemma, true);
        var asIs = Diff(form, lemma, false);
        return Cost(viaLower) < Cost(asIs) ? viaLower : asIs;
    }

    private static int Cost(EditScript s) => s.Cut + s.Append.Length;

    private static EditScript Diff(string from, string to, bool lower)
    {
        int p = 0;
        int max = Math.Min(from.Length, to.Length);
        while (p < max && from[p] == to[p]) p++;
        return new EditScript(lower, from.Length - p, to[p..]);
    }

    /// <summary>Whether the script can apply to a form of this length.</summary>
    public bool AppliesTo(ReadOnlySpan<char> form) => Cut <= form.Length;

    public string Apply(ReadOnlySpan<char> form)
    {
        if (Cut > form.Length) return form.ToString();
        int keep = form.Length - Cut;
        var self = this;
        var src = form[..keep];
        if (!Lower && Append.Length == 0) return src.ToString();
        Span<char> buffer = keep + Append.Length <= 256 ? stackalloc char[keep + Append.Length] : new char[keep + Append.Length];
        src.CopyTo(buffer);
        if (Lower)
            for (int i = 0; i < keep; i++) buffer[i] = char.ToLowerInvariant(buffer[i]);
        self.Append.AsSpan().CopyTo(buffer[keep..]);
        return new string(buffer);
    }

    /// <summary>Per-character invariant lower-casing (keeps the length, unlike culture-aware string lower-casing can).</summary>
    public static string LowerCase(string s) => string.Create(s.Length, s, static (dst, src) =>
    {
        for (int i = 0; i < src.Length; i++) dst[i] = char.ToLowerInvariant(src[i]);
    });

    public override string ToString() => $"{(Lower ? "L" : "K")}-{Cut}+{Append}";
}
