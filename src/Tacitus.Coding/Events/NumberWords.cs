using System.Collections.Frozen;
using System.Globalization;

namespace Tacitus.Coding.Events;

/// <summary>Reads casualty counts: digits ("12", "1,200") and number words ("three", "a dozen" → 12).</summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["dozen"] = 12, ["dozens"] = 24,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static int? Parse(string s)
    {
        if (Words.TryGetValue(s, out var v)) return v;
        var digits = s.Replace(",", "", StringComparison.Ordinal);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
