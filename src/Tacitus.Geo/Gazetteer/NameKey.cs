using System.Globalization;
using System.Text;

namespace Tacitus.Geo.Gazetteer;

/// <summary>
/// Normalises a place name into the key the gazetteer is indexed by: diacritics stripped, lower case, typographic
/// apostrophes and dashes unified, whitespace collapsed. "Türkiye" and "Turkiye" share a key; "U.S." and "US" do not.
/// </summary>
public static class NameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        bool space = false;
        bool ascii = true;
        foreach (var c in name)
            if (c > 127) { ascii = false; break; }
        ReadOnlySpan<char> src = name;
        string? decomposed = null;
        if (!ascii)
        {
            // Text with a lone surrogate cannot be normalised; its letters are then compared as they are.
            decomposed = HasLoneSurrogate(name) ? name.ToString() : name.ToString().Normalize(NormalizationForm.FormD);
            src = decomposed;
        }
        foreach (var ch in src)
        {
            var c = ch;
            if (!ascii && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case '\u2019' or '\u2018' or '`' or '\u02BC': c = '\''; break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014': c = '-'; break;
                case 'ı': c = 'i'; break;
                case 'ł': c = 'l'; break;
                case 'Ł': c = 'l'; break;
                case 'ø' or 'Ø': c = 'o'; break;
                case 'đ' or 'Đ': c = 'd'; break;
                case 'ß': sb.Append("ss"); space = false; continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }
}
