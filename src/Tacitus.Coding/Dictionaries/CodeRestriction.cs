using System.Globalization;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// One code of an actor with the dates it applies to, as in <c>[RUSGOV &gt;080508]</c>, <c>[RUSELI &lt;080507]</c>,
/// <c>[RUSELI 700101-990809]</c> or <c>[RUSELI]</c> (no dates: the default). Limits are inclusive. A null
/// <see cref="Code"/> is PETRARCH's null code <c>---</c>: the actor is known but not coded in that period.
/// A struct: an actor's codes are one array, not an object each.
/// </summary>
public readonly record struct CodeRestriction(string? Code, DateOnly? From, DateOnly? Until)
{
    public bool IsDefault => From is null && Until is null;

    public bool AppliesOn(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);

    public override string ToString()
    {
        var code = Code ?? "---";
        if (IsDefault) return $"[{code}]";
        if (From is null) return $"[{code} <{Until!.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}]";
        if (Until is null) return $"[{code} >{From.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}]";
        return $"[{code} {From.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Until.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}]";
    }

    /// <summary>
    /// The code on <paramref name="date"/>: the first dated restriction (in file order) that covers it, else the first
    /// default, else none. With no date, the default, else the restriction that reaches furthest into the present.
    /// </summary>
    public static string? Resolve(IReadOnlyList<CodeRestriction> codes, DateOnly? date)
    {
        CodeRestriction? fallback = null;
        if (date is { } d)
        {
            foreach (var r in codes)
            {
                if (r.IsDefault) { fallback ??= r; continue; }
                if (r.AppliesOn(d)) return r.Code;
            }
            return fallback?.Code;
        }
        CodeRestriction? latest = null;
        foreach (var r in codes)
        {
            if (r.IsDefault) return r.Code;
            var end = r.Until ?? DateOnly.MaxValue;
            if (latest is not { } l || end > (l.Until ?? DateOnly.MaxValue)) latest = r;
        }
        return latest?.Code;
    }
}

/// <summary>PETRARCH dates: YYYYMMDD, or YYMMDD where 00–30 are 20YY and 31–99 are 19YY (as in KEDS, TABARI and PETRARCH).</summary>
public static class PetrarchDate
{
    public static DateOnly Parse(string text, SourceLine where, List<DictionaryWarning>? warnings) => Parse(text.AsSpan(), where, warnings);

    public static DateOnly Parse(ReadOnlySpan<char> text, SourceLine where, List<DictionaryWarning>? warnings)
    {
        var s = text.Trim();
        foreach (char c in s)
            if (c is < '0' or > '9')
                throw new DictionaryFormatException(where, $"bad date '{text}' in a code restriction: expected YYMMDD or YYYYMMDD digits.");
        int year, month, day;
        if (s.Length is 6 or 7)
        {
            if (s.Length == 7)
                warnings?.Add(new DictionaryWarning(where, $"date '{s}' has 7 digits; reading its first 6 as YYMMDD (as PETRARCH does)."));
            year = int.Parse(s.Slice(0, 2), CultureInfo.InvariantCulture);
            year += year <= 30 ? 2000 : 1900;
            month = int.Parse(s.Slice(2, 2), CultureInfo.InvariantCulture);
            day = int.Parse(s.Slice(4, 2), CultureInfo.InvariantCulture);
        }
        else if (s.Length >= 8)
        {
            if (s.Length > 8)
                warnings?.Add(new DictionaryWarning(where, $"date '{s}' has {s.Length} digits; reading its first 8 as YYYYMMDD (as PETRARCH does)."));
            year = int.Parse(s.Slice(0, 4), CultureInfo.InvariantCulture);
            month = int.Parse(s.Slice(4, 2), CultureInfo.InvariantCulture);
            day = int.Parse(s.Slice(6, 2), CultureInfo.InvariantCulture);
        }
        else
        {
            throw new DictionaryFormatException(where, $"bad date '{text}' in a code restriction: expected YYMMDD or YYYYMMDD ({s.Length} digits given).");
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            throw new DictionaryFormatException(where, $"bad date '{text}': no such day.");
        return new DateOnly(year, month, day);
    }
}
